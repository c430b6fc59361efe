"""ops.records on a real vault, without Qt: edits, deletes, find-or-add person, form inputs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ShiftMode
from outreach_app.domain.models import Area, Contact, Shift
from outreach_app.ops.changes import Kind
from outreach_app.ops.incidents import delete_incident, incident_with_person
from outreach_app.ops.records import (
    NEW_PERSON,
    AliasChoiceNeededError,
    delete_contact,
    find_or_add_person,
    form_inputs,
    person_records,
    save_edited_contact,
)
from outreach_app.storage.repos import contacts, incidents, people, shifts

from .conftest import an_incident

T0 = datetime(2026, 5, 1, 21, 0, tzinfo=UTC)


def test_find_or_add_is_exact_and_adds_only_when_no_one_has_the_alias(session: VaultSession) -> None:
    added = find_or_add_person(session, "Kestrel")
    person_id, created = added.value
    assert created and added.changes.kinds == {Kind.PEOPLE}
    found = find_or_add_person(session, " kestrel ")
    assert found.value == (person_id, False) and not found.changes
    assert find_or_add_person(session, "Kestrel 2").value[1] is True  # no fuzzy match
    find_or_add_person(session, "Kestrel", NEW_PERSON)
    with pytest.raises(AliasChoiceNeededError):
        find_or_add_person(session, "KESTREL")
    assert len(people.list_person_ids(session.conn)) == 3


def test_editing_a_contact_relinks_or_unlinks_its_person(session: VaultSession) -> None:
    contact = Contact(occurred_at=T0)
    contacts.add_contact(session.conn, contact)
    linked = save_edited_contact(session, contact.model_copy(update={"notes": "fixed"}), "Wren")
    assert linked.value is True and linked.changes.kinds == {Kind.CONTACTS, Kind.PEOPLE}
    stored = contacts.get_contact(session.conn, contact.id)
    assert stored is not None and stored.notes == "fixed" and stored.person_id is not None
    unlinked = save_edited_contact(session, stored, "")
    assert unlinked.value is False and unlinked.changes.kinds == {Kind.CONTACTS}
    after = contacts.get_contact(session.conn, contact.id)
    assert after is not None and after.person_id is None


def test_deleting_says_what_changed_only_when_something_went(session: VaultSession, area: Area) -> None:
    contact = Contact(occurred_at=T0)
    contacts.add_contact(session.conn, contact)
    incident = an_incident(area)
    incidents.add_incident(session.conn, incident)
    assert delete_contact(session, contact.id).changes.kinds == {Kind.CONTACTS}
    assert not delete_contact(session, contact.id).changes
    gone = delete_incident(session, incident.id)
    assert gone.value is True and gone.changes.kinds == {Kind.INCIDENTS, Kind.OUTBOX}
    assert incident_with_person(session, incident.id) == (None, None)


def test_person_records_and_form_inputs(session: VaultSession, area: Area) -> None:
    person_id, _ = find_or_add_person(session, "Robin").value
    contacts.add_contact(session.conn, Contact(occurred_at=T0, person_id=person_id))
    incident = an_incident(area).model_copy(update={"person_id": person_id})
    incidents.add_incident(session.conn, incident)
    counts = person_records(session, person_id)
    assert (counts.alias, counts.contacts, counts.incidents) == ("Robin", 1, 1)
    shifts.add_shift(session.conn, Shift(started_at=T0, mode=ShiftMode.STREET, staff_initials="JK"))
    found_areas, aliases, initials = form_inputs(session)
    assert [a.name for a in found_areas] == ["Holbeck"] and aliases == ["Robin"] and initials == "JK"
    stored, person = incident_with_person(session, incident.id)
    assert stored is not None and person is not None and person.alias == "Robin"
