"""`outreach wipe` revokes an enrolled device by default (issue 16): with the passphrase it
revokes, `--keep-device` leaves it active, and without a passphrase or offline it says
plainly that the device is still active."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from outreach_app.cli import sync_cmds
from outreach_app.cli.common import ExitCode
from tests.e2e.sync_support import PASSPHRASE, make_vault
from tests.e2e.test_sync_cli import _credential, _revoked, cli
from tests.server_harness import ServerHandle, running_server


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(sync_cmds, "CLI_RETRY_BUDGET_S", 0.0)


def _enrolled(tmp_path: Path, server: ServerHandle) -> tuple[Path, str]:
    layout = make_vault(tmp_path)
    done = cli(
        layout.data_dir,
        "enroll",
        "--root-fingerprint",
        server.root_fingerprint,
        stdin=f"{PASSPHRASE}\n{server.url}\n{server.make_enroll_code()}\n",
    )
    assert done.code == ExitCode.OK, done.err
    return layout.data_dir, _credential(layout.data_dir)


def test_plain_wipe_revokes_the_device(tmp_path: Path) -> None:
    with running_server(tmp_path / "srv") as server:
        data_dir, credential = _enrolled(tmp_path, server)
        wiped = cli(data_dir, "--json", "wipe", "--yes", stdin=f"{PASSPHRASE}\n")
        assert wiped.code == ExitCode.OK, wiped.err
        assert json.loads(wiped.out)["device"] == "revoked"
        assert "credential was revoked on the server" in wiped.err
        assert _revoked(server.url, credential)
    assert not data_dir.exists()


def test_keep_device_leaves_it_active_and_asks_for_nothing(tmp_path: Path) -> None:
    with running_server(tmp_path / "srv") as server:
        data_dir, credential = _enrolled(tmp_path, server)
        wiped = cli(data_dir, "wipe", "--yes", "--keep-device", stdin=f"{PASSPHRASE}\n")
        assert wiped.code == ExitCode.OK, wiped.err
        assert "revoke" not in wiped.out + wiped.err
        assert not _revoked(server.url, credential)
    assert not data_dir.exists()


@pytest.mark.parametrize("stdin", ["", "\n", "not the passphrase\n"])
def test_without_the_passphrase_it_deletes_and_says_the_device_is_still_active(
    tmp_path: Path, stdin: str
) -> None:
    with running_server(tmp_path / "srv") as server:
        data_dir, credential = _enrolled(tmp_path, server)
        wiped = cli(data_dir, "wipe", "--yes", stdin=stdin)
        assert wiped.code == ExitCode.OK, wiped.err
        assert "not revoked on the charity's server" in wiped.err and "still active" in wiped.err
        assert not _revoked(server.url, credential)
    assert not data_dir.exists()


def test_offline_it_says_plainly_it_could_not_revoke(tmp_path: Path) -> None:
    with running_server(tmp_path / "srv") as server:
        data_dir, _credential_text = _enrolled(tmp_path, server)
    wiped = cli(data_dir, "--json", "wipe", "--yes", stdin=f"{PASSPHRASE}\n")
    assert wiped.code == ExitCode.OK
    assert "could not be reached to revoke this device" in wiped.err
    assert json.loads(wiped.out)["device"] == "not_revoked"
    assert not data_dir.exists()
