"""Migration 0027: an outbox item's sealed payload apart from its state.

It moves data (every item's payload to `outbox_payloads`, by the item's number), so it is
tried on a vault at 0026 holding queued, sending and sent items (and one whose payload
retention blanked), and killed before its commit: the vault is then exactly as it was,
usable, and migrates at the next try. After it, a state change writes no payload byte, and
the payload keeps 0004's rule: immutable, blanked only once its item is sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.storage import migrations
from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection
from outreach_app.storage.migrations import MigrationError, migrate, schema_version
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos import sync_outbox
from tests.unit.storage.old_vaults import vault_before

PAYLOADS_MIGRATION = 27
STATES = ["queued", "sending", "sent", "sent"]


@pytest.fixture
def old_conn(db_path: Path, db_key: bytes) -> Iterator[Connection]:
    """A vault migrated up to 0026 only."""
    connection = vault_before(db_path, db_key, PAYLOADS_MIGRATION)
    assert schema_version(connection) == PAYLOADS_MIGRATION - 1
    yield connection
    connection.close()


def _fill(conn: Connection, t0: datetime) -> list[tuple[str, str]]:
    """Items as 0026 stores them (payload inline, numbered), one per entry of STATES; the last
    sent one's payload blanked by retention. Returns (item id, payload)."""
    items = []
    with conn:
        for n, state in enumerate(STATES):
            item_id, at = str(uuid.uuid4()), to_db_time(t0 + timedelta(minutes=n))
            payload = "" if n == len(STATES) - 1 else f'{{"n":{n},"text":"{"x" * 400}"}}'
            conn.execute(
                "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes,"
                " state, payload, content_hash, attempts, ever_sending, created_at, updated_at, seq)"
                " VALUES (?, ?, ?, 1, 1, '[\"alerts\"]', ?, ?, ?, 0, 0, ?, ?, ?)",
                (item_id, str(uuid.uuid4()), str(uuid.uuid4()), state, payload, f"{n:064d}", at, at, n + 1),
            )
            items.append((item_id, payload))
    return items


def _item_rows(conn: Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT id, incident_id, report_id, state, content_hash, seq FROM outbox_items ORDER BY seq"
    ).fetchall()


def test_every_payload_moves_to_its_own_row_and_reads_back_the_same(
    old_conn: Connection, t0: datetime
) -> None:
    items = _fill(old_conn, t0)
    before = _item_rows(old_conn)
    assert migrate(old_conn) == [m.version for m in migrations.available_migrations() if m.version >= 27]

    assert _item_rows(old_conn) == before
    columns = {row[1] for row in old_conn.execute("PRAGMA table_info(outbox_items)")}
    assert "payload" not in columns and {"state", "receipt", "seq"} <= columns
    for item_id, payload in items:
        row = repo.get_item(old_conn, uuid.UUID(item_id))
        assert row is not None and row.payload == payload
    assert old_conn.execute("SELECT item_seq, payload FROM outbox_payloads ORDER BY item_seq").fetchall() == [
        (n + 1, payload) for n, (_item_id, payload) in enumerate(items)
    ]
    assert [row.state for row in repo.list_items(old_conn, ["sending", "queued"])] == ["queued", "sending"]
    assert old_conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert old_conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_migration_killed_before_its_commit_leaves_the_vault_as_it_was_and_usable(
    old_conn: Connection, t0: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _fill(old_conn, t0)
    schema_before = old_conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    rows_before = old_conn.execute("SELECT id, state, payload FROM outbox_items ORDER BY seq").fetchall()
    shipped = migrations.available_migrations()
    real = next(m for m in shipped if m.version == PAYLOADS_MIGRATION)
    # dies after every statement of 0027 ran (the column dropped, the payloads copied)
    dying = migrations.Migration(real.version, real.name, real.sql + "\nSELECT no_such_function();")
    monkeypatch.setattr(
        migrations,
        "available_migrations",
        lambda: [dying if m.version == real.version else m for m in shipped],
    )
    with pytest.raises(MigrationError, match="rolled back"):
        migrate(old_conn)
    assert schema_version(old_conn) == PAYLOADS_MIGRATION - 1
    assert (
        old_conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        == schema_before
    )
    assert (
        old_conn.execute("SELECT id, state, payload FROM outbox_items ORDER BY seq").fetchall() == rows_before
    )
    # 0026's outbox still works: the sending item goes back to the queue, payload inline
    repo.set_state(old_conn, uuid.UUID(items[1][0]), "sending", "queued", t0)
    moved = old_conn.execute(
        "SELECT state, payload FROM outbox_items WHERE id = ?", (items[1][0],)
    ).fetchone()
    assert moved == ("queued", items[1][1])

    monkeypatch.setattr(migrations, "available_migrations", lambda: shipped)
    assert PAYLOADS_MIGRATION in migrate(old_conn)
    for item_id, payload in items:
        assert repo.get_item(old_conn, uuid.UUID(item_id)).payload == payload  # type: ignore[union-attr]
    assert sync_outbox.still_sending(old_conn, [items[1][0]]) == set()  # queued, as moved before
    assert [row.state for row in repo.list_items(old_conn, ["queued"])] == ["queued", "queued"]


def test_payloads_stay_sealed_and_blank_only_once_sent(old_conn: Connection, t0: datetime) -> None:
    items = _fill(old_conn, t0)
    migrate(old_conn)
    by_item = "item_seq = (SELECT seq FROM outbox_items WHERE id = ?)"
    for item_id, _payload in items[:2]:  # queued, sending: not even blanked
        with pytest.raises(Exception, match="immutable"):
            old_conn.execute(f"UPDATE outbox_payloads SET payload = '' WHERE {by_item}", (item_id,))
    with pytest.raises(Exception, match="immutable"):
        old_conn.execute(f"UPDATE outbox_payloads SET payload = 'x' WHERE {by_item}", (items[2][0],))
    with pytest.raises(Exception, match="immutable"):
        old_conn.execute("UPDATE outbox_payloads SET item_seq = 99 WHERE item_seq = 3")
    with pytest.raises(Exception, match="immutable"):
        old_conn.execute("UPDATE outbox_items SET content_hash = 'x' WHERE id = ?", (items[0][0],))
    old_conn.execute(f"UPDATE outbox_payloads SET payload = '' WHERE {by_item}", (items[2][0],))
    assert repo.get_item(old_conn, uuid.UUID(items[2][0])).payload == ""  # type: ignore[union-attr]


def test_a_deleted_item_takes_its_payload_and_a_state_change_writes_none(
    old_conn: Connection, t0: datetime
) -> None:
    items = _fill(old_conn, t0)
    migrate(old_conn)
    # the state change touches the item row only: the payload row is left as it was
    versions = old_conn.execute("SELECT count(*) FROM outbox_payloads").fetchone()
    repo.set_state(old_conn, uuid.UUID(items[0][0]), "queued", "sending", t0)
    assert sync_outbox.still_sending(old_conn, [items[0][0]]) == {items[0][0]}
    assert old_conn.execute("SELECT count(*) FROM outbox_payloads").fetchone() == versions
    with old_conn:
        old_conn.execute("DELETE FROM outbox_items WHERE id = ?", (items[0][0],))
    assert old_conn.execute("SELECT item_seq FROM outbox_payloads ORDER BY item_seq").fetchall() == [
        (2,),
        (3,),
        (4,),
    ]


def test_an_item_sealed_half_way_leaves_neither_row(conn: Connection, t0: datetime) -> None:
    """The item row and its payload row are written in one transaction: a failure between
    them (here a refusal of the payload row) leaves no item without its payload."""
    with conn:
        conn.execute(
            "CREATE TEMP TRIGGER refuse_payload BEFORE INSERT ON outbox_payloads"
            " BEGIN SELECT RAISE(ABORT, 'disk gone'); END"
        )
    row = repo.OutboxRow(
        id=uuid.uuid4(),
        incident_id=uuid.uuid4(),
        report_id=uuid.uuid4(),
        version=1,
        consent_version=1,
        purposes=("alerts",),
        state="queued",
        payload='{"n":1}',
        content_hash="0" * 64,
        supersedes=None,
        last_error=None,
        receipt=None,
        attempts=0,
        ever_sending=False,
        created_at=t0,
        updated_at=t0,
    )
    with pytest.raises(Exception, match="disk gone"):
        repo.insert_item(conn, row)
    assert conn.execute("SELECT count(*) FROM outbox_items").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM outbox_transitions").fetchone() == (0,)
    with conn:
        conn.execute("DROP TRIGGER temp.refuse_payload")
    repo.insert_item(conn, row)
    assert repo.get_item(conn, row.id) == row
