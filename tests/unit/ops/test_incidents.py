"""ops.incidents against a real vault, without Qt: saving the interview and its person."""

from __future__ import annotations

import pytest

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import AgeBand, ConsentMethod, Gender, Purpose
from outreach_app.domain.models import Area
from outreach_app.ops import incidents, sharing
from outreach_app.ops.changes import Kind
from outreach_app.storage.repos import people
from outreach_app.storage.repos.incidents import get_incident

from .conftest import NOW, an_incident


def test_a_new_alias_adds_the_person_and_says_so(session: VaultSession, area: Area) -> None:
    record = an_incident(area)

    result = incidents.save_incident(
        session, record, alias="Rosa", age_band=AgeBand.AGE_25_34, gender=Gender.WOMAN, now=NOW
    )

    saved = result.value
    assert saved.person_added is True
    assert saved.needs_consent_again is False
    assert result.changes.kinds == {Kind.INCIDENTS, Kind.OUTBOX, Kind.PEOPLE}
    assert result.changes.ids == {str(record.id)}
    stored = get_incident(session.conn, record.id)
    assert stored is not None and stored.person_id == saved.incident.person_id
    person = people.get_person(session.conn, saved.incident.person_id)
    assert person is not None
    assert (person.alias, person.age_band, person.gender) == ("Rosa", AgeBand.AGE_25_34, Gender.WOMAN)


def test_unknown_bands_never_overwrite_what_was_known(session: VaultSession, area: Area) -> None:
    first = incidents.save_incident(session, an_incident(area), alias="Rosa", age_band=AgeBand.AGE_25_34)
    second = incidents.save_incident(session, an_incident(area), alias="Rosa")

    assert second.value.person_added is False
    assert Kind.PEOPLE not in second.changes.kinds
    person = people.get_person(session.conn, first.value.incident.person_id)
    assert person is not None and person.age_band is AgeBand.AGE_25_34


def test_no_alias_stores_the_incident_without_a_person(session: VaultSession, area: Area) -> None:
    result = incidents.save_incident(session, an_incident(area), alias="  ")

    assert result.value.incident.person_id is None
    assert result.value.person_added is False


def test_an_ambiguous_alias_saves_nothing(session: VaultSession, area: Area) -> None:
    incidents.save_incident(session, an_incident(area), alias="Rosa")
    incidents.save_incident(session, an_incident(area), alias="Rosa", choice=incidents.NEW_PERSON)
    record = an_incident(area)

    with pytest.raises(incidents.AliasChoiceNeededError):
        incidents.save_incident(session, record, alias="Rosa")

    assert get_incident(session.conn, record.id) is None


def test_editing_a_shared_incident_asks_for_consent_again(session: VaultSession, area: Area) -> None:
    record = an_incident(area)
    incidents.save_incident(session, record, alias="")
    sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=ConsentMethod.VERBAL)
    sharing.seal(session, record.id, now=NOW)

    edited = record.model_copy(update={"alert_summary": "Hit by a man in a blue van."})
    result = incidents.save_incident(session, edited, alias="", now=NOW)

    assert result.value.needs_consent_again is True
    stored = incidents.incident(session, record.id)
    assert stored is not None and stored.alert_summary == "Hit by a man in a blue van."


def test_area_without_region_names_the_unmapped_area(session: VaultSession, area: Area) -> None:
    mapped = an_incident(area)
    unplaced = an_incident(None)
    incidents.save_incident(session, mapped, alias="")
    incidents.save_incident(session, unplaced, alias="")

    assert incidents.area_without_region(session, mapped.id) is None
    assert incidents.area_without_region(session, unplaced.id) == ""


def test_incident_with_person_opens_on_the_person_it_names(session: VaultSession, area: Area) -> None:
    saved = incidents.save_incident(session, an_incident(area), alias="Rosa", gender=Gender.WOMAN).value

    found, person = incidents.incident_with_person(session, saved.incident.id)

    assert found == saved.incident
    assert person is not None and (person.alias, person.gender) == ("Rosa", Gender.WOMAN)
    assert incidents.incident_with_person(session, an_incident(area).id) == (None, None)


def test_delete_incident_says_what_changed_only_when_it_deleted(session: VaultSession, area: Area) -> None:
    record = an_incident(area)
    incidents.save_incident(session, record, alias="")

    deleted = incidents.delete_incident(session, record.id)
    again = incidents.delete_incident(session, record.id)

    assert deleted.value is True and deleted.changes.kinds == {Kind.INCIDENTS, Kind.OUTBOX}
    assert again.value is False and not again.changes
    assert incidents.incident(session, record.id) is None
