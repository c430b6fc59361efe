"""The forms' typed states through a draft: stored as JSON in a real vault, read back checked
(ops.form_states with ops.drafts, without Qt)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from outreach_app.core.vault import VaultSession
from outreach_app.ops.drafts import load_draft, save_draft
from outreach_app.ops.form_states import (
    IncidentFormState,
    PerpetratorState,
    QuickContactState,
    read_incident_form_state,
    read_quick_contact_state,
)


def _perpetrator() -> PerpetratorState:
    return {
        "gender": "man",
        "build": "heavy",
        "age_min": 30,
        "age_max": 40,
        "height": "tall",
        "ethnicity_described": "",
        "hair": "shaved",
        "distinguishing_features": "scar on the left cheek",
        "clothing": "",
        "name_used": "Kev",
        "phone_numbers": "07700 900123, 9001",
        "email_addresses": "kev.b@example.com",
        "online_handles": "",
        "website_or_app": "",
    }


def _incident_state() -> IncidentFormState:
    return {
        "incident_id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
        "step": 2,
        "types": ["non_payment", "robbery_theft"],
        "alias": "Sam",
        "age_band": "25_34",
        "gender": "woman",
        "worker_initials": "JK",
        "injury_severity": "minor",
        "injury_notes": "bruised arm",
        "weapon_used": True,
        "weapon_description": "knife",
        "police_told": False,
        "occurred_at": "2026-11-20T23:00:00+00:00",
        "precision": "approximate",
        "area_id": None,
        "location_note": "behind the car wash",
        "perpetrators": [_perpetrator()],
        "vehicles": [{"make": "Ford", "model": "Transit", "colour": "red", "registration": "AB12"}],
        "narrative": "He would not pay.",
        "alert_summary": "Man in a red van refused to pay.",
        "reported_at": None,
        "zone": "Europe/London",
    }


def test_an_interview_draft_comes_back_from_the_vault_as_it_was_saved(session: VaultSession) -> None:
    state = _incident_state()
    save_draft(session, "incident-form", "incident", state)
    stored = load_draft(session, "incident-form")
    assert stored is not None
    assert read_incident_form_state(stored) == state


def test_a_quick_contact_draft_comes_back_from_the_vault_as_it_was_saved(session: VaultSession) -> None:
    state: QuickContactState = {
        "alias": "Sam",
        "kind": "in_person",
        "supplies": {"condoms": 12, "lube": 3},
        "referrals": ["sexual_health"],
        "note": "asked about the clinic",
    }
    save_draft(session, "quick-contact", "quick_contact", state)
    stored = load_draft(session, "quick-contact")
    assert stored is not None
    assert read_quick_contact_state(stored) == state


def test_keys_an_older_draft_lacks_restore_as_an_empty_form_shows_them() -> None:
    state = read_incident_form_state(
        {
            "types": ["robbery_theft"],
            "worker_initials": "JK",
            "perpetrators": [{"name_used": "Kev"}],
            "vehicles": [{}],
        }
    )
    assert state["types"] == ["robbery_theft"] and state["worker_initials"] == "JK"
    assert state["incident_id"] is None and state["step"] == 0 and state["reported_at"] is None
    # A choice the draft does not make is "" (no such choice: the form keeps the one it shows).
    assert (state["age_band"], state["gender"], state["injury_severity"]) == ("", "", "")
    assert state["occurred_at"] == "" and state["precision"] == "exact" and state["zone"] == ""
    assert state["weapon_used"] is False and state["narrative"] == ""
    assert state["perpetrators"] == [
        {
            **_perpetrator(),
            "gender": "unknown",
            "build": "unknown",
            "age_min": None,
            "age_max": None,
            "height": "",
            "hair": "",
            "distinguishing_features": "",
            "name_used": "Kev",
            "phone_numbers": "",
            "email_addresses": "",
        }
    ]
    assert state["vehicles"] == [{"make": "", "model": "", "colour": "", "registration": ""}]
    contact = read_quick_contact_state({"alias": "Sam"})
    assert contact == {"alias": "Sam", "kind": "", "supplies": {}, "referrals": [], "note": ""}


@pytest.mark.parametrize(
    "broken",
    [
        {"types": "robbery_theft"},  # a list, not one value
        {"weapon_used": "perhaps"},
        {"step": "two"},
        {"perpetrators": [{"age_min": "thirty"}]},
        {"perpetrators": ["Kev"]},
        {"vehicles": {"make": "Ford"}},
    ],
)
def test_an_interview_draft_of_the_wrong_shape_is_refused_not_half_restored(
    broken: dict[str, object],
) -> None:
    with pytest.raises(ValidationError):
        read_incident_form_state({**_incident_state(), **broken})


@pytest.mark.parametrize(
    "broken", [{"supplies": {"condoms": "many"}}, {"referrals": "sexual_health"}, {"alias": None}]
)
def test_a_quick_contact_draft_of_the_wrong_shape_is_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        read_quick_contact_state({"alias": "Sam", **broken})
