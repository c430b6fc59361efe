"""Report intake, withdrawals and the admin views of both.

Intake answers one receipt per report (docs/protocol.md, "Receipts"). The unique
constraint (org_id, report_id) is what makes duplicates impossible: new rows go in with
`INSERT … ON CONFLICT DO NOTHING RETURNING report_id`, and any row another request
stored first is read back and answered `duplicate` or `conflict` like any other resend.

Tombstones are the rows of `withdrawals`: a report arriving after a withdrawal of its id
or its verifier loses those purposes on arrival, or is answered `withdrawn` when nothing
would be left. Report ids belong to an organisation; a verifier does not: the person may
ask any project to withdraw, so a withdrawal by verifier (and its tombstone) reaches the
reports of every organisation, and its answer never says which one holds them.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    String,
    and_,
    bindparam,
    cast,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.canonical import canonical_json_each
from outreach_app.protocol.limits import EARLIEST_INCIDENT_DATE
from outreach_app.protocol.receipts import Reason, ReceiptReasonCode, ReceiptStatus
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.withdrawals import Withdrawal, WithdrawalResult, WithdrawalStatus
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.orgs import org_region_ids
from outreach_app.server.db.tables import alerts, reports, superseded, withdrawals

PURPOSE_KEYS = tuple(p.value for p in Purpose)
# A device in a zone ahead of UTC can be a day ahead of the server's UTC date.
FUTURE_GRACE = timedelta(days=1)
EARLIEST_DAY_NUMBER = EARLIEST_INCIDENT_DATE.toordinal()


def join_purposes(purposes: Iterable[Purpose | str]) -> str:
    return ",".join(sorted({str(Purpose(p).value) for p in purposes}))


def split_purposes(text: str | None) -> set[Purpose]:
    return {Purpose(p) for p in (text or "").split(",") if p}


_REASONS = {
    ReceiptReasonCode.ID_CONFLICT: "this report id is already stored with different content",
    ReceiptReasonCode.UNKNOWN_REGION: "the region is not one the organisation works in",
    ReceiptReasonCode.DATE_IN_FUTURE: "the incident date is after the server's date",
    ReceiptReasonCode.DATE_TOO_OLD: f"the incident date is before {EARLIEST_INCIDENT_DATE.isoformat()}",
    ReceiptReasonCode.TOMBSTONE: "this report was withdrawn",
    ReceiptReasonCode.SUPERSEDED: "a later version of this report replaced it",
}
# The `"reason":{…},` member of a receipt for each code, as pydantic serialises a Reason.
_REASON_MEMBERS = {
    code: '"reason":' + Reason(code=code.value, message=message).model_dump_json() + ","
    for code, message in _REASONS.items()
}


def _among(conn: Connection, column: Any, values: Sequence[str]) -> Any:
    """`column IN (values)` with one parameter whatever the count: the values as one JSON
    array, unpacked by the database (SQLite `json_each`, PostgreSQL
    `json_array_elements_text`). The statement text never changes, so SQLAlchemy compiles
    it once and the driver does not parse a statement with hundreds of placeholders on
    every batch; and one text parameter is cheaper to send than a PostgreSQL array, which
    psycopg dumps element by element (4.4 -> 2 ms per lookup of 1000 ids)."""
    listed_json = bindparam(None, json.dumps(list(values)), type_=String)
    if conn.dialect.name == "postgresql":
        elements = func.json_array_elements_text(cast(listed_json, JSON)).table_valued("value")
        return column.in_(select(elements.c.value))
    return column.in_(select(literal_column("value")).select_from(func.json_each(listed_json)))


# A row key is the day received (which the row stores anyway) and 43 random bits: the key
# says nothing the row does not, and a batch's rows land among that day's rows only, so
# SQLite's table b-tree stays append-mostly (fully random keys made insert + commit of a
# batch 1.5-3x slower, its pages scattered over the whole table). Positive, below 2^63.
KEY_RANDOM_BITS = 43


def new_row_key(day: date) -> int:
    """A row key for a report received on `day` (see KEY_RANDOM_BITS)."""
    return (day.toordinal() << KEY_RANDOM_BITS) | secrets.randbits(KEY_RANDOM_BITS)


def new_row_keys(day: date, count: int) -> tuple[int, ...]:
    """`count` keys as `new_row_key` makes them, from one read of the OS's random source
    (a call per key was a millisecond per batch of 1000). Distinct only with overwhelming
    probability, as before: the primary key refuses a repeat."""
    high = day.toordinal() << KEY_RANDOM_BITS
    mask = (1 << KEY_RANDOM_BITS) - 1
    return tuple(high | (word & mask) for word in struct.unpack(f"<{count}Q", os.urandom(8 * count)))


def _insert_new(conn: Connection, rows: list[list[Any]], day: date) -> set[str]:
    """Insert rows (values in _INSERT_COLUMNS order) whose ids were not stored when read;
    returns the ids actually inserted.

    Each row gets a random key within its day and the rows go in in key order, a random
    order: neither the keys nor the order the rows are stored in (PostgreSQL's heap,
    SQLite's rowid tree) say which reports of a day came in one batch or in which order.
    (A PostgreSQL heap still keeps one batch's rows near each other; their received_on day
    says as much.)

    Both go through the driver's executemany on one short statement: SQLAlchemy's per-row
    parameter processing (and, on PostgreSQL, its multi-VALUES statement) cost more than
    the database spends storing the rows. SQLite: every write transaction here began with
    BEGIN IMMEDIATE, so no other writer can have stored one of these ids since the read and
    a plain insert is safe. PostgreSQL: another transaction may have, so the insert skips
    conflicts and returns a row for each insert that happened.
    """
    for row, key in zip(rows, new_row_keys(day, len(rows)), strict=True):
        row[0] = key
    # In key order, which is a random order: the keys are random and say nothing of the batch.
    rows.sort(key=_KEY)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_SQLITE_INSERT, [tuple(row) for row in rows])
        return {row[2] for row in rows}
    raw = conn.connection.driver_connection
    inserted: set[str] = set()
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        cursor.executemany(_PG_INSERT, rows, returning=True)
        while True:
            found = cursor.fetchone()
            if found is not None:
                inserted.add(found[0])
            if not cursor.nextset():
                break
    return inserted


_KEY = itemgetter(0)

# The column order of _SQLITE_INSERT and _PG_INSERT.
_INSERT_COLUMNS = (
    "pk",
    "org_id",
    "report_id",
    "content_hash",
    "received_on",
    "payload",
    "region_id",
    "verifier",
    "withdrawn_purposes",
    "withdrawn_on",
)
_SQLITE_INSERT = (
    "INSERT INTO reports (pk, org_id, report_id, content_hash, received_on, payload, region_id,"
    " verifier, withdrawn_purposes, withdrawn_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PG_INSERT = (
    "INSERT INTO reports (pk, org_id, report_id, content_hash, received_on, payload, region_id,"
    " verifier, withdrawn_purposes, withdrawn_on) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    " ON CONFLICT (org_id, report_id) DO NOTHING RETURNING report_id"
)


@dataclass
class _Stored:
    content_hash: str
    received_on: date
    fully_withdrawn: bool


def _stored(conn: Connection, org_id: str, report_ids: Sequence[str]) -> dict[str, _Stored]:
    rows = conn.execute(
        select(
            reports.c.report_id,
            reports.c.content_hash,
            reports.c.received_on,
            reports.c.payload.is_(None).label("gone"),
        ).where(reports.c.org_id == org_id, _among(conn, reports.c.report_id, report_ids))
    )
    return {row.report_id: _Stored(row.content_hash, row.received_on, bool(row.gone)) for row in rows}


def _tombstones(
    conn: Connection, org_id: str, report_ids: Sequence[str], verifiers: Sequence[str]
) -> tuple[dict[str, set[Purpose]], dict[str, set[Purpose]]]:
    by_id: dict[str, set[Purpose]] = {}
    by_verifier: dict[str, set[Purpose]] = {}
    query = select(withdrawals.c.report_id, withdrawals.c.purposes).where(
        withdrawals.c.org_id == org_id, _among(conn, withdrawals.c.report_id, report_ids)
    )
    for row in conn.execute(query):
        by_id.setdefault(row.report_id, set()).update(split_purposes(row.purposes))
    # Any organisation's tombstone: the person may have asked another project.
    query = select(withdrawals.c.verifier, withdrawals.c.purposes).where(
        _among(conn, withdrawals.c.verifier, sorted(set(verifiers)))
    )
    for row in conn.execute(query):
        by_verifier.setdefault(row.verifier, set()).update(split_purposes(row.purposes))
    return by_id, by_verifier


def _superseded_ids(conn: Connection, org_id: str, report_ids: Sequence[str]) -> set[str]:
    """The ids among `report_ids` that a version stored earlier named in `supersedes`."""
    query = select(superseded.c.report_id).where(
        superseded.c.org_id == org_id, _among(conn, superseded.c.report_id, report_ids)
    )
    return set(conn.execute(query).scalars())


def _mark_superseded(conn: Connection, org_id: str, report_ids: Iterable[str], day: date) -> None:
    """Record supersession markers; one already there (a concurrent or earlier request) is kept."""
    rows = [{"org_id": org_id, "report_id": r, "received_on": day} for r in sorted(set(report_ids))]
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(postgresql.insert(superseded).on_conflict_do_nothing(), rows)
    else:
        conn.execute(sqlite.insert(superseded).on_conflict_do_nothing(), rows)


@dataclass(frozen=True)
class PreparedBatch:
    """What intake needs of each validated report, in the order sent, worked out before the
    write transaction (no lock is held meanwhile) and small enough to pass between
    processes (api/batch_prep.py): the canonical JSON the server stores, its content hash,
    and the fields intake decides on."""

    ids: list[str]
    payloads: list[str]
    hashes: list[str]
    region_ids: list[str]
    verifiers: list[str]
    day_numbers: list[int]  # each incident date's `toordinal()`: cheaper to pass than dates
    supersedes: list[str | None]


def prepare(batch: Sequence[SharedReport]) -> PreparedBatch:
    """Each report's canonical JSON (`canonical.canonical_json`), content hash and the
    fields `ingest` reads."""
    encoded = canonical_json_each(batch, SharedReport)
    return PreparedBatch(
        ids=[str(r.report_id) for r in batch],
        payloads=[b.decode("utf-8") for b in encoded],
        hashes=[hashlib.sha256(b).hexdigest() for b in encoded],
        region_ids=[r.region_id for r in batch],
        verifiers=[r.withdrawal_verifier for r in batch],
        day_numbers=[r.date.toordinal() for r in batch],
        supersedes=[None if r.supersedes is None else str(r.supersedes) for r in batch],
    )


def _sections(payload: str) -> dict[str, Any]:
    """A stored payload's wire dict (the rare path: a tombstone applies to the report)."""
    data: dict[str, Any] = json.loads(payload)
    return data


# What ingest decided for one report: its status, the reason's code if any, and the day its
# receipt names. Receipts are built from these after the commit, outside the write lock.
Answer = tuple[ReceiptStatus, ReceiptReasonCode | None, date]


def _answer_existing(stored: _Stored, content_hash: str, day: date) -> Answer:
    if stored.fully_withdrawn:
        return (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.TOMBSTONE, day)
    if stored.content_hash == content_hash:
        return (ReceiptStatus.DUPLICATE, None, stored.received_on)
    return (ReceiptStatus.CONFLICT, ReceiptReasonCode.ID_CONFLICT, day)


def receipts_json(prepared: PreparedBatch, answers: Sequence[Answer]) -> bytes:
    """The BatchReceipts body for `ingest`'s answers: one receipt per report, in order.

    Written directly rather than through 1000 Receipt models and pydantic's serialiser
    (4.8 -> 0.7 ms, a tenth of what intake spent after validation): every value is the
    server's own (ids it parsed as UUIDs, hex digests, ISO days, enum values, constant
    reasons), so nothing needs escaping. tests/server/test_receipts_json.py holds it byte for byte to
    `BatchReceipts.model_dump_json(exclude_none=True)` of the same receipts.
    """
    days = {day: day.isoformat() for _status, _code, day in set(answers)}  # a batch has few
    parts = [
        f'{{"content_hash":"{content_hash}",{"" if code is None else _REASON_MEMBERS[code]}'
        f'"received_on":"{days[day]}","report_id":"{report_id}","status":"{status.value}"}}'
        for report_id, content_hash, (status, code, day) in zip(
            prepared.ids, prepared.hashes, answers, strict=True
        )
    ]
    return ('{"receipts":[' + ",".join(parts) + "]}").encode("ascii")


def ingest(conn: Connection, org_id: str, prepared: PreparedBatch, clock: Clock) -> list[Answer]:
    """Store what is new and decide every report's answer, one per report in the order given
    (`receipts_json` writes them as receipts once the transaction has committed).

    `supersedes` need not name a report the server holds: a device that lost the connection
    while sending v1 cannot know whether it arrived, and must still be able to send v2. Every
    `supersedes` of a report accepted (or answered as superseded) leaves a marker, so the
    version it names is never live: stored, it is left out of exports; arriving later, it
    is not stored and is answered `withdrawn` (reason `superseded`), which the device counts
    as done.
    """
    ids, hashes = prepared.ids, prepared.hashes
    day = today(clock)
    latest_day_number = (day + FUTURE_GRACE).toordinal()
    stored = _stored(conn, org_id, ids)
    regions = set(org_region_ids(conn, org_id))
    by_id, by_verifier = _tombstones(conn, org_id, ids, prepared.verifiers)
    # Grows through the batch: an item named by an earlier item's `supersedes` arrived after
    # its replacement (an item named by a later one arrived first and is stored, as before).
    replaced = _superseded_ids(conn, org_id, ids)
    new_markers: set[str] = set()

    accepted: Answer = (ReceiptStatus.ACCEPTED, None, day)
    answers: list[Answer] = [accepted] * len(ids)
    new_rows: list[list[Any]] = []
    # SQLite's rows go to the driver as is: dates as SQLAlchemy's SQLite Date stores them.
    day_value: date | str = day.isoformat() if conn.dialect.name == "sqlite" else day
    new_index: dict[str, int] = {}
    found_verifiers: set[str] = set()  # verifier tombstones that withdrew a report on arrival
    for index, report_id in enumerate(ids):
        content_hash = hashes[index]
        if report_id in stored:
            answers[index] = _answer_existing(stored[report_id], content_hash, day)
            continue
        rejected = None
        if prepared.region_ids[index] not in regions:
            rejected = ReceiptReasonCode.UNKNOWN_REGION
        elif prepared.day_numbers[index] > latest_day_number:
            rejected = ReceiptReasonCode.DATE_IN_FUTURE
        elif prepared.day_numbers[index] < EARLIEST_DAY_NUMBER:
            rejected = ReceiptReasonCode.DATE_TOO_OLD
        if rejected is not None:
            answers[index] = (ReceiptStatus.REJECTED, rejected, day)
            continue
        supersedes = prepared.supersedes[index]
        if supersedes is not None:
            new_markers.add(supersedes)
            replaced.add(supersedes)
        if report_id in replaced:
            # A late copy of a version already replaced: never live. Its own `supersedes`
            # still counts (v1 arriving after v3 when v2 was lost too).
            answers[index] = (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.SUPERSEDED, day)
            continue
        payload = prepared.payloads[index]
        dropped: set[Purpose] = set()
        if by_id or by_verifier:
            withdrawn = by_id.get(report_id, set()) | by_verifier.get(prepared.verifiers[index], set())
            if prepared.verifiers[index] in by_verifier:
                found_verifiers.add(prepared.verifiers[index])
            if withdrawn:
                sections = _sections(payload)
                present = {p for p in Purpose if p.value in sections}
                if present <= withdrawn:
                    answers[index] = (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.TOMBSTONE, day)
                    continue
                dropped = withdrawn & present
                gone = {purpose.value for purpose in withdrawn}
                kept = {key: value for key, value in sections.items() if key not in gone}
                payload = json.dumps(kept, sort_keys=True, separators=(",", ":"))
        # In _INSERT_COLUMNS order; the key is set by _insert_new.
        new_rows.append(
            [
                0,
                org_id,
                report_id,
                content_hash,
                day_value,
                payload,
                prepared.region_ids[index],
                prepared.verifiers[index],
                join_purposes(dropped),
                day_value if dropped else None,
            ]
        )
        new_index[report_id] = index

    _mark_superseded(conn, org_id, new_markers, day)
    if found_verifiers:
        _mark_found(conn, found_verifiers, day)
    if new_rows:
        inserted = _insert_new(conn, new_rows, day)
        raced = [report_id for report_id in new_index if report_id not in inserted]
        if raced:  # another request stored these ids between our read and our insert
            now_stored = _stored(conn, org_id, raced)
            for report_id in raced:
                index = new_index[report_id]
                answers[index] = _answer_existing(now_stored[report_id], hashes[index], day)
    return answers


# --- withdrawals -------------------------------------------------------------------------------


def _mark_found(conn: Connection, verifiers: Iterable[str], day: date) -> None:
    """Note that these verifiers' tombstones withdrew a report on arrival (the first day only)."""
    conn.execute(
        update(withdrawals)
        .where(_among(conn, withdrawals.c.verifier, sorted(verifiers)), withdrawals.c.found_on.is_(None))
        .values(found_on=day)
    )


def _found_before(conn: Connection, verifier: str | None) -> bool:
    """Whether a tombstone with this verifier already withdrew a report on arrival."""
    if verifier is None:
        return False
    query = select(withdrawals.c.pk).where(
        withdrawals.c.verifier == verifier, withdrawals.c.found_on.is_not(None)
    )
    return conn.execute(query.limit(1)).first() is not None


_ROW_COLUMNS = (
    reports.c.pk,
    reports.c.org_id,
    reports.c.report_id,
    reports.c.payload,
    reports.c.withdrawn_purposes,
)


def _rows_for(conn: Connection, org_id: str, item: Withdrawal) -> tuple[list[Any], str | None]:
    """The stored versions a withdrawal applies to, and the verifier it resolves to.

    By verifier: every organisation's versions (the person may ask any project). By report
    id: the organisation's own report and its versions with the same verifier (an id means
    nothing outside the organisation that sent it).
    """
    verifier = item.verifier
    if item.report_id is None:
        return list(conn.execute(select(*_ROW_COLUMNS).where(reports.c.verifier == verifier))), verifier
    report_id = str(item.report_id)
    named = conn.execute(
        select(reports.c.verifier).where(reports.c.org_id == org_id, reports.c.report_id == report_id)
    ).first()
    if named is None:
        return [], None
    verifier = named.verifier
    query = select(*_ROW_COLUMNS).where(
        reports.c.org_id == org_id,
        or_(reports.c.verifier == verifier, reports.c.report_id == report_id),
    )
    return list(conn.execute(query)), verifier


def withdraw(
    conn: Connection, org_id: str, items: Sequence[Withdrawal], clock: Clock
) -> list[WithdrawalResult]:
    """Apply withdrawals in order; always succeeds for the caller (docs/protocol.md, "Withdrawals")."""
    day = today(clock)
    results = []
    for item in items:
        asked = set(item.purposes)
        rows, verifier = _rows_for(conn, org_id, item)
        dropped_any = False
        now_withdrawn = set(asked)
        withdrawn_alert_ids: list[tuple[str, str]] = []  # (org id, report id)
        for row in rows:
            before = split_purposes(row.withdrawn_purposes)
            after = before | asked
            now_withdrawn |= after
            payload = None if row.payload is None else json.loads(row.payload)
            if payload is not None:
                dropped = [key for key in (p.value for p in asked) if key in payload]
                for key in dropped:
                    del payload[key]
                dropped_any = dropped_any or bool(dropped)
                if not any(key in payload for key in PURPOSE_KEYS):
                    payload = None
            if Purpose.ALERT in asked:
                withdrawn_alert_ids.append((row.org_id, row.report_id))
            conn.execute(
                update(reports)
                .where(reports.c.pk == row.pk)
                .values(
                    payload=None
                    if payload is None
                    else json.dumps(payload, sort_keys=True, separators=(",", ":")),
                    withdrawn_purposes=join_purposes(after),
                    withdrawn_on=day,
                )
            )
        for source_org_id, source_report_id in withdrawn_alert_ids:
            conn.execute(
                update(alerts)
                .where(alerts.c.source_org_id == source_org_id, alerts.c.source_report_id == source_report_id)
                .values(source_withdrawn=True)
            )
        report_id = None if item.report_id is None else str(item.report_id)
        now_withdrawn |= _earlier_purposes(conn, org_id, report_id, verifier)
        _record(conn, org_id, report_id, verifier, asked, day)
        if dropped_any:
            status = WithdrawalStatus.WITHDRAWN
        elif rows or _found_before(conn, verifier if item.report_id is None else None):
            status = WithdrawalStatus.ALREADY_WITHDRAWN
        else:
            status = WithdrawalStatus.UNKNOWN
        results.append(
            WithdrawalResult(
                report_id=item.report_id,
                verifier=item.verifier,
                status=status,
                purposes=sorted(now_withdrawn),
            )
        )
    return results


def _earlier_purposes(
    conn: Connection, org_id: str, report_id: str | None, verifier: str | None
) -> set[Purpose]:
    keys = []
    if report_id is not None:
        keys.append(and_(withdrawals.c.org_id == org_id, withdrawals.c.report_id == report_id))
    if verifier is not None:  # any organisation's: the verifier is the person's, not the project's
        keys.append(withdrawals.c.verifier == verifier)
    found: set[Purpose] = set()
    for text in conn.execute(select(withdrawals.c.purposes).where(or_(*keys))).scalars():
        found |= split_purposes(text)
    return found


def _record(
    conn: Connection,
    org_id: str,
    report_id: str | None,
    verifier: str | None,
    purposes: set[Purpose],
    day: date,
) -> None:
    """Keep the tombstone (once per distinct withdrawal, so repeats do not pile up)."""
    purposes_text = join_purposes(purposes)
    same = and_(
        withdrawals.c.org_id == org_id,
        withdrawals.c.purposes == purposes_text,
        withdrawals.c.report_id.is_(None) if report_id is None else withdrawals.c.report_id == report_id,
        withdrawals.c.verifier.is_(None) if verifier is None else withdrawals.c.verifier == verifier,
    )
    if conn.execute(select(exists().where(same))).scalar():
        return
    conn.execute(
        insert(withdrawals).values(
            org_id=org_id, report_id=report_id, verifier=verifier, purposes=purposes_text, received_on=day
        )
    )


# --- admin views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportRow:
    org_id: str
    report_id: str
    received_on: date
    region_id: str | None
    purposes: tuple[str, ...]
    withdrawn_purposes: tuple[str, ...]
    superseded: bool = False

    @property
    def state(self) -> str:
        if not self.purposes:
            return "withdrawn"
        if self.superseded:
            return "superseded"
        return "partly withdrawn" if self.withdrawn_purposes else "stored"

    def as_dict(self) -> dict[str, Any]:
        return {
            "org_id": self.org_id,
            "report_id": self.report_id,
            "received_on": self.received_on.isoformat(),
            "region_id": self.region_id,
            "purposes": list(self.purposes),
            "withdrawn_purposes": list(self.withdrawn_purposes),
            "state": self.state,
        }


# Rows fetched from the database at a time by the admin views: `reports list` and `reports
# export` stream (a server-side cursor on PostgreSQL; SQLite steps its cursor as rows are
# asked for), so their memory does not grow with the number of reports.
STREAM_FETCH_ROWS = 1000


def _streamed(conn: Connection, query: Any, fetch_rows: int) -> Iterator[Any]:
    """The rows of `query`, fetched `fetch_rows` at a time as they are iterated."""
    result = conn.execution_options(stream_results=True, yield_per=fetch_rows).execute(query)
    try:
        yield from result
    finally:
        result.close()


# Whether a marker names the report: joined, not loaded as a set, so memory stays flat.
_SUPERSEDED_JOIN = reports.outerjoin(
    superseded, and_(superseded.c.org_id == reports.c.org_id, superseded.c.report_id == reports.c.report_id)
)
_ADMIN_ORDER = (reports.c.org_id, reports.c.received_on, reports.c.report_id)


def iter_reports(
    conn: Connection, org_id: str | None = None, *, fetch_rows: int = STREAM_FETCH_ROWS
) -> Iterator[ReportRow]:
    """Every report (of one organisation, or all), in (org, day received, id) order, read as
    it is iterated (see STREAM_FETCH_ROWS)."""
    query = (
        select(
            reports.c.org_id,
            reports.c.report_id,
            reports.c.received_on,
            reports.c.region_id,
            reports.c.payload,
            reports.c.withdrawn_purposes,
            superseded.c.report_id.is_not(None).label("replaced"),
        )
        .select_from(_SUPERSEDED_JOIN)
        .order_by(*_ADMIN_ORDER)
    )
    if org_id is not None:
        query = query.where(reports.c.org_id == org_id)
    for row in _streamed(conn, query, fetch_rows):
        payload = json.loads(row.payload) if row.payload else {}
        yield ReportRow(
            row.org_id,
            row.report_id,
            row.received_on,
            row.region_id,
            tuple(k for k in PURPOSE_KEYS if k in payload),
            tuple(sorted(p.value for p in split_purposes(row.withdrawn_purposes))),
            bool(row.replaced),
        )


def list_reports(conn: Connection, org_id: str | None = None) -> list[ReportRow]:
    return list(iter_reports(conn, org_id))


def get_payload(conn: Connection, org_id: str | None, report_id: str) -> tuple[str, dict[str, Any]] | None:
    """(org id, stored payload) of a report, or None when unknown or fully withdrawn."""
    query = select(reports.c.org_id, reports.c.payload).where(reports.c.report_id == report_id)
    if org_id is not None:
        query = query.where(reports.c.org_id == org_id)
    rows = conn.execute(query).all()
    if len(rows) != 1 or rows[0].payload is None:
        return None
    return rows[0].org_id, json.loads(rows[0].payload)


def iter_purpose_export(
    conn: Connection,
    purpose: Purpose,
    org_id: str | None = None,
    *,
    fetch_rows: int = STREAM_FETCH_ROWS,
) -> Iterator[dict[str, Any]]:
    """One row per live report holding `purpose`: the shared header and that section only,
    read as it is iterated (see STREAM_FETCH_ROWS).

    Versions that a later version names in `supersedes` (a marker in `superseded`) are
    left out.
    """
    key = purpose.value
    query = (
        select(reports.c.org_id, reports.c.report_id, reports.c.received_on, reports.c.payload)
        .select_from(_SUPERSEDED_JOIN)
        .where(
            reports.c.payload.is_not(None),
            superseded.c.report_id.is_(None),
            # A cheap first cut in the database; the parsed payload decides below.
            reports.c.payload.contains(f'"{key}":', autoescape=True),
        )
        .order_by(*_ADMIN_ORDER)
    )
    if org_id is not None:
        query = query.where(reports.c.org_id == org_id)
    for row in _streamed(conn, query, fetch_rows):
        payload = json.loads(row.payload)
        if key not in payload:
            continue
        yield {
            "org_id": row.org_id,
            "report_id": row.report_id,
            "received_on": row.received_on.isoformat(),
            "region_id": payload["region_id"],
            "date": payload["date"],
            "part_of_day": payload["part_of_day"],
            "incident_types": payload["incident_types"],
            key: payload[key],
        }


def export_purpose(conn: Connection, purpose: Purpose, org_id: str | None = None) -> list[dict[str, Any]]:
    return list(iter_purpose_export(conn, purpose, org_id))


def list_withdrawals(conn: Connection, org_id: str | None = None) -> list[dict[str, Any]]:
    query = select(withdrawals).order_by(withdrawals.c.org_id, withdrawals.c.pk)
    if org_id is not None:
        query = query.where(withdrawals.c.org_id == org_id)
    return [
        {
            "org_id": row.org_id,
            "report_id": row.report_id,
            "verifier": row.verifier,
            "purposes": row.purposes,
            "received_on": row.received_on.isoformat(),
        }
        for row in conn.execute(query)
    ]
