from __future__ import annotations

import json
from datetime import UTC, datetime
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.domain.enums import (
    AgeBand,
    Gender,
    IncidentType,
    InjurySeverity,
    PartOfDay,
    Purpose,
)
from outreach_app.domain.models import Incident, Perpetrator, Person, Vehicle
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.reports import SharedReport
from outreach_app.sharing.anonymise import NotShareableError, build_report, preview
from tests.unit.sharing.strategies import consent_for, incidents, people, purpose_sets

SECTION_OF = {
    Purpose.ALERT: "alert",
    Purpose.STATISTICS: "statistics",
    Purpose.POLICE_INTELLIGENCE: "police_intelligence",
    Purpose.POLICE_REFERRAL: "police_referral",
}


def never_leaves(incident: Incident, person: Person) -> list[str]:
    """Every value of a never-leaves field (docs/sharing.md)."""
    return [
        person.alias,
        person.notes,
        person.preferred_language,
        str(person.id),
        incident.narrative,
        incident.location_note,
        incident.injury_notes,
        incident.weapon_description,
        incident.worker_initials,
        str(incident.id),
    ]


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), purposes=purpose_sets)
@pytest.mark.slow
def test_payload_holds_no_never_leaves_value_and_only_consented_sections(
    data: st.DataObject, purposes: frozenset[Purpose]
) -> None:
    person = data.draw(people())
    incident = data.draw(incidents(person))
    consent = consent_for(incident, purposes, worker=incident.worker_initials)
    text = preview(incident, consent, area_region_id="leeds", verifier=consent.verifier, person=person)
    if not purposes:
        assert text is None
        return
    assert text is not None
    for value in never_leaves(incident, person):
        assert value not in text
    payload = json.loads(text)
    for purpose, section in SECTION_OF.items():
        assert (section in payload) is (purpose in purposes)
    if Purpose.STATISTICS not in purposes:
        assert "age_band" not in text
    if not purposes & {Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL}:
        assert "injury_severity" not in text
    assert SharedReport.model_validate_json(text).report_id != incident.id


@settings(deadline=None, max_examples=50)
@given(data=st.data())
def test_nothing_at_all_when_nothing_is_consented(data: st.DataObject) -> None:
    person = data.draw(people())
    incident = data.draw(incidents(person))
    consent = consent_for(incident, frozenset())
    assert (
        build_report(incident, consent, area_region_id="leeds", verifier=consent.verifier, person=person)
        is None
    )
    assert build_report(incident, None, area_region_id="leeds", verifier=consent.verifier) is None


def _incident(**changes: object) -> Incident:
    base = {
        "worker_initials": "JK",
        "occurred_at": datetime(2025, 3, 4, 23, 30, tzinfo=UTC),
        "types": [IncidentType.ROBBERY_THEFT, IncidentType.PHYSICAL_ASSAULT],
        "injury_severity": InjurySeverity.MODERATE,
        "injury_notes": "bruised ribs",
        "weapon_used": True,
        "weapon_description": "kitchen knife with a red handle",
        "perpetrators": [
            Perpetrator(
                name_used="Gazza",
                phone_numbers=["07700 900123"],
                online_handles=["@BigDave88"],
                hair="ginger",
            )
        ],
        "vehicles": [Vehicle(make="Ford", colour="silver", registration="ab12 cde")],
        "narrative": "She was picked up on Elm Row at 23:30.",
        "location_note": "behind the chip shop",
        "alert_summary": "Gazza (07700 900123) hit Sparkle; drives AB12 CDE. Asked for Tasha too.",
        "police_told": False,
    }
    base.update(changes)
    return Incident(**base)  # type: ignore[arg-type]


def test_generalisation_region_date_part_of_day_bands_and_injury_class() -> None:
    person = Person(alias="Sparkle", age_band=AgeBand.AGE_25_34, gender=Gender.TRANS_WOMAN)
    incident = _incident(person_id=person.id)
    consent = consent_for(incident, frozenset(Purpose))
    report = build_report(
        incident, consent, area_region_id="leeds-north", verifier=consent.verifier, person=person
    )
    assert report is not None
    assert report.region_id == "leeds-north"
    assert (report.date.isoformat(), report.part_of_day) == ("2025-03-04", PartOfDay.NIGHT)
    assert report.statistics is not None
    assert (report.statistics.age_band, report.statistics.gender) == (AgeBand.AGE_25_34, Gender.TRANS_WOMAN)
    assert report.statistics.injured is True
    assert report.police_intelligence is not None
    assert report.police_intelligence.injury_severity is InjurySeverity.MODERATE
    assert report.police_referral is not None and report.police_referral.wants_contact_via_project
    assert report.alert is not None
    perp = report.alert.perpetrators[0]
    assert (perp.name_used, perp.phone_numbers, perp.online_handles) == (
        "Gazza",
        ["+447700900123"],
        ["bigdave88"],
    )
    assert report.alert.vehicles[0].registration == "AB12CDE"
    # the perpetrator's own identifiers stay (warning others is the point); the people's names go
    assert report.alert.summary == "Gazza (07700 900123) hit [name]; drives AB12 CDE. Asked for [name] too."
    text = canonical_json(report).decode()
    for secret in ["bruised ribs", "kitchen knife", "Elm Row", "chip shop", "JK", "Sparkle"]:
        assert secret not in text


def test_an_area_without_a_region_cannot_be_shared() -> None:
    incident = _incident()
    consent = consent_for(incident, frozenset({Purpose.ALERT}))
    with pytest.raises(NotShareableError, match="region"):
        build_report(incident, consent, area_region_id=None, verifier=consent.verifier)


def test_preview_is_the_canonical_text_of_the_report() -> None:
    incident = _incident()
    consent = consent_for(incident, frozenset({Purpose.ALERT, Purpose.STATISTICS}))
    rid = uuid4()
    text = preview(incident, consent, area_region_id="leeds", verifier=consent.verifier, report_id=rid)
    report = build_report(incident, consent, area_region_id="leeds", verifier=consent.verifier, report_id=rid)
    assert report is not None and text == canonical_json(report).decode()
    assert json.loads(text)["report_id"] == str(rid)


def test_a_summary_that_grows_past_the_limit_when_scrubbed_is_refused_clearly() -> None:
    incident = _incident(alert_summary="M1 2WD " * 285)
    consent = consent_for(incident, frozenset({Purpose.ALERT}))
    with pytest.raises(NotShareableError, match="shorten it"):
        build_report(incident, consent, area_region_id="leeds", verifier=consent.verifier)
    stats_only = consent_for(incident, frozenset({Purpose.STATISTICS}))
    assert (
        build_report(incident, stats_only, area_region_id="leeds", verifier=stats_only.verifier) is not None
    )
