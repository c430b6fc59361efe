"""Retention with a fake clock: what expires is gone from the rows, the index and the file's pages.

The DB is encrypted, so "not in the file" is checked on the decrypted pages: the
test decrypts every page of the database file (and any WAL frame) with the data
key, the way SQLCipher 4 lays them out, and looks for the canary there. A positive
control proves the decryption finds the canary before the purge.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from outreach_app.domain.enums import ContactKind, IncidentType, ShiftMode, SupplyKind
from outreach_app.domain.models import Area, Contact, Incident, Person, Shift
from outreach_app.reports import retention as policy_mod
from outreach_app.reports.retention import RetentionPolicy, months_before, run_if_due, run_retention
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import aggregates, audit
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.contacts import add_contact, get_contact
from outreach_app.storage.repos.incidents import add_incident, get_incident
from outreach_app.storage.repos.people import add_person, get_person
from outreach_app.storage.repos.shifts import add_shift

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC at the end of every page
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    start = 16 if first else 0  # page 1 starts with the plaintext salt
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_file_pages(db_path: Path, key: bytes) -> bytes:
    """Every page of the DB file and every WAL frame, decrypted with the raw data key."""
    out = bytearray()
    data = db_path.read_bytes()
    for index in range(len(data) // PAGE):
        out += _decrypt_page(data[index * PAGE : (index + 1) * PAGE], key, first=index == 0)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for offset in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[offset : offset + 4], "big")
            out += _decrypt_page(frames[offset + FRAME_HEADER : offset + step], key, first=number == 1)
    return bytes(out)


def dump_everything(conn: Connection) -> str:
    """Every row of every table, FTS shadow tables included, as text."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    parts = []
    for name in names:
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            parts.append(repr(row))
            parts.extend(bytes(v).decode("latin-1") for v in row if isinstance(v, bytes | memoryview))
    return "\n".join(parts)


NOW = datetime(2028, 6, 15, 12, 0, tzinfo=UTC)


def _seed(conn: Connection, canary: str) -> dict[str, UUID]:
    area = Area(name="North")
    add_area(conn, area)
    shift = Shift(
        started_at=NOW - timedelta(days=800), mode=ShiftMode.VAN, staff_initials="AB", area_id=area.id
    )
    add_shift(conn, shift)
    old_person = Person(alias=f"old{canary}", notes=f"person note {canary}")
    recent_person = Person(alias="Recent")
    add_person(conn, old_person)
    add_person(conn, recent_person)
    old_contact = Contact(
        occurred_at=NOW - timedelta(days=500),
        area_id=area.id,
        shift_id=shift.id,
        person_id=old_person.id,
        kind=ContactKind.IN_PERSON,
        supplies={SupplyKind.CONDOMS: 12},
        notes=f"contact note {canary}",
    )
    recent_contact = Contact(
        occurred_at=NOW - timedelta(days=30), person_id=recent_person.id, notes="recent note kept"
    )
    add_contact(conn, old_contact)
    add_contact(conn, recent_contact)
    old_incident = Incident(
        worker_initials="AB",
        occurred_at=NOW - timedelta(days=900),
        reported_at=NOW - timedelta(days=900),
        types=[IncidentType.ROBBERY_THEFT],
        narrative=f"narrative {canary}",
        location_note=f"place {canary}",
    )
    add_incident(conn, old_incident)
    return {
        "old_person": old_person.id,
        "recent_person": recent_person.id,
        "old_contact": old_contact.id,
        "recent_contact": recent_contact.id,
        "old_incident": old_incident.id,
    }


def _backdate_changes(conn: Connection, when: datetime) -> None:
    # Triggers stamp the last change with SQLite's clock; the fake clock is ahead of it, so
    # stamp the seeded records as changed long ago, as they would be in real life.
    conn.execute("UPDATE record_changes SET changed_at = ?", (when.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),))


def test_purge_removes_expired_text_from_rows_index_and_pages(
    conn: Connection, db_path: Path, db_key: bytes, canary: str
) -> None:
    ids = _seed(conn, canary)
    _outbox_item(conn, ids["old_incident"], "sent", canary, NOW - timedelta(days=200))
    _backdate_changes(conn, NOW - timedelta(days=900))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Positive control: the decryption and the search both find the canary before the purge.
    assert canary.encode() in decrypted_file_pages(db_path, db_key)
    assert canary in dump_everything(conn)
    assert (
        conn.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?", (canary,)).fetchone()[0]
        == 1
    )

    report = run_retention(conn, now=NOW, role="coordinator")

    assert (report.contact_notes, report.people, report.incident_texts, report.outbox_payloads) == (
        1,
        1,
        1,
        1,
    )
    assert get_person(conn, ids["old_person"]) is None
    assert get_person(conn, ids["recent_person"]) is not None
    old_contact = get_contact(conn, ids["old_contact"])
    assert (
        old_contact is not None
        and old_contact.notes == ""
        and old_contact.supplies == {SupplyKind.CONDOMS: 12}
    )
    recent = get_contact(conn, ids["recent_contact"])
    assert recent is not None and recent.notes == "recent note kept"
    incident = get_incident(conn, ids["old_incident"])
    assert incident is not None and incident.narrative == "" and incident.location_note == ""
    assert incident.types == [IncidentType.ROBBERY_THEFT]
    for fts in ("contacts_fts", "people_fts", "incidents_fts"):
        hits = conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (canary,)).fetchone()[0]
        assert hits == 0, fts
    assert canary not in dump_everything(conn)
    assert canary.encode() not in decrypted_file_pages(db_path, db_key)
    # The WAL was checkpointed with TRUNCATE and free pages were released.
    assert report.wal_frames_left == 0
    assert db_path.with_name(db_path.name + "-wal").stat().st_size == 0
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_purging_never_changes_past_months(conn: Connection, canary: str) -> None:
    _seed(conn, canary)
    _backdate_changes(conn, NOW - timedelta(days=900))
    before = conn.execute("SELECT * FROM stats_counts WHERE n != 0 ORDER BY 1, 2, 3, 4").fetchall()
    seen_before = conn.execute("SELECT * FROM stats_people_seen ORDER BY 1, 2").fetchall()
    run_retention(conn, now=NOW)
    assert conn.execute("SELECT * FROM stats_counts WHERE n != 0 ORDER BY 1, 2, 3, 4").fetchall() == before
    assert conn.execute("SELECT * FROM stats_people_seen ORDER BY 1, 2").fetchall() == seen_before
    assert conn.execute("SELECT count(*) FROM stats_freeze").fetchone()[0] == 0
    month = (NOW - timedelta(days=500)).strftime("%Y-%m")
    assert aggregates.unique_people_by_month(conn, month, month) == {month: 1}


def test_protected_incidents_keep_their_text(conn: Connection, canary: str) -> None:
    ids = _seed(conn, canary)
    _backdate_changes(conn, NOW - timedelta(days=900))
    report = run_retention(conn, now=NOW, protected_ids=lambda _c: {ids["old_incident"]})
    assert report.incident_texts == 0
    incident = get_incident(conn, ids["old_incident"])
    assert incident is not None and canary in incident.narrative


def _outbox_item(
    conn: Connection, incident_id: UUID, state: str, canary: str, sent_at: datetime | None
) -> str:
    item_id = str(uuid4())
    version = conn.execute("SELECT count(*) + 1 FROM outbox_items").fetchone()[0]
    report_id = str(uuid4())
    stamp = "2026-01-01T00:00:00.000000Z"
    conn.execute(
        "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes, state,"
        " content_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 1, '[]', ?, ?, ?, ?)",
        (item_id, str(incident_id), report_id, version, state, "ab" * 32, stamp, stamp),
    )
    # the payload apart, by the item's number (migration 0027)
    conn.execute(
        "INSERT INTO outbox_payloads (item_seq, payload) SELECT seq, ? FROM outbox_items WHERE id = ?",
        (f'{{"s": "{canary}"}}', item_id),
    )
    if sent_at is not None:
        conn.execute(
            "INSERT INTO outbox_transitions (item_id, from_state, to_state, at)"
            " VALUES (?, 'sending', 'sent', ?)",
            (item_id, sent_at.strftime("%Y-%m-%dT%H:%M:%S.000000Z")),
        )
    return report_id


def test_unsent_reports_keep_their_incident_and_payload(conn: Connection, canary: str) -> None:
    ids = _seed(conn, canary)
    _backdate_changes(conn, NOW - timedelta(days=900))
    _outbox_item(conn, ids["old_incident"], "queued", canary, None)
    report = run_retention(conn, now=NOW)
    assert report.incident_texts == 0 and report.outbox_payloads == 0
    incident = get_incident(conn, ids["old_incident"])
    assert incident is not None and canary in incident.narrative
    assert conn.execute("SELECT payload FROM outbox_payloads").fetchone()[0] != ""


def test_old_sent_payloads_go_but_report_ids_stay_withdrawable(conn: Connection, canary: str) -> None:
    ids = _seed(conn, canary)
    old_report = _outbox_item(conn, ids["old_incident"], "sent", canary, NOW - timedelta(days=91))
    recent_report = _outbox_item(conn, ids["old_incident"], "sent", "recentpayload", NOW - timedelta(days=10))
    pending_report = _outbox_item(
        conn, ids["old_incident"], "withdrawal_pending", "pendingpayload", NOW - timedelta(days=400)
    )
    report = run_retention(conn, now=NOW)
    assert report.outbox_payloads == 1
    rows = dict(
        conn.execute(
            "SELECT report_id, payload FROM outbox_items AS o JOIN outbox_payloads AS p ON p.item_seq = o.seq"
        ).fetchall()
    )
    assert set(rows) == {old_report, recent_report, pending_report}  # every report id kept
    assert rows[old_report] == ""
    assert "recentpayload" in rows[recent_report] and "pendingpayload" in rows[pending_report]
    assert conn.execute(
        "SELECT content_hash FROM outbox_items WHERE report_id = ?", (old_report,)
    ).fetchone()[0]
    # Sealed columns other than an expired payload are still immutable.
    by_report = "item_seq = (SELECT seq FROM outbox_items WHERE report_id = ?)"
    with pytest.raises(Exception, match="immutable"):
        conn.execute(f"UPDATE outbox_payloads SET payload = 'x' WHERE {by_report}", (old_report,))
    with pytest.raises(Exception, match="immutable"):
        conn.execute(f"UPDATE outbox_payloads SET payload = '' WHERE {by_report}", (pending_report,))
    with pytest.raises(Exception, match="immutable"):
        conn.execute("UPDATE outbox_items SET content_hash = 'cd' WHERE report_id = ?", (old_report,))


def test_withdrawal_verifiers_are_never_purged(conn: Connection, canary: str) -> None:
    ids = _seed(conn, canary)
    conn.execute(
        "INSERT INTO consents VALUES (?, 1, '{}', '2020-01-01T00:00:00.000000Z', 'AB', 'verbal', 'given', ?)",
        (str(ids["old_incident"]), "cd" * 32),
    )
    run_retention(conn, now=NOW + timedelta(days=3650))
    assert conn.execute("SELECT verifier FROM consents").fetchall() == [("cd" * 32,)]


def test_recently_changed_records_are_kept(conn: Connection, canary: str) -> None:
    ids = _seed(conn, canary)
    _backdate_changes(conn, NOW - timedelta(days=30))  # edited a month ago
    report = run_retention(conn, now=NOW)
    assert report.incident_texts == 0
    assert report.people == 0  # changed within 12 months
    assert get_person(conn, ids["old_person"]) is not None


def test_retention_runs_at_most_daily_and_is_audited(conn: Connection, canary: str) -> None:
    _seed(conn, canary)
    assert run_if_due(conn, now=NOW) is not None
    assert run_if_due(conn, now=NOW + timedelta(hours=23)) is None
    assert run_if_due(conn, now=NOW + timedelta(days=1)) is not None
    entries = [e for e in audit.list_entries(conn) if e.kind == "retention_purge"]
    assert len(entries) == 2
    assert set(entries[0].detail) == {"contact_notes", "people", "incident_texts", "outbox_payloads"}
    assert canary not in json.dumps([e.detail for e in entries])


def test_policy_is_configurable_and_validated(conn: Connection, canary: str) -> None:
    ids = _seed(conn, canary)
    _backdate_changes(conn, NOW - timedelta(days=900))
    policy_mod.save_policy(conn, {"contact_notes_months": 24}, now=NOW, role="coordinator")
    assert policy_mod.load_policy(conn) == RetentionPolicy(contact_notes_months=24)
    run_retention(conn, now=NOW)
    contact = get_contact(conn, ids["old_contact"])
    assert contact is not None and canary in contact.notes  # 500 days < 24 months
    try:
        policy_mod.save_policy(conn, {"aliases_months": 0}, now=NOW, role="coordinator")
    except policy_mod.RetentionPolicyError:
        pass
    else:
        raise AssertionError("a zero-month policy must be refused")
    assert policy_mod.load_policy(conn).aliases_months == 12


def test_months_before_clamps_to_month_end() -> None:
    assert months_before(datetime(2028, 3, 31, tzinfo=UTC), 1) == datetime(2028, 2, 29, tzinfo=UTC)
    assert months_before(datetime(2028, 1, 15, tzinfo=UTC), 13) == datetime(2026, 12, 15, tzinfo=UTC)
