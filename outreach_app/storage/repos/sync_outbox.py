"""Set-based outbox steps for the sync engine: a few statements per batch, none per item.

The outbox belongs to sharing (`sharing/outbox.py`, `storage/repos/outbox.py`); these are the
same transitions (queued -> sending, sending -> sent), logged in the same transition table,
for a whole batch at once. Per-item calls cost ~30 statements a report on SQLCipher, which
held the engine to a tenth of a raw loop posting the same envelopes
(benchmarks/bench_sync.py). Anything unusual (an item superseded or withdrawn while in
flight, an envelope refused) is handed back to the caller for the per-item functions of
`sharing/outbox.py`, which know what to do with it.

A batch travels into SQL as one JSON array parameter (`json_each`) and comes back as one
row, never as one row or one `executemany` step per item: the driver releases and retakes
the GIL around every step, and with the sync thread posting the next batch meanwhile each
retake can wait for it (500 steps cost 3-4x their SQL time).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import StorageError

QUEUED, SENDING, SENT = "queued", "sending", "sent"
SENT_ENVELOPE = "sent"
STATISTICS_ONLY = ('["statistics"]', "[]")
"""`purposes` of items without an envelope: their counts leave in the monthly aggregates."""


ENVELOPE_JSON_BYTES = 32
"""`{"ciphertext":"","header":}` and the comma between envelopes."""


@dataclass(frozen=True, slots=True)
class PendingEnvelope:
    """A sealed envelope still to send, exactly as stored (header and ciphertext are the bytes
    the server gets; they are never re-encoded).

    Attributes:
        body_bytes: its size in a request body (ASCII: canonical JSON and base64), computed
            once here: the batching loop reads it for every envelope of every claim.
    """

    envelope_id: str
    content_hash: str
    header: str
    ciphertext: str
    body_bytes: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "body_bytes", len(self.header) + len(self.ciphertext) + ENVELOPE_JSON_BYTES)


@dataclass(frozen=True, slots=True)
class QueuedItem:
    """An item to send. (`slots`: a claim holds thousands across a few steps; without a
    `__dict__` each is one object to allocate and for the garbage collector to track, not two.)

    Attributes:
        item_id: the local outbox id, as stored (text: it only travels back into SQL here).
        report_key: the report's id as stored (text, `str(UUID)`).
        sealed: the item has envelopes (False: it must be sealed before it can leave).
        envelopes: its envelopes not sent yet (pending, or parked and sent again because a
            person queued the item again), in purpose order.
    """

    item_id: str
    report_key: str
    sealed: bool
    envelopes: tuple[PendingEnvelope, ...]

    @property
    def report_id(self) -> UUID:
        """Built on demand: only the rare paths (parking, sealing) need one."""
        return UUID(self.report_key)


@dataclass(frozen=True, slots=True)
class ItemProgress:
    """Where an item stands after its envelopes' receipts were stored.

    Attributes:
        state: the item's outbox state.
        envelopes, sent, parked: how many envelopes it has, and how many are sent / parked.
        status: the receipt status of the whole item (all withdrawn: withdrawn; all
            duplicate: duplicate; else accepted); meaningful once all are sent.
    """

    item_id: str
    state: str
    envelopes: int
    sent: int
    parked: int
    status: str


@dataclass(frozen=True, slots=True)
class Settled:
    """What `settle_items` did: `sent` (item id, the item's receipt status) moved to `sent`
    now; `others` the progress of the items it left as they were."""

    sent: list[tuple[str, str]]
    others: list[ItemProgress]


@contextmanager
def without_fsync(conn: Connection) -> Iterator[None]:
    """Commits inside do not wait for the disk (WAL, `synchronous = NORMAL`); the connection's
    setting (FULL) is back afterwards, before any other caller of the connection runs.

    Only for transactions whose loss in a power cut is harmless because the next pass redoes
    them: items moved out of `sending` on a receipt (or back to the queue) are still
    `sending` after such a loss, are queued again at the next pass
    (`sharing.outbox.requeue_stale_sending`), sent again and answered `duplicate`; a pass's
    bookkeeping (its times, the alert feed and its cursor, regions, withdrawal answers, the
    audit receipt, the statistics digest) is fetched or sent again. Never for a claim: `sending`
    must be on disk before a batch leaves; never for anything a person saved. A later durable
    commit writes the WAL, and with it these commits, to disk in order.
    """
    if conn.in_transaction:
        yield  # inside a caller's transaction: its commit decides
        return
    level = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA synchronous = {level}")


# Separators for reading a batch as one text: control characters never appear raw in JSON
# text (RFC 8259 requires them escaped inside strings), in base64, ids or hex hashes.
_RECORD, _FIELD = "\x1e", "\x1f"


def queued_items(conn: Connection, limit: int) -> list[QueuedItem]:
    """Queued items that leave as envelopes, oldest first, with their pending envelopes.

    The batch comes back as one text, records and fields joined by control characters, and
    is cut with `str.split` (reading it as JSON made SQLite escape every quote of every header
    and Python unescape them again). A stored value holding a separator (a damaged row; a
    sealed envelope cannot) fails loudly.
    """
    row = conn.execute(
        # concat_ws: one string built per envelope and per item (`||` copies the ~1 KB text
        # once per operand); it skips a NULL, so an item with no envelope to send ends after
        # its `sealed` field.
        "SELECT count(*), group_concat(record, ?3) FROM ("
        " SELECT concat_ws(?2, o.id, o.report_id,"
        "  EXISTS (SELECT 1 FROM outbox_envelopes AS s WHERE s.item_id = o.id),"
        "  (SELECT group_concat(concat_ws(?2, e.envelope_id, e.content_hash, e.header, e.ciphertext), ?2"
        "    ORDER BY e.purpose) FROM outbox_envelopes AS e WHERE e.item_id = o.id AND NOT EXISTS ("
        "     SELECT 1 FROM outbox_envelope_results AS r WHERE r.envelope_seq = e.seq AND r.state = ?5)))"
        "  AS record"
        " FROM outbox_items AS o WHERE o.state = ?1 AND o.purposes NOT IN (?6, ?7)"
        " ORDER BY o.created_at, o.version, o.id LIMIT ?4)",
        (QUEUED, _FIELD, _RECORD, limit, SENT_ENVELOPE, *STATISTICS_ONLY),
    ).fetchone()
    count, text = int(row[0]), row[1]
    if not count:
        return []
    records = text.split(_RECORD)
    if len(records) != count:
        raise StorageError("an outbox item holds a control character where none can be; it was not sent")
    items = []
    for record in records:
        fields = record.split(_FIELD)
        if len(fields) == 7:  # the common item: one envelope
            item_id, report_key, sealed, envelope_id, content_hash, header, ciphertext = fields
            envelopes: tuple[PendingEnvelope, ...] = (
                PendingEnvelope(envelope_id, content_hash, header, ciphertext),
            )
        elif len(fields) < 3 or (len(fields) - 3) % 4:
            raise StorageError("an outbox envelope holds a control character where none can be; not sent")
        else:
            item_id, report_key, sealed = fields[:3]
            envelopes = tuple(
                PendingEnvelope(*fields[start : start + 4]) for start in range(3, len(fields), 4)
            )
        items.append(QueuedItem(item_id, report_key, sealed == "1", envelopes))
    return items


# `+state` keeps the planner on the primary key (or the item's envelopes): the state indexes
# would visit every queued item or pending envelope for each one looked up.
_IDS = "SELECT value FROM json_each(?)"
# The log takes each item's number (`seq`, migration 0025) from the statement that moved it.
# (No ORDER BY: the items of one statement each get one row, and a sort cost ~7 %.)
_LOG = (
    "INSERT INTO outbox_transitions(item_id, item_seq, from_state, to_state, at, reason)"
    " SELECT value ->> 0, value ->> 1, ?, ?, ?, value ->> 2 FROM json_each(?)"
)


def mark_sending(conn: Connection, ids: Sequence[str], at: datetime) -> list[str]:
    """Queued -> sending for every id still queued (counts an attempt, sets ever_sending);
    returns the ids moved, in the order given. One UPDATE and one INSERT of transition rows."""
    if not ids:
        return []
    stamp = to_db_time(at)
    with transaction(conn):
        rows = conn.execute(
            "UPDATE outbox_items SET state = ?, updated_at = ?, attempts = attempts + 1,"  # noqa: S608
            f" ever_sending = 1 WHERE +state = ? AND id IN ({_IDS}) RETURNING id, seq",
            (SENDING, stamp, QUEUED, json.dumps(list(ids))),
        ).fetchall()
        queued = dict(rows)
        moved = [item_id for item_id in ids if item_id in queued]
        if moved:
            log = [[item_id, queued[item_id], None] for item_id in moved]
            conn.execute(_LOG, (QUEUED, SENDING, stamp, json.dumps(log)))
    return moved


def still_sending(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Those of `ids` still `sending` (read just before a claimed batch is posted)."""
    if not ids:
        return set()
    row = conn.execute(
        f"SELECT json_group_array(id) FROM outbox_items WHERE +state = ? AND id IN ({_IDS})",  # noqa: S608
        (SENDING, json.dumps(list(ids))),
    ).fetchone()
    return {str(item_id) for item_id in json.loads(row[0])}


def store_envelope_receipts(
    conn: Connection, proofs: Sequence[tuple[str, str, str | None, str | None, str | None]], at: datetime
) -> int:
    """Pending (or parked, sent again after a person asked) -> sent for envelopes whose receipt
    proves delivery; returns how many moved.

    Args:
        proofs: (envelope_id, content_hash, status, received_on, receipt text) per envelope;
            the caller has matched the receipt's id and hash, and both are checked again here
            against the stored envelope, so a mismatch can never mark anything sent. A receipt
            without a reason comes as its status and day (ISO), text None: the rest of it is
            the envelope's own id and hash, and it is rebuilt from them on read
            (`envelopes.ENVELOPE_RECEIPT`, migration 0029). One with a reason comes as its
            JSON text, status and day None, and is kept as that text.
    """
    if not proofs:
        return 0
    with transaction(conn):
        cursor = conn.execute(
            # The results are narrow rows keyed by the envelope's number (migration 0025): a
            # batch is appended to the end of the table.
            "INSERT INTO outbox_envelope_results(envelope_seq, state, receipt, last_error, updated_at,"
            " status, received_on)"
            " SELECT e.seq, ?1, p.value ->> 4, NULL, ?2, p.value ->> 2, p.value ->> 3 FROM json_each(?3) AS p"
            " JOIN outbox_envelopes AS e ON e.envelope_id = p.value ->> 0 AND e.content_hash = p.value ->> 1"
            " WHERE true ORDER BY e.seq"
            " ON CONFLICT(envelope_seq) DO UPDATE SET state = excluded.state, receipt = excluded.receipt,"
            " status = excluded.status, received_on = excluded.received_on,"
            " last_error = NULL, updated_at = excluded.updated_at WHERE state <> excluded.state",
            (SENT_ENVELOPE, to_db_time(at), json.dumps(proofs)),
        )
        return int(cursor.rowcount)


# An envelope's receipt status and day (`r`: its result): the stored text wins (migration 0029).
_STATUS = "coalesce(r.receipt ->> 'status', r.status)"
_DAY = "coalesce(r.receipt ->> 'received_on', r.received_on)"
_ITEM_STATUS = (
    f"CASE WHEN min({_STATUS}) = max({_STATUS})"
    f" AND min({_STATUS}) IN ('withdrawn', 'duplicate')"
    f" THEN min({_STATUS}) ELSE 'accepted' END"
)
# An item's envelopes with their results (none: pending).
_RESULTS = "outbox_envelopes AS e LEFT JOIN outbox_envelope_results AS r ON r.envelope_seq = e.seq"


def settle_items(conn: Connection, item_ids: Sequence[str], at: datetime) -> Settled:
    """Sending -> sent for the items of `item_ids` whose every envelope is sent, with a receipt
    summing theirs (each envelope keeps its own). The others come back with their progress,
    for the caller to settle (parked envelopes, items withdrawn in flight, no receipt).

    The receipt is summed in SQL from the stored envelope results, in the statement that moves
    the item (one UPDATE and one INSERT of transition rows for the batch): since 0029 a result
    holds its status and day as columns, so this reads no JSON (summing parsed receipts was the
    push's largest statement; the caller then summed them from the reply instead, per item in
    Python). It is kept as status, day and envelope count (`outbox.ITEM_RECEIPT`): the row
    grows by ~30 bytes, not by ~250 of JSON. The progress of the rest is read only when there
    is a rest.
    """
    if not item_ids:
        return Settled([], [])
    stamp = to_db_time(at)
    with transaction(conn):
        sent = conn.execute(
            "UPDATE outbox_items SET state = ?1, updated_at = ?2, receipt = NULL,"  # noqa: S608
            " receipt_envelopes = t.n, receipt_day = t.day, receipt_status = t.status"
            f" FROM (SELECT j.value AS id, count(*) AS n, count(r.state IS ?5 OR NULL) AS sent,"
            f"  max({_DAY}) AS day, {_ITEM_STATUS} AS status"
            "  FROM json_each(?4) AS j JOIN outbox_envelopes AS e ON e.item_id = j.value"
            "  LEFT JOIN outbox_envelope_results AS r ON r.envelope_seq = e.seq GROUP BY j.key) AS t"
            " WHERE outbox_items.id = t.id AND t.n = t.sent AND +outbox_items.state = ?3"
            " RETURNING id, seq, 'receipt ' || receipt_status",
            (SENT, stamp, SENDING, json.dumps(list(item_ids)), SENT_ENVELOPE),
        ).fetchall()
        if sent:
            conn.execute(_LOG, (SENDING, SENT, stamp, json.dumps(sent)))
        moved = {row[0] for row in sent}
        rest = [item_id for item_id in item_ids if item_id not in moved]
        others = _progress(conn, rest) if rest else []
    by_id = {item_id: reason.removeprefix("receipt ") for item_id, _seq, reason in sent}
    return Settled([(item_id, by_id[item_id]) for item_id in item_ids if item_id in by_id], others)


def _progress(conn: Connection, item_ids: Sequence[str]) -> list[ItemProgress]:
    row = conn.execute(
        "SELECT json_group_array(json_array(o.id, o.state, t.n, t.sent, t.parked, t.status))"  # noqa: S608
        " FROM json_each(?1) AS j CROSS JOIN outbox_items AS o ON o.id = j.value"
        " CROSS JOIN (SELECT e.item_id, count(*) AS n, count(r.state = 'sent' OR NULL) AS sent,"
        f"  count(r.state = 'parked' OR NULL) AS parked, {_ITEM_STATUS} AS status"
        f"  FROM {_RESULTS} WHERE e.item_id IN (SELECT value FROM json_each(?1))"
        "  GROUP BY e.item_id) AS t ON t.item_id = o.id",
        (json.dumps(list(item_ids)),),
    ).fetchone()
    return [ItemProgress(*fields) for fields in json.loads(row[0])]
