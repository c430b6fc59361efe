"""Copying sensitive text: marked for clipboard managers, cleared after a while if still ours.

A copied phone number or alias must not linger: clipboard managers are told not to keep it
(KDE's `x-kde-passwordManagerHint: secret`), and after `clear_after_ms` (10 s) the clipboard
is emptied — but only if it still holds exactly what we put there, so we never erase
something the user copied since. Lock calls `clear_if_ours()` straight away.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name, not a secret
CLEAR_AFTER_MS = 10_000


class ClipboardGuard(QObject):
    """Copies sensitive text and clears it later.

    Signals:
        cleared(): the clipboard was cleared because it still held our text.
    """

    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        *,
        timer: QTimer | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
        self._timer = timer  # tests pass a timer they fire by hand (timeout.emit())
        self._timer.timeout.connect(self.clear_if_ours)
        self._clear_after_ms = clear_after_ms
        self._ours: str | None = None

    def copy_sensitive(self, text: str) -> None:
        """Put `text` on the clipboard with the secret hint, and schedule its clearing."""
        mime = QMimeData()
        mime.setText(text)
        mime.setData(PASSWORD_MANAGER_HINT, b"secret")
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start(self._clear_after_ms)

    def holds_our_data(self) -> bool:
        if self._ours is None:
            return False
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        return mime is not None and mime.hasText() and mime.text() == self._ours

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we copied; otherwise leave it alone."""
        self._timer.stop()
        if self.holds_our_data():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._ours = None
