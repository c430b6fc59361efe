"""One clipboard guard for every copy of record text (issue 16): hints for clipboard managers
and histories on every platform, cleared after 30 s and at lock, PRIMARY cleared too, and
the text widgets' Ctrl+C / Ctrl+X routed through it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from outreach_app.services.clipboard import CLEAR_AFTER_MS, SENSITIVE_HINTS, ClipboardGuard

from .conftest import create_via_ui


def _hints(mime: QMimeData) -> dict[str, bytes]:
    return {kind: bytes(mime.data(kind).data()) for kind in SENSITIVE_HINTS if mime.hasFormat(kind)}


def test_every_platforms_hint_is_set_and_the_copy_is_cleared_after_30_seconds(
    qtbot: Any, canary: str
) -> None:
    clipboard = QGuiApplication.clipboard()
    timer = QTimer()
    guard = ClipboardGuard(clipboard, timer=timer)
    guard.copy_sensitive(canary)
    assert _hints(clipboard.mimeData()) == {
        "x-kde-passwordManagerHint": b"secret",
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01",
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
        "org.nspasteboard.ConcealedType": b"1",
        "application/x-nspasteboard-concealed-type": b"1",
    }
    assert CLEAR_AFTER_MS == 30_000 and timer.interval() == 30_000
    with qtbot.waitSignal(guard.cleared):
        timer.timeout.emit()
    assert clipboard.text() == ""


class FakeX11Clipboard(QObject):
    """The parts of QClipboard the guard uses, with a PRIMARY selection this app owns."""

    dataChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[QClipboard.Mode, QMimeData | None] = {}
        self.cleared: list[QClipboard.Mode] = []

    def setMimeData(self, mime: QMimeData, mode: QClipboard.Mode) -> None:
        self.data[mode] = mime

    def mimeData(self, mode: QClipboard.Mode) -> QMimeData | None:
        return self.data.get(mode)

    def clear(self, mode: QClipboard.Mode) -> None:
        self.cleared.append(mode)
        self.data[mode] = None

    def supportsSelection(self) -> bool:
        return True

    def ownsSelection(self) -> bool:
        return True

    def ownsClipboard(self) -> bool:
        return True


def test_the_primary_selection_is_cleared_with_the_clipboard(canary: str) -> None:
    fake = FakeX11Clipboard()
    timer = QTimer()
    guard = ClipboardGuard(fake, timer=timer)  # type: ignore[arg-type]
    guard.copy_sensitive(canary)
    timer.timeout.emit()
    assert fake.cleared == [QClipboard.Mode.Clipboard, QClipboard.Mode.Selection]
    guard.clear_if_ours()  # at lock, with nothing of ours on the clipboard: PRIMARY still goes
    assert fake.cleared[-1] == QClipboard.Mode.Selection


def test_a_copy_made_around_the_guard_is_routed_through_it(canary: str) -> None:
    fake = FakeX11Clipboard()
    guard = ClipboardGuard(fake, timer=QTimer())  # type: ignore[arg-type]
    guard.watch_copies()
    plain = QMimeData()
    plain.setText(canary)  # what a context menu's Copy puts there
    fake.setMimeData(plain, QClipboard.Mode.Clipboard)
    fake.dataChanged.emit()
    mime = fake.mimeData(QClipboard.Mode.Clipboard)
    assert (
        mime is not None and mime.text() == canary and _hints(mime)["x-kde-passwordManagerHint"] == b"secret"
    )
    assert guard.holds_our_data()


def test_ctrl_c_and_ctrl_x_in_the_apps_text_fields_go_through_the_guard(
    qtbot: Any, desktop: Any, passphrase: str, canary: str
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    field = QLineEdit(window.main_screen)
    notes = QPlainTextEdit(window.main_screen)
    field.setText(f"alias {canary}")
    field.selectAll()
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == f"alias {canary}" and _hints(mime)["x-kde-passwordManagerHint"] == b"secret"

    notes.setPlainText(f"note {canary}")
    notes.selectAll()
    notes.show()
    qtbot.keyClick(notes, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == f"note {canary}" and "x-kde-passwordManagerHint" in mime.formats()
    assert notes.toPlainText() == ""  # cut, as Qt would

    window.lock("user")
    assert QGuiApplication.clipboard().text() == ""  # cleared at lock
