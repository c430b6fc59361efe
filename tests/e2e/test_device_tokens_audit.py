"""The client's tokens (memory only, renewed before they run out, replaced once on a 401) and
the audit head sent as an extension of the held one, against the real server (issue 16),
enrolled with protocol v2."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from outreach_app.server.db.tables import audit_heads, device_tokens
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import audit as audit_repo
from outreach_app.storage.repos.audit import SERVER_HEAD_SETTING, AuditKind
from outreach_app.sync.engine import SyncEngine
from outreach_app.sync.enrollment import client_for_link
from tests.e2e.sync_support import NOTHING, FakeTime, enrol, make_vault, opened
from tests.server_harness import ServerHandle, running_server


def _live_tokens(server: ServerHandle) -> int:
    with server.engine.begin() as conn:
        count: int = conn.execute(select(func.count()).select_from(device_tokens)).scalar_one()
    return count


def test_a_token_is_kept_in_memory_renewed_before_it_expires_and_replaced_on_401(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    fake = FakeTime()
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enrol(session.conn, server)
        baseline = _live_tokens(server)  # the enrolment signed in once to register the key
        with client_for_link(session.conn, find_backend=NOTHING, monotonic=fake.monotonic) as client:
            client.get_signed_alerts(None)
            client.get_regions()
            assert _live_tokens(server) == baseline + 1, "one sign-in, reused"
            fake.now += 3600 - 61
            client.get_signed_alerts(None)
            assert _live_tokens(server) == baseline + 1
            fake.now += 2  # within a minute of the hour: renewed before the server refuses it
            client.get_signed_alerts(None)
            assert _live_tokens(server) == baseline + 2
            with server.engine.begin() as conn:  # the server forgot it (expired on its clock)
                conn.execute(delete(device_tokens))
            client.get_signed_alerts(None)  # 401, a fresh sign-in, the same request again
            assert _live_tokens(server) == 1


def _held(server: ServerHandle) -> tuple[int, str] | None:
    with server.engine.begin() as conn:
        row = conn.execute(select(audit_heads.c.sequence, audit_heads.c.chain_hash)).first()
    return None if row is None else (row.sequence, row.chain_hash)


def test_a_long_audit_log_reaches_the_server_as_links_in_several_posts(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    fake = FakeTime()
    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enrol(session.conn, server)
        # One transaction for the 2,500 entries: committed one by one they were 2,500 commits
        # (WAL frames, fsyncs), 0.9 CPU-s of the test's 1.0 (issue 19); the chain is the same
        # either way and how it was committed is not what this test checks.
        with transaction(session.conn):
            for _ in range(2500):
                audit_repo.append_event(session.conn, AuditKind.SYNC, at=at, detail={"n": 1})
        conn = session.conn

        def one_pass() -> str | None:
            engine = SyncEngine(
                lambda fn: fn(conn),
                client_for_link(conn, find_backend=NOTHING),
                monotonic=fake.monotonic,
                sleep=fake.sleep,
            )
            with engine.client:
                summary = engine.run_pass()
            assert summary.ok, summary
            return summary.audit_status

        assert one_pass() == "stored"
        local = audit_repo.head(conn)
        assert local is not None and _held(server) == (local.seq, local.hash)
        assert local.seq >= 2500  # three posts of at most 1000 links
        # The vault lost what the server acknowledged (a restored copy of the settings, say):
        # the server refuses the head once, the device asks which head it holds, and extends it.
        conn.execute("DELETE FROM settings WHERE key = ?", (SERVER_HEAD_SETTING,))
        audit_repo.append_event(conn, AuditKind.SYNC, at=at, detail={"n": 2})
        assert one_pass() == "stored"
        local = audit_repo.head(conn)
        assert local is not None and _held(server) == (local.seq, local.hash)
        assert audit_repo.load_server_head(conn) == local
