"""Migration 0014: a perpetrator's e-mail address is searchable (index and full text), follows
edits and deletes, and the alert identifiers table keeps its rows while gaining the kind 'email'."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from outreach_app.domain.models import Incident, Perpetrator
from outreach_app.storage import search
from outreach_app.storage.connection import Connection, open_database, transaction
from outreach_app.storage.migrations import _apply, available_migrations, migrate, schema_version
from outreach_app.storage.repos import incidents

from .records import incident

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


def _with_email(at: datetime, *emails: str) -> Incident:
    return incident(at, perpetrators=[Perpetrator(email_addresses=list(emails), hair="ginger")])


@pytest.mark.parametrize("typed", ["kev.b@example.com", "KEV.B@Example.COM", "  kev.b@example.com "])
def test_an_address_in_any_case_finds_the_incident(conn: Connection, t0: datetime, typed: str) -> None:
    target = _with_email(t0, "Kev.B@example.com")
    other = _with_email(t0 + timedelta(minutes=1), "someone@example.com")
    incidents.add_incident(conn, target)
    incidents.add_incident(conn, other)
    assert search.incident_ids_by_email(conn, typed) == [target.id]
    assert search.search(conn, typed).incident_ids == [target.id]


def test_part_of_an_address_is_a_word_search(conn: Connection, t0: datetime) -> None:
    target = _with_email(t0, "kingkev515@mail.example")
    incidents.add_incident(conn, target)
    assert search.incident_ids_by_email(conn, "kingkev515") == []
    assert incidents.list_incident_ids(conn, query="kingkev515") == [target.id]


def test_the_index_follows_edits_and_deletes(conn: Connection, t0: datetime) -> None:
    stored = _with_email(t0, "old@example.com")
    incidents.add_incident(conn, stored)
    edited = stored.model_copy(update={"perpetrators": [Perpetrator(email_addresses=["new@example.com"])]})
    incidents.update_incident(conn, edited)
    assert search.incident_ids_by_email(conn, "old@example.com") == []
    assert search.incident_ids_by_email(conn, "new@example.com") == [edited.id]
    again = incidents.get_incident(conn, edited.id)
    assert again is not None and again.perpetrators[0].email_addresses == ["new@example.com"]
    incidents.delete_incident(conn, edited.id)
    assert conn.execute("SELECT count(*) FROM email_index").fetchone()[0] == 0


def test_alert_identifiers_keep_their_rows_through_the_rebuild(db_path: Path, db_key: bytes) -> None:
    conn = open_database(db_path, db_key, create=True)
    for migration in available_migrations():
        if migration.version < 14:
            _apply(conn, migration)
    alert_id = str(uuid.uuid4())
    with transaction(conn):
        conn.execute(
            "INSERT INTO alerts(alert_id, version, issued_on, expires_on, alert, received_at)"
            " VALUES (?, 1, '2026-03-01', '2026-04-01', '{}', '2026-03-01T00:00:00.000000Z')",
            (alert_id,),
        )
        conn.execute(
            "INSERT INTO alert_identifiers(kind, value, alert_id) VALUES ('phone', '447700900123', ?)",
            (alert_id,),
        )
    assert migrate(conn) == [m.version for m in available_migrations() if m.version >= 14]
    rows = conn.execute("SELECT kind, value, alert_id FROM alert_identifiers").fetchall()
    assert [tuple(r) for r in rows] == [("phone", "447700900123", alert_id)]
    with transaction(conn):
        conn.execute(
            "INSERT INTO alert_identifiers(kind, value, alert_id) VALUES ('email', 'a@b.com', ?)", (alert_id,)
        )
        conn.execute("DELETE FROM alerts WHERE alert_id = ?", (alert_id,))
    # the foreign key's cascade survived the rebuild
    assert conn.execute("SELECT count(*) FROM alert_identifiers").fetchone()[0] == 0
    conn.close()


def test_v0001_fixture_migrates_and_takes_addresses(tmp_path: Path, t0: datetime) -> None:
    meta = json.loads((FIXTURES / "v0001.json").read_text())
    db = tmp_path / "vault.db"
    shutil.copy(FIXTURES / "v0001.db", db)
    conn = open_database(db, bytes.fromhex(meta["key_hex"]))
    migrate(conn)
    assert schema_version(conn) >= 14
    old = incidents.get_incident(conn, uuid.UUID(meta["incident_id"]))
    assert old is not None and all(p.email_addresses == [] for p in old.perpetrators)
    new = _with_email(t0, "x@example.org")
    incidents.add_incident(conn, new)
    assert search.incident_ids_by_email(conn, "X@example.org") == [new.id]
    conn.close()


def test_numbers_stored_under_the_old_looser_rules_still_open(conn: Connection, t0: datetime) -> None:
    """Before issue 14 a stray '123' was kept and '07700 90012x' became '+44770090012'; such
    rows must still load (nothing lost), while new input with them is refused."""
    stored = _with_email(t0, "a@b.com")
    incidents.add_incident(conn, stored)
    old = json.dumps([{"phone_numbers": ["+44770090012", "123"], "email_addresses": ["Old@Example.com"]}])
    with transaction(conn):
        conn.execute("UPDATE incidents SET perpetrators = ? WHERE id = ?", (old, str(stored.id)))
    loaded = incidents.get_incident(conn, stored.id)
    assert loaded is not None
    assert loaded.perpetrators[0].phone_numbers == ["+44770090012", "123"]
    assert loaded.perpetrators[0].email_addresses == ["old@example.com"]
    with pytest.raises(ValidationError):
        Perpetrator(phone_numbers=["123"])
