"""Contacts: one meeting with a person (or an anonymous one) and what was handed out or referred."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date, datetime
from typing import Any
from uuid import UUID

from outreach_app.domain.enums import ContactKind
from outreach_app.domain.models import Contact
from outreach_app.storage.codec import (
    SEQ_SLOTS,
    SeqAllocator,
    from_db_time,
    local_date,
    seq_base,
    to_db_time,
    uuid_text,
)
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, StorageError, translate_integrity_errors
from outreach_app.storage.repos import _listing
from outreach_app.storage.repos._blocks import fetch_by_ids

Step = Callable[[str], AbstractContextManager[object]]
"""Names a phase of a bulk insert (benchmarks/profile_import.py times them)."""


def no_step(_name: str) -> AbstractContextManager[object]:
    return nullcontext()


_COLUMNS = "id, occurred_at, zone, shift_id, area_id, person_id, kind, supplies, referrals, notes"
_INSERT = (
    "INSERT INTO contacts(seq, id, occurred_at, local_date, zone, shift_id, area_id, person_id, kind,"
    " supplies, referrals, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# One encoder, built once: `json.dumps(..., separators=...)` builds a new encoder per call.
_compact_json = json.JSONEncoder(separators=(",", ":")).encode


def _from_row(row: Sequence[Any]) -> Contact:
    return Contact(
        id=UUID(row[0]),
        occurred_at=from_db_time(row[1]),
        zone=row[2],
        shift_id=None if row[3] is None else UUID(row[3]),
        area_id=None if row[4] is None else UUID(row[4]),
        person_id=None if row[5] is None else UUID(row[5]),
        kind=row[6],
        supplies=json.loads(row[7]),
        referrals=json.loads(row[8]),
        notes=row[9],
    )


def contact_row(seq: int, contact: Contact) -> tuple[Any, ...]:
    """The row `_INSERT` stores for `contact` (benchmarks reuse it for the raw baseline)."""
    return (
        seq,
        str(contact.id),
        to_db_time(contact.occurred_at),
        local_date(contact.occurred_at, contact.zone),
        contact.zone,
        uuid_text(contact.shift_id),
        uuid_text(contact.area_id),
        uuid_text(contact.person_id),
        contact.kind.value,
        _compact_json(contact.supplies),  # StrEnum keys and items encode as their values
        _compact_json(contact.referrals),
        contact.notes,
    )


def add_contact(conn: Connection, contact: Contact) -> None:
    add_contacts(conn, [contact])


def add_contacts(conn: Connection, contacts: Iterable[Contact]) -> int:
    """Insert many contacts in one transaction (all or none); return how many."""
    with transaction(conn):
        return insert_contacts(conn, contacts)


def insert_contacts(conn: Connection, contacts: Iterable[Contact], *, step: Step = no_step) -> int:
    """`add_contacts` inside the caller's open transaction, without a savepoint of its own.

    For callers whose transaction is all or nothing anyway (an import): inside a savepoint
    SQLite copies every page the insert changes first into a sub-journal, which made a
    20,000-contact import into a vault of a million 10x slower (4.5 ms a row instead of
    0.45 ms; benchmarks/bench_import.py). On an error the rows inserted so far are left in
    the caller's transaction, which must then roll back (`transaction` does, as it raises).
    `step` names the phases for benchmarks/profile_import.py; it changes nothing else.
    """
    if not conn.in_transaction:
        raise StorageError("insert_contacts runs inside the caller's transaction")
    batch = list(contacts)
    if not batch:
        return 0
    if len(batch) < BULK_MIN:
        allocator = SeqAllocator(conn, "contacts")
        rows = [contact_row(allocator.allocate(contact.occurred_at), contact) for contact in batch]
        with translate_integrity_errors("contact", rows[0][1] if len(rows) == 1 else "(batch)"):
            conn.executemany(_INSERT, rows)
        return len(rows)
    with translate_integrity_errors("contact", "(batch)"):
        _insert_bulk_contacts(conn, batch, step)
    return len(batch)


BULK_MIN = 256  # from here one pass for the index and the statistics beats a trigger per row

# The statistics the 0004 insert trigger keeps, for a whole batch at once: the same cells and
# the same counts, grouped, so each cell is upserted once. `batch` is the batch's rows, read
# from the JSON array of the rows `_INSERT` was given (the `contact_row` tuples), never back
# from the table: in a big vault the table pages an import changed no longer fit in the page
# cache by the time the statistics run, and reading them back decrypted each one again, once
# for the index, once for the statistics and once for the people seen. `days` folds the batch
# by (day, area, kind, shift) first, so the per-row work is one grouping, not four date
# formats and four upserts.
_BATCH_ROWS = (
    "batch AS MATERIALIZED (SELECT j.value ->> 3 AS local_date, coalesce(j.value ->> 6, '') AS area,"
    " j.value ->> 8 AS kind, j.value ->> 5 AS shift_id, j.value ->> 9 AS supplies,"
    " j.value ->> 10 AS referrals, j.value ->> 7 AS person_id FROM json_each(?) AS j)"
)
_BULK_STATS = f"""
WITH {_BATCH_ROWS},
days AS MATERIALIZED (
    SELECT b.local_date, b.area, b.kind, count(*) AS n,
        coalesce((SELECT mode FROM shifts WHERE id = b.shift_id), 'none') AS mode
    FROM batch AS b GROUP BY b.local_date, b.area, b.kind, b.shift_id
)
INSERT INTO stats_counts (period, measure, dim1, dim2, n)
SELECT period, measure, dim1, dim2, sum(n) FROM (
    SELECT substr(local_date, 1, 7) AS period, 'contacts' AS measure, area AS dim1, kind AS dim2, n FROM days
    UNION ALL SELECT strftime('%G-W%V', local_date), 'contacts', area, kind, n FROM days
    UNION ALL SELECT substr(local_date, 1, 7), 'contacts_mode', area, mode, n FROM days
    UNION ALL SELECT strftime('%G-W%V', local_date), 'contacts_mode', area, mode, n FROM days
    UNION ALL SELECT substr(b.local_date, 1, 7), 'supplies', j.key, b.area, j.value
        FROM batch AS b, json_each(b.supplies) AS j
    UNION ALL SELECT substr(b.local_date, 1, 7), 'referrals', j.value, b.area, 1
        FROM batch AS b, json_each(b.referrals) AS j
) WHERE true GROUP BY period, measure, dim1, dim2
ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n
"""  # noqa: S608 - fixed fragments
_BULK_PEOPLE_SEEN = f"""
WITH {_BATCH_ROWS}
INSERT INTO stats_people_seen (month, person_id, n)
SELECT substr(b.local_date, 1, 7), b.person_id, count(*) FROM batch AS b
WHERE b.person_id IS NOT NULL GROUP BY 1, 2
ON CONFLICT (month, person_id) DO UPDATE SET n = n + excluded.n
"""  # noqa: S608 - fixed fragments
# Key and notes of each row, from the same JSON array (`contact_row`: seq first, notes last).
_BULK_FTS = (
    "INSERT INTO contacts_fts(rowid, notes) SELECT j.value ->> 0, j.value ->> 11 FROM json_each(?) AS j"
)


BULK_CHUNK = 4096
"""Rows whose sort keys are found and inserted together. The sort-key probes read the table
pages the chunk's rows go into, and the insert then finds them in the page cache; probing the
whole batch first made the insert read and decrypt each of them again once the batch's pages
outgrew the cache (into a vault of a million, 100,000 contacts touch most of the table)."""


def _insert_bulk_contacts(conn: Connection, batch: list[Contact], step: Step) -> None:
    """`batch` (>= BULK_MIN contacts) in key order, chunk by chunk, with the per-row triggers
    standing aside and the index and statistics filled once for the whole batch.

    Sorting by the millisecond first (stable, so contacts of one millisecond keep the caller's
    order) gives each contact the very key allocating in the caller's order would."""
    ordered = sorted(batch, key=lambda contact: seq_base(contact.occurred_at))
    allocator = SeqAllocator(conn, "contacts")
    rows: list[tuple[Any, ...]] = []
    with _triggers_aside(conn) as frozen:
        for start in range(0, len(ordered), BULK_CHUNK):
            chunk = ordered[start : start + BULK_CHUNK]
            with step("sort-key probes"):
                allocator.preload([contact.occurred_at for contact in chunk])
            with step("encode rows"):
                chunk_rows = [contact_row(allocator.allocate(c.occurred_at), c) for c in chunk]
            with step("insert"):
                conn.executemany(_INSERT, chunk_rows)
            rows.extend(chunk_rows)
        _bulk_fill(conn, rows, frozen=frozen, step=step)


def _insert_bulk(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Insert encoded `rows` (`contact_row` tuples, keys allocated) in key order with the
    per-row triggers standing aside, then fill the index and statistics once: the floor the
    import benchmark compares with."""
    with _triggers_aside(conn) as frozen:
        # In key order: the table and its date index are then written page after page, not at
        # random (into a vault of a million records, random order rereads and rewrites each page
        # many times through a 64 MiB cache), and FTS5 appends its doclists.
        ordered = sorted(rows, key=lambda row: int(row[0]))
        conn.executemany(_INSERT, ordered)
        _bulk_fill(conn, ordered, frozen=frozen, step=no_step)


@contextmanager
def _triggers_aside(conn: Connection) -> Iterator[bool]:
    """The per-row full-text and statistics triggers stand aside (migration 0019) inside the
    caller's transaction; yields whether the statistics were frozen already.

    The flags live only inside the transaction: an error rolls them back with the rows. When
    the statistics are already frozen (a retention purge), they stay untouched, as the
    trigger would leave them."""
    frozen = conn.execute("SELECT 1 FROM stats_freeze").fetchone() is not None
    conn.execute("INSERT INTO bulk_load (id) VALUES (1)")
    if not frozen:
        conn.execute("INSERT INTO stats_freeze (id) VALUES (1)")
    yield frozen
    if not frozen:
        conn.execute("DELETE FROM stats_freeze")
    conn.execute("DELETE FROM bulk_load")


def _bulk_fill(conn: Connection, ordered: list[tuple[Any, ...]], *, frozen: bool, step: Step) -> None:
    """The full-text index and the statistics for rows just inserted, in key order, from the
    rows themselves (never read back from the table)."""
    with step("batch JSON"):
        batch = _compact_json(ordered)  # in memory only: it holds the notes (temp_store is MEMORY)
    with step("full-text fill"):
        conn.execute(_BULK_FTS, (batch,))
    if not frozen:
        with step("statistics"):
            conn.execute(_BULK_STATS, (batch,))
        with step("people seen"):
            conn.execute(_BULK_PEOPLE_SEEN, (batch,))


def get_contact(conn: Connection, contact_id: UUID) -> Contact | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (str(contact_id),)).fetchone()  # noqa: S608
    return None if row is None else _from_row(row)


def update_contact(conn: Connection, contact: Contact) -> None:
    """Correct a contact in place; its search index entries follow (triggers)."""
    with transaction(conn), translate_integrity_errors("contact", contact.id):
        found = conn.execute("SELECT seq FROM contacts WHERE id = ?", (str(contact.id),)).fetchone()
        if found is None:
            raise RecordNotFoundError(f"contact {contact.id} is not stored")
        seq = int(found[0])
        if seq_base(contact.occurred_at) != seq - seq % SEQ_SLOTS:
            seq = SeqAllocator(conn, "contacts").allocate(contact.occurred_at)
        row = contact_row(seq, contact)
        conn.execute(
            "UPDATE contacts SET seq = ?, occurred_at = ?, local_date = ?, zone = ?, shift_id = ?,"
            " area_id = ?, person_id = ?, kind = ?, supplies = ?, referrals = ?, notes = ? WHERE id = ?",
            (row[0], *row[2:], row[1]),
        )


def delete_contact(conn: Connection, contact_id: UUID) -> bool:
    with transaction(conn):
        return conn.execute("DELETE FROM contacts WHERE id = ?", (str(contact_id),)).rowcount > 0


def _conditions(
    *,
    area_id: UUID | None,
    person_id: UUID | None,
    shift_id: UUID | None,
    kind: ContactKind | None,
    since: datetime | None,
    until: datetime | None,
    day: date | None,
) -> _listing.Conditions:
    conditions = _listing.record_conditions(
        area_id=area_id, person_id=person_id, since=since, until=until, day=day
    )
    if shift_id is not None:
        conditions.add("r.shift_id = ?", str(shift_id))
    if kind is not None:
        conditions.add("r.kind = ?", ContactKind(kind).value)
    return conditions


def list_contact_ids(
    conn: Connection,
    *,
    query: str | None = None,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    shift_id: UUID | None = None,
    kind: ContactKind | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    day: date | None = None,
    limit: int | None = None,
    offset: int | None = None,
    at_or_before: int | None = None,
) -> list[UUID]:
    """Contact ids, newest first.

    Args:
        query: words that must all appear in the notes (user text; never FTS syntax).
        kind: only contacts that happened this way (in person, phone, …).
        since/until: occurred_at bounds, `since` inclusive and `until` exclusive.
        day: the shift day (local date; a night belongs to the date it began).
        at_or_before: start at this sort key (a bound from `contact_block_bounds`): a deep
            page without walking the rows before it.
    """
    conditions = _conditions(
        area_id=area_id, person_id=person_id, shift_id=shift_id, kind=kind, since=since, until=until, day=day
    )
    return _listing.list_ids(
        conn,
        "contacts",
        query=query,
        conditions=conditions,
        limit=limit,
        offset=offset,
        at_or_before=at_or_before,
    )


def contact_block_bounds(
    conn: Connection,
    *,
    every: int,
    query: str | None = None,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    shift_id: UUID | None = None,
    kind: ContactKind | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    day: date | None = None,
) -> tuple[int, list[int]]:
    """(count, the sort key starting each block of `every` rows) of the listing the filters select;
    `list_contact_ids(..., at_or_before=bounds[n], limit=every)` is then block n."""
    conditions = _conditions(
        area_id=area_id, person_id=person_id, shift_id=shift_id, kind=kind, since=since, until=until, day=day
    )
    return _listing.block_bounds(conn, "contacts", query=query, conditions=conditions, every=every)


def count_contacts(
    conn: Connection,
    *,
    query: str | None = None,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    shift_id: UUID | None = None,
    kind: ContactKind | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    day: date | None = None,
) -> int:
    conditions = _conditions(
        area_id=area_id, person_id=person_id, shift_id=shift_id, kind=kind, since=since, until=until, day=day
    )
    return _listing.count(conn, "contacts", query=query, conditions=conditions)


def _search_arms(text: str, person_ids: Iterable[UUID]) -> list[_listing.Arm]:
    arms = (_listing.word_arm("contacts", text), _listing.person_arm("contacts", list(person_ids)))
    return [arm for arm in arms if arm is not None]


def search_contact_keys(
    conn: Connection,
    *,
    text: str,
    person_ids: Iterable[UUID] = (),
    cap: int,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    kind: ContactKind | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[int]:
    """The sort keys of the contacts whose notes hold every word of `text`, or that belong to
    one of `person_ids` (people whose alias matched), newest first, at most `cap`, in SQL
    (`contact_ids_at` turns a slice of them into ids).

    The other arguments filter as in `list_contact_ids`."""
    conditions = _conditions(
        area_id=area_id, person_id=person_id, shift_id=None, kind=kind, since=since, until=until, day=None
    )
    return _listing.union_keys(conn, _search_arms(text, person_ids), conditions, cap=cap)


def contact_ids_at(conn: Connection, keys: Sequence[int]) -> list[UUID]:
    """The ids of the contacts with these sort keys (from `search_contact_keys`), in that order."""
    return _listing.ids_at(conn, "contacts", keys)


def get_contacts(conn: Connection, ids: Iterable[UUID]) -> list[Contact]:
    """Contacts for a block of ids, in the order given (ids no longer stored are skipped)."""
    return fetch_by_ids(
        conn,
        f"SELECT {_COLUMNS} FROM contacts WHERE id IN ({{marks}})",  # noqa: S608
        ids,
        _from_row,
    )


def contact_exists(conn: Connection, contact_id: UUID) -> bool:
    return conn.execute("SELECT 1 FROM contacts WHERE id = ?", (str(contact_id),)).fetchone() is not None
