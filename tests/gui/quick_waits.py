"""A qtbot whose `waitUntil` notices a met condition within ~1 ms instead of up to 10 (issue 19).

pytest-qt's `waitUntil` checks the condition, then runs an event loop for 10 ms, and checks
again: a condition met 1 ms into those 10 (a DB operation handed back, an unlock done) was
noticed up to 9 ms late, the worker idle meanwhile. The GUI tests wait ~4,000 times a run
(`settle` alone three times per call), and the main threads of the two workers slept ~25 s
in `waitUntil` in one run.

Here one event loop runs for the whole wait and a 1 ms timer checks the condition. The loop is
the kind `qtbot.wait` runs (`QEventLoop.exec`: timers, posted and deferred-delete events are
handled as before); only the checks come more often, each a Python call of a few µs. The
contract is pytest-qt's: the callback returns True, False or None (met) or raises
AssertionError while not met; TimeoutError once `timeout` ms have passed, from the last
AssertionError if there was one; any other exception, or another return value (ValueError),
ends the wait and is raised.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from pytestqt.qtbot import QtBot


class _Poll:
    """One wait: the condition, its deadline and how the wait ended."""

    def __init__(self, callback: Callable[[], bool | None], timeout_ms: int) -> None:
        self.callback = callback
        self.timeout_ms = timeout_ms
        self.deadline = time.monotonic() + timeout_ms / 1000
        self.done = False
        self.timed_out = False
        self.error: BaseException | None = None  # raised by the callback, or a bad return value
        self.not_yet: AssertionError | None = None  # the last check's AssertionError

    def check(self) -> bool:
        """Check once; True when the wait is over (met, failed or timed out)."""
        if self.done:  # a timer tick queued before the loop quit
            return True
        self.not_yet = None
        try:
            result = self.callback()
        except AssertionError as exc:
            self.not_yet = exc
            result = False
        except BaseException as exc:
            self.error = exc
            result = True
        else:
            if result not in (None, True, False):
                self.error = ValueError(
                    f"waitUntil() callback must return None, True or False, returned {result!r}"
                )
        if result is None or result or self.error is not None:
            self.done = True
        elif time.monotonic() > self.deadline:
            self.done = self.timed_out = True
        return self.done

    def run(self) -> None:
        """Run the event loop, checking every millisecond, until the wait is over."""
        loop = QEventLoop()
        ticks = QTimer()
        ticks.setTimerType(Qt.TimerType.PreciseTimer)
        ticks.setInterval(1)
        ticks.timeout.connect(lambda: self.check() and loop.quit())
        ticks.start()
        loop.exec()
        ticks.stop()

    def outcome(self) -> None:
        __tracebackhide__ = True
        if self.error is not None:
            raise self.error
        if self.timed_out:
            message = f"waitUntil timed out in {self.timeout_ms} milliseconds"
            raise TimeoutError(message) from self.not_yet


class QuickQtBot(QtBot):
    """pytest-qt's QtBot, its `waitUntil` checking every millisecond (module docstring)."""

    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
        __tracebackhide__ = True
        poll = _Poll(callback, timeout)
        if not poll.check():  # met already: no event loop, as pytest-qt
            poll.run()
        poll.outcome()

    wait_until = waitUntil
