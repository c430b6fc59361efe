"""Migrations are forward-only and transactional; the v0001 fixture opens and migrates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from uuid import UUID

import pytest

from outreach_app.storage import migrations
from outreach_app.storage.connection import open_database
from outreach_app.storage.integrity import check
from outreach_app.storage.migrations import MigrationError, available_migrations, migrate, schema_version
from outreach_app.storage.repos import contacts, incidents, people
from outreach_app.storage.search import incident_ids_by_phone

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


def test_new_database_migrates_to_latest_and_calls_before_once(db_path: Path, db_key: bytes) -> None:
    conn = open_database(db_path, db_key, create=True)
    seen: list[list[int]] = []
    applied = migrate(conn, before=seen.append)
    latest = [m.version for m in available_migrations()]
    assert applied == latest and seen == [latest]
    assert schema_version(conn) == latest[-1]
    assert conn.execute("PRAGMA user_version").fetchone() == (latest[-1],)
    assert migrate(conn, before=seen.append) == []
    assert seen == [latest]
    conn.close()


def test_failed_migration_rolls_back_entirely(
    db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, db_key, create=True)
    broken = migrations.Migration(1, "0001_broken.sql", "CREATE TABLE half_done(x); THIS IS NOT SQL;")
    monkeypatch.setattr(migrations, "available_migrations", lambda: [broken])
    with pytest.raises(MigrationError, match="rolled back"):
        migrate(conn)
    assert not conn.in_transaction
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == []
    assert schema_version(conn) == 0
    conn.close()


def test_database_from_a_newer_app_is_refused(conn, monkeypatch: pytest.MonkeyPatch) -> None:
    first = available_migrations()[:1]
    monkeypatch.setattr(migrations, "available_migrations", lambda: first)
    with pytest.raises(MigrationError, match="newer version"):
        migrate(conn)


def test_v0001_fixture_opens_and_migrates_to_latest(tmp_path: Path) -> None:
    meta = json.loads((FIXTURES / "v0001.json").read_text())
    db = tmp_path / "vault.db"
    shutil.copy(FIXTURES / "v0001.db", db)
    conn = open_database(db, bytes.fromhex(meta["key_hex"]))
    assert schema_version(conn) == 1
    migrate(conn)
    assert schema_version(conn) == available_migrations()[-1].version
    assert check(conn) == []
    assert contacts.count_contacts(conn) == meta["contacts"]
    person = people.get_person(conn, UUID(meta["person_id"]))
    assert person is not None and person.alias == meta["alias"]
    assert incident_ids_by_phone(conn, "07700 900123") == [UUID(meta["incident_id"])]
    assert incidents.get_incident(conn, UUID(meta["incident_id"])) is not None
    conn.close()
