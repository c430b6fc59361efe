"""Migration 0025: items and envelopes numbered in sharing order, the transition log keyed by
the item's number, and envelope results apart from the sealed envelopes.

The migration moves data (every item gets its number, every log row its item's number), so it
is tried on a vault at 0024 holding items in every state, and killed half-way (a failure
inside its one transaction): the vault is then exactly as it was, usable, and migrates later.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage import migrations
from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection
from outreach_app.storage.migrations import MigrationError, migrate, schema_version
from outreach_app.storage.repos import envelopes, sync_outbox
from outreach_app.storage.repos import outbox as repo
from tests.unit.storage.old_vaults import vault_before

LOG_MIGRATION = 25
STATES = [state.value for state in OutboxState if state is not OutboxState.DRAFT]


@pytest.fixture
def old_conn(db_path: Path, db_key: bytes) -> Iterator[Connection]:
    """A vault migrated up to 0024 only."""
    connection = vault_before(db_path, db_key, LOG_MIGRATION)
    assert schema_version(connection) == LOG_MIGRATION - 1
    yield connection
    connection.close()


def _old_item(conn: Connection, state: str, at: datetime, *, payload: bool = True) -> str:
    """An item in `state` written as 0024 stores it, with its log (draft -> queued -> state);
    `payload=False`: without the payload column, which 0027 moved to its own table."""
    item_id = str(uuid.uuid4())
    column, value = ("payload, ", "'{}', ") if payload else ("", "")
    conn.execute(
        "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes, state,"
        f" {column}content_hash, attempts, ever_sending, created_at, updated_at)"
        f" VALUES (?, ?, ?, 1, 1, '[\"alerts\"]', ?, {value}?, 0, 0, ?, ?)",
        (item_id, str(uuid.uuid4()), str(uuid.uuid4()), state, "0" * 64, to_db_time(at), to_db_time(at)),
    )
    log = "INSERT INTO outbox_transitions (item_id, from_state, to_state, at) VALUES (?, ?, ?, ?)"
    conn.execute(log, (item_id, "draft", "queued", to_db_time(at)))
    if state != "queued":
        conn.execute(log, (item_id, "queued", state, to_db_time(at + timedelta(seconds=1))))
    return item_id


def _fill(conn: Connection, t0: datetime) -> list[str]:
    """One item per state, created in reverse order of insertion (numbers follow creation)."""
    with conn:
        return [_old_item(conn, state, t0 - timedelta(minutes=n)) for n, state in enumerate(STATES)]


def test_items_in_every_state_keep_their_log_and_are_numbered_in_queue_order(
    old_conn: Connection, t0: datetime
) -> None:
    ids = _fill(old_conn, t0)
    logs = {
        item_id: old_conn.execute(
            "SELECT from_state, to_state, at FROM outbox_transitions WHERE item_id = ? ORDER BY seq",
            (item_id,),
        ).fetchall()
        for item_id in ids
    }
    assert migrate(old_conn) == [
        m.version for m in migrations.available_migrations() if m.version >= LOG_MIGRATION
    ]

    numbers = dict(old_conn.execute("SELECT id, seq FROM outbox_items").fetchall())
    # created_at runs backwards through `ids`, so the first inserted is numbered last
    assert [numbers[item_id] for item_id in ids] == list(range(len(ids), 0, -1))
    for item_id in ids:
        moved = repo.transitions(old_conn, uuid.UUID(item_id))
        assert [(a, b, to_db_time(at)) for a, b, at, _reason in moved] == logs[item_id]
        row = repo.get_item(old_conn, uuid.UUID(item_id))
        assert row is not None and row.state == STATES[ids.index(item_id)]
    orphans = old_conn.execute("SELECT count(*) FROM outbox_transitions WHERE item_seq IS NULL").fetchone()
    assert orphans == (0,)
    assert old_conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_new_items_and_log_rows_are_numbered_after_the_migrated_ones(
    old_conn: Connection, t0: datetime
) -> None:
    ids = _fill(old_conn, t0)
    migrate(old_conn)
    # an item inserted without a number (as 0024's code did) is numbered by the trigger,
    # and so are log rows written without the item's number
    with old_conn:
        late = _old_item(old_conn, "queued", t0 + timedelta(days=1), payload=False)
    seq = old_conn.execute("SELECT seq FROM outbox_items WHERE id = ?", (late,)).fetchone()[0]
    assert seq == len(ids) + 1
    assert [to for _f, to, _at, _r in repo.transitions(old_conn, uuid.UUID(late))] == ["queued"]
    # the repository numbers what it inserts itself
    row = repo.get_item(old_conn, uuid.UUID(late))
    assert row is not None
    fresh = replace(row, id=uuid.uuid4(), report_id=uuid.uuid4(), incident_id=uuid.uuid4())
    repo.insert_item(old_conn, fresh)
    assert old_conn.execute("SELECT seq FROM outbox_items WHERE id = ?", (str(fresh.id),)).fetchone() == (
        seq + 1,
    )
    repo.set_state(old_conn, fresh.id, "queued", "sending", t0)
    assert [to for _f, to, _at, _r in repo.transitions(old_conn, fresh.id)] == ["queued", "sending"]


def test_the_log_index_is_by_item_number(conn: Connection) -> None:
    indexes = {row[1]: row for row in conn.execute("PRAGMA index_list(outbox_transitions)")}
    assert set(indexes) == {"outbox_transitions_by_item_seq"}
    columns = [row[2] for row in conn.execute("PRAGMA index_info(outbox_transitions_by_item_seq)")]
    assert columns == ["item_seq", "seq"]
    plan = " ".join(
        str(row[3])
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT from_state FROM outbox_transitions"
            " WHERE item_seq = (SELECT seq FROM outbox_items WHERE id = ?) ORDER BY seq",
            ("x",),
        )
    )
    assert "outbox_transitions_by_item_seq" in plan


def test_a_migration_killed_half_way_leaves_the_vault_as_it_was_and_usable(
    old_conn: Connection, t0: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _fill(old_conn, t0)
    schema_before = old_conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    shipped = migrations.available_migrations()
    real = next(m for m in shipped if m.version == LOG_MIGRATION)
    # dies after every statement of 0025 ran, before its commit
    dying = migrations.Migration(real.version, real.name, real.sql + "\nSELECT no_such_function();")
    with_dying = [dying if m.version == LOG_MIGRATION else m for m in shipped]
    monkeypatch.setattr(migrations, "available_migrations", lambda: with_dying)
    with pytest.raises(MigrationError, match="rolled back"):
        migrate(old_conn)
    assert schema_version(old_conn) == LOG_MIGRATION - 1
    assert (
        old_conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        == schema_before
    )
    # 0024's outbox still works: the log by item id, a new item and its log
    rows = old_conn.execute(
        "SELECT to_state FROM outbox_transitions WHERE item_id = ? ORDER BY seq", (ids[1],)
    ).fetchall()
    assert rows == [("queued",), (STATES[1],)]
    with old_conn:
        _old_item(old_conn, "queued", t0)
    monkeypatch.setattr(migrations, "available_migrations", lambda: shipped)
    assert migrate(old_conn) == [
        m.version for m in migrations.available_migrations() if m.version >= LOG_MIGRATION
    ]
    assert old_conn.execute("SELECT count(*) FROM outbox_items WHERE seq IS NULL").fetchone() == (0,)
    assert [to for _f, to, _at, _r in repo.transitions(old_conn, uuid.UUID(ids[1]))] == ["queued", STATES[1]]


def _old_envelope(conn: Connection, item_id: str, purpose: str, state: str, at: datetime) -> str:
    """An envelope as 0024 stores it: sealed text and result in one row."""
    envelope_id = str(uuid.uuid4())
    receipt = None if state == "pending" else f'{{"envelope_id":"{envelope_id}","status":"accepted"}}'
    conn.execute(
        "INSERT INTO outbox_envelopes (envelope_id, item_id, purpose, desk_id, bundle_version, header,"
        " ciphertext, content_hash, state, receipt, last_error, created_at, updated_at)"
        " VALUES (?, ?, ?, 'desk', 1, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            envelope_id,
            item_id,
            purpose,
            f'{{"envelope_id":"{envelope_id}"}}',
            "c2VhbGVk",
            "1" * 64,
            state,
            receipt,
            "refused" if state == "parked" else None,
            to_db_time(at),
            to_db_time(at + timedelta(seconds=5)),
        ),
    )
    return envelope_id


def test_envelope_results_move_out_of_the_sealed_rows(old_conn: Connection, t0: datetime) -> None:
    ids = _fill(old_conn, t0)
    with old_conn:
        for n, item_id in enumerate(ids):
            for purpose, state in (("alerts", "sent"), ("research", ("pending", "parked")[n % 2])):
                _old_envelope(old_conn, item_id, purpose, state, t0 + timedelta(minutes=n))
    before = old_conn.execute(
        "SELECT envelope_id, item_id, purpose, header, ciphertext, content_hash, state, receipt, last_error,"
        " updated_at FROM outbox_envelopes ORDER BY envelope_id"
    ).fetchall()
    migrate(old_conn)

    after = sorted(
        (
            str(row.envelope_id),
            str(row.item_id),
            row.purpose,
            row.header,
            row.ciphertext,
            row.content_hash,
            row.state,
            None if row.receipt is None else json.dumps(row.receipt, separators=(",", ":")),
            row.last_error,
            to_db_time(row.updated_at) if row.state != envelopes.PENDING else None,
        )
        for item_id in ids
        for row in envelopes.envelopes_for_item(old_conn, uuid.UUID(item_id))
    )
    expected = sorted((*row[:9], row[9] if row[6] != "pending" else None) for row in before)
    assert after == expected
    columns = {row[1] for row in old_conn.execute("PRAGMA table_info(outbox_envelopes)")}
    assert columns.isdisjoint({"state", "receipt", "last_error", "updated_at"}) and "seq" in columns
    results = old_conn.execute(
        "SELECT state, count(*) FROM outbox_envelope_results GROUP BY state"
    ).fetchall()
    assert dict(results) == {"sent": len(ids), "parked": len(ids) // 2}
    # sealed text stays immutable
    with pytest.raises(Exception, match="immutable"):
        old_conn.execute("UPDATE outbox_envelopes SET ciphertext = 'x'")
    assert old_conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_marking_envelopes_never_rewrites_their_sealed_rows(conn: Connection, t0: datetime) -> None:
    """What the layout is for: results go to their own narrow table."""
    item_id = str(uuid.uuid4())
    with conn:
        conn.execute(
            "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes, state,"
            " content_hash, created_at, updated_at)"  # the payload is kept apart since 0027
            " VALUES (?, ?, ?, 1, 1, '[\"alerts\"]', 'sending', ?, ?, ?)",
            (item_id, str(uuid.uuid4()), str(uuid.uuid4()), "0" * 64, to_db_time(t0), to_db_time(t0)),
        )
    rows = [
        envelopes.EnvelopeRow(
            uuid.uuid4(),
            uuid.UUID(item_id),
            p,
            "desk",
            1,
            "{}",
            "c2Vh",
            h * 64,
            "pending",
            None,
            None,
            t0,
            t0,
        )
        for p, h in (("alerts", "a"), ("research", "b"))
    ]
    envelopes.insert_envelopes(conn, rows)
    conn.execute("CREATE TEMP TABLE rewritten(envelope_id)")
    conn.execute(
        "CREATE TEMP TRIGGER watch AFTER UPDATE ON main.outbox_envelopes BEGIN"
        " INSERT INTO rewritten VALUES (old.envelope_id); END"
    )
    receipts = ['{"status":"accepted"}', '{"status":"duplicate"}']
    proofs = [
        (str(r.envelope_id), r.content_hash, None, None, text) for r, text in zip(rows, receipts, strict=True)
    ]
    assert sync_outbox.store_envelope_receipts(conn, proofs, t0) == 2
    assert sync_outbox.store_envelope_receipts(conn, proofs, t0) == 0  # already sent
    envelopes.mark(conn, rows[0].envelope_id, envelopes.PARKED, t0, error="refused")
    assert conn.execute("SELECT count(*) FROM rewritten").fetchone() == (0,)
    stored = envelopes.envelopes_for_item(conn, uuid.UUID(item_id))
    assert [(r.state, r.receipt, r.last_error) for r in stored] == [
        ("parked", {"status": "accepted"}, "refused"),
        ("sent", {"status": "duplicate"}, None),
    ]
    envelopes.mark(conn, rows[0].envelope_id, envelopes.PENDING, t0)
    assert envelopes.envelopes_for_item(conn, uuid.UUID(item_id))[0].state == envelopes.PENDING


def test_a_deleted_envelopes_result_goes_with_it_so_a_reused_number_is_never_sent(
    conn: Connection, t0: datetime
) -> None:
    """A new envelope takes max(seq) + 1: after the last envelope is deleted its number comes
    back, and it must not come back with the old envelope's "sent" (0026)."""
    item_id = uuid.uuid4()
    with conn:
        conn.execute(
            "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes, state,"
            " content_hash, created_at, updated_at)"  # the payload is kept apart since 0027
            " VALUES (?, ?, ?, 1, 1, '[\"alerts\"]', 'sending', ?, ?, ?)",
            (str(item_id), str(uuid.uuid4()), str(uuid.uuid4()), "0" * 64, to_db_time(t0), to_db_time(t0)),
        )

    def envelope(purpose: str) -> envelopes.EnvelopeRow:
        return envelopes.EnvelopeRow(
            uuid.uuid4(), item_id, purpose, "desk", 1, "{}", "c2Vh", "a" * 64, "pending", None, None, t0, t0
        )

    first = envelope("alerts")
    envelopes.insert_envelopes(conn, [first])
    envelopes.mark(conn, first.envelope_id, envelopes.SENT, t0)
    with conn:
        conn.execute("DELETE FROM outbox_envelopes WHERE envelope_id = ?", (str(first.envelope_id),))
    assert conn.execute("SELECT count(*) FROM outbox_envelope_results").fetchone() == (0,)
    second = envelope("research")
    envelopes.insert_envelopes(conn, [second])
    [stored] = envelopes.envelopes_for_item(conn, item_id)
    assert stored.envelope_id == second.envelope_id
    assert stored.state == envelopes.PENDING
