"""ShiftPage: start a shift and log contacts by keyboard (Enter saves) and mouse, with a tally."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from outreach_app.domain.enums import ReferralKind, SupplyKind
from outreach_app.domain.models import Person
from outreach_app.storage.repos import contacts, people, shifts
from outreach_app.ui.pages.shift import ShiftPage
from tests.fake_clock import FakeClock

from .conftest import run_sync, settle


def shift_clock() -> FakeClock:
    """Late on 29 November, each reading 30 s after the last (every save a moment of its own)."""
    return FakeClock(datetime(2026, 11, 29, 21, 30, tzinfo=UTC), tick=timedelta(seconds=30))


def _page(qtbot, ctx) -> ShiftPage:
    ctx.clock = shift_clock()
    page = ShiftPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page


# The alias completer opens a popup; the offscreen plugin cannot raise it or grab the keyboard
# for it (a window-manager feature) and says so. Nothing about our code.
POPUP_ON_OFFSCREEN = "^This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


@pytest.mark.qt_log_ignore(POPUP_ON_OFFSCREEN)
def test_start_shift_and_log_contacts_with_keyboard_only(qtbot, vault_ctx) -> None:
    run_sync(qtbot, vault_ctx.tasks, lambda s: people.add_person(s.conn, Person(alias="Jade")))
    page = _page(qtbot, vault_ctx)
    assert page.completer.model().stringList() == ["Jade"]

    page.area.setFocus()
    qtbot.keyClicks(page.area, "Harbour Road")
    qtbot.keyClick(page.area, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # mode: keep "Street"
    assert QApplication.focusWidget() is page.initials
    qtbot.keyClicks(page.initials, "AB")
    qtbot.keyClick(page.initials, Qt.Key.Key_Return)
    settle(qtbot, vault_ctx.tasks)
    shift = run_sync(qtbot, vault_ctx.tasks, lambda s: shifts.open_shift(s.conn))
    assert shift is not None and shift.staff_initials == "AB"
    assert "Harbour Road" in page.shift_state.text()
    assert not page.start_button.isVisible() and page.end_button.isVisible()

    # Contact 1: alias, Tab to kind, Tab to condoms, 12, Enter.
    page.alias.setFocus()
    qtbot.keyClicks(page.alias, "jade")
    page.completer.popup().hide()
    qtbot.keyClick(page.alias, Qt.Key.Key_Tab)
    qtbot.keyClick(page.kind, Qt.Key.Key_Tab)
    condoms = page.supplies[SupplyKind.CONDOMS]
    assert page.focusWidget() is condoms
    qtbot.keyClicks(condoms, "12")
    qtbot.keyClick(condoms, Qt.Key.Key_Return)
    settle(qtbot, vault_ctx.tasks)

    assert page.focusWidget() is page.alias  # (the offscreen popup keeps the app's active window)
    assert page.alias.text() == "" and condoms.value() == 0
    assert "1 contacts" in page.tally_label.text() and "Condoms 12" in page.tally_label.text()

    # Contact 2: a new alias and a note, Enter in the note field.
    qtbot.keyClicks(page.alias, "Mira")
    page.completer.popup().hide()
    page.note.setFocus()
    qtbot.keyClicks(page.note, "asked about housing")
    qtbot.keyClick(page.note, Qt.Key.Key_Enter)
    settle(qtbot, vault_ctx.tasks)

    stored = run_sync(
        qtbot,
        vault_ctx.tasks,
        lambda s: contacts.get_contacts(s.conn, contacts.list_contact_ids(s.conn, shift_id=shift.id)),
    )
    assert len(stored) == 2
    newest, oldest = stored
    assert oldest.supplies == {SupplyKind.CONDOMS: 12}
    assert newest.notes == "asked about housing"
    aliases = run_sync(
        qtbot,
        vault_ctx.tasks,
        lambda s: {p.id: p.alias for p in people.get_people(s.conn, people.list_person_ids(s.conn))},
    )
    assert aliases[oldest.person_id] == "Jade"  # matched case-insensitively, not duplicated
    assert aliases[newest.person_id] == "Mira"
    assert len(aliases) == 2
    assert "Mira" in page.completer.model().stringList()
    assert "2 contacts" in page.tally_label.text() and "2 people" in page.tally_label.text()


def test_mouse_save_with_referral_anonymous_and_end_shift(qtbot, vault_ctx) -> None:
    page = _page(qtbot, vault_ctx)
    page.initials.setText("CD")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    housing = page.referrals[ReferralKind.HOUSING]
    # Click the box itself (a check box only reacts on its indicator and text, not its full width).
    qtbot.mouseClick(housing, Qt.MouseButton.LeftButton, pos=QPoint(6, housing.height() // 2))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    stored = run_sync(
        qtbot, vault_ctx.tasks, lambda s: contacts.get_contacts(s.conn, contacts.list_contact_ids(s.conn))
    )
    assert len(stored) == 1
    assert stored[0].person_id is None and stored[0].referrals == [ReferralKind.HOUSING]
    assert "1 referrals" in page.tally_label.text()

    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: shifts.open_shift(s.conn)) is None
    assert page.start_button.isVisible()


def test_start_without_initials_says_so_and_saves_nothing(qtbot, vault_ctx) -> None:
    page = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert "initials" in page.shift_state.text()
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: shifts.list_shift_ids(s.conn)) == []


def test_half_filled_contact_survives_lock_as_a_draft_and_clear_drops_it(qtbot, vault_ctx, canary) -> None:
    page = _page(qtbot, vault_ctx)
    page.alias.setText("Jade")
    page.note.setText(canary)
    assert page.has_unsaved_draft()
    page.save_draft()
    settle(qtbot, vault_ctx.tasks)
    page.clear_sensitive()
    assert page.note.text() == "" and page.alias.text() == ""
    assert not page.has_unsaved_draft()

    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert page.note.text() == canary and page.alias.text() == "Jade"
