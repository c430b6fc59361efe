"""Enrolment through the scheduler: a coordinator only; a lock between the network half and the
DB half keeps the granted enrolment (the code is spent on the server) and stores it at unlock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from outreach_app.core.vault import add_slot, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.services.sync_scheduler import EnrolmentFailedError, SyncScheduler
from outreach_app.services.tasks import TaskManager
from outreach_app.storage.repos import sync_state
from outreach_app.sync.enrollment_v2 import request_enrolment_v2
from tests.e2e.sync_support import PASSPHRASE, make_vault, opened
from tests.server_harness import ServerHandle, running_server

WORKER = "amber quarry violin 17 thistle harbour"


@pytest.fixture
def unlinked(tmp_path: Path) -> Iterator[tuple[VaultLayout, ServerHandle]]:
    layout = make_vault(tmp_path)
    with opened(layout) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)
    with running_server(tmp_path / "srv") as server:
        yield layout, server


def _unlock(qtbot: Any, tasks: TaskManager, layout: VaultLayout, passphrase: str) -> None:
    tasks.open_session(lambda: unlock_vault(layout, passphrase))
    qtbot.waitUntil(lambda: tasks.session is not None, timeout=10_000)


def _link(qtbot: Any, tasks: TaskManager) -> Any:
    found: list[Any] = []
    tasks.run_db(lambda s: sync_state.get_link(s.conn), lambda link: found.append(("ok", link)))
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0][1]


def test_lock_between_the_network_and_db_halves_stores_the_enrolment_at_unlock(
    qtbot: Any, unlinked: tuple[VaultLayout, ServerHandle]
) -> None:
    layout, server = unlinked
    granted = threading.Event()
    release = threading.Event()

    def slow_request(*args: Any, **kwargs: Any) -> Any:
        result = request_enrolment_v2(*args, **kwargs)
        granted.set()
        assert release.wait(20)
        return result

    tasks = TaskManager()
    try:
        _unlock(qtbot, tasks, layout, PASSPHRASE)
        scheduler = SyncScheduler(tasks, tick_ms=3_600_000, request_enrolment=slow_request)
        scheduler.start()
        enrolled: list[Any] = []
        failed: list[Any] = []
        scheduler.enrolled.connect(enrolled.append)
        scheduler.enrol_failed.connect(failed.append)
        scheduler.enroll(
            server.url,
            server.make_enroll_code(),
            device_label="Outreach device",
            root_fingerprint=server.root_fingerprint,
        )
        qtbot.waitUntil(granted.is_set, timeout=20_000)
        # the app locks: scheduler stopped, callbacks dropped, session closed
        scheduler.stop()
        tasks.begin_lock()
        tasks.close_session()
        release.set()
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)
        assert scheduler.enrolment_pending and enrolled == [] and failed == []
        _unlock(qtbot, tasks, layout, PASSPHRASE)
        with qtbot.waitSignal(scheduler.enrolled, timeout=10_000) as done:
            scheduler.start()
        assert not scheduler.enrolment_pending and failed == []
        link = _link(qtbot, tasks)
        assert link is not None and link.device_id == done.args[0].device_id
        assert scheduler.status.linked
        scheduler.stop()
    finally:
        tasks.shutdown()


def test_a_worker_cannot_link_and_the_code_is_not_spent(
    qtbot: Any, unlinked: tuple[VaultLayout, ServerHandle]
) -> None:
    layout, server = unlinked
    code = server.make_enroll_code()
    tasks = TaskManager()
    try:
        _unlock(qtbot, tasks, layout, WORKER)
        scheduler = SyncScheduler(tasks, tick_ms=3_600_000)
        with qtbot.waitSignal(scheduler.enrol_failed, timeout=5000) as refused:
            scheduler.enroll(
                server.url, code, device_label="Outreach device", root_fingerprint=server.root_fingerprint
            )
        error = refused.args[0]
        assert isinstance(error, EnrolmentFailedError) and "only a coordinator" in str(error)
        assert _link(qtbot, tasks) is None
        tasks.close_session()
        _unlock(qtbot, tasks, layout, PASSPHRASE)
        scheduler = SyncScheduler(
            tasks,
            tick_ms=3_600_000,
            request_enrolment=request_enrolment_v2,
        )
        with qtbot.waitSignal(scheduler.enrolled, timeout=20_000):
            scheduler.enroll(
                server.url, code, device_label="Outreach device", root_fingerprint=server.root_fingerprint
            )
        scheduler.stop()
    finally:
        tasks.shutdown()


def test_enrol_failed_carries_plain_words(qtbot: Any, unlinked: tuple[VaultLayout, ServerHandle]) -> None:
    layout, server = unlinked
    tasks = TaskManager()
    try:
        _unlock(qtbot, tasks, layout, PASSPHRASE)
        scheduler = SyncScheduler(tasks, tick_ms=3_600_000)
        with qtbot.waitSignal(scheduler.enrol_failed, timeout=20_000) as failed:
            scheduler.enroll(
                server.url,
                "ABCD-EFGH-JKMN-PQRS-TVWX",
                device_label="Outreach device",
                root_fingerprint=server.root_fingerprint,
            )
        assert "refused the enrolment code" in str(failed.args[0])
        assert not scheduler.enrolment_pending
    finally:
        tasks.shutdown()
