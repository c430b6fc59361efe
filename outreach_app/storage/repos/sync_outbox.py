"""Set-based outbox steps for the sync engine: a few statements per batch, none per item.

The outbox belongs to sharing (`sharing/outbox.py`, `storage/repos/outbox.py`); these are the
same transitions (queued -> sending, sending -> sent with the receipt), logged in the same
transition table, for a whole batch at once. Per-item calls cost ~0.5 ms each on SQLCipher,
which made the engine 5x slower than the network (benchmarks/bench_sync.py). Anything unusual
(an item superseded or withdrawn while in flight) is handed back to the caller for the
per-item functions of `sharing/outbox.py`, which know what to do with it.

A batch travels into SQL as one JSON array parameter (`json_each`) and comes back as one
JSON row (`json_group_array`), never as one row or one `executemany` step per item: the
driver releases and retakes the GIL around every step, and with the sync thread posting the
next batch meanwhile each retake can wait for it (500 steps cost 3-4x their SQL time).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import StorageError

QUEUED, SENDING, SENT = "queued", "sending", "sent"


@dataclass(frozen=True)
class QueuedItem:
    """An item to send.

    Attributes:
        item_id: the local outbox id, as stored (text: it only travels back into SQL here).
        report_key: the report's id as stored (text, `str(UUID)`), for matching receipts and
            for comparisons in SQL.
        payload: the canonical JSON as sealed: exactly the bytes hashed and sent.
        content_hash: SHA-256 of `payload`.
    """

    item_id: str
    report_key: str
    payload: str
    content_hash: str

    @property
    def report_id(self) -> UUID:
        """The report's id as a UUID. Built on demand: parsing 500 UUIDs per batch cost ~3 ms
        of the engine thread (holding the GIL the posting thread needs), and only the rare
        paths (parking, the per-item fallbacks) need one."""
        return UUID(self.report_key)


@contextmanager
def receipts_only(conn: Connection) -> Iterator[None]:
    """Commits inside do not wait for the disk (WAL, `synchronous = NORMAL`); the connection's
    setting (FULL) is back afterwards.

    Only for transactions that move items out of `sending` on a receipt (or back to the
    queue): if a power cut loses such a commit, the items are still `sending`, are queued
    again at the next pass (`sharing.outbox.requeue_stale_sending`), sent again and answered
    `duplicate`. Never for a claim: `sending` must be on disk before a batch leaves. A later
    durable commit writes the WAL, and with it these commits, to disk in order.
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
# text (RFC 8259 requires them escaped inside strings) nor in ids and hex hashes.
_RECORD, _FIELD = "\x1e", "\x1f"


def queued_items(conn: Connection, limit: int) -> list[QueuedItem]:
    """Queued items, oldest first (the order `sharing.outbox.items_to_send` uses).

    The batch comes back as one text, records and fields joined by control characters, and
    is cut with `str.split`: reading it as a JSON array of strings made SQLite escape every
    quote of every payload and Python unescape them again (~60 ms a 1,500-item claim).
    A stored value holding a separator (a damaged row; a sealed payload cannot) fails loudly.
    """
    row = conn.execute(
        "SELECT count(*), group_concat(id || ?2 || report_id || ?2 || content_hash || ?2 || payload, ?3"
        " ORDER BY created_at, version, id) FROM ("
        "SELECT id, report_id, payload, content_hash, created_at, version FROM outbox_items"
        " WHERE state = ?1 ORDER BY created_at, version, id LIMIT ?4)",
        (QUEUED, _FIELD, _RECORD, limit),
    ).fetchone()
    count, text = int(row[0]), row[1]
    if not count:
        return []
    records = text.split(_RECORD)
    items = [record.split(_FIELD, 3) for record in records]
    if len(records) != count or any(len(fields) != 4 or _FIELD in fields[3] for fields in items):
        raise StorageError("an outbox item holds a control character where none can be; it was not sent")
    return [
        QueuedItem(item_id, report_key, payload, digest) for item_id, report_key, digest, payload in items
    ]


# `+state` keeps the planner on the primary key: the state index would visit every queued item.
_IDS = "SELECT value FROM json_each(?)"
_LOG = (
    "INSERT INTO outbox_transitions(item_id, from_state, to_state, at, reason)"
    " SELECT value ->> 0, ?, ?, ?, value ->> 1 FROM json_each(?) ORDER BY key"
)


def _ids_in_state(conn: Connection, state: str, ids_json: str) -> list[str]:
    row = conn.execute(
        f"SELECT json_group_array(id) FROM outbox_items WHERE +state = ? AND id IN ({_IDS})",  # noqa: S608
        (state, ids_json),
    ).fetchone()
    return [str(item_id) for item_id in json.loads(row[0])]


def mark_sending(conn: Connection, ids: Sequence[str], at: datetime) -> list[str]:
    """Queued -> sending for every id still queued (counts an attempt, sets ever_sending);
    returns the ids moved, in the order given. One UPDATE and one INSERT of transition rows."""
    if not ids:
        return []
    stamp = to_db_time(at)
    with transaction(conn):
        queued = set(_ids_in_state(conn, QUEUED, json.dumps(list(ids))))
        moved = [item_id for item_id in ids if item_id in queued]
        if not moved:
            return []
        moved_json = json.dumps(moved)
        conn.execute(
            "UPDATE outbox_items SET state = ?, updated_at = ?, attempts = attempts + 1,"  # noqa: S608
            f" ever_sending = 1 WHERE +state = ? AND id IN ({_IDS})",
            (SENDING, stamp, QUEUED, moved_json),
        )
        conn.execute(_LOG, (QUEUED, SENDING, stamp, json.dumps([[item_id, None] for item_id in moved])))
    return moved


def still_sending(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Those of `ids` still `sending` (read just before a claimed batch is posted)."""
    if not ids:
        return set()
    return set(_ids_in_state(conn, SENDING, json.dumps(list(ids))))


def mark_sent(
    conn: Connection, proofs: Sequence[tuple[str, str, str, str, int]], receipts_json: str, at: datetime
) -> list[str]:
    """Sending -> sent for items whose receipt proves delivery.

    Args:
        proofs: (item_id, report_id, content_hash, receipt status, the receipt's position in
            `receipts_json`) per item, ids as stored (text); the caller has checked the
            receipt's id and hash; they are checked again here against the stored item, so a
            mismatch can never mark anything sent.
        receipts_json: a JSON array of receipts; each item keeps the JSON text of its own
            (as SQLite renders an array element: compact, byte for byte as given).
    Return:
        The item ids NOT moved (no longer `sending`, or not matching): the caller passes those
        to `sharing.outbox.mark_sent`, which keeps the receipt of an item superseded or
        withdrawn in flight, or refuses a mismatch.
    """
    if not proofs:
        return []
    stamp = to_db_time(at)
    with transaction(conn):
        row = conn.execute(
            "SELECT json_group_array(o.id) FROM json_each(?) AS p"
            " CROSS JOIN outbox_items AS o ON o.id = p.value ->> 0"
            " WHERE +o.state = ? AND o.report_id = p.value ->> 1 AND o.content_hash = p.value ->> 2",
            (json.dumps([p[:3] for p in proofs]), SENDING),
        ).fetchone()
        movable = set(json.loads(row[0]))
        moving = [
            (item_id, status, at_index) for item_id, _r, _h, status, at_index in proofs if item_id in movable
        ]
        leftovers = [p[0] for p in proofs if p[0] not in movable]
        if moving:
            conn.execute(
                # `?4 -> n`: the array is parsed once and cached; a join on json_each(?4)
                # would parse it again for every item (0.26 s a batch of 500).
                "UPDATE outbox_items SET state = ?1, updated_at = ?2, receipt = ?4 -> (p.value ->> 1)"
                " FROM json_each(?3) AS p"
                " WHERE outbox_items.id = p.value ->> 0 AND +outbox_items.state = ?5",
                (
                    SENT,
                    stamp,
                    json.dumps([[item_id, at_index] for item_id, _s, at_index in moving]),
                    receipts_json,
                    SENDING,
                ),
            )
            conn.execute(
                _LOG,
                (
                    SENDING,
                    SENT,
                    stamp,
                    json.dumps([[item_id, f"receipt {status}"] for item_id, status, _i in moving]),
                ),
            )
    return leftovers
