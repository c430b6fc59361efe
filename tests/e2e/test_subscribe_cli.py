"""`outreach subscribe` against the real server: the person's address goes to the server's
sealed store and nowhere on the laptop (not in the vault file, not in the output)."""

from __future__ import annotations

import io
from pathlib import Path

import keyring
import pytest
from fastapi import FastAPI
from keyring.backends import fail
from sqlalchemy import func, select

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.server.db import subscriptions
from outreach_app.server.db.tables import subscribers
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.setup import WarningsSetup
from tests.e2e.sync_support import PASSPHRASE, make_vault
from tests.server.notify_support import notify_config
from tests.server_harness import running_server

ADDRESS = "+447911123477"


def cli(data_dir: Path, *argv: str, stdin: str = "") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue() + err.getvalue()


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


def test_subscribe_sends_the_address_to_the_server_only(tmp_path: Path) -> None:
    layout = make_vault(tmp_path)
    setup = WarningsSetup.of(SubscriberKeys(SubscriberKeys.generate()), notify_config(1, 1))

    def hook(app: FastAPI) -> None:
        app.state.warnings = setup

    with running_server(tmp_path / "srv", app_hook=hook) as server:
        code, text = cli(  # protocol v2: the charity key fingerprint from the code sheet
            layout.data_dir,
            "enroll",
            "--root-fingerprint",
            server.root_fingerprint,
            stdin=f"{PASSPHRASE}\n{server.url}\n{server.make_enroll_code()}\n",
        )
        assert code == ExitCode.OK, text
        args = ("subscribe", "--channel", "sms", "--regions", "north")
        refused, text = cli(layout.data_dir, *args, stdin=f"{PASSPHRASE}\n{ADDRESS}\n")
        assert refused == ExitCode.USAGE and "agree" in text  # no consent given: nothing sent
        bad, text = cli(layout.data_dir, *args, "--yes", stdin=f"{PASSPHRASE}\nnot-a-number\n")
        assert bad == ExitCode.USAGE and "not-a-number" not in text
        with server.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(subscribers)).scalar_one() == 0
        done, text = cli(layout.data_dir, *args, "--yes", stdin=f"{PASSPHRASE}\n07911 123477\n")
        assert done == ExitCode.OK, text
        assert "7911" not in text
        with server.engine.connect() as conn:
            assert subscriptions.find_by_address(conn, setup.keys, Channel.SMS, ADDRESS) is not None
    for path in layout.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"7911123477" not in data and b"7911 123477" not in data
