"""Enrolment through the scheduler with protocol v2: the fingerprint the coordinator typed is
checked against the server's key bundle and the root is pinned; a wrong one refuses with plain
words and links nothing. Needs the v2 server (issue 21, h21b's branch): skipped until merged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tests.server_harness as harness
from outreach_app.core.vault import unlock_vault
from outreach_app.domain.layout import VaultLayout
from outreach_app.services.sync_scheduler import SyncScheduler
from outreach_app.services.tasks import TaskManager
from tests.e2e.sync_support import PASSPHRASE, make_vault


@pytest.fixture
def unlinked(tmp_path: Path) -> Iterator[tuple[VaultLayout, Any]]:
    layout = make_vault(tmp_path)
    with harness.running_server(tmp_path / "srv") as server:
        yield layout, server


def _scheduler(qtbot: Any, layout: VaultLayout) -> tuple[TaskManager, SyncScheduler]:
    tasks = TaskManager()
    tasks.open_session(lambda: unlock_vault(layout, PASSPHRASE))
    qtbot.waitUntil(lambda: tasks.session is not None, timeout=10_000)
    scheduler = SyncScheduler(tasks, tick_ms=3_600_000)
    scheduler.start()
    return tasks, scheduler


def test_the_typed_fingerprint_is_checked_and_the_root_pinned(
    qtbot: Any, unlinked: tuple[VaultLayout, Any]
) -> None:
    layout, server = unlinked
    tasks, scheduler = _scheduler(qtbot, layout)
    try:
        with qtbot.waitSignal(scheduler.enrolled, timeout=20_000) as done:
            scheduler.enroll(
                server.url,
                server.make_enroll_code(),
                device_label="Outreach device",
                root_fingerprint=server.root_fingerprint.lower(),
            )
        assert done.args[0].root_fingerprint == server.root_fingerprint
        scheduler.stop()
    finally:
        tasks.shutdown()


def test_a_wrong_fingerprint_refuses_in_plain_words(qtbot: Any, unlinked: tuple[VaultLayout, Any]) -> None:
    layout, server = unlinked
    tasks, scheduler = _scheduler(qtbot, layout)
    try:
        other = harness.TestCharity().root_fingerprint
        with qtbot.waitSignal(scheduler.enrol_failed, timeout=20_000) as failed:
            scheduler.enroll(
                server.url, server.make_enroll_code(), device_label="Outreach device", root_fingerprint=other
            )
        assert "fingerprint on the enrolment sheet" in str(failed.args[0])
        assert not scheduler.status.linked
        scheduler.stop()
    finally:
        tasks.shutdown()
