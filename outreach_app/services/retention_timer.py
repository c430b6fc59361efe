"""Daily retention while the app stays unlocked.

Retention runs at every unlock, but a laptop left unlocked for a week-long outreach run
would otherwise keep records past their time. Every hour (on the wall clock, through the
injected clock) the timer asks the DB thread to apply retention if a day has passed since
the last run; `reports.retention.is_due` keeps it to once a day. Nothing runs while locked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from outreach_app.services.tasks import TaskManager

CHECK_INTERVAL_MS = 60 * 60 * 1000


class RetentionTimer(QObject):
    """Signals:
    applied(object): retention ran (carries the RetentionReport); pages may reload.
    """

    applied = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        clock: Callable[[], datetime],
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Check every hour from now (on unlock; unlock itself already ran retention)."""
        self._timer.start()

    def stop(self) -> None:
        """On lock."""
        self._timer.stop()

    def check(self) -> None:
        """Queue a retention run if due (tests call this directly with an injected clock)."""
        if not self._timer.isActive() or self._tasks.session is None:
            return
        from outreach_app.ops import coordinator

        now = self._clock()
        self._tasks.run_db(
            lambda session: coordinator.run_retention_if_due(session, now=now),
            self._done,
            lambda _exc: None,  # tried again within the hour; a failure must not alarm anyone
        )

    def _done(self, report: object) -> None:
        if report is not None:
            self.applied.emit(report)
