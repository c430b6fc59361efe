"""Copying record text: marked for clipboard managers and history, cleared after 30 s and at
lock, and the X11 PRIMARY selection cleared too.

Every copy of record text goes through `ClipboardGuard.copy_sensitive` (the text widgets'
Ctrl+C/Ctrl+X through `ui.copy_router`, other copies through the backstop below). It:
- marks the data so clipboard managers and histories leave it alone: KDE/X11's
  `x-kde-passwordManagerHint: secret`; Windows' `ExcludeClipboardContentFromMonitorProcessing`
  and `CanIncludeInClipboardHistory` / `CanUploadToCloudClipboard` = 0 (as registered clipboard
  formats); macOS' `org.nspasteboard.ConcealedType` (the nspasteboard.org convention);
- empties the clipboard `clear_after_ms` (30 s) later, and at lock (`clear_if_ours`), but
  only if it still holds exactly what we put there, so a later copy of the user's is kept;
- at lock and at that clearing also empties the PRIMARY selection (X11: whatever text was
  last selected, which middle-click pastes) when this app owns it, since selecting record
  text in a field puts it there without any copy.

Backstop (`watch_copies`): a copy that did not come through the guard (a context menu's
Copy) is re-placed through it, when the platform says the clipboard's new content is this
app's (`ownsClipboard`: X11 and Windows; elsewhere only the widget route applies).
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name, not a secret
MACOS_CONCEALED = "org.nspasteboard.ConcealedType"


def windows_format(name: str) -> str:
    """The MIME type under which Qt registers a named Windows clipboard format."""
    return f'application/x-qt-windows-mime;value="{name}"'


DWORD_ZERO = struct.pack("<I", 0)
SENSITIVE_HINTS: dict[str, bytes] = {
    PASSWORD_MANAGER_HINT: b"secret",
    windows_format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01",
    windows_format("CanIncludeInClipboardHistory"): DWORD_ZERO,
    windows_format("CanUploadToCloudClipboard"): DWORD_ZERO,
    MACOS_CONCEALED: b"1",
    "application/x-nspasteboard-concealed-type": b"1",
}
CLEAR_AFTER_MS = 30_000


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
        # The system clipboard is fetched on first use: creating it (the platform's
        # clipboard and its Qt types) cost the unlock screen's first paint a few ms.
        self._given_clipboard = clipboard
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
        self._timer = timer  # tests pass a timer they fire by hand (timeout.emit())
        self._timer.timeout.connect(self.clear_if_ours)
        self._clear_after_ms = clear_after_ms
        self._ours: str | None = None
        self._placing = False
        self._watching = False

    @property
    def _clipboard(self) -> QClipboard:
        if self._given_clipboard is None:
            self._given_clipboard = QGuiApplication.clipboard()
        return self._given_clipboard

    @property
    def clear_after_ms(self) -> int:
        return self._clear_after_ms

    def copy_sensitive(self, text: str) -> None:
        """Put `text` on the clipboard with every sensitive hint, and schedule its clearing."""
        mime = QMimeData()
        mime.setText(text)
        for kind, value in SENSITIVE_HINTS.items():
            mime.setData(kind, value)
        self._placing = True
        try:
            self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        finally:
            self._placing = False
        self._ours = text
        self._timer.start(self._clear_after_ms)

    def holds_our_data(self) -> bool:
        if self._ours is None:
            return False
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        return mime is not None and mime.hasText() and mime.text() == self._ours

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we copied (otherwise leave it alone), and
        the PRIMARY selection if this app owns it."""
        self._timer.stop()
        if self.holds_our_data():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._ours = None
        self.clear_selection()

    def clear_selection(self) -> None:
        """Empty the X11 PRIMARY selection if it is this app's (no-op where there is none)."""
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)

    def watch_copies(self) -> None:
        """Route copies made around the guard (context menus) through it (see module doc)."""
        if not self._watching:
            self._clipboard.dataChanged.connect(self._on_clipboard_changed)
            self._watching = True

    def _on_clipboard_changed(self) -> None:
        if self._placing or not self._clipboard.ownsClipboard():
            return
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or not mime.hasText() or mime.hasFormat(PASSWORD_MANAGER_HINT):
            return
        self.copy_sensitive(mime.text())
