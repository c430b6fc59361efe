"""The device credential's keyring entry is found again without unlocking: plain `outreach wipe`
(no --revoke, no passphrase) removes it; older per-device entries are renamed at the next sync.

The OS keyring is an in-memory stand-in that claims the Secret Service's class name (the
allowlist is by class name); the real Secret Service test is marked `keyring`.
"""

from __future__ import annotations

import io
from pathlib import Path

import keyring
import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.crypto.keyring_store import SERVICE_NAME
from outreach_app.storage.repos import sync_state
from outreach_app.sync.credentials import (
    forget_device_credential,
    keyring_entry_for,
    keyring_entry_for_data_dir,
    load_credential,
)
from outreach_app.sync.enrollment import client_for_link, enroll
from tests.e2e.sync_support import make_vault, opened
from tests.server_harness import running_server


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


def test_plain_wipe_removes_the_keyring_entry_without_the_passphrase(
    tmp_path: Path, os_keyring: Keyring
) -> None:
    layout = make_vault(tmp_path)
    other = make_vault(tmp_path / "other")  # another vault on the same computer keeps its entry
    with running_server(tmp_path / "srv") as server:
        for vault in (layout, other):
            with opened(vault) as session:
                result = enroll(session.conn, server.url, server.make_enroll_code())
                assert result.credential_store == "keyring"
                link = sync_state.get_link(session.conn)
                assert link is not None and link.keyring_entry == keyring_entry_for_data_dir(vault.data_dir)
    assert len(os_keyring.entries) == 2
    code, _out, err = _cli(layout.data_dir, "wipe", "--yes")  # no --revoke: nothing is unlocked
    assert code == ExitCode.OK, err
    assert not layout.key_file.exists()
    assert list(os_keyring.entries) == [(SERVICE_NAME, keyring_entry_for_data_dir(other.data_dir))]


def test_forget_device_credential_needs_only_the_folder(tmp_path: Path, os_keyring: Keyring) -> None:
    data_dir = tmp_path / "vault"
    os_keyring.set_password(
        SERVICE_NAME, keyring_entry_for_data_dir(data_dir), "credential-0123456789abcdefghij"
    )
    assert forget_device_credential(data_dir)
    assert os_keyring.entries == {}
    assert forget_device_credential(data_dir)  # nothing there: still fine
    assert not forget_device_credential(data_dir, find_backend=lambda: None)


def test_an_older_per_device_entry_is_renamed_at_the_next_sync(tmp_path: Path, os_keyring: Keyring) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enroll(session.conn, server.url, server.make_enroll_code())
        link = sync_state.get_link(session.conn)
        assert link is not None and link.keyring_entry is not None
        credential = load_credential(link)
        # what an enrolment before this change left: the entry named after the device
        legacy = keyring_entry_for(link.device_id)
        os_keyring.entries = {(SERVICE_NAME, legacy): credential}
        sync_state.set_keyring_entry(session.conn, legacy)
        with client_for_link(session.conn) as client:  # still readable, and moved on the way
            client.get_alerts(None)
        moved = sync_state.get_link(session.conn)
        assert moved is not None and moved.keyring_entry == keyring_entry_for_data_dir(layout.data_dir)
        assert os_keyring.entries == {(SERVICE_NAME, moved.keyring_entry): credential}
    assert _cli(layout.data_dir, "wipe", "--yes")[0] == ExitCode.OK
    assert os_keyring.entries == {}


def test_re_enrolling_in_the_same_folder_keeps_the_new_credential(
    tmp_path: Path, os_keyring: Keyring
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enroll(session.conn, server.url, server.make_enroll_code())
        enroll(session.conn, server.url, server.make_enroll_code())  # same entry name, new device
        link = sync_state.get_link(session.conn)
        assert link is not None
        assert load_credential(link)  # not deleted as "the previous link's entry"


def test_quick_delete_revokes_after_the_key_file_is_gone_and_forgets_the_entry(
    tmp_path: Path, os_keyring: Keyring
) -> None:
    from outreach_app.core.vault import unlock_vault, wipe_vault
    from outreach_app.sync.client import HttpStatusError, SyncClient
    from outreach_app.sync.quick_delete import prepare_quick_delete
    from tests.e2e.sync_support import PASSPHRASE

    layout = make_vault(tmp_path)
    key_file_at_revocation: list[bool] = []

    def make_client(*args: object, **kwargs: object) -> SyncClient:
        key_file_at_revocation.append(layout.key_file.exists())
        return SyncClient(*args, **kwargs)  # type: ignore[arg-type]

    with running_server(tmp_path / "srv") as server:
        session = unlock_vault(layout, PASSPHRASE)
        enroll(session.conn, server.url, server.make_enroll_code())
        link = sync_state.get_link(session.conn)
        assert link is not None
        credential = load_credential(link)
        hooks = prepare_quick_delete(session.conn, make_client=make_client)
        report = wipe_vault(layout, **hooks.wipe_kwargs(), session=session)
        assert report.hook_failures == []
        assert key_file_at_revocation == [False]  # revoked from memory, vault already unopenable
        assert hooks.revoked
        with SyncClient(server.url, credential) as client, pytest.raises(HttpStatusError) as refused:
            client.get_alerts(None)
        assert refused.value.status == 401  # the server no longer accepts the credential
    assert os_keyring.entries == {}
