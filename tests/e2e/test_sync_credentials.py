"""Where the device credential goes: only a real OS keyring, else inside the encrypted DB.

Enrolment runs against the real server; afterwards every file under the test's folder is
scanned for the credential's bytes (the DB is encrypted, so a hit means a plaintext copy).
"""

from __future__ import annotations

import random
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from outreach_app.crypto.keyring_store import OsKeyringStore
from outreach_app.storage.repos import sync_state
from outreach_app.sync.credentials import ReenrolRequiredError, load_credential
from outreach_app.sync.enrollment import client_for_link, enroll
from tests.e2e.sync_support import FakeTime, make_vault, opened, queue_reports
from tests.server_harness import running_server


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            hits.append(path)
    return hits


def _sync_once(session, fake: FakeTime) -> None:  # type: ignore[no-untyped-def]
    from outreach_app.sync.engine import SyncEngine

    conn = session.conn
    engine = SyncEngine(
        lambda fn: fn(conn), client_for_link(conn), monotonic=fake.monotonic, sleep=fake.sleep
    )
    with engine.client:
        summary = engine.run_pass()
    assert summary.ok, summary


def test_fail_backend_keeps_the_credential_inside_the_encrypted_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "server") as server, opened(layout) as session:
        result = enroll(session.conn, server.url, server.make_enroll_code())
        assert result.credential_store == "vault"
        assert "inside the encrypted vault" in result.notice
        link = sync_state.get_link(session.conn)
        assert link is not None and link.credential is not None
        credential = link.credential
        queue_reports(session.conn, 2, "north", random.Random(seed))
        _sync_once(session, FakeTime())
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _files_containing(tmp_path, credential.encode()) == []


def test_plaintext_backend_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    plain_file = tmp_path / "plaintext-keyring.cfg"

    class PlaintextKeyring(keyring.backend.KeyringBackend):  # what keyrings.alt offers
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            written.append(password)
            plain_file.write_text(password)

        def delete_password(self, service: str, username: str) -> None:
            pass

    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "server") as server, opened(layout) as session:
        result = enroll(session.conn, server.url, server.make_enroll_code())
        link = sync_state.get_link(session.conn)
        assert link is not None and link.credential is not None
        credential = link.credential
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert result.credential_store == "vault"
    assert written == [] and not plain_file.exists()
    assert _files_containing(tmp_path, credential.encode()) == []


@pytest.mark.keyring
def test_secret_service_holds_the_credential_and_a_lost_entry_asks_to_reenrol(
    tmp_path: Path, seed: int, secret_service: keyring.backend.KeyringBackend
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "server") as server, opened(layout) as session:
        result = enroll(session.conn, server.url, server.make_enroll_code())
        assert result.credential_store == "keyring"
        link = sync_state.get_link(session.conn)
        assert link is not None and link.credential is None and link.keyring_entry
        credential = load_credential(link)
        assert len(credential) >= 22
        queue_reports(session.conn, 1, "north", random.Random(seed))
        _sync_once(session, FakeTime())
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _files_containing(tmp_path, credential.encode()) == []
        OsKeyringStore(secret_service).delete(link.keyring_entry)
        with pytest.raises(ReenrolRequiredError, match="no longer in the system keyring"):
            client_for_link(session.conn)
