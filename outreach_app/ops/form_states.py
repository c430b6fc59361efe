"""What a half-filled form holds, as JSON-able values: the interview (`IncidentFormState`) and
the quick contact (`QuickContactState`).

The form widgets produce these (`IncidentForm.form_state()`, the steps' `state()`), the
drafts op stores them as encrypted JSON at lock (`ops.drafts`), and the `read_*` functions
turn a stored draft back into one after unlock: a key a draft lacks gets the value an empty
form shows (so a draft written by an older version still restores), and a value of the wrong
kind is a `pydantic.ValidationError` (never a half-restored form).

Values stay as JSON has them (enum values as strings, moments as ISO text), so a state
compares equal to itself after a round trip through a draft.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import TypeAdapter
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11

from outreach_app.domain.enums import Build, Gender, TimePrecision

__all__ = [
    "IncidentFormState",
    "PerpetratorState",
    "QuickContactState",
    "StoryState",
    "VehicleState",
    "WhatState",
    "WhenState",
    "WhoState",
    "read_incident_form_state",
    "read_quick_contact_state",
]


class WhatState(TypedDict):
    """Step 1 of the interview: what happened, the person, the worker, injury and weapon."""

    types: list[str]  # IncidentType values
    alias: str
    age_band: str  # AgeBand value
    gender: str  # Gender value
    worker_initials: str
    injury_severity: str  # InjurySeverity value
    injury_notes: str
    weapon_used: bool
    weapon_description: str
    police_told: bool


class WhenState(TypedDict):
    """Step 2: when (ISO text, UTC) and how well it is known, the area, the location note."""

    occurred_at: str  # "" when not known (a draft without it keeps the form's moment)
    precision: str  # TimePrecision value
    area_id: str | None
    location_note: str


class PerpetratorState(TypedDict):
    """One perpetrator as typed; the lists as the worker typed them (comma between)."""

    gender: str  # Gender value
    build: str  # Build value
    age_min: int | None  # the spin box's value; NO_AGE (or None) is "not known"
    age_max: int | None
    height: str
    ethnicity_described: str
    hair: str
    distinguishing_features: str
    clothing: str
    name_used: str
    phone_numbers: str
    email_addresses: str
    online_handles: str
    website_or_app: str


class VehicleState(TypedDict):
    make: str
    model: str
    colour: str
    registration: str


class WhoState(TypedDict):
    """Step 3: the perpetrators and the vehicles."""

    perpetrators: list[PerpetratorState]
    vehicles: list[VehicleState]


class StoryState(TypedDict):
    """Step 4: the narrative (stays on the device) and the alert summary (for sharing)."""

    narrative: str
    alert_summary: str


class IncidentFormState(WhatState, WhenState, WhoState, StoryState):
    """The whole interview: every step, plus which incident it edits and the step shown."""

    incident_id: str | None  # None until the incident is first saved
    step: int
    reported_at: str | None  # ISO text of a stored incident's first report
    zone: str  # IANA zone of the moment ("" in a draft without it: the device's)


class QuickContactState(TypedDict):
    """The shift page's quick contact form."""

    alias: str
    kind: str  # ContactKind value
    supplies: dict[str, int]  # SupplyKind value → how many (only those given)
    referrals: list[str]  # ReferralKind values
    note: str


# What a stored draft that lacks a key restores as: what an empty form shows, and "" for a
# choice (no such choice: the form keeps the one it shows, as it did before these types).
_INCIDENT_EMPTY: dict[str, object] = {
    "incident_id": None,
    "step": 0,
    "types": [],
    "alias": "",
    "age_band": "",
    "gender": "",
    "worker_initials": "",
    "injury_severity": "",
    "injury_notes": "",
    "weapon_used": False,
    "weapon_description": "",
    "police_told": False,
    "occurred_at": "",
    "precision": TimePrecision.EXACT.value,
    "area_id": None,
    "location_note": "",
    "perpetrators": [],
    "vehicles": [],
    "narrative": "",
    "alert_summary": "",
    "reported_at": None,
    "zone": "",
}
_PERPETRATOR_EMPTY: dict[str, object] = {
    "gender": Gender.UNKNOWN.value,
    "build": Build.UNKNOWN.value,
    "age_min": None,
    "age_max": None,
    **dict.fromkeys(
        (
            "height",
            "ethnicity_described",
            "hair",
            "distinguishing_features",
            "clothing",
            "name_used",
            "phone_numbers",
            "email_addresses",
            "online_handles",
            "website_or_app",
        ),
        "",
    ),
}
_VEHICLE_EMPTY: dict[str, object] = dict.fromkeys(("make", "model", "colour", "registration"), "")
_QUICK_CONTACT_EMPTY: dict[str, object] = {
    "alias": "",
    "kind": "",
    "supplies": {},
    "referrals": [],
    "note": "",
}

_INCIDENT_FORM_STATE = TypeAdapter(IncidentFormState)
_QUICK_CONTACT_STATE = TypeAdapter(QuickContactState)


def _filled(value: object, empty: Mapping[str, object]) -> object:
    """`value` with the keys it lacks taken from `empty` (anything but a mapping as it is,
    for the validator to refuse)."""
    return {**empty, **value} if isinstance(value, Mapping) else value


def _filled_items(value: object, empty: Mapping[str, object]) -> object:
    return [_filled(item, empty) for item in value] if isinstance(value, list) else value


def read_incident_form_state(stored: Mapping[str, object]) -> IncidentFormState:
    """A stored interview draft as the form's state (ValidationError when it is not one)."""
    filled = {**_INCIDENT_EMPTY, **stored}
    filled["perpetrators"] = _filled_items(filled["perpetrators"], _PERPETRATOR_EMPTY)
    filled["vehicles"] = _filled_items(filled["vehicles"], _VEHICLE_EMPTY)
    return _INCIDENT_FORM_STATE.validate_python(filled)


def read_quick_contact_state(stored: Mapping[str, object]) -> QuickContactState:
    """A stored quick contact draft as the form's state (ValidationError when it is not one)."""
    return _QUICK_CONTACT_STATE.validate_python({**_QUICK_CONTACT_EMPTY, **stored})
