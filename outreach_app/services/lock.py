"""Locking: after idle time, on the panic shortcut, or on request — always in the same order.

Idle is measured on the wall clock (not a monotonic timer that stops while the laptop
sleeps): a laptop closed on shift and opened an hour later is locked at once. Any key,
mouse or touch input anywhere in the application counts as activity (an app-wide event
filter), so typing a long note never locks under the worker's fingers.

The lock order (KeePassXC's, plus drafts). Nothing here waits for the DB thread: record
text must leave the screen at once, even while a long write or query is still running.
    1. stop handing back results of earlier operations (a late result must not refill a view),
       and stop background work that would queue more (the sync scheduler)
    2. read half-filled forms and queue their encrypted draft saves on the DB thread (behind
       a write in flight; they run on the still-open session)
    3. close dialogs
    4. clear the clipboard if it holds our data
    5. clear every page and model that held record data
    6. show the unlock screen
    7. queue the session's close on the DB thread: it runs after the write in flight and the
       drafts, then the key is dropped; the GUI treats the vault as locked from here on
    8. paint the lock screen now (no user input is handled meanwhile)
Steps 2, 3, 5 and 6 are UI work, passed in as callables by the main window (services may
not import the UI).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from outreach_app.domain.clock import utcnow
from outreach_app.ops.app_settings import DEFAULT_IDLE_MINUTES
from outreach_app.services.clipboard import ClipboardGuard
from outreach_app.services.tasks import TaskManager

# The panic shortcut: one chord that no common app binds, reachable with one hand.
PANIC_SHORTCUT = "Ctrl+Shift+L"
# Lock without hiding the window.
LOCK_SHORTCUT = "Ctrl+L"
# How often the idle watcher looks at the clock; the lock happens at most this late.
CHECK_INTERVAL_MS = 5_000

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleWatcher(QObject):
    """Emits `idle_reached` once the wall clock shows `timeout` without user input.

    Install on the QApplication (`app.installEventFilter(watcher)`). `check()` runs every
    CHECK_INTERVAL_MS while `active`; tests call it directly with an injected clock.

    Signals:
        idle_reached(): no input for the timeout; emitted once per idle period.
    """

    idle_reached = Signal()

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] = utcnow,
        timeout: timedelta = timedelta(minutes=DEFAULT_IDLE_MINUTES),
        check_interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = timeout
        self._last_activity = clock()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def timeout(self) -> timedelta:
        return self._timeout

    def set_timeout(self, timeout: timedelta) -> None:
        self._timeout = timeout

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        """Watch from now (called on unlock)."""
        self._last_activity = self._clock()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (called on lock)."""
        self._active = False
        self._timer.stop()

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def check(self) -> None:
        if not self._active:
            return
        if self._clock() - self._last_activity >= self._timeout:
            self.stop()
            self.idle_reached.emit()

    # The only events it acts on (ui/app_events.py calls it for these alone).
    EVENT_TYPES = _ACTIVITY_EVENTS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if self._active and event.type() in _ACTIVITY_EVENTS:
            self._last_activity = self._clock()
        return False


class LockKeys(QObject):
    """The panic and lock chords, seen before any widget or dialog gets them.

    Qt's application shortcuts are blocked while a modal dialog is open (the Forget
    confirmation, Edit contact, a file dialog…), which is exactly when a worker may need to
    hide the screen. Installed on the QApplication, this filter sees every key press first,
    wherever the focus is, and swallows the chord so no field receives it.

    Signals:
        panic_pressed(): Ctrl+Shift+L anywhere in the application.
        lock_pressed(): Ctrl+L anywhere in the application.
    """

    panic_pressed = Signal()
    lock_pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panic = QKeySequence(PANIC_SHORTCUT)
        self._lock = QKeySequence(LOCK_SHORTCUT)

    # The only events it acts on (ui/app_events.py calls it for these alone).
    EVENT_TYPES = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind not in self.EVENT_TYPES:
            return False
        assert isinstance(event, QKeyEvent)
        pressed = QKeySequence(event.keyCombination())
        if pressed not in (self._panic, self._lock):
            return False
        # A ShortcutOverride comes first: claiming it keeps a widget's own binding of the same
        # keys from winning; the action runs once, on the key press that follows.
        event.accept()
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            (self.panic_pressed if pressed == self._panic else self.lock_pressed).emit()
        return True


@dataclass
class LockSteps:
    """The UI's part of locking (see the module docstring for the order).

    Attributes:
        save_drafts: read half-filled forms and queue their encrypted save (run_db); must
            not wait for it.
        close_dialogs: close every open dialog and message box.
        clear_views: clear every page and model that held record data.
        show_locked: show the unlock screen (or first-run after a wipe).
        stop_background: stop work that would start new operations (the sync scheduler);
            called first.
    """

    save_drafts: Callable[[], None]
    close_dialogs: Callable[[], None]
    clear_views: Callable[[], None]
    show_locked: Callable[[], None]
    stop_background: Callable[[], None] = lambda: None


class LockService(QObject):
    """Runs the lock sequence.

    Signals:
        locked(str): the vault was locked; carries the reason ("idle", "panic", "user",
            "wipe", "restore").
    """

    locked = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        clipboard: ClipboardGuard,
        steps: LockSteps,
        *,
        idle: IdleWatcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._clipboard = clipboard
        self._steps = steps
        self.idle = idle if idle is not None else IdleWatcher(parent=self)
        self.idle.idle_reached.connect(lambda: self.lock("idle"))
        self._locking = False

    def lock(self, reason: str = "user", *, save_drafts: bool = True) -> None:
        """Lock now. Safe to call when already locked (it then only re-clears the views)."""
        if self._locking:
            return
        self._locking = True
        try:
            self.idle.stop()
            was_unlocked = self._tasks.session is not None
            self._tasks.begin_lock()
            self._steps.stop_background()
            if was_unlocked and save_drafts:
                self._steps.save_drafts()
            self._steps.close_dialogs()
            self._clipboard.clear_if_ours()
            self._steps.clear_views()
            self._steps.show_locked()
            self._tasks.close_session_later()
            # Paint the lock screen now, before anything else runs; typing is not handled.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self._locking = False
        self.locked.emit(reason)
