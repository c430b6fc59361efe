"""Roles on the command line: identifiable exports are a coordinator's, alarms are said on
stderr, and `role remove` re-keys the vault so a kept key file opens nothing."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import add_slot, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import loads, unwrap_any
from outreach_app.domain.layout import VaultLayout
from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING
from outreach_app.storage.connection import WrongKeyError, open_database
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.settings import get_setting, set_setting
from tests.vault_templates import built_vault, created_vault

COORDINATOR = "correct horse battery staple orbit"
WORKER = "violet lantern quietly folds maps"


def _coordinator_and_worker(vault: VaultLayout) -> None:
    created_vault(vault, COORDINATOR, kdf=TEST_KDF, role="coordinator")
    with unlock_vault(vault, COORDINATOR) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    """A coordinator's vault with a worker slot: a copy of one built once per process."""
    name = f"{__name__}: coordinator + worker"
    return built_vault(VaultLayout(tmp_path / "data"), name, _coordinator_and_worker)


def cli(layout: VaultLayout, *argv: str, stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(stdin), out, err))
    return code, out.getvalue(), err.getvalue()


def _exports(layout: VaultLayout) -> list[dict[str, object]]:
    with unlock_vault(layout, COORDINATOR) as session:
        return [dict(e.detail) for e in audit.list_entries(session.conn) if e.kind == "export"]


@pytest.mark.parametrize("what", ["contacts", "incidents"])
def test_a_worker_cannot_export_identifiable_records(layout: VaultLayout, tmp_path: Path, what: str) -> None:
    target = tmp_path / f"{what}.jsonl"
    code, out, err = cli(layout, "export", "--what", what, "--out", str(target), "--yes", stdin=f"{WORKER}\n")
    assert code == ExitCode.AUTH and "only a coordinator may export identifiable records" in err
    assert not target.exists() and out == ""
    code, out, _err = cli(layout, "export", "--what", what, "--yes", stdin=f"{WORKER}\n")  # nor to stdout
    assert code == ExitCode.AUTH and out == ""
    assert _exports(layout) == []
    code, _out, err = cli(
        layout, "export", "--what", what, "--out", str(target), "--yes", stdin=f"{COORDINATOR}\n"
    )
    assert code == ExitCode.OK, err
    assert _exports(layout)[0]["file"] == target.name


def test_an_alarm_is_said_on_stderr_at_the_next_coordinator_command(layout: VaultLayout) -> None:
    with unlock_vault(layout, COORDINATOR) as session:
        from outreach_app.domain.timeutil import utcnow
        from outreach_app.ops.coordinator import set_review_required

        set_review_required(session, True, now=utcnow())
    with unlock_vault(layout, WORKER) as worker:
        set_setting(worker.conn, REVIEW_REQUIRED_SETTING, False)
    code, out, err = cli(layout, "--json", "audit", "list", stdin=f"{COORDINATOR}\n")
    assert code == ExitCode.OK, err
    assert "Alarm:" in err and "put back" in err and REVIEW_REQUIRED_SETTING in err
    entries = json.loads(out)
    assert any(e["kind"] == "alarm" and e["detail"]["alarm"] == "protected_settings_changed" for e in entries)
    verified = cli(layout, "--json", "audit", "verify", stdin=f"{COORDINATOR}\n")
    assert verified[0] == ExitCode.OK  # the chain is intact; the alarm is in it
    with unlock_vault(layout, COORDINATOR) as session:
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True


def test_role_remove_rekeys_so_a_kept_key_file_opens_nothing(layout: VaultLayout, tmp_path: Path) -> None:
    kept = tmp_path / "kept.key"
    shutil.copyfile(layout.key_file, kept)
    code, out, _err = cli(layout, "--json", "role", "list", stdin=f"{COORDINATOR}\n")
    worker_slot = next(s["slot"] for s in json.loads(out) if s["role"] == "worker")
    code, out, err = cli(layout, "--json", "role", "remove", worker_slot, stdin=f"{COORDINATOR}\n")
    assert code == ExitCode.OK, err
    assert json.loads(out) == {"removed": worker_slot, "also_removed": [], "rekeyed": True}
    old = unwrap_any(loads(kept.read_bytes()), WORKER)
    assert old is not None
    with pytest.raises(WrongKeyError):
        open_database(layout.db, old[1])
    code, _out, _err = cli(layout, "audit", "list", stdin=f"{WORKER}\n")
    assert code == ExitCode.AUTH
