"""The device credential is a key inside the vault (issue 16), against the real server.

The OS keyring is an in-memory stand-in that claims the Secret Service's class name (the
allowlist is by class name), so a test can see exactly what the app puts there: nothing.
A device enrolled before keys is built the way the old code left it (a bearer credential
in the keyring entry named after the vault folder, no key) and migrated at its next sync.
Protocol v2: every enrolment pins the charity's root (the root fingerprint from the code sheet).
"""

from __future__ import annotations

import io
import random
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
import keyring
import pytest
from sqlalchemy import select

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.crypto.keyring_store import SERVICE_NAME
from outreach_app.protocol.device_auth import b64url
from outreach_app.server.db.tables import devices
from outreach_app.sharing import charity_keys
from outreach_app.storage.repos import sync_state
from outreach_app.sync.client import HttpStatusError, SyncClient
from outreach_app.sync.credentials import forget_device_credential, keyring_entry_for_data_dir
from outreach_app.sync.device_key import DeviceKey, new_device_key
from outreach_app.sync.engine import SyncEngine
from outreach_app.sync.enrollment import client_for_link
from outreach_app.sync.enrollment_v2 import request_enrolment_v2, store_enrolment_v2
from tests.e2e.sync_support import PASSPHRASE, FakeTime, make_vault, opened, queue_reports
from tests.server_harness import ServerHandle, running_server


class Keyring:
    """Memory keyring named like the Secret Service backend."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not there")
        del self.entries[(service, username)]


Keyring.__module__ = "keyring.backends.SecretService"


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Keyring:
    store = Keyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: store)
    return store


def _cli(data_dir: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _sync(conn, **client_options: object):  # type: ignore[no-untyped-def]
    fake = FakeTime()
    engine = SyncEngine(
        lambda fn: fn(conn),
        client_for_link(conn, **client_options),
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )
    with engine.client:
        return engine.run_pass()


def _refused(url: str, credential: str) -> bool:
    """True when `credential` used as a bearer gets 401 on a sync call and on key registration."""
    with SyncClient(url, credential) as client:
        try:
            client.get_regions()
        except HttpStatusError as exc:
            alerts_refused = exc.status == 401
        else:
            alerts_refused = False
        try:
            client.register_key(credential, DeviceKey(str(uuid.uuid4()), new_device_key()))
        except HttpStatusError as exc:
            return alerts_refused and exc.status == 401
    return False


def test_enrolment_keeps_nothing_in_the_keyring_and_the_one_time_credential_dies(
    tmp_path: Path, os_keyring: Keyring, seed: int
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        granted = request_enrolment_v2(
            server.url, server.make_enroll_code(), server.root_fingerprint, uuid.uuid4()
        )
        one_time = granted.reply.credential
        store_enrolment_v2(session.conn, granted)
        link = sync_state.get_link(session.conn)
        assert link is not None and link.credential_store == "vault" and link.device_key is not None
        queue_reports(session.conn, 2, "north", random.Random(seed))
        summary = _sync(session.conn)
        assert summary.ok and summary.sent == 2, summary
        link = sync_state.get_link(session.conn)
        assert link is not None and link.credential_store == "key" and link.credential is None
        key = DeviceKey(link.device_id, link.device_key or b"")
        with server.engine.begin() as conn:
            row = conn.execute(select(devices).where(devices.c.id == link.device_id)).one()
        assert row.public_key == key.public_key() and row.credential_hash is None
        assert _refused(server.url, one_time), "the one-time credential registered the key and died"
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert os_keyring.entries == {}, "nothing in the OS keyring: there is nothing there to steal"
    private = link.device_key or b""
    for needle in (private, b64url(private).encode(), private.hex().encode(), one_time.encode()):
        assert _files_containing(tmp_path, needle) == []


def _legacy_link(server: ServerHandle, session, os_keyring: Keyring, data_dir: Path) -> str:  # type: ignore[no-untyped-def]
    """What an enrolment before keys left: a bearer credential in the keyring, no key (the
    charity's keys pinned, as a v2 enrolment leaves them)."""
    reply = httpx.post(
        f"{server.url}/v2/enroll",
        json={
            "code": server.make_enroll_code(),
            "device_label": "Old laptop",
            "request_id": str(uuid.uuid4()),
        },
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    entry = keyring_entry_for_data_dir(data_dir)
    os_keyring.set_password(SERVICE_NAME, entry, body["credential"])
    sync_state.save_link(
        session.conn,
        sync_state.ServerLink(
            server_url=server.url,
            device_id=body["device_id"],
            organisation="Test Project",
            credential_store="keyring",
            keyring_backend="keyring.backends.SecretService.Keyring",
            keyring_entry=entry,
            credential=None,
            ca_bundle=None,
            enrolled_at=datetime.now(UTC),
        ),
    )
    sync_state.save_regions(session.conn, [("north", "North")])
    charity_keys.pin(
        session.conn, server.charity.root_public, uuid.UUID(body["organisation_id"]), server.charity.bundle()
    )
    return str(body["credential"])


def test_an_old_bearer_credential_registers_a_key_once_and_is_refused_after(
    tmp_path: Path, os_keyring: Keyring, seed: int
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        old = _legacy_link(server, session, os_keyring, layout.data_dir)
        queue_reports(session.conn, 3, "north", random.Random(seed))
        summary = _sync(session.conn)
        assert summary.ok and summary.sent == 3, summary
        link = sync_state.get_link(session.conn)
        assert link is not None and link.credential_store == "key" and link.device_key is not None
        assert link.keyring_entry is None
        assert os_keyring.entries == {}, "the old entry is deleted once the key is registered"
        # A copy of the old credential taken before (it sat in the keyring, readable by any
        # process of the user) can neither sync nor register a key of its own.
        assert _refused(server.url, old)
        queue_reports(session.conn, 1, "north", random.Random(seed + 1))
        again = _sync(session.conn)
        assert again.ok and again.sent == 1, again


def test_a_thief_who_registers_first_locks_the_device_out_and_it_says_so(
    tmp_path: Path, os_keyring: Keyring, seed: int
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        old = _legacy_link(server, session, os_keyring, layout.data_dir)
        with SyncClient(server.url) as thief:
            thief.register_key(old, DeviceKey(str(uuid.uuid4()), new_device_key()))
        queue_reports(session.conn, 1, "north", random.Random(seed))
        summary = _sync(session.conn)
        assert summary.reenrol is not None and summary.sent == 0
        assert sync_state.outbox_counts(session.conn) == {"queued": 1}, "nothing lost, nothing parked"
        # The coordinator sees the device and revokes it (device list); the thief's key goes too.


def test_a_token_from_the_keyring_alone_cannot_sync(tmp_path: Path, os_keyring: Keyring) -> None:
    """Whatever another process of the user can read without the passphrase is useless: the
    keyring holds nothing, and the enrolment reply's credential is dead after the first sync."""
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        code, _out, err = _cli(
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{PASSPHRASE}\n{server.url}\n{server.make_enroll_code()}\n",
        )
        assert code == ExitCode.OK, err
        assert os_keyring.entries == {}
        for entry in (keyring_entry_for_data_dir(layout.data_dir),):
            assert keyring.get_keyring().get_password(SERVICE_NAME, entry) is None


def test_wipe_destroys_the_credential_even_when_the_server_cannot_be_told(
    tmp_path: Path, os_keyring: Keyring
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        with opened(layout) as session:
            request = request_enrolment_v2(
                server.url, server.make_enroll_code(), server.root_fingerprint, uuid.uuid4()
            )
            store_enrolment_v2(session.conn, request)
            assert _sync(session.conn).ok
            link = sync_state.get_link(session.conn)
            assert link is not None and link.device_key is not None
            private = link.device_key
        url = server.url
    # The server is gone (offline): plain wipe, no passphrase, nothing can be revoked.
    code, _out, err = _cli(layout.data_dir, "wipe", "--yes")
    assert code == ExitCode.OK, err
    assert not layout.key_file.exists() and not layout.db.exists()
    assert os_keyring.entries == {}
    for needle in (private, b64url(private).encode(), private.hex().encode()):
        assert _files_containing(tmp_path, needle) == []
    assert url  # the key existed only inside the vault: with it gone, nothing can sign in


def test_forget_device_credential_needs_only_the_folder(tmp_path: Path, os_keyring: Keyring) -> None:
    """Entries left by enrolments before keys are still removed by a wipe without unlocking."""
    data_dir = tmp_path / "vault"
    os_keyring.set_password(
        SERVICE_NAME, keyring_entry_for_data_dir(data_dir), "credential-0123456789abcdefghij"
    )
    assert forget_device_credential(data_dir)
    assert os_keyring.entries == {}
    assert forget_device_credential(data_dir)  # nothing there: still fine
    assert not forget_device_credential(data_dir, find_backend=lambda: None)
