"""Keyboard-only use and accessible names on the shell's screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QWidget

from .conftest import create_via_ui

INTERACTIVE = (QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QListWidget)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in {"QSpinBox", "QComboBox"}:
            continue  # the inner line edit of a spin or combo box
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_shell_widgets_have_accessible_names(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    assert _unnamed(window.first_run) == []
    assert _unnamed(window.unlock_screen) == []
    create_via_ui(qtbot, window, passphrase)
    assert _unnamed(window.main_screen.pages["settings"]) == []
    assert _unnamed(window.status) == []
    assert window.main_screen.navigation.accessibleName()


def test_pages_are_reachable_by_keyboard(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    screen = window.main_screen
    keys = list(screen.pages)
    qtbot.keyClick(screen.navigation, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_page() is screen.pages[keys[6]]
    qtbot.keyClick(screen.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_page() is screen.pages[keys[1]]
    screen.navigation.setFocus()
    qtbot.keyClick(screen.navigation, Qt.Key.Key_Down)
    assert screen.current_page() is screen.pages[keys[2]]


def test_ctrl_l_locks(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    qtbot.keyClick(window.main_screen.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked and window.current_screen == "unlock"
    assert not (window.windowState() & Qt.WindowState.WindowMinimized)  # only panic hides
