"""The unlock screen: one passphrase field, and a countdown after repeated wrong guesses.

The KDF runs off the GUI thread (the main window hands the attempt to the task manager);
this screen only collects the passphrase and shows the outcome. The countdown is computed
from a deadline on the injected wall clock, so it is right even if ticks are late.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from outreach_app.domain.clock import utcnow
from outreach_app.ops import vault_ops
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.quick_delete_panel import QuickDeletePanel
from outreach_app.ui.widgets import button, centred, forget_text, heading, note, passphrase_field, set_role


class UnlockScreen(QWidget):
    """Signals:
    unlock_requested(str): the user submitted a passphrase (not while a countdown runs).
    quick_delete_requested(): quick delete was confirmed here, without a passphrase
        (ui/quick_delete_panel.py says how it is guarded against accidents).
    """

    unlock_requested = Signal(str)
    quick_delete_requested = Signal()

    def __init__(self, *, clock: Callable[[], datetime] = utcnow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self._clock = clock
        self._deadline: datetime | None = None
        self._busy = False

        self.title = heading(self.tr("Outreach is locked"), self)
        self.prompt = note(self.tr("Enter your passphrase to open the records."), self, role="muted")
        self.passphrase = passphrase_field(self.tr("Passphrase"), self)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock = button(self.tr("&Unlock"), self.tr("Unlock"), self, role="primary")
        self.message = note("", self, role="error")
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.countdown = note("", self, role="warning")
        self.countdown.setAccessibleName(self.tr("Time until the next attempt"))
        self.quick_delete = QuickDeletePanel(self)
        self.quick_delete.confirmed.connect(self.quick_delete_requested)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.prompt)
        column.addSpacing(10)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.countdown)
        column.addSpacing(24)
        column.addWidget(self.quick_delete)
        box = QWidget(self)
        box.setLayout(column)
        box.setFixedWidth(480)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(box))
        outer.addStretch(2)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.tick)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock.clicked.connect(self._submit)

    @property
    def waiting(self) -> bool:
        """True while a countdown forbids the next attempt."""
        return self._deadline is not None

    def _submit(self) -> None:
        if self._busy or self.waiting:
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(text)  # the slot receives its own copy (PySide converts)
        vault_ops.forget_secret(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()
        if busy:
            self.message.setText(self.tr("Unlocking…"))
            set_role(self.message, "muted")

    def _update_controls(self) -> None:
        allowed = not self._busy and not self.waiting
        self.passphrase.setEnabled(not self._busy)
        self.unlock.setEnabled(allowed)
        self.quick_delete.setEnabled(not self._busy)

    def show_failure(self, message: str, retry_after_s: float = 0.0) -> None:
        """A failed attempt: say why and, if needed, count down to the next one."""
        self.set_busy(False)
        forget_text(self.passphrase)
        self.message.setText(message)
        set_role(self.message, "error")
        self.start_countdown(retry_after_s)
        self.passphrase.setFocus()  # Qt.FocusReason.OtherFocusReason; no Qt.*: widgets.py

    def start_countdown(self, seconds: float) -> None:
        if seconds <= 0:
            self._deadline = None
            self._ticker.stop()
            self.countdown.setText("")
            self._update_controls()
            return
        self._deadline = self._clock() + timedelta(seconds=seconds)
        self._ticker.start()
        self.tick()

    def tick(self) -> None:
        """Refresh the countdown from the wall clock (runs on a timer; tests call it)."""
        if self._deadline is None:
            return
        remaining = (self._deadline - self._clock()).total_seconds()
        if remaining <= 0:
            self._deadline = None
            self._ticker.stop()
            self.countdown.setText("")
            self.message.setText("")
        else:
            seconds = math.ceil(remaining)
            self.countdown.setText(
                english_plural(self.tr("You can try again in %n second(s).", "", seconds), seconds)
            )
        self._update_controls()

    def reset(self) -> None:
        """Shown again after a lock: nothing typed, no old message."""
        forget_text(self.passphrase)
        self.message.setText("")
        self.quick_delete.close_panel()
        self.set_busy(False)

    def focus_first(self) -> None:
        self.passphrase.setFocus()  # Qt.FocusReason.OtherFocusReason; no Qt.*: widgets.py
