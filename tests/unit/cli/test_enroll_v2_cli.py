"""`outreach enroll --root-fingerprint FP`: protocol v2 enrolment from the command line; the
pinned fingerprint is shown, and a server whose keys were swapped is refused, changing nothing.
(The server is scripted here; the end-to-end run against the v2 server comes with its merge.)"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from outreach_app.cli import run, sync_cmds
from outreach_app.cli.common import ExitCode, Io
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.signing import key_fingerprint
from tests.unit.cli.test_vault_cli import PASS, cli, lines
from tests.unit.sharing.v2_keys import make_charity
from tests.unit.sync.test_enrolment_v2 import CODE, _server


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "test")
    monkeypatch.delenv("OUTREACH_DATA_DIR", raising=False)


def _enrol(data_dir: Path, fingerprint: str, *, json_out: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    top = ["--json"] if json_out else []
    argv = ["--data-dir", str(data_dir), *top, "enroll", "--root-fingerprint", fingerprint]
    stdin = lines(PASS, "https://sync.example.org", CODE)
    code = run(argv, Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def test_enrolment_pins_the_root_and_shows_its_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    charity = make_charity()
    monkeypatch.setattr(sync_cmds, "_client", _server(charity))
    data_dir = tmp_path / "vault"
    assert cli(data_dir, "init", stdin=lines(PASS, PASS)).code == 0
    fingerprint = key_fingerprint(charity.root_public)
    code, out, err = _enrol(data_dir, fingerprint.lower(), json_out=True)
    assert code == 0, err
    assert json.loads(out)["root_fingerprint"] == fingerprint


def test_a_swapped_bundle_is_refused_and_nothing_is_linked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    charity, attacker = make_charity(), make_charity()

    def substitute(reply: dict[str, Any]) -> dict[str, Any]:
        reply["key_bundle"] = json.loads(canonical_json(attacker.signed))
        return reply

    monkeypatch.setattr(sync_cmds, "_client", _server(charity, substitute))
    data_dir = tmp_path / "vault"
    assert cli(data_dir, "init", stdin=lines(PASS, PASS)).code == 0
    code, _out, err = _enrol(data_dir, key_fingerprint(charity.root_public))
    assert code == int(ExitCode.FAILURE)
    assert "fingerprint" in err and "nothing was changed" in err
    status = cli(data_dir, "--json", "sync", stdin=lines(PASS))
    assert status.code == int(ExitCode.NOT_FOUND)  # not linked
