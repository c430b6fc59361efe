"""ops.shifts on a real vault, without Qt: start/end, quick contacts, undo, and what each changed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ContactKind, ReferralKind, ShiftMode, SupplyKind
from outreach_app.domain.models import Contact, Shift
from outreach_app.ops.changes import Kind
from outreach_app.ops.records import AliasChoiceNeededError
from outreach_app.ops.shifts import (
    SavedContact,
    end_shift,
    load_state,
    save_quick_contact,
    start_shift,
    undo_quick_contact,
)
from outreach_app.storage.repos import areas, contacts, people

T0 = datetime(2026, 5, 1, 21, 0, tzinfo=UTC)


def _contact(shift: Shift | None = None, **extra: object) -> Contact:
    return Contact(
        occurred_at=T0,
        shift_id=shift.id if shift else None,
        area_id=shift.area_id if shift else None,
        kind=ContactKind.IN_PERSON,
        **extra,  # type: ignore[arg-type]
    )


def test_starting_a_shift_in_a_new_area_stores_both_and_says_so(session: VaultSession) -> None:
    result = start_shift(
        session, Shift(started_at=T0, mode=ShiftMode.STREET, staff_initials="AB"), "Canal", "leeds"
    )
    assert result.changes.kinds == {Kind.SHIFTS, Kind.AREAS}
    [area] = areas.list_areas(session.conn)
    assert (area.name, area.region_id, result.value.area_id) == ("Canal", "leeds", area.id)
    state = load_state(session)
    assert state.shift is not None and state.shift.id == result.value.id
    ended = end_shift(session, result.value, T0.replace(hour=23))
    assert ended.changes.kinds == {Kind.SHIFTS}
    assert load_state(session).shift is None


def test_a_quick_contact_adds_the_person_once_and_the_tally_counts_it(session: VaultSession) -> None:
    shift = start_shift(session, Shift(started_at=T0, mode=ShiftMode.STREET, staff_initials="AB"), None).value
    first = save_quick_contact(
        session,
        _contact(shift, supplies={SupplyKind.CONDOMS: 3}, referrals=[ReferralKind.SEXUAL_HEALTH]),
        "Jade",
    )
    stored, created = first.value
    assert created and first.changes.kinds == {Kind.CONTACTS, Kind.PEOPLE}
    assert first.changes.ids == {str(stored.id)}
    again = save_quick_contact(session, _contact(shift), "  JADE ")  # exact match, case and spacing aside
    assert again.value[1] is False and again.changes.kinds == {Kind.CONTACTS}
    assert again.value[0].person_id == stored.person_id
    state = load_state(session)
    assert state.tally.contacts == 2 and len(state.tally.people) == 1
    assert state.tally.supplies == {SupplyKind.CONDOMS: 3} and state.tally.referrals == 1
    assert [row.alias for row in state.rows] == ["Jade", "Jade"] and state.aliases == ["Jade"]


def test_an_alias_two_people_share_saves_nothing_until_the_worker_says_who(session: VaultSession) -> None:
    save_quick_contact(session, _contact(), "Sam")
    save_quick_contact(session, _contact(), "Sam", "new")
    with pytest.raises(AliasChoiceNeededError) as raised:
        save_quick_contact(session, _contact(), "sam")
    assert contacts.count_contacts(session.conn) == 2
    chosen = raised.value.matches[0].id
    result = save_quick_contact(session, _contact(), "sam", chosen)
    assert result.value[0].person_id == chosen and result.value[1] is False


def test_undo_removes_the_contact_and_the_person_its_save_created(session: VaultSession) -> None:
    result = save_quick_contact(session, _contact(), "Mira")
    stored, created = result.value
    state = load_state(session, [stored.id])  # without a shift: the contacts saved on the page
    [row] = state.rows
    saved = SavedContact(row, stored.person_id if created else None)
    undone = undo_quick_contact(session, saved)
    assert undone.value is True and undone.changes.kinds == {Kind.CONTACTS, Kind.PEOPLE}
    assert contacts.count_contacts(session.conn) == 0 and people.list_person_ids(session.conn) == []
    again = undo_quick_contact(session, saved)  # already gone: nothing changed, nothing to refresh
    assert again.value is False and not again.changes
