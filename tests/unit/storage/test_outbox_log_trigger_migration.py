"""Migration 0030: one trigger on the outbox transition log instead of two, doing the same.

Rows go in before and after it (the same rows on two vaults, one at 0029 and one migrated):
the log and the audit queue receive exactly the same, and one trigger runs per row."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection
from outreach_app.storage.migrations import migrate, schema_version
from tests.unit.storage.old_vaults import vault_before

LOG_MIGRATION = 30
MOVES = [
    ("draft", "consented"),
    ("consented", "queued"),
    ("consented", "awaiting_review"),
    ("queued", "sending"),
    ("sending", "sent"),
    ("sent", "withdrawal_pending"),
    ("withdrawal_pending", "withdrawn"),
    ("sending", "parked"),
]


def _log(conn: Connection, t0: datetime) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """An item, and every move of MOVES logged for it twice: with its number and without (as
    old paths and tests insert). Returns the log rows and the audit queue."""
    item_id = "0b3c8f7e-6a1d-4c2b-9e5f-1a2b3c4d5e6f"
    at = to_db_time(t0)
    with conn:
        conn.execute(
            "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes,"
            " state, content_hash, created_at, updated_at, seq)"
            " VALUES (?, ?, ?, 1, 1, '[\"alerts\"]', 'queued', ?, ?, ?, 7)",
            (item_id, str(uuid.UUID(int=1)), str(uuid.UUID(int=2)), "0" * 64, at, at),
        )
        for from_state, to_state in MOVES:
            conn.execute(
                "INSERT INTO outbox_transitions (item_id, item_seq, from_state, to_state, at)"
                " VALUES (?, 7, ?, ?, ?)",
                (item_id, from_state, to_state, at),
            )
            conn.execute(
                "INSERT INTO outbox_transitions (item_id, from_state, to_state, at) VALUES (?, ?, ?, ?)",
                (item_id, from_state, to_state, at),
            )
    log = conn.execute(
        "SELECT seq, item_id, item_seq, from_state, to_state, at FROM outbox_transitions"
    ).fetchall()
    audit = conn.execute("SELECT at, kind, detail FROM audit_pending ORDER BY id").fetchall()
    return log, audit


def test_the_log_and_the_audit_queue_receive_the_same_through_one_trigger(
    tmp_path: Path, db_key: bytes, t0: datetime
) -> None:
    old = vault_before(tmp_path / "old.db", db_key, LOG_MIGRATION)
    new = vault_before(tmp_path / "new.db", db_key, LOG_MIGRATION)
    try:
        assert schema_version(old) == schema_version(new) == LOG_MIGRATION - 1
        assert LOG_MIGRATION in migrate(new)
        before, after = _log(old, t0), _log(new, t0)
        assert after == before
        log, audit = after
        assert {row[2] for row in log} == {7}  # every row numbered, given or filled in
        kinds = [kind for _at, kind, _detail in audit]
        assert kinds == ["share", "share", "share", "share"] + ["withdrawal"] * 4
        triggers = new.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'outbox_transitions'"
        ).fetchall()
        assert triggers == [("outbox_transitions_logged",)]
    finally:
        old.close()
        new.close()
