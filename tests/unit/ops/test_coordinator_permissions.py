"""Every role permission is enforced in the ops (ops/coordinator.py), not only hidden in the UI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from outreach_app.core.permissions import Permission, PermissionDeniedError, allowed, require
from outreach_app.core.vault import VaultSession, add_slot, list_slots, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import coordinator
from outreach_app.reports.statistics import Period
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.settings import get_setting
from tests.vault_templates import built_vault, created_vault

COORDINATOR = "correct horse battery staple orbit"
WORKER = "violet lantern quietly folds maps"
NOW = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))

# One service call per permission; a new permission without an entry here fails the last test.
CALLS: dict[Permission, Callable[[VaultSession, Path], Any]] = {
    Permission.MANAGE_SLOTS: lambda s, _t: coordinator.add_role(
        s, "seven amber kites over the harbour", "worker", now=NOW, kdf=TEST_KDF
    ),
    Permission.APPROVE_REPORTS: lambda s, _t: coordinator.approve_report(s, uuid4(), now=NOW),
    Permission.CHANGE_REVIEW_SETTINGS: lambda s, _t: coordinator.set_review_required(s, True, now=NOW),
    Permission.CHANGE_RETENTION_SETTINGS: lambda s, _t: coordinator.change_retention_policy(
        s, {"aliases_months": 6}, now=NOW
    ),
    Permission.EXPORT_STATISTICS: lambda s, t: coordinator.export_statistics(
        s, PERIOD, "csv", t / "s.csv", now=NOW
    ),
    Permission.EXPORT_RECORDS: lambda s, _t: coordinator.prepare_record_export(s, "contacts", "jsonl"),
    Permission.VIEW_AUDIT_LOG: lambda s, _t: coordinator.verify_audit(s),
    Permission.MANAGE_SERVER_LINK: lambda s, _t: coordinator.unlink_server(s),
}


def _coordinator_and_worker(vault: VaultLayout) -> None:
    created_vault(vault, COORDINATOR, kdf=TEST_KDF, role="coordinator")
    with unlock_vault(vault, COORDINATOR) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    """A coordinator's vault with a worker slot: a copy of one built once per process."""
    name = f"{__name__}: coordinator + worker"
    return built_vault(VaultLayout(tmp_path / "data"), name, _coordinator_and_worker)


@pytest.fixture
def worker(layout: VaultLayout) -> Iterator[VaultSession]:
    with unlock_vault(layout, WORKER) as session:
        yield session


@pytest.fixture
def boss(layout: VaultLayout) -> Iterator[VaultSession]:
    with unlock_vault(layout, COORDINATOR) as session:
        yield session


@pytest.mark.parametrize("permission", list(Permission))
def test_a_worker_session_is_refused_and_nothing_changes(
    permission: Permission, worker: VaultSession, layout: VaultLayout, tmp_path: Path
) -> None:
    assert worker.role == "worker"
    before = audit.count_entries(worker.conn)
    with pytest.raises(PermissionDeniedError, match="only a coordinator may"):
        CALLS[permission](worker, tmp_path)
    assert audit.count_entries(worker.conn) == before
    assert len(list_slots(layout)) == 2
    assert not (tmp_path / "s.csv").exists()
    assert get_setting(worker.conn, "sharing.review_required", None) is None
    assert get_setting(worker.conn, "retention.policy", None) is None


@pytest.mark.parametrize("permission", list(Permission))
def test_a_coordinator_session_passes_the_check(
    permission: Permission, boss: VaultSession, tmp_path: Path
) -> None:
    try:
        CALLS[permission](boss, tmp_path)
    except RecordNotFoundError:
        assert permission is Permission.APPROVE_REPORTS  # past the check: the item does not exist


def test_privileged_changes_are_audited(boss: VaultSession, tmp_path: Path) -> None:
    coordinator.set_review_required(boss, True, now=NOW)
    coordinator.export_statistics(boss, PERIOD, "csv", tmp_path / "s.csv", now=NOW)
    kinds = [e.kind for e in audit.list_entries(boss.conn)]
    assert kinds == ["settings_changed", "export"]
    assert get_setting(boss.conn, "sharing.review_required") is True


def test_every_permission_has_a_service_check_and_roles_are_closed() -> None:
    assert set(CALLS) == set(Permission)
    assert all(allowed("coordinator", p) for p in Permission)
    assert not any(allowed(role, p) for p in Permission for role in ("worker", None, "admin", ""))

    class Anonymous:
        role = "guest"

    with pytest.raises(PermissionDeniedError):
        require(Anonymous(), Permission.VIEW_AUDIT_LOG)


def test_after_unlock_records_the_unlock_and_runs_retention_once_a_day(layout: VaultLayout) -> None:
    from datetime import timedelta

    from outreach_app.reports.audit_events import FailedUnlocks

    with unlock_vault(layout, WORKER) as session:
        first = coordinator.after_unlock(session, FailedUnlocks(2), now=NOW)
        again = coordinator.after_unlock(session, FailedUnlocks(0), now=NOW + timedelta(hours=2))
        later = coordinator.after_unlock(session, FailedUnlocks(0), now=NOW + timedelta(days=1))
        kinds = [e.kind for e in audit.list_entries(session.conn)]
    assert first is not None and again is None and later is not None
    assert kinds == ["unlock_failed", "unlock", "retention_purge", "unlock", "unlock", "retention_purge"]


def test_key_file_changes_are_audited_at_the_next_unlock(layout: VaultLayout) -> None:
    from outreach_app.core.vault import change_passphrase
    from outreach_app.reports.audit_events import FailedUnlocks

    new = "seven amber kites over the harbour"
    with unlock_vault(layout, COORDINATOR) as session:
        coordinator.after_unlock(session, FailedUnlocks(0), now=NOW)  # first unlock: fingerprints only
        slot = coordinator.add_role(session, new, "worker", now=NOW, kdf=TEST_KDF)
    with unlock_vault(layout, WORKER) as session:
        change_passphrase(session, WORKER, "a brand new worker passphrase here", kdf=TEST_KDF)
    with unlock_vault(layout, COORDINATOR) as session:
        coordinator.after_unlock(session, FailedUnlocks(0), now=NOW)
        coordinator.remove_role(session, slot, now=NOW)
        entries = [(e.kind, dict(e.detail)) for e in audit.list_entries(session.conn)]
    kinds = [k for k, _ in entries]
    assert kinds.count("role_added") == 1 and kinds.count("role_removed") == 1
    assert ("role_added", {"slot": slot, "slot_role": "worker"}) in entries
    changed = [d for k, d in entries if k == "passphrase_change"]
    assert len(changed) == 1 and changed[0]["slot"] != slot
