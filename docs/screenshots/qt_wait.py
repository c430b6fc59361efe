"""Waiting on the Qt event loop, for the screenshot scripts (they run real windows under Xvfb)."""

from __future__ import annotations

import time
from collections.abc import Callable


def spin(until: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process events until `until()` is true; exit the script if `timeout` passes first."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def settle(seconds: float = 0.3) -> None:
    """Process events for `seconds`, so animations and late repaints land before a grab."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
