"""Waiting on the TaskManager's DB thread from a GUI test (shared by the page, shell and
statistics tests).

- `settle(qtbot, tasks)`: process events until every queued operation has been handed back
  (three rounds: callbacks may queue more; after each, one turn of the event loop).
- `one_loop_turn()`: run what is posted and due now in an event loop, without sleeping.
- `run_sync(qtbot, tasks, fn)`: run `fn(session)` on the DB thread and return its result.
- `hold_db_thread(tasks)`: keep the DB thread busy until the returned event is set (an
  operation in flight).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from outreach_app.services.tasks import TaskManager


def settle(qtbot: Any, tasks: TaskManager, timeout: int = 10_000) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=timeout)
        one_loop_turn()


def one_loop_turn() -> None:
    """An event loop that runs the events posted and the zero timers started so far (and
    deferred deletes), then quits: what `qtbot.wait(1)` did here, without its 1 ms asleep
    (~4,000 settle rounds a run: ~3 s of the workers' idle time, issue 19). The app starts no
    timer shorter than 100 ms but zero ones, and a zero timer started during the turn runs
    in the next of settle's rounds."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def run_sync(qtbot: Any, tasks: TaskManager, fn: Any) -> Any:
    box: list[Any] = []
    errors: list[BaseException] = []
    tasks.run_db(fn, box.append, errors.append)
    settle(qtbot, tasks)
    if errors:
        raise errors[0]
    return box[0] if box else None


def hold_db_thread(tasks: TaskManager) -> threading.Event:
    started, release = threading.Event(), threading.Event()

    def hold(_session: object) -> None:
        started.set()
        release.wait(60)

    tasks.run_db(hold)
    assert started.wait(10), "the DB thread did not start the held operation"
    return release
