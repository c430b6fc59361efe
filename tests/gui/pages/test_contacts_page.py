"""ContactsPage: search, filter, detail, edit, delete and forget — by keyboard and mouse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from outreach_app.domain.enums import ContactKind
from outreach_app.domain.models import Contact
from outreach_app.storage.repos import contacts, people
from outreach_app.ui.pages.contacts import ContactEditor, ContactsPage

from .conftest import run_sync, settle
from .test_record_models import _fill


def _page(qtbot: Any, ctx: Any) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page


def _search(qtbot: Any, page: ContactsPage, text: str) -> None:
    page.search.setFocus()
    page.search.selectAll()
    qtbot.keyClicks(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, page.ctx.tasks)


def _select_first_row_by_keyboard(qtbot: Any, page: ContactsPage) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # select the current row
    assert page.selected_row() == 0
    settle(qtbot, page.ctx.tasks)


def _answer(qtbot: Any, page: ContactsPage, button_text: str) -> None:
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, QMessageBox), timeout=5000)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    chosen = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    settle(qtbot, page.ctx.tasks)


def test_list_search_filter_and_detail(qtbot, vault_ctx) -> None:
    data = run_sync(qtbot, vault_ctx.tasks, _fill)
    page = _page(qtbot, vault_ctx)
    assert page.model.rowCount() == 450
    assert "450" in page.count_label.text()

    _search(qtbot, page, "blister")
    assert page.model.rowCount() == 1
    _select_first_row_by_keyboard(qtbot, page)
    assert "note 77 blister" in page.detail.toPlainText()

    _search(qtbot, page, "jade")
    assert page.model.rowCount() == 150
    page.area_filter.setCurrentIndex(page.area_filter.findData(str(data["north"].id)))
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 75  # Jade's odd-numbered contacts are in the North

    # The search box applies by itself after a pause, too.
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 225, timeout=5000)


def test_edit_with_keyboard_then_delete_after_confirmation(qtbot, vault_ctx) -> None:
    run_sync(qtbot, vault_ctx.tasks, _fill)
    page = _page(qtbot, vault_ctx)
    _search(qtbot, page, "blister")
    _select_first_row_by_keyboard(qtbot, page)
    contact_id = page.selected_id()

    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the editor
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, ContactEditor), timeout=5000)
    editor = page.active_dialog
    assert isinstance(editor, ContactEditor)
    editor.notes.setPlainText("changed by the editor")
    editor.alias.setText("Rosa")
    editor.supplies[next(iter(editor.supplies))].setValue(3)
    editor._on_save()
    settle(qtbot, vault_ctx.tasks)
    stored = run_sync(qtbot, vault_ctx.tasks, lambda s: contacts.get_contact(s.conn, contact_id))
    assert stored.notes == "changed by the editor"
    rosa = run_sync(qtbot, vault_ctx.tasks, lambda s: people.get_person(s.conn, stored.person_id))
    assert rosa.alias == "Rosa"

    _search(qtbot, page, "changed editor")
    _select_first_row_by_keyboard(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _answer(qtbot, page, "Cancel")
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: contacts.contact_exists(s.conn, contact_id))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, "Delete contact")
    assert not run_sync(qtbot, vault_ctx.tasks, lambda s: contacts.contact_exists(s.conn, contact_id))
    assert page.model.rowCount() == 0


def test_forget_this_person_says_what_goes_and_erases_it(qtbot, vault_ctx) -> None:
    data = run_sync(qtbot, vault_ctx.tasks, _fill)
    page = _page(qtbot, vault_ctx)
    _search(qtbot, page, "jade")
    _select_first_row_by_keyboard(qtbot, page)
    assert page.forget_button.isEnabled()
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, QMessageBox), timeout=5000)
    box = page.active_dialog
    assert "150 contacts and 0 incidents" in box.text()
    assert "cannot be undone" in box.text()
    # The truth about what already left (sharing.forget.before_forget queues server withdrawals).
    assert "withdrawn from its server at the next sync" in box.text()
    assert "intelligence already passed to the police, cannot be recalled" in box.text()
    assert box.defaultButton().text() == "Cancel"
    _answer(qtbot, page, "Forget Jade and erase 151 records")

    assert run_sync(qtbot, vault_ctx.tasks, lambda s: people.get_person(s.conn, data["jade"].id)) is None
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: contacts.count_contacts(s.conn)) == 300
    assert page.model.rowCount() == 0  # the search for "jade" finds nothing now
    assert "withdrawn from the charity's server at the next sync" in page.message.text()


def test_clear_sensitive_leaves_no_record_text(qtbot, vault_ctx) -> None:
    run_sync(qtbot, vault_ctx.tasks, _fill)
    page = _page(qtbot, vault_ctx)
    _search(qtbot, page, "blister")
    _select_first_row_by_keyboard(qtbot, page)
    page.clear_sensitive()
    assert page.model.rowCount() == 0
    assert page.detail.toPlainText() == "" and page.search.text() == ""
    assert page.area_filter.count() == 1


def test_how_filter_narrows_the_list_and_a_search(qtbot, vault_ctx) -> None:
    def fill(session: Any) -> None:
        _fill(session, n_contacts=300)
        base = datetime(2026, 3, 1, 12, tzinfo=UTC)
        calls = [
            Contact(occurred_at=base + timedelta(minutes=i), kind=ContactKind.PHONE, notes=f"call {i}")
            for i in range(7)
        ]
        contacts.add_contacts(session.conn, calls)

    run_sync(qtbot, vault_ctx.tasks, fill)
    page = _page(qtbot, vault_ctx)
    assert page.model.rowCount() == 307
    assert page.kind_filter.itemText(0) == "Any way"

    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ContactKind.PHONE.value))
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 7
    assert "7 shown" in page.count_label.text()
    assert {page.model.row_object(r).contact.kind for r in range(7)} == {ContactKind.PHONE}

    _search(qtbot, page, "call 3")  # the filter also narrows a search
    assert page.model.rowCount() == 1
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ContactKind.ONLINE.value))
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 0

    page.search.clear()
    page.kind_filter.setCurrentIndex(0)
    settle(qtbot, vault_ctx.tasks)
    qtbot.waitUntil(lambda: page.model.rowCount() == 307, timeout=5000)
