"""Tokens held in memory from one pass to the next (`sync/held_tokens.py`), against the real
server: each pass has a client of its own, and a live token an earlier one got is used instead
of signing in again; its expiry is honoured, a refused one is replaced by one sign-in, and a
revoked device's tokens are forgotten."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from outreach_app.server.db.tables import device_tokens
from outreach_app.storage.connection import Connection
from outreach_app.sync.client import TOKEN_MARGIN_S, SyncClient
from outreach_app.sync.engine import SyncEngine, revoke_self
from outreach_app.sync.enrollment import client_for_link
from outreach_app.sync.held_tokens import HeldTokens
from tests.e2e.sync_support import NOTHING, FakeTime, enrol, make_vault, opened
from tests.server_harness import ServerHandle, running_server

AUTH = ("/v2/auth/challenge", "/v2/auth/token")


def _issued(server: ServerHandle) -> int:
    """Tokens the server has issued and still holds (one per sign-in)."""
    with server.engine.begin() as conn:
        count: int = conn.execute(select(func.count()).select_from(device_tokens)).scalar_one()
    return count


def _client(conn: Connection, tokens: HeldTokens | None, fake: FakeTime) -> SyncClient:
    return client_for_link(conn, find_backend=NOTHING, tokens=tokens, monotonic=fake.monotonic)


def test_a_pass_uses_the_live_token_an_earlier_pass_got_and_signs_in_once_it_expires(
    tmp_path: Path,
) -> None:
    layout = make_vault(tmp_path)
    fake, held = FakeTime(), HeldTokens()
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        conn = session.conn
        enrol(conn, server)
        baseline = _issued(server)  # the enrolment signed in once to register the key

        def one_pass(tokens: HeldTokens | None) -> None:
            engine = SyncEngine(
                lambda fn: fn(conn), _client(conn, tokens, fake), monotonic=fake.monotonic, sleep=fake.sleep
            )
            with engine.client:
                summary = engine.run_pass()
            assert summary.ok, summary

        one_pass(held)
        assert _issued(server) == baseline + 1
        one_pass(held)  # a new engine and client: the token held from the first pass
        one_pass(held)
        assert _issued(server) == baseline + 1, "no sign-in while the held token is live"
        one_pass(None)  # a client not given the held tokens signs in itself
        assert _issued(server) == baseline + 2
        fake.now += 3600 - TOKEN_MARGIN_S  # the first token's hour, less the margin, is over
        one_pass(held)
        assert _issued(server) == baseline + 3, "an expired held token is not used"
        one_pass(held)
        assert _issued(server) == baseline + 3


def test_a_held_token_the_server_refuses_is_replaced_by_one_sign_in(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    fake, held = FakeTime(), HeldTokens()
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enrol(session.conn, server)
        with _client(session.conn, held, fake) as client:
            client.get_regions()
        with server.engine.begin() as db:  # the server forgot it (restarted, expired on its clock)
            db.execute(delete(device_tokens))
        with _client(session.conn, held, fake) as client:
            assert [region.id for region in client.get_regions().regions] == ["north"]  # 401, sign-in, again
        assert _issued(server) == 1
        with _client(session.conn, held, fake) as client:  # the new token is the one held now
            client.get_regions()
            client.get_signed_alerts(None)
        assert _issued(server) == 1


def test_a_revoked_device_forgets_its_held_tokens(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    fake, held = FakeTime(), HeldTokens()
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enrol(session.conn, server)
        with _client(session.conn, held, fake) as client:
            client.get_regions()
            device_id = client._signer.device_id if client._signer else ""
            assert any(key[1] == device_id for key in held._held)
            assert revoke_self(client)
        assert not any(key[1] == device_id for key in held._held)
