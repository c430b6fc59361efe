"""Migration 0024: the area, person and shift indexes of contacts hold only the contacts that
have one, and every lookup by area, person or shift still goes through them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import areas, contacts, people, shifts

from .records import area, contact, person, shift

PARTIAL = {
    "contacts_by_area": "area_id",
    "contacts_by_person": "person_id",
    "contacts_by_shift": "shift_id",
}


def _partial_indexes(conn: Connection) -> dict[str, str]:
    """Name -> SQL of the contacts indexes SQLite flags as partial (PRAGMA index_list)."""
    partial = {row[1] for row in conn.execute("PRAGMA index_list(contacts)") if row[4]}
    return {
        name: sql
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        if name in partial
    }


def _plans(conn: Connection, run: Callable[[], object]) -> list[str]:
    """The query plan of every statement `run` issues on `conn` (details only)."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        conn.set_trace_callback(None)
    plans: list[str] = []
    for sql in statements:
        if sql.lstrip().upper().startswith(("SELECT", "WITH", "DELETE", "UPDATE")):
            plans.extend(str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    return plans


def test_the_area_person_and_shift_indexes_skip_contacts_without_one(conn: Connection, t0: datetime) -> None:
    a, s, p = area("North"), shift(t0), person("Sam")
    areas.add_area(conn, a)
    shifts.add_shift(conn, s)
    people.add_person(conn, p)
    contacts.add_contacts(conn, [contact(t0 + timedelta(minutes=n)) for n in range(5)])
    contacts.add_contact(conn, contact(t0, area_id=a.id, shift_id=s.id, person_id=p.id))
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 6
    found = _partial_indexes(conn)
    assert set(found) == set(PARTIAL)
    for index, column in PARTIAL.items():
        assert found[index].endswith(f"WHERE {column} IS NOT NULL"), index
    # integrity_check compares every index with the table, entry by entry.
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_lookups_by_area_person_and_shift_use_the_partial_indexes(conn: Connection, t0: datetime) -> None:
    a, s, p = area("North"), shift(t0), person("Sam")
    areas.add_area(conn, a)
    shifts.add_shift(conn, s)
    people.add_person(conn, p)
    mine = contact(t0, area_id=a.id, shift_id=s.id, person_id=p.id)
    contacts.add_contacts(conn, [mine, *(contact(t0 + timedelta(minutes=n)) for n in range(1, 5))])

    assert contacts.list_contact_ids(conn, area_id=a.id) == [mine.id]
    assert contacts.list_contact_ids(conn, person_id=p.id) == [mine.id]
    assert contacts.list_contact_ids(conn, shift_id=s.id) == [mine.id]
    assert contacts.count_contacts(conn, person_id=p.id) == 1
    by = {
        "contacts_by_area": lambda: contacts.list_contact_ids(conn, area_id=a.id, limit=10),
        "contacts_by_person": lambda: contacts.count_contacts(conn, person_id=p.id),
        "contacts_by_shift": lambda: contacts.list_contact_ids(conn, shift_id=s.id),
    }
    for index, run in by.items():
        assert any(index in line for line in _plans(conn, run)), index


def test_deleting_a_person_unlinks_their_contacts_through_the_index(conn: Connection, t0: datetime) -> None:
    p = person("Sam")
    people.add_person(conn, p)
    contacts.add_contacts(conn, [contact(t0, person_id=p.id), contact(t0 + timedelta(minutes=1))])
    # The ON DELETE SET NULL action looks the person's contacts up by person_id: the partial
    # index must serve it (a full scan at a million contacts would stall the delete).
    plan = [
        str(row[3])
        for row in conn.execute(
            "EXPLAIN QUERY PLAN UPDATE contacts SET person_id = NULL WHERE person_id = ?", (str(p.id),)
        )
    ]
    assert any("contacts_by_person" in line for line in plan)
    conn.execute("DELETE FROM people WHERE id = ?", (str(p.id),))
    assert conn.execute("SELECT count(*) FROM contacts WHERE person_id IS NULL").fetchone()[0] == 2
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
