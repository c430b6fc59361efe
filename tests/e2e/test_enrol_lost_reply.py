"""`outreach enroll` whose reply is lost (issue 17): no burned code, no orphan device.

The fault proxy lets the request reach the server (which commits) and cuts the reply. The
client retries with the same request id and gets the same device; when every attempt of one
command is lost, running `outreach enroll` again with the same code still does. The server
ends with one device, confirmed, and the code spent.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.server.db import orgs
from outreach_app.storage.repos import sync_state
from outreach_app.sync import enrollment, enrollment_v2
from tests.e2e.fault_proxy import FaultProxy
from tests.e2e.sync_support import PASSPHRASE, make_vault, opened
from tests.server_harness import ServerHandle, running_server


@pytest.fixture(autouse=True)
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(enrollment, "ENROL_RETRY_DELAYS_S", (0.0, 0.0))  # no real sleeping
    monkeypatch.setattr(enrollment_v2, "ENROL_RETRY_DELAYS_S", (0.0, 0.0))


def _enroll(data_dir: Path, url: str, code: str, fingerprint: str) -> tuple[int, str, str]:
    """`outreach enroll` with the charity's root fingerprint from the code sheet (protocol v2)."""
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(f"{PASSPHRASE}\n{url}\n{code}\n")
    argv = ["--json", "--data-dir", str(data_dir), "enroll", "--root-fingerprint", fingerprint]
    code_ = run(argv, Io(stdin, out, err))
    return code_, out.getvalue(), err.getvalue()


def _devices(server: ServerHandle) -> list[orgs.Device]:
    with server.engine.begin() as conn:
        return orgs.list_devices(conn)


def _port(server: ServerHandle) -> int:
    return int(server.url.rsplit(":", 1)[1])


def test_a_lost_enrolment_reply_is_retried_and_gets_the_same_device(tmp_path: Path, seed: int) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        code = server.make_enroll_code()
        with FaultProxy("127.0.0.1", _port(server), fault_rate=0.0, seed=seed, plan={1: "cut"}) as proxy:
            status, out, err = _enroll(
                layout.data_dir, f"http://127.0.0.1:{proxy.port}", code, server.root_fingerprint
            )
            cuts = proxy.stats.faults["cut"]
        assert cuts == 1
        assert status == ExitCode.OK, err
        device_id = json.loads(out)["device_id"]
        devices = _devices(server)
        assert [(d.id, d.state) for d in devices] == [(device_id, "active")]
        assert _enroll(layout.data_dir, server.url, code, server.root_fingerprint)[0] == ExitCode.AUTH, (
            "the code is spent now"
        )
        with opened(layout) as session:
            link = sync_state.get_link(session.conn)
        assert link is not None and link.device_id == device_id


def test_when_every_reply_of_a_command_is_lost_enrolling_again_with_the_code_works(
    tmp_path: Path, seed: int
) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        code = server.make_enroll_code()
        plan = {1: "cut", 2: "cut", 3: "cut"}
        with FaultProxy("127.0.0.1", _port(server), fault_rate=0.0, seed=seed, plan=plan) as proxy:
            url = f"http://127.0.0.1:{proxy.port}"
            status, out, err = _enroll(layout.data_dir, url, code, server.root_fingerprint)
            assert status == ExitCode.UNAVAILABLE, err
            assert "could not be reached" in err and "run `outreach enroll` again with the same code" in err
            (orphan,) = _devices(server)
            assert orphan.state == "unconfirmed"  # not an active orphan: it cannot sync
            status, out, err = _enroll(layout.data_dir, url, code, server.root_fingerprint)
        assert status == ExitCode.OK, err
        assert json.loads(out)["device_id"] == orphan.id
        assert [(d.id, d.state) for d in _devices(server)] == [(orphan.id, "active")]
