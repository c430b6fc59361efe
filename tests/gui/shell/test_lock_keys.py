"""Panic (Ctrl+Shift+L) and Lock (Ctrl+L) work from every window and dialog the app shows.

Qt's application shortcuts are blocked behind a modal dialog; the app-wide key filter is
not. Each dialog type is opened the way a worker opens it, the key is pressed inside it
(for the blocking file dialogs, from inside their own event loop), and the vault must be
locked with the dialog gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from outreach_app.domain.models import Contact, Person
from outreach_app.ui.main_window import MainWindow

from .conftest import create_via_ui, run_sync, settle, unlock_via_ui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _add_person_with_contact(session: Any) -> None:
    from outreach_app.storage.repos.contacts import add_contact
    from outreach_app.storage.repos.people import add_person

    person = Person(alias="Jo")
    add_person(session.conn, person)
    add_contact(session.conn, Contact(notes="a note", person_id=person.id))


def _contacts_page(qtbot: Any, window: MainWindow) -> Any:
    page = window.main_screen.show_page("contacts")
    page.on_unlocked()
    settle(qtbot, window.ctx.tasks)
    page.table.setFocus()
    page.table.selectRow(0)
    settle(qtbot, window.ctx.tasks)
    assert page.selected_item() is not None
    return page


def _open_contact_editor(qtbot: Any, window: MainWindow) -> None:
    _contacts_page(qtbot, window).edit_selected()


def _open_forget_confirmation(qtbot: Any, window: MainWindow) -> None:
    _contacts_page(qtbot, window).forget_selected()  # counts on the DB thread, then asks


def _open_delete_confirmation(qtbot: Any, window: MainWindow) -> None:
    _contacts_page(qtbot, window).delete_selected()


def _open_change_passphrase(_qtbot: Any, window: MainWindow) -> None:
    window.open_change_passphrase()


def _open_restore_passphrase(_qtbot: Any, window: MainWindow) -> None:
    window.ask_restore_from(Path("backup.obk"))


def _open_backup_file_dialog(_qtbot: Any, window: MainWindow) -> None:
    window.settings_page.backup_button.click()  # a modal file dialog in its own event loop


def _open_statistics_export_dialog(_qtbot: Any, window: MainWindow) -> None:
    page = window.main_screen.show_page("statistics")
    page._ask_path("csv")  # type: ignore[attr-defined]


def _open_handout_save_dialog(_qtbot: Any, window: MainWindow) -> None:
    page = window.main_screen.show_page("alerts")
    page._ask_save()  # type: ignore[attr-defined]


def _open_progress_dialog(_qtbot: Any, window: MainWindow) -> None:
    from outreach_app.ui.progress import start_progress

    progress = start_progress(window, "Working…")
    progress.dialog.show()


OPENERS: dict[str, Callable[[Any, MainWindow], None]] = {
    "contact editor": _open_contact_editor,
    "forget confirmation": _open_forget_confirmation,
    "delete confirmation": _open_delete_confirmation,
    "change passphrase": _open_change_passphrase,
    "restore passphrase": _open_restore_passphrase,
    "backup file dialog": _open_backup_file_dialog,
    "statistics export file dialog": _open_statistics_export_dialog,
    "handout save dialog": _open_handout_save_dialog,
    "progress dialog": _open_progress_dialog,
}


def _open_dialog() -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            return widget
    return None


def _press_in_dialog_when_shown(key_modifiers: Qt.KeyboardModifier, seen: list[QDialog]) -> QTimer:
    """Poll until a dialog shows, then press L with the modifiers on its focused field.

    A timer, not code after the opener: some dialogs run their own event loop and return
    only once closed."""
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        dialog = _open_dialog()
        if dialog is None:
            return
        timer.stop()
        seen.append(dialog)
        target: QWidget = dialog.focusWidget() or dialog
        QTest.keyClick(target, Qt.Key.Key_L, key_modifiers)

    timer.timeout.connect(poll)
    timer.start()
    return timer


# The offscreen platform cannot raise or activate windows; dialogs still open and close.
@pytest.mark.qt_log_ignore("^This plugin does not support")
@pytest.mark.parametrize(
    ("key_modifiers", "minimised"),
    [(CTRL, False), (CTRL | SHIFT, True)],
    ids=["lock Ctrl+L", "panic Ctrl+Shift+L"],
)
def test_lock_keys_work_inside_every_dialog_and_close_it(
    qtbot, desktop, passphrase, key_modifiers, minimised
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    run_sync(qtbot, window.ctx.tasks, _add_person_with_contact)
    for name, opener in OPENERS.items():
        assert window.is_unlocked, name
        seen: list[QDialog] = []
        timer = _press_in_dialog_when_shown(key_modifiers, seen)
        opener(qtbot, window)
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=5000)
        timer.stop()
        qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)
        assert window.current_screen == "unlock", name
        assert not (shiboken6.isValid(seen[0]) and seen[0].isVisible()), name
        assert _open_dialog() is None, name
        assert bool(window.windowState() & Qt.WindowState.WindowMinimized) is minimised, name
        window.showNormal()
        unlock_via_ui(qtbot, window, passphrase)


def test_lock_keys_typed_in_a_field_do_not_reach_it(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    dialog = window.open_change_passphrase()
    dialog.current.setFocus()
    qtbot.keyClicks(dialog.current, "ab")
    qtbot.keyClick(dialog.current, Qt.Key.Key_L, CTRL)
    assert not window.is_unlocked
    assert dialog.current.text() == ""  # cleared by the lock, and no "l" was typed first
