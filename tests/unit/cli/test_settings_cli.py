"""`outreach settings review-required on|off`: coordinators only, audited, the app's op."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import coordinator
from outreach_app.ops.app_settings import load_app_settings
from outreach_app.storage.repos import audit
from tests.vault_templates import created_vault

BOSS = "correct horse battery staple orbit"
WORKER = "lantern orchard gravel ninety"


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, BOSS, kdf=TEST_KDF)
    with unlock_vault(vault, BOSS) as session:
        coordinator.add_role(session, WORKER, "worker", now=datetime(2026, 5, 1, tzinfo=UTC), kdf=TEST_KDF)
    return vault


def cli(layout: VaultLayout, passphrase: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(f"{passphrase}\n"), out, err))
    return code, out.getvalue(), err.getvalue()


def _review_required(layout: VaultLayout) -> bool:
    with unlock_vault(layout, BOSS) as session:
        return load_app_settings(session).review_required


def test_a_coordinator_switches_review_on_and_off_and_it_is_audited(layout: VaultLayout) -> None:
    code, out, _err = cli(layout, BOSS, "settings", "review-required", "on", "--json")
    assert code == ExitCode.OK and json.loads(out) == {"review_required": True}
    assert _review_required(layout) is True
    assert cli(layout, BOSS, "settings", "review-required", "off")[0] == ExitCode.OK
    assert _review_required(layout) is False
    with unlock_vault(layout, BOSS) as session:
        changes = [
            e.detail["value"]
            for e in audit.list_entries(session.conn)
            if e.kind == audit.AuditKind.SETTINGS_CHANGED
        ]
    assert changes == [True, False]


def test_a_worker_is_refused_and_nothing_changes(layout: VaultLayout) -> None:
    code, _out, err = cli(layout, WORKER, "settings", "review-required", "on")
    assert code == ExitCode.AUTH and "coordinator" in err
    assert _review_required(layout) is False


def test_only_on_or_off(layout: VaultLayout) -> None:
    assert cli(layout, BOSS, "settings", "review-required", "maybe")[0] == ExitCode.USAGE
