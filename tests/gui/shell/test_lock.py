"""Locking: idle on the wall clock, panic shortcut, drafts kept, nothing left on screen, clipboard."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from outreach_app.domain.models import Contact
from outreach_app.ops.drafts import load_draft
from outreach_app.services.clipboard import PASSWORD_MANAGER_HINT, ClipboardGuard
from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.base import Page

from .conftest import create_via_ui, hold_db_thread, run_sync, settle, unlock_via_ui

DRAFT_ID = "probe-form"


class DraftProbePage(Page):
    """A page with one half-filled form, built the way record pages use the draft hooks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = "Probe"
        self.note = QLineEdit(self)
        self.note.setAccessibleName("Probe note")
        self.restored: dict[str, Any] | None = None

    def on_unlocked(self) -> None:
        self.load_draft(DRAFT_ID, self._restore)

    def _restore(self, payload: dict[str, Any] | None) -> None:
        self.restored = payload
        if payload is not None:
            self.note.setText(str(payload["note"]))

    def has_unsaved_draft(self) -> bool:
        return bool(self.note.text())

    def save_draft(self) -> None:
        self.queue_draft_save(DRAFT_ID, "probe", {"note": self.note.text()})

    def clear_sensitive(self) -> None:
        self.note.clear()


def _add_probe(window: Any, *, show: bool = False) -> DraftProbePage:
    """A DraftProbePage added to the window's main screen (and shown)."""
    probe = DraftProbePage(window.ctx)
    window.main_screen.add_page("probe", probe)
    if show:
        window.main_screen.show_page("probe")
    return probe


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent if parent is not None else QModelIndex()
    texts: list[str] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)
    # Flat models (list and table) make columnCount/hasChildren private: no children there.
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if isinstance(model, QAbstractListModel) else max(1, model.columnCount(parent))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in roles:
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
            if not flat and model.hasChildren(index):
                texts.extend(_model_texts(model, index))
    return texts


def visible_texts() -> list[str]:
    """Every text any widget or item model of the application holds right now."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and mime.hasText():
        texts.append(mime.text())
    return texts


def test_idle_lock_follows_the_wall_clock_and_input_resets_it(qtbot, desktop, passphrase, clock) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    idle = window.lock_service.idle
    assert idle.timeout == timedelta(minutes=5)
    clock.advance(4 * 60)
    idle.check()
    assert window.is_unlocked
    qtbot.keyClick(window.main_screen.navigation, Qt.Key.Key_Down)  # any input is activity
    clock.advance(4 * 60)
    idle.check()
    assert window.is_unlocked
    clock.advance(61)  # e.g. the laptop slept: the wall clock moved on
    with qtbot.waitSignal(window.lock_service.locked) as blocker:
        idle.check()
    assert blocker.args == ["idle"]
    assert not window.is_unlocked and window.current_screen == "unlock"
    assert not idle.active


def test_idle_minutes_from_settings_are_used_after_unlock(qtbot, desktop, passphrase, clock) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    settings = window.main_screen.show_page("settings")
    settings.idle_minutes.setValue(2)
    settle(qtbot, window.ctx.tasks)
    assert window.lock_service.idle.timeout == timedelta(minutes=2)
    window.lock("user")
    unlock_via_ui(qtbot, window, passphrase)
    assert settings.idle_minutes.value() == 2  # read back from the encrypted DB
    assert window.lock_service.idle.timeout == timedelta(minutes=2)
    clock.advance(121)
    window.lock_service.idle.check()
    assert not window.is_unlocked


def test_panic_shortcut_locks_and_hides_at_once(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    window.activateWindow()
    page = window.main_screen.current_page()
    qtbot.keyClick(
        page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not window.is_unlocked
    assert window.current_screen == "unlock"
    assert window.windowState() & Qt.WindowState.WindowMinimized


def test_lock_saves_a_half_filled_form_as_a_draft_and_unlock_restores_it(
    qtbot, desktop, passphrase, canary, layout
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    probe = _add_probe(window, show=True)
    qtbot.keyClicks(probe.note, f"half typed {canary}")
    window.lock("idle")
    assert probe.note.text() == ""
    # The draft is in the encrypted DB, not in any plain file of the data dir.
    for path in layout.data_dir.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path.name
    unlock_via_ui(qtbot, window, passphrase)
    probe.on_unlocked()
    settle(qtbot, window.ctx.tasks)
    assert probe.note.text() == f"half typed {canary}"
    draft = run_sync(qtbot, window.ctx.tasks, lambda s: load_draft(s, DRAFT_ID))
    assert draft == {"note": f"half typed {canary}"}


def test_after_lock_no_widget_model_or_clipboard_holds_record_text(
    qtbot, desktop, passphrase, canary
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    ctx = window.ctx
    ctx.tasks.run_db(lambda s: _add_contact(s, canary))
    settle(qtbot, ctx.tasks)
    from outreach_app.services.changes import CONTACTS, INCIDENTS, PEOPLE, Changes

    ctx.changes.publish(Changes.of(CONTACTS, PEOPLE, INCIDENTS))  # pages that list them refresh now
    for key in window.main_screen.pages:
        window.main_screen.show_page(key)
        settle(qtbot, ctx.tasks)
    # The record pages really show the records (otherwise this test would prove nothing).
    shown_by_pages = [text for text in visible_texts() if canary in text]
    assert len(shown_by_pages) >= 2, shown_by_pages
    probe = DraftProbePage(ctx)
    window.main_screen.add_page("probe", probe)
    probe.note.setText(canary)
    ctx.clipboard.copy_sensitive(canary)
    dialog = window.open_change_passphrase()
    dialog.current.setText(canary)
    assert any(canary in text for text in visible_texts())

    window.lock("user")
    assert not dialog.isVisible()
    leftovers = [text for text in visible_texts() if canary in text]
    assert leftovers == []


def _add_contact(session: Any, canary: str) -> None:
    """A contact, a person and an incident that carry the canary in their text fields."""
    from datetime import UTC, datetime

    from outreach_app.domain.enums import IncidentType
    from outreach_app.domain.models import Incident, Perpetrator, Person
    from outreach_app.storage.repos.contacts import add_contact
    from outreach_app.storage.repos.incidents import add_incident
    from outreach_app.storage.repos.people import add_person

    person = Person(alias=f"alias {canary}", notes=canary)
    add_person(session.conn, person)
    add_contact(session.conn, Contact(notes=f"note {canary}", person_id=person.id))
    add_incident(
        session.conn,
        Incident(
            person_id=person.id,
            worker_initials="AB",
            occurred_at=datetime(2026, 2, 27, 23, 0, tzinfo=UTC),
            types=[IncidentType.ROBBERY_THEFT],
            location_note=canary,
            narrative=f"narrative {canary}",
            perpetrators=[Perpetrator(name_used=canary, clothing=canary)],
        ),
    )


def test_late_results_of_operations_from_before_the_lock_are_dropped(
    qtbot, desktop, passphrase, canary
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    probe = _add_probe(window)
    window.ctx.tasks.run_db(lambda _s: canary, probe.note.setText)
    window.lock("user")  # the result is computed, but must not land in the cleared page
    settle(qtbot, window.ctx.tasks)
    assert probe.note.text() == ""


def test_clipboard_guard_marks_secret_and_clears_only_its_own_text(qtbot, canary) -> None:
    clipboard = QGuiApplication.clipboard()
    timer = QTimer()
    guard = ClipboardGuard(clipboard, timer=timer)
    guard.copy_sensitive(canary)
    mime = clipboard.mimeData()
    assert mime.text() == canary
    assert bytes(mime.data(PASSWORD_MANAGER_HINT).data()) == b"secret"
    assert timer.isActive() and timer.interval() == 30_000
    with qtbot.waitSignal(guard.cleared):
        timer.timeout.emit()  # the 30 s are up
    assert clipboard.text() == ""

    guard.copy_sensitive(canary)
    clipboard.setText("something the user copied since")
    with qtbot.assertNotEmitted(guard.cleared):
        timer.timeout.emit()
    assert clipboard.text() == "something the user copied since"
    clipboard.clear()


def test_lock_clears_the_clipboard_when_it_holds_our_copy(qtbot, desktop, passphrase, canary) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    window.ctx.clipboard.copy_sensitive(canary)
    window.lock("user")
    assert QGuiApplication.clipboard().text() == ""


def test_closing_the_window_locks_and_keeps_the_draft(qtbot, desktop, passphrase, canary) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    probe = _add_probe(window)
    probe.note.setText(canary)
    window.close()
    assert not window.is_unlocked
    window.show()
    unlock_via_ui(qtbot, window, passphrase)
    probe.on_unlocked()
    settle(qtbot, window.ctx.tasks)
    assert probe.note.text() == canary


# A popup makes the offscreen plugin say it cannot raise windows or grab the keyboard.
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")
def test_lock_closes_popups_that_could_show_record_text(qtbot, desktop, passphrase, canary) -> None:
    from PySide6.QtWidgets import QComboBox

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    _add_probe(window, show=True)
    combo = QComboBox()  # its own window: locking the main window does not hide it
    qtbot.addWidget(combo)
    combo.addItem(canary)
    combo.show()
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
    window.lock("idle")
    assert QApplication.activePopupWidget() is None


def test_idle_lock_keeps_a_half_typed_quick_contact_on_the_shift_page(
    qtbot, desktop, passphrase, canary, clock
) -> None:
    """The real Shift page through the real lock: an interview is never lost to the idle timer."""
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    shift = window.main_screen.show_page("shift")
    if not hasattr(shift, "note"):
        pytest.fail("the Shift page is expected in this install")
    qtbot.keyClicks(shift.note, f"half typed {canary}")
    clock.advance(6 * 60)
    window.lock_service.idle.check()
    assert not window.is_unlocked
    assert shift.note.text() == ""
    unlock_via_ui(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: shift.note.text() == f"half typed {canary}", timeout=10_000)


def test_panic_hides_at_once_while_a_long_operation_runs_and_closes_the_session_after_it(
    qtbot, desktop, passphrase, canary
) -> None:
    """Panic used to wait on the GUI thread for a write in flight (up to 10 s, then without limit
    for the close) with record text still on screen (review M2)."""
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    probe = _add_probe(window, show=True)
    qtbot.keyClicks(probe.note, f"half typed {canary}")
    session = window.ctx.tasks.session
    assert session is not None
    closed: list[bool] = []
    real_close = session.close

    def close() -> None:
        closed.append(release.is_set())
        real_close()

    session.close = close  # type: ignore[method-assign]
    release = hold_db_thread(window.ctx.tasks)
    screens_while_running: list[tuple[str, bool]] = []
    window.screen_changed.connect(lambda name: screens_while_running.append((name, release.is_set())))
    window.panic()
    # panic returned while the operation still runs: the screen switched and the form is clear.
    assert not release.is_set()
    assert ("unlock", False) in screens_while_running
    assert window.current_screen == "unlock"
    assert probe.note.text() == ""
    assert not window.is_unlocked
    assert closed == []
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    settle(qtbot, window.ctx.tasks)
    # The draft read before clearing was saved on the session before it closed.
    unlock_via_ui(qtbot, window, passphrase)
    draft = run_sync(qtbot, window.ctx.tasks, lambda s: load_draft(s, DRAFT_ID))
    assert draft == {"note": f"half typed {canary}"}
