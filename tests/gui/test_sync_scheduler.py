"""The sync scheduler with the real task manager, a real vault and the real server (offscreen Qt).

Time is a fake clock: `tick()` is called by hand after moving it, so nothing waits minutes.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from outreach_app.core.vault import unlock_vault
from outreach_app.services.sync_scheduler import SyncScheduler, SyncStatus, default_engine_factory
from outreach_app.services.tasks import TaskManager
from outreach_app.storage.repos import sync_state
from tests.e2e.sync_support import PASSPHRASE, enrol, make_vault, opened, queue_reports
from tests.fake_clock import FakeClock
from tests.server_harness import ServerHandle, running_server


class CountingFactory:
    """Wraps the real engine factory to see how many passes run at once."""

    def __init__(self) -> None:
        self.active = 0
        self.most_at_once = 0
        self.passes = 0
        self._lock = threading.Lock()

    def __call__(self, db: Any, backoff: Any) -> Any:
        engine = default_engine_factory(db, backoff)
        real = engine.run_pass

        def run_pass() -> Any:
            with self._lock:
                self.active += 1
                self.passes += 1
                self.most_at_once = max(self.most_at_once, self.active)
            try:
                return real()
            finally:
                with self._lock:
                    self.active -= 1

        engine.run_pass = run_pass
        return engine


@pytest.fixture
def linked(tmp_path: Path, seed: int) -> Iterator[tuple[Path, ServerHandle]]:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        with opened(layout) as session:
            enrol(session.conn, server)
            queue_reports(session.conn, 5, "north", random.Random(seed))
        yield layout.data_dir, server


@pytest.fixture
def tasks(qtbot: Any, linked: tuple[Path, ServerHandle]) -> Iterator[TaskManager]:
    from outreach_app.domain.layout import VaultLayout

    manager = TaskManager()
    manager.open_session(lambda: unlock_vault(VaultLayout(linked[0]), PASSPHRASE))
    qtbot.waitUntil(lambda: manager.session is not None, timeout=10_000)
    yield manager
    manager.shutdown()


def _scheduler(
    qtbot: Any, tasks: TaskManager, clock: FakeClock, factory: Any = default_engine_factory
) -> SyncScheduler:
    scheduler = SyncScheduler(
        tasks, clock=clock, engine_factory=factory, tick_ms=3_600_000, rng=random.Random(1)
    )
    with qtbot.waitSignal(scheduler.status_changed, check_params_cb=lambda s: s.linked, timeout=5000):
        scheduler.start()
    return scheduler


def _queued(qtbot: Any, tasks: TaskManager) -> dict[str, int]:
    found: list[dict[str, int]] = []
    tasks.run_db(lambda s: sync_state.outbox_counts(s.conn), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def test_pass_runs_when_due_and_then_waits_the_interval(qtbot: Any, tasks: TaskManager, linked: Any) -> None:
    clock = FakeClock()
    scheduler = _scheduler(qtbot, tasks, clock)
    assert scheduler.status.waiting == 5
    gui = threading.current_thread()
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000) as finished:
        scheduler.tick()
        assert scheduler.running and scheduler.status.syncing
    assert threading.current_thread() is gui
    assert finished.args[0].sent == 5
    status: SyncStatus = scheduler.status
    assert (
        status.online is True and not status.syncing and status.waiting == 0 and status.last_sync == clock.now
    )
    assert scheduler.next_due == clock.now + timedelta(minutes=5)
    scheduler.tick()
    assert not scheduler.running  # nothing due yet
    clock.advance(301)
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000):
        scheduler.tick()
    scheduler.stop()


def test_offline_pauses_without_dropping_anything(qtbot: Any, tasks: TaskManager, linked: Any) -> None:
    clock = FakeClock()
    scheduler = _scheduler(qtbot, tasks, clock)
    scheduler.set_online(False)
    assert scheduler.status.online is False
    clock.advance(3600)
    scheduler.tick()
    scheduler.notify_work()
    assert not scheduler.running
    assert _queued(qtbot, tasks) == {"queued": 5}
    assert scheduler.hold_until is not None
    clock.now = scheduler.hold_until  # coming back online waits for the random send time
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000) as finished:
        scheduler.set_online(True)
    assert finished.args[0].sent == 5
    scheduler.stop()


def test_sync_now_while_running_runs_once_more_never_two_at_once(
    qtbot: Any, tasks: TaskManager, linked: Any
) -> None:
    clock = FakeClock()
    factory = CountingFactory()
    scheduler = _scheduler(qtbot, tasks, clock, factory)
    scheduler.sync_now()
    scheduler.sync_now()
    scheduler.sync_now()
    qtbot.waitUntil(lambda: factory.passes == 2 and not scheduler.running, timeout=20_000)
    assert factory.most_at_once == 1
    scheduler.stop()


def test_new_alerts_are_announced_and_a_dead_server_backs_off(
    qtbot: Any, tasks: TaskManager, linked: Any
) -> None:
    clock = FakeClock()
    _data_dir, server = linked
    server.publish_alert("Silver hatchback", plates=["KL01MNO"])
    scheduler = _scheduler(qtbot, tasks, clock)
    with qtbot.waitSignal(scheduler.alerts_received, timeout=20_000) as alerts:
        scheduler.sync_now()
    assert alerts.args == [1]
    qtbot.waitUntil(lambda: not scheduler.running, timeout=5000)
    server.stop()
    qtbot.waitUntil(lambda: _down(server.url), timeout=10_000)
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000) as finished:
        scheduler.sync_now()
    summary = finished.args[0]
    assert not summary.reachable and summary.next_retry_s is not None
    assert scheduler.status.online is False
    assert scheduler.next_due == clock.now + timedelta(seconds=summary.next_retry_s)
    scheduler.stop()
    assert scheduler.status == SyncStatus()


def test_outbox_changes_make_a_pass_due_and_passes_publish_changes(
    qtbot: Any, tasks: TaskManager, linked: Any
) -> None:
    from outreach_app.services.changes import ALERTS, OUTBOX, SYNC, ChangeBus, Changes

    clock = FakeClock()
    bus = ChangeBus()
    seen: list[Changes] = []
    bus.changed.connect(seen.append)
    _data_dir, server = linked
    server.publish_alert("Red estate car", plates=["RS11TUV"])
    scheduler = SyncScheduler(tasks, clock=clock, tick_ms=3_600_000, changes=bus, rng=random.Random(2))
    with qtbot.waitSignal(scheduler.status_changed, check_params_cb=lambda s: s.linked, timeout=5000):
        scheduler.start()
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000):
        scheduler.tick()  # the first pass after unlock sends what was queued
    assert scheduler.next_due == clock.now + timedelta(minutes=5)
    assert any(c.touches(SYNC) and c.touches(OUTBOX) and c.touches(ALERTS) for c in seen)
    queued: list[Any] = []
    tasks.run_db(lambda s: queue_reports(s.conn, 2, "north", random.Random(3)), queued.append)
    qtbot.waitUntil(lambda: bool(queued), timeout=5000)
    seen.clear()
    bus.publish(Changes.of(OUTBOX))  # e.g. a report sealed: due at a random time, not now
    assert not scheduler.running and scheduler.hold_until is not None
    assert scheduler.next_due == scheduler.hold_until
    clock.now = scheduler.hold_until
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000) as finished:
        scheduler.tick()
    assert finished.args[0].sent == 2
    assert [c.kinds for c in seen if c.touches(SYNC)] == [frozenset({OUTBOX, SYNC})]
    scheduler.stop()


def _down(url: str) -> bool:
    import httpx

    try:
        httpx.get(url + "/v2/health", timeout=0.5)
    except httpx.TransportError:
        return True
    return False
