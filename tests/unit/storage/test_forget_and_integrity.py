"""Erasure on request removes a person and everything that names them; checks find damage."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.storage import integrity
from outreach_app.storage.connection import open_database
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.forget import forget_person
from outreach_app.storage.repos import contacts, incidents, people

from .records import contact, incident, person


def test_forget_removes_person_and_every_record_naming_them(conn, t0: datetime) -> None:
    target, other = person("Wren", notes="wrenword"), person("Robin")
    people.add_person(conn, target)
    people.add_person(conn, other)
    theirs = [contact(t0 + timedelta(minutes=n), "wrenword visit", person_id=target.id) for n in range(3)]
    kept = contact(t0, "robin visit", person_id=other.id)
    contacts.add_contacts(conn, [*theirs, kept])
    their_incident = incident(
        t0, "wrenword story", phones=["07700 900123"], plates=["AB12CDE"], person_id=target.id
    )
    incidents.add_incident(conn, their_incident)
    incidents.add_incident(conn, incident(t0, "unrelated"))

    result = forget_person(conn, target.id)

    assert (result.contacts, result.incidents) == (3, 1)
    assert people.get_person(conn, target.id) is None
    assert contacts.list_contact_ids(conn) == [kept.id]
    assert incidents.get_incident(conn, their_incident.id) is None
    for fts in ("contacts_fts", "people_fts", "incidents_fts"):
        assert conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH 'wrenword'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM phone_index").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM plate_index").fetchone() == (0,)
    assert people.get_person(conn, other.id) == other
    assert integrity.check(conn) == []
    wal = Path(conn.execute("PRAGMA database_list").fetchone()[2] + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_forget_unknown_person_changes_nothing(conn, t0: datetime) -> None:
    contacts.add_contact(conn, contact(t0))
    with pytest.raises(RecordNotFoundError):
        forget_person(conn, person().id)
    assert contacts.count_contacts(conn) == 1


def test_integrity_check_is_clean_on_a_healthy_vault(conn, t0: datetime) -> None:
    contacts.add_contacts(conn, [contact(t0 + timedelta(seconds=n), "x" * 300) for n in range(200)])
    assert integrity.check(conn) == []


def test_integrity_check_reports_a_damaged_page(conn, db_path: Path, db_key: bytes, t0: datetime) -> None:
    contacts.add_contacts(conn, [contact(t0 + timedelta(seconds=n), "y" * 500) for n in range(400)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:  # flip bytes inside a page near the end
        handle.seek(size - 4096 + 200)
        handle.write(os.urandom(64))
    damaged = open_database(db_path, db_key)
    problems = integrity.check(damaged)
    damaged.close()
    assert any(p.startswith("cipher_integrity_check") for p in problems)


def test_forget_hook_sees_the_incidents_and_can_veto(conn, t0: datetime) -> None:
    p = person()
    people.add_person(conn, p)
    i = incident(t0, person_id=p.id)
    incidents.add_incident(conn, i)
    seen = []

    def refuse(_conn, ids):
        seen.append(ids)
        raise RuntimeError("sharing layer refuses")

    with pytest.raises(RuntimeError):
        forget_person(conn, p.id, before_delete=refuse)
    assert seen == [[i.id]]
    assert incidents.get_incident(conn, i.id) is not None and people.get_person(conn, p.id) is not None
    forget_person(conn, p.id, before_delete=lambda _c, ids: seen.append(ids))
    assert incidents.get_incident(conn, i.id) is None
