"""A progress dialog for one long background operation (backup, restore, passphrase, export).

Busy (no count) because these operations report no steps. Cancel is offered only where
stopping is safe: before anything is written (an export checks `cancelled` right before it
writes). Backup, restore and a passphrase change run to the end once started: stopping them
halfway could leave a half-written backup or a key file out of step with the database.

The operation runs on a worker thread, so it reads `cancelled` (a threading.Event), never
the dialog. The dialog appears only if the work takes longer than SHOW_AFTER_MS.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300


T = TypeVar("T")


class TaskProgress(QObject):
    """Attributes:
    dialog: the QProgressDialog (busy: range 0..0).
    cancelled: set when the person pressed Cancel (only offered when `cancellable`).
    closed: True once `finish` ran (the dialog is then deleted).
    """

    def __init__(self, parent: QWidget, text: str, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.closed = False
        self.dialog = QProgressDialog(text, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setObjectName("task_progress")
        self.dialog.setWindowTitle(self.tr("Outreach"))
        self.dialog.setAccessibleName(text)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._on_cancel)
        self.cancellable = cancellable
        self.dialog.setValue(0)  # starts the show-after timer

    def _on_cancel(self) -> None:
        if self.cancellable:
            self.cancelled.set()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def finish(self) -> None:
        """Close and delete the dialog (safe when a lock already closed it)."""
        self.closed = True
        with contextlib.suppress(RuntimeError):  # already deleted with its parent
            self.dialog.canceled.disconnect(self._on_cancel)
            self.dialog.close()
            self.dialog.deleteLater()

    def then(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """`callback`, closing the dialog first (for on_success / on_failure)."""

        def run(value: T) -> None:
            self.finish()
            callback(value)

        return run


def start_progress(parent: QWidget, text: str, *, cancellable: bool = False) -> TaskProgress:
    return TaskProgress(parent, text, cancellable=cancellable)
