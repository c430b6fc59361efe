"""Reports are sent on a schedule with a random delay after sealing, not right after it
(issue 16): a network observer must not learn when a report was made. "Sync now" still
sends at once. Real task manager, vault and server; a fake clock drives time."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from outreach_app.services.sync_scheduler import SEND_DELAY_S, SyncScheduler
from outreach_app.services.tasks import TaskManager
from tests.fake_clock import FakeClock
from tests.gui.test_sync_scheduler import CountingFactory, _scheduler
from tests.gui.test_sync_scheduler import linked as linked  # the fixture
from tests.gui.test_sync_scheduler import tasks as tasks  # the fixture


def _first_pass(qtbot: Any, scheduler: SyncScheduler) -> None:
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000):
        scheduler.tick()  # the pass after unlock sends what was queued before


def test_a_seal_is_sent_at_a_random_time_2_to_15_minutes_later_not_at_once(
    qtbot: Any, tasks: TaskManager, linked: Any
) -> None:
    clock = FakeClock()
    factory = CountingFactory()
    scheduler = _scheduler(qtbot, tasks, clock, factory)
    _first_pass(qtbot, scheduler)
    periodic = scheduler.next_due
    assert periodic is not None
    sealed_at = clock.now + timedelta(seconds=30)
    clock.now = sealed_at
    scheduler.notify_work()
    hold = scheduler.hold_until
    assert hold is not None
    low, high = (timedelta(seconds=s) for s in SEND_DELAY_S)
    assert sealed_at + low <= hold <= sealed_at + high
    # Sent at the random time, or at the periodic pass if that comes later: never before.
    assert scheduler.next_due == max(hold, periodic)
    # The periodic pass (due 5 min after the first) is held until the random send time too.
    for step in range(1, 16):
        moment = sealed_at + timedelta(minutes=step)
        if moment >= hold:
            break
        clock.now = moment
        scheduler.tick()
        assert not scheduler.running and factory.passes == 1, moment
    clock.now = max(hold, periodic)
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000):
        scheduler.tick()
    assert factory.passes == 2 and scheduler.hold_until is None
    scheduler.stop()


def test_the_delay_is_drawn_afresh_for_each_seal(qtbot: Any, tasks: TaskManager, linked: Any) -> None:
    delays = set()
    for seed in range(5):
        clock = FakeClock()
        scheduler = SyncScheduler(tasks, clock=clock, tick_ms=3_600_000, rng=random.Random(seed))
        scheduler._started = True  # planning only: no pass is run in this test
        scheduler.notify_work()
        assert scheduler.hold_until is not None
        delays.add(scheduler.hold_until - clock.now)
        scheduler.stop()
    assert len(delays) == 5


def test_sync_now_sends_at_once_whatever_the_hold(qtbot: Any, tasks: TaskManager, linked: Any) -> None:
    clock = FakeClock()
    scheduler = _scheduler(qtbot, tasks, clock)
    _first_pass(qtbot, scheduler)
    scheduler.notify_work()
    assert scheduler.hold_until is not None and not scheduler.running
    with qtbot.waitSignal(scheduler.pass_finished, timeout=20_000):
        scheduler.sync_now()
    assert scheduler.hold_until is None
    assert scheduler.next_due == clock.now + timedelta(minutes=5)
    scheduler.stop()
