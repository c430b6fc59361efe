"""tests/gui/quick_waits.py keeps pytest-qt's `waitUntil` contract while checking every ms."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer

from tests.gui import quick_waits
from tests.gui.quick_waits import QuickQtBot


def test_the_gui_tests_qtbot_is_the_quick_one(qtbot: QuickQtBot) -> None:
    assert type(qtbot) is QuickQtBot


def test_a_condition_met_already_returns_without_running_the_event_loop(qtbot: QuickQtBot) -> None:
    fired: list[int] = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: True)
    qtbot.waitUntil(lambda: None)
    assert fired == []  # the zero timer was not run: no loop
    qtbot.wait(1)
    assert fired == [1]


def test_timers_and_deferred_deletes_run_while_waiting(qtbot: QuickQtBot) -> None:
    done: list[str] = []
    doomed = QObject()
    doomed.destroyed.connect(lambda: done.append("deleted"))
    doomed.deleteLater()
    QTimer.singleShot(5, lambda: done.append("timer"))
    qtbot.waitUntil(lambda: "timer" in done, timeout=5000)
    assert done == ["deleted", "timer"]


def test_work_handed_back_from_a_thread_is_checked_for_every_millisecond(
    qtbot: QuickQtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pytest-qt's own waitUntil checks, then runs the loop for a 10 ms step; the quick one
    checks on a 1 ms precise timer, so a flag another thread sets is seen ~1 ms after. (The
    interval, not a timing: a timed assertion would measure the machine's load.)"""
    intervals: list[int] = []

    class RecordingTimer(QTimer):
        def setInterval(self, msec: int) -> None:
            intervals.append(msec)
            super().setInterval(msec)

    monkeypatch.setattr(quick_waits, "QTimer", RecordingTimer)
    flag = threading.Event()
    checks: list[bool] = []

    def handed_back() -> bool:
        # never met at the first check (a flag set by then would skip the loop, and its timer)
        checks.append(flag.is_set())
        return len(checks) > 1 and checks[-1]

    threading.Timer(0.002, flag.set).start()
    qtbot.waitUntil(handed_back, timeout=5000)
    assert checks[-1] and intervals == [1]


def test_an_assertion_that_never_passes_times_out_from_the_last_assertion(qtbot: QuickQtBot) -> None:
    def never() -> None:
        assert 1 == 2, "still not"

    with pytest.raises(TimeoutError, match="timed out in 20 milliseconds") as caught:
        qtbot.waitUntil(never, timeout=20)
    assert isinstance(caught.value.__cause__, AssertionError)
    with pytest.raises(TimeoutError) as caught:
        qtbot.wait_until(lambda: False, timeout=20)
    assert caught.value.__cause__ is None


def test_other_exceptions_and_bad_return_values_end_the_wait_and_are_raised(qtbot: QuickQtBot) -> None:
    calls: list[int] = []

    def breaks() -> bool:
        calls.append(1)
        if len(calls) == 3:
            raise KeyError("broken")
        return False

    with pytest.raises(KeyError, match="broken"):
        qtbot.waitUntil(breaks, timeout=5000)
    assert len(calls) == 3
    with pytest.raises(ValueError, match="must return None, True or False"):
        qtbot.waitUntil(lambda: [], timeout=5000)  # type: ignore[arg-type,return-value]


def test_one_loop_turn_runs_what_is_posted_and_due_and_does_not_wait_for_later_timers(qapp: Any) -> None:
    from tests.gui.task_waits import one_loop_turn

    done: list[str] = []
    doomed = QObject()
    doomed.destroyed.connect(lambda: done.append("deleted"))
    doomed.deleteLater()
    QTimer.singleShot(0, lambda: done.append("zero timer"))
    QTimer.singleShot(100, lambda: done.append("later"))
    one_loop_turn()
    assert sorted(done) == ["deleted", "zero timer"]
