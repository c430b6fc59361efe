"""Ctrl+C / Ctrl+X in any text widget of the app go through the clipboard guard.

Qt's text widgets copy straight to the clipboard: no hint to clipboard managers, no
clearing. This application-wide event filter (installed by the main window) takes the
standard Copy and Cut key presses aimed at a line edit, a text or plain-text edit (and
text browser) or a selectable label, and copies the selection with
`ClipboardGuard.copy_sensitive` instead (Cut then removes the selection as Qt would).
Password fields are left to Qt, which never copies them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from outreach_app.services.clipboard import ClipboardGuard


class CopyRouter(QObject):
    """Args:
    guard: the app's clipboard guard.
    """

    # The only events it acts on (ui/app_events.py calls it for these alone).
    EVENT_TYPES = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})

    def __init__(self, guard: ClipboardGuard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() not in self.EVENT_TYPES:
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        cut = event.matches(QKeySequence.StandardKey.Cut)
        if not (cut or event.matches(QKeySequence.StandardKey.Copy)):
            return False
        text = selected_text(watched)
        if text is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no application shortcut may take it
            return True
        if text:
            self._guard.copy_sensitive(text)
            if cut:
                remove_selection(watched)
        return True


def selected_text(widget: QWidget) -> str | None:
    """The widget's selected text ("" when nothing is selected); None for widgets left to Qt."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return None
        return widget.selectedText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.textCursor().selection().toPlainText()
    if isinstance(widget, QLabel) and widget.hasSelectedText():
        return widget.selectedText()
    return None


def remove_selection(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        widget.del_()
    elif isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
        widget.textCursor().removeSelectedText()
