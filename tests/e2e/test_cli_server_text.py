"""Server strings reach the terminal as text only (issue 16): an organisation named with a
terminal title escape is printed by `outreach enroll` without it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from outreach_app.cli import sync_cmds
from outreach_app.cli.common import ExitCode
from tests.e2e.sync_support import PASSPHRASE, make_vault
from tests.e2e.test_sync_cli import cli
from tests.server_harness import running_server

HOSTILE_ORG = "Project \x1b]0;Call 0800 000 000 now\x07A\x1b[31m"


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(sync_cmds, "CLI_RETRY_BUDGET_S", 0.0)


def test_enroll_prints_no_escape_sequence_from_the_server(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv", org_name=HOSTILE_ORG) as server:
        code = server.make_enroll_code()
        enrolled = cli(
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{PASSPHRASE}\n{server.url}\n{code}\n",
        )
    assert enrolled.code == ExitCode.OK, enrolled.err
    assert "Enrolled with Project A (device" in enrolled.out
    assert "\x1b" not in enrolled.out + enrolled.err and "\x07" not in enrolled.out
