"""Shift page: empty contacts are refused, this shift's contacts are listed with edit and undo,
and an alias several people share is the worker's choice (never a silent merge or duplicate)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from outreach_app.domain.enums import ContactKind, SupplyKind
from outreach_app.domain.models import Contact, Person
from outreach_app.storage.repos import contacts, people, shifts
from outreach_app.ui.pages.contacts import ContactEditor
from outreach_app.ui.pages.shift import ShiftPage
from outreach_app.ui.person_choice import PersonChoiceDialog

from .conftest import run_sync, settle
from .test_shift_page import shift_clock


def _running_shift(qtbot: Any, ctx: Any) -> ShiftPage:
    ctx.clock = shift_clock()
    page = ShiftPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 1200)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    page.initials.setText("AB")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.tasks)
    return page


def _stored(qtbot: Any, ctx: Any) -> list[Contact]:
    return run_sync(
        qtbot, ctx.tasks, lambda s: contacts.get_contacts(s.conn, contacts.list_contact_ids(s.conn))
    )


def _people(qtbot: Any, ctx: Any) -> list[Person]:
    return run_sync(qtbot, ctx.tasks, lambda s: people.get_people(s.conn, people.list_person_ids(s.conn)))


def _save(qtbot: Any, page: ShiftPage, alias: str = "", condoms: int = 0) -> None:
    page.alias.setText(alias)
    page.supplies[SupplyKind.CONDOMS].setValue(condoms)
    page.alias.setFocus()
    qtbot.keyClick(page.alias, Qt.Key.Key_Return)
    settle(qtbot, page.ctx.tasks)


def test_enter_twice_on_an_empty_form_saves_nothing_and_says_why(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page)
    _save(qtbot, page)
    assert _stored(qtbot, vault_ctx) == []
    assert "Nothing to save" in page.message.text()
    assert "0 contacts" in page.tally_label.text()


def test_this_shifts_contacts_are_listed_newest_first(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page, "Jade", condoms=3)
    _save(qtbot, page, condoms=1)
    texts = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert texts == ["21:31 · anonymous · Condoms 1", "21:31 · Jade · Condoms 3"]

    page.on_unlocked()  # a reload (as after unlock) lists the same contacts from the vault
    settle(qtbot, vault_ctx.tasks)
    assert [page.recent.item(i).text() for i in range(page.recent.count())] == texts


def test_ctrl_z_undoes_the_last_contact_and_the_person_it_added(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page, "Jade", condoms=3)
    _save(qtbot, page, "Mira", condoms=5)
    assert len(_people(qtbot, vault_ctx)) == 2
    assert page.alias.hasFocus() and page.alias.text() == ""

    qtbot.keyClick(page.alias, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, vault_ctx.tasks)

    stored = _stored(qtbot, vault_ctx)
    assert [c.supplies for c in stored] == [{SupplyKind.CONDOMS: 3}]
    assert [p.alias for p in _people(qtbot, vault_ctx)] == ["Jade"]  # Mira existed only for that contact
    assert page.alias.text() == "Mira" and page.supplies[SupplyKind.CONDOMS].value() == 5  # back in the form
    assert page.recent.count() == 1
    qtbot.waitUntil(lambda: "1 contacts" in page.tally_label.text(), timeout=3000)

    # While the field has its own typing to undo, Ctrl+Z is the field's.
    page.alias.setText("")
    qtbot.keyClicks(page.alias, "x")
    qtbot.keyClick(page.alias, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, vault_ctx.tasks)
    assert len(_stored(qtbot, vault_ctx)) == 1


def test_undo_keeps_a_person_who_has_other_records(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page, "Jade", condoms=1)
    jade = _people(qtbot, vault_ctx)[0]
    run_sync(
        qtbot,
        vault_ctx.tasks,
        lambda s: contacts.add_contact(
            s.conn,
            Contact(occurred_at=datetime(2026, 11, 1, tzinfo=UTC), person_id=jade.id, kind=ContactKind.PHONE),
        ),
    )
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert [p.id for p in _people(qtbot, vault_ctx)] == [jade.id]
    assert len(_stored(qtbot, vault_ctx)) == 1
    assert not page.undo_button.isEnabled()


def test_a_listed_contact_is_edited_in_place(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page, "Jade", condoms=3)
    page.recent.setCurrentRow(0)
    page.recent.itemActivated.emit(page.recent.item(0))
    editor = page.active_dialog
    assert isinstance(editor, ContactEditor)
    editor.supplies[SupplyKind.CONDOMS].setValue(7)
    editor._on_save()
    settle(qtbot, vault_ctx.tasks)
    qtbot.waitUntil(
        lambda: page.recent.count() == 1 and "Condoms 7" in page.recent.item(0).text(), timeout=3000
    )
    assert [c.supplies for c in _stored(qtbot, vault_ctx)] == [{SupplyKind.CONDOMS: 7}]
    assert "Condoms 7" in page.tally_label.text()


@pytest.mark.parametrize("answer", ["first", "new", "cancel"])
def test_two_people_called_sam_make_the_worker_choose(qtbot, vault_ctx, answer: str) -> None:
    first, second = Person(alias="Sam"), Person(alias="sam")
    run_sync(
        qtbot,
        vault_ctx.tasks,
        lambda s: (people.add_person(s.conn, first), people.add_person(s.conn, second)),
    )
    seen = Contact(
        occurred_at=datetime(2026, 11, 3, 22, tzinfo=UTC), person_id=first.id, kind=ContactKind.PHONE
    )
    run_sync(qtbot, vault_ctx.tasks, lambda s: contacts.add_contact(s.conn, seen))
    page = _running_shift(qtbot, vault_ctx)

    _save(qtbot, page, "SAM", condoms=2)
    dialog = page.active_dialog
    assert isinstance(dialog, PersonChoiceDialog)
    labels = [radio.text() for radio, _ in dialog.options]
    assert labels == [
        "The Sam last seen on 2026-11-03",
        "The sam with no contact or incident yet",
        "Someone new called SAM",
    ]
    assert not dialog.ok_button.isEnabled()  # no default: the worker must pick
    assert len(_stored(qtbot, vault_ctx)) == 1  # nothing saved while asking

    if answer == "cancel":
        dialog.reject()
    else:
        dialog.options[0 if answer == "first" else 2][0].setChecked(True)
        dialog.accept()
    settle(qtbot, vault_ctx.tasks)

    saved = [c for c in _stored(qtbot, vault_ctx) if c.id != seen.id]
    everyone = _people(qtbot, vault_ctx)
    if answer == "cancel":
        assert saved == [] and len(everyone) == 2
        assert page.alias.text() == "SAM"  # the form is kept for another try
    elif answer == "first":
        assert [c.person_id for c in saved] == [first.id] and len(everyone) == 2
    else:
        assert len(everyone) == 3 and saved[0].person_id not in (first.id, second.id)
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QDialog
    )
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: shifts.open_shift(s.conn)) is not None


def test_without_a_shift_the_list_and_undo_cover_what_was_saved_here(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page, "Jade", condoms=1)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.recent.count() == 0 and not page.undo_button.isEnabled()  # that shift is over

    _save(qtbot, page, "Mira", condoms=2)  # adds a person: the page reloads, undo must survive it
    assert [page.recent.item(i).text() for i in range(page.recent.count())] == ["21:32 · Mira · Condoms 2"]
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert [c.supplies for c in _stored(qtbot, vault_ctx)] == [{SupplyKind.CONDOMS: 1}]
    assert [p.alias for p in _people(qtbot, vault_ctx)] == ["Jade"]
    assert page.recent.count() == 0


def test_ctrl_z_in_a_supplies_box_also_undoes_the_last_contact(qtbot, vault_ctx) -> None:
    page = _running_shift(qtbot, vault_ctx)
    _save(qtbot, page, "Jade", condoms=3)
    condoms = page.supplies[SupplyKind.CONDOMS]
    condoms.setFocus()
    qtbot.keyClick(condoms, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, vault_ctx.tasks)
    assert _stored(qtbot, vault_ctx) == []
    assert condoms.value() == 3 and page.alias.text() == "Jade"
