"""Envelope intake, withdrawals by verifier, and the admin's export, ack and deletion.

The server stores an envelope's clear header and its ciphertext, sealed to a charity
desk; it never sees the content (docs/protocol.md, "Envelopes"). Intake answers one
receipt per envelope, and the unique `envelope_id` makes a duplicate impossible: new rows
go in with `INSERT … ON CONFLICT DO NOTHING` on PostgreSQL (after BEGIN IMMEDIATE on
SQLite no other writer can have stored one meanwhile), and a row another request stored
first is read back and answered like any other resend.

Tombstones are withdrawn verifiers. A verifier is one person's for one purpose and does not
belong to an organisation (the person may ask any project), so a tombstone withdraws the
envelopes of every organisation, and an envelope arriving after it is answered `withdrawn`
and not stored. An envelope whose id a stored envelope of its organisation names in
`supersedes` is never live: left out of exports, and not stored when it arrives late.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from psycopg.errors import UniqueViolation
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    any_,
    bindparam,
    func,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from outreach_app.protocol.limits import EARLIEST_INCIDENT_DATE
from outreach_app.protocol.receipts import ReceiptReasonCode, ReceiptStatus
from outreach_app.protocol.withdrawals import WithdrawalStatus
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.orgs import org_region_ids
from outreach_app.server.db.prepared import PreparedEnvelopes
from outreach_app.server.db.tables import envelope_tombstones, envelopes

EARLIEST_MONTH = EARLIEST_INCIDENT_DATE.strftime("%Y-%m")


# What intake decided for one envelope: its status, the reason's code if any, and the day its
# receipt names. Receipts are built from these after the commit, outside the write lock.
Answer = tuple[ReceiptStatus, ReceiptReasonCode | None, date]


def among(conn: Connection, column: Any, values: Sequence[str]) -> Any:
    """`column IN (values)` with one parameter whatever the count, so the statement text
    never changes and is compiled once: on PostgreSQL `column = ANY(array)` (the planner
    probes the index once per value), on SQLite the values as one JSON array unpacked by
    `json_each`.

    On PostgreSQL the array is sent as one comma-joined text split by the server
    (`string_to_array`): psycopg adapting a list of 1000 strings cost ~3 ms of this
    process's CPU per lookup, the join a few microseconds. Values holding a comma (never
    an id, hash or verifier: those are validated hex and UUIDs) go as an array."""
    if conn.dialect.name == "postgresql":
        joined = ",".join(values)
        if values and joined.count(",") == len(values) - 1:
            listed = bindparam(None, joined, type_=String)
            return column == any_(func.string_to_array(listed, ",", type_=postgresql.ARRAY(String)))
        return column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(String)))
    listed_json = bindparam(None, json.dumps(list(values)), type_=String)
    return column.in_(select(literal_column("value")).select_from(func.json_each(listed_json)))


# A row key is the day received (which the row stores anyway) above 43 random bits: the key
# says nothing the row does not, and a batch's rows land among that day's rows only, so
# SQLite's table b-tree stays append-mostly. Positive, below 2^63.
KEY_RANDOM_BITS = 43


def new_row_keys(day: date, count: int) -> tuple[int, ...]:
    """`count` row keys for envelopes received on `day`, from one read of the OS's random
    source. Distinct only with overwhelming probability: the primary key refuses a repeat."""
    high = day.toordinal() << KEY_RANDOM_BITS
    mask = (1 << KEY_RANDOM_BITS) - 1
    return tuple(high | (word & mask) for word in struct.unpack(f"<{count}Q", os.urandom(8 * count)))


_KEY = itemgetter(0)
_COLUMNS = (
    "pk",
    "envelope_id",
    "org_id",
    "region_id",
    "purpose",
    "desk_id",
    "month",
    "content_hash",
    "supersedes",
    "verifier",
    "ciphertext",
    "received_on",
)
_SQLITE_INSERT = (
    "INSERT INTO envelopes (pk, envelope_id, org_id, region_id, purpose, desk_id, month, content_hash,"
    " supersedes, verifier, ciphertext, received_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PG_INSERT = (
    "INSERT INTO envelopes (pk, envelope_id, org_id, region_id, purpose, desk_id, month, content_hash,"
    " supersedes, verifier, ciphertext, received_on) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    " ON CONFLICT (envelope_id) DO NOTHING RETURNING envelope_id"
)
_PG_COPY = (
    "COPY envelopes (pk, envelope_id, org_id, region_id, purpose, desk_id, month, content_hash,"
    " supersedes, verifier, ciphertext, received_on) FROM STDIN"
)


def _insert_new(conn: Connection, rows: list[list[Any]], day: date) -> set[str]:
    """Insert rows (values in _COLUMNS order) whose ids were not stored when read; returns
    the ids actually inserted. Rows get random keys within their day and go in in key order,
    a random order: neither keys nor storage order say which envelopes came in one batch.
    Straight through the driver (SQLite: executemany; PostgreSQL: COPY, see `_copied`):
    SQLAlchemy's per-row processing cost more than the database spends storing the rows."""
    for row, key in zip(rows, new_row_keys(day, len(rows)), strict=True):
        row[0] = key
    rows.sort(key=_KEY)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_SQLITE_INSERT, [tuple(row) for row in rows])
        return {row[1] for row in rows}
    if _copied(conn, rows):
        return {row[1] for row in rows}
    return _insert_pipelined(conn, rows)


def _copied(conn: Connection, rows: list[list[Any]]) -> bool:
    """PostgreSQL: COPY the rows straight into the table, in a savepoint; False, with nothing
    stored, if an id is already there. The ids were read as not stored in this transaction,
    so only another request storing one of them meanwhile makes the COPY fail (rare: a
    device resending a batch whose answer it has not had yet).

    Why COPY: per 1000 rows it costs this process 9 ms of CPU against 27-29 ms for psycopg's
    pipelined `executemany` (which binds, sends and reads back each row as its own statement),
    and half the wall time (docs/performance.md). The previous attempt copied into a staging
    table and then ran `INSERT ... SELECT ... ON CONFLICT`, paying the insert twice."""
    raw = conn.connection.driver_connection
    try:
        with conn.begin_nested(), raw.cursor() as cursor, cursor.copy(_PG_COPY) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
    except UniqueViolation:
        return False
    return True


def _insert_pipelined(conn: Connection, rows: list[list[Any]]) -> set[str]:
    """PostgreSQL: insert each row unless its id is stored (ON CONFLICT DO NOTHING); the ids
    inserted. psycopg pipelines executemany's statements. A multi-row `INSERT ... SELECT
    FROM unnest(arrays)` was measured no faster (docs/performance.md)."""
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


@dataclass
class _Stored:
    org_id: str
    content_hash: str
    received_on: date
    withdrawn: bool


def _stored(conn: Connection, envelope_ids: Sequence[str]) -> dict[str, _Stored]:
    query = select(
        envelopes.c.envelope_id,
        envelopes.c.org_id,
        envelopes.c.content_hash,
        envelopes.c.received_on,
        envelopes.c.withdrawn_on.is_not(None).label("withdrawn"),
    ).where(among(conn, envelopes.c.envelope_id, envelope_ids))
    return {
        row.envelope_id: _Stored(row.org_id, row.content_hash, row.received_on, bool(row.withdrawn))
        for row in conn.execute(query)
    }


def _answer_existing(org_id: str, stored: _Stored, content_hash: str, day: date) -> Answer:
    # Another organisation's id is a conflict like any other: the answer must not say
    # whose it is (an id is a random uuid4, so this only happens to a forged batch).
    if stored.org_id == org_id and stored.content_hash == content_hash:
        if stored.withdrawn:
            return (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.TOMBSTONE, day)
        return (ReceiptStatus.DUPLICATE, None, stored.received_on)
    return (ReceiptStatus.CONFLICT, ReceiptReasonCode.ID_CONFLICT, day)


def _tombstoned(conn: Connection, verifiers: Sequence[str]) -> set[str]:
    query = select(envelope_tombstones.c.verifier).where(
        among(conn, envelope_tombstones.c.verifier, sorted(set(verifiers)))
    )
    return set(conn.execute(query).scalars())


def _superseded(conn: Connection, org_id: str, envelope_ids: Sequence[str]) -> set[str]:
    """The ids among `envelope_ids` that an envelope stored earlier names in `supersedes`."""
    query = select(envelopes.c.supersedes).where(
        envelopes.c.org_id == org_id, among(conn, envelopes.c.supersedes, envelope_ids)
    )
    return {value for value in conn.execute(query).scalars() if value is not None}


def _month_after(day: date) -> str:
    """The latest month an envelope may name: a device ahead of UTC may be a day ahead."""
    return (day + timedelta(days=1)).strftime("%Y-%m")


def ingest(
    conn: Connection,
    org_id: str,
    prepared: PreparedEnvelopes,
    clock: Clock,
    desks: Mapping[str, frozenset[str]],
) -> list[Answer]:
    """Store what is new and decide every envelope's answer, one per envelope in the order
    given (the receipts are written once the transaction has committed).

    Args:
        desks: desk id -> the purposes it receives, in the installed key bundle; an envelope
            sealed to another desk (or to a desk not for its purpose) is rejected.
    """
    ids, hashes = prepared.ids, prepared.hashes
    day = today(clock)
    latest_month = _month_after(day)
    stored = _stored(conn, ids)
    regions = set(org_region_ids(conn, org_id))
    tombstones = _tombstoned(conn, prepared.verifiers)
    replaced = _superseded(conn, org_id, ids)
    answers: list[Answer] = [(ReceiptStatus.ACCEPTED, None, day)] * len(ids)
    new_rows: list[list[Any]] = []
    # SQLite's rows go to the driver as is: dates as SQLAlchemy's SQLite Date stores them.
    day_value: date | str = day.isoformat() if conn.dialect.name == "sqlite" else day
    new_index: dict[str, int] = {}
    found: set[str] = set()
    for index, envelope_id in enumerate(ids):
        if envelope_id in stored:
            answers[index] = _answer_existing(org_id, stored[envelope_id], hashes[index], day)
            if envelope_id in replaced and answers[index][0] is ReceiptStatus.DUPLICATE:
                answers[index] = (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.SUPERSEDED, day)
            continue
        rejected = None
        month = prepared.months[index]
        if prepared.orgs[index] != org_id:
            rejected = ReceiptReasonCode.WRONG_ORG
        elif prepared.purposes[index] not in desks.get(prepared.desk_ids[index], frozenset()):
            rejected = ReceiptReasonCode.UNKNOWN_DESK
        elif prepared.region_ids[index] not in regions:
            rejected = ReceiptReasonCode.UNKNOWN_REGION
        elif month > latest_month:
            rejected = ReceiptReasonCode.DATE_IN_FUTURE
        elif month < EARLIEST_MONTH:
            rejected = ReceiptReasonCode.DATE_TOO_OLD
        if rejected is not None:
            answers[index] = (ReceiptStatus.REJECTED, rejected, day)
            continue
        supersedes = prepared.supersedes[index]
        if supersedes is not None:
            replaced.add(supersedes)
        verifier = prepared.verifiers[index]
        ciphertext: bytes | None = prepared.ciphertexts[index]
        if verifier in tombstones:
            found.add(verifier)
            answers[index] = (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.TOMBSTONE, day)
            continue
        if envelope_id in replaced:
            # A late copy of a version already replaced: never live, so its ciphertext is not
            # kept; its header is, for its own `supersedes` (v1 arriving after v3 when v2
            # was replaced too) and to answer a resend alike.
            answers[index] = (ReceiptStatus.WITHDRAWN, ReceiptReasonCode.SUPERSEDED, day)
            ciphertext = None
        new_rows.append(
            [
                0,
                envelope_id,
                org_id,
                prepared.region_ids[index],
                prepared.purposes[index],
                prepared.desk_ids[index],
                month,
                hashes[index],
                supersedes,
                verifier,
                ciphertext,
                day_value,
            ]
        )
        new_index[envelope_id] = index
    if found:
        conn.execute(
            update(envelope_tombstones)
            .where(
                among(conn, envelope_tombstones.c.verifier, sorted(found)),
                envelope_tombstones.c.found_on.is_(None),
            )
            .values(found_on=day)
        )
    if new_rows:
        inserted = _insert_new(conn, new_rows, day)
        raced = [envelope_id for envelope_id in new_index if envelope_id not in inserted]
        if raced:  # another request stored these ids between our read and our insert
            now_stored = _stored(conn, raced)
            for envelope_id in raced:
                index = new_index[envelope_id]
                answers[index] = _answer_existing(org_id, now_stored[envelope_id], hashes[index], day)
    return answers


# --- withdrawals -------------------------------------------------------------------------------


def withdraw(conn: Connection, verifiers: Sequence[str], clock: Clock) -> list[WithdrawalStatus]:
    """Withdraw every envelope of each verifier (any organisation's: the verifier is the
    person's) and keep a tombstone; one status per verifier, in order. The answer never
    says which organisation held the envelopes."""
    day = today(clock)
    statuses = []
    for verifier in verifiers:
        done = conn.execute(
            update(envelopes)
            .where(envelopes.c.verifier == verifier, envelopes.c.withdrawn_on.is_(None))
            .values(ciphertext=None, withdrawn_on=day)
        ).rowcount
        insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
        conn.execute(
            insert(envelope_tombstones)
            .values(verifier=verifier, received_on=day, found_on=day if done else None)
            .on_conflict_do_nothing()
        )
        if done:
            statuses.append(WithdrawalStatus.WITHDRAWN)
            continue
        earlier = (
            conn.execute(select(envelopes.c.pk).where(envelopes.c.verifier == verifier).limit(1)).first()
            or conn.execute(
                select(envelope_tombstones.c.verifier).where(
                    envelope_tombstones.c.verifier == verifier, envelope_tombstones.c.found_on.is_not(None)
                )
            ).first()
        )
        statuses.append(WithdrawalStatus.ALREADY_WITHDRAWN if earlier else WithdrawalStatus.UNKNOWN)
    return statuses


# --- admin: export, ack, deletion --------------------------------------------------------------

STREAM_FETCH_ROWS = 1000

_LIVE_SUPERSEDED = envelopes.alias("later")


def header_of(row: Any) -> dict[str, Any]:
    """An envelope row's clear header, in the protocol's field names (what an export carries)."""
    return {
        "envelope_id": row.envelope_id,
        "org": row.org_id,
        "region": row.region_id,
        "purpose": row.purpose,
        "desk_id": row.desk_id,
        "month": row.month,
        "content_hash": row.content_hash,
        "supersedes": row.supersedes,
        "verifier": row.verifier,
    }


def live_envelopes(purpose: str, *more: ColumnElement[Any]) -> Select[Any]:
    """The envelopes of `purpose` a desk may still receive: their clear header's columns and
    ciphertext (plus `more`), the ciphertext still held and no later version superseding them.
    The export and the staff API's pull both read this."""
    later = _LIVE_SUPERSEDED
    replaced = (
        select(later.c.pk)
        .where(later.c.org_id == envelopes.c.org_id, later.c.supersedes == envelopes.c.envelope_id)
        .exists()
    )
    return select(
        envelopes.c.envelope_id,
        envelopes.c.org_id,
        envelopes.c.region_id,
        envelopes.c.purpose,
        envelopes.c.desk_id,
        envelopes.c.month,
        envelopes.c.content_hash,
        envelopes.c.supersedes,
        envelopes.c.verifier,
        envelopes.c.ciphertext,
        *more,
    ).where(envelopes.c.purpose == purpose, envelopes.c.ciphertext.is_not(None), ~replaced)


def iter_export(
    conn: Connection,
    purpose: str,
    *,
    org_id: str | None = None,
    include_acknowledged: bool = False,
    fetch_rows: int = STREAM_FETCH_ROWS,
) -> Iterator[dict[str, Any]]:
    """The live envelopes of `purpose` as stored (header and ciphertext, still encrypted:
    only the purpose's desk can open them), streamed. Withdrawn, deleted and superseded
    envelopes are left out, and acknowledged ones unless asked for."""
    query = live_envelopes(purpose, envelopes.c.received_on, envelopes.c.acked_on).order_by(
        envelopes.c.org_id, envelopes.c.received_on, envelopes.c.envelope_id
    )
    if org_id is not None:
        query = query.where(envelopes.c.org_id == org_id)
    if not include_acknowledged:
        query = query.where(envelopes.c.acked_on.is_(None))
    result = conn.execution_options(stream_results=True, yield_per=fetch_rows).execute(query)
    try:
        for row in result:
            yield {
                "header": header_of(row),
                "ciphertext": bytes(row.ciphertext),
                "received_on": row.received_on.isoformat(),
                "acked_on": None if row.acked_on is None else row.acked_on.isoformat(),
            }
    finally:
        result.close()


def acknowledge(conn: Connection, envelope_ids: Iterable[str], clock: Clock) -> int:
    """Mark envelopes acknowledged by their desk (today); an envelope already acknowledged
    keeps its first day. Returns how many were newly acknowledged."""
    wanted = sorted(set(envelope_ids))
    if not wanted:
        return 0
    result = conn.execute(
        update(envelopes)
        .where(among(conn, envelopes.c.envelope_id, wanted), envelopes.c.acked_on.is_(None))
        .values(acked_on=today(clock))
    )
    return int(result.rowcount)


def delete_acknowledged(conn: Connection, retention_days: int, clock: Clock) -> int:
    """Delete the ciphertext of envelopes acknowledged `retention_days` or more days ago,
    keeping their header (the tombstone data withdrawals and late resends need).
    Returns how many were deleted."""
    cutoff = today(clock) - timedelta(days=retention_days)
    result = conn.execute(
        update(envelopes)
        .where(envelopes.c.acked_on <= cutoff, envelopes.c.ciphertext.is_not(None))
        .values(ciphertext=None)
    )
    return int(result.rowcount)


def counts(conn: Connection) -> list[dict[str, Any]]:
    """Envelopes per organisation and purpose: held (ciphertext present), acknowledged and
    withdrawn. Headers only; for `envelopes list`."""
    query = (
        select(
            envelopes.c.org_id,
            envelopes.c.purpose,
            func.count().label("total"),
            func.count(envelopes.c.ciphertext).label("held"),
            func.count(envelopes.c.acked_on).label("acknowledged"),
            func.count(envelopes.c.withdrawn_on).label("withdrawn"),
        )
        .group_by(envelopes.c.org_id, envelopes.c.purpose)
        .order_by(envelopes.c.org_id, envelopes.c.purpose)
    )
    return [
        {
            "org_id": row.org_id,
            "purpose": row.purpose,
            "total": int(row.total),
            "held": int(row.held),
            "acknowledged": int(row.acknowledged),
            "withdrawn": int(row.withdrawn),
        }
        for row in conn.execute(query)
    ]
