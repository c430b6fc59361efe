"""What is inside an envelope (protocol v2): one model per sealed purpose.

The device seals the canonical JSON of one of these (the allowlisted, anonymised payload the
worker previewed) to the purpose's desk; only that desk can read it. Each content repeats
its envelope's id and purpose, so a desk can check that the clear header it was served with
belongs to this ciphertext (a server cannot move a ciphertext under another header).

- AlertContent: an anonymous warning for the alerts desk: date and part of day, what
  happened, the perpetrator and vehicles as described, a scrubbed summary.
- PoliceIntelligenceContent: anonymous intelligence, generalised further than v1: the month
  and part of day only (no date), and no `police_told` (with the date and offence police
  could match it to their own records and so identify the person).
- PoliceReferralContent: the person asked for police contact (identified by consent): the
  exact date and part of day, what happened, the injury class, and that contact goes through
  the project (the person's route stays on the device) — what the previewed referral section
  holds, nothing more (fields it does not hold are not sent as false or empty).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import UUID4, AfterValidator, Field, StrictBool, model_validator

from outreach_app.domain.enums import IncidentType, InjurySeverity, PartOfDay
from outreach_app.protocol.base import (
    MAX_ENUM_LIST,
    OptSummary,
    RegionId,
    RequestModel,
    WireDate,
    sorted_unique,
)
from outreach_app.protocol.limits import MAX_PERPETRATORS, MAX_VEHICLES
from outreach_app.protocol.reports import SharedPerpetrator, SharedVehicle, injury_consistent
from outreach_app.protocol.stats import Month

ContentVersion = Literal[2]


def _sorted_types(value: list[IncidentType]) -> list[IncidentType]:
    return sorted_unique(value)


IncidentTypes = Annotated[
    list[IncidentType], Field(min_length=1, max_length=MAX_ENUM_LIST), AfterValidator(_sorted_types)
]
Perpetrators = Annotated[list[SharedPerpetrator], Field(max_length=MAX_PERPETRATORS)]
Vehicles = Annotated[list[SharedVehicle], Field(max_length=MAX_VEHICLES)]


class AlertContent(RequestModel):
    """Sealed to the alerts desk (purpose `alert`)."""

    content_version: ContentVersion = 2
    date: WireDate
    envelope_id: UUID4
    incident_types: IncidentTypes
    part_of_day: PartOfDay
    perpetrators: Perpetrators = Field(default_factory=list)
    purpose: Literal["alert"] = "alert"
    region_id: RegionId
    summary: OptSummary = None
    vehicles: Vehicles = Field(default_factory=list)
    weapon_used: StrictBool = False


class PoliceIntelligenceContent(RequestModel):
    """Sealed to a police desk (purpose `police_intelligence`): month, never a date."""

    content_version: ContentVersion = 2
    envelope_id: UUID4
    incident_types: IncidentTypes
    injured: StrictBool | None = None
    injury_severity: InjurySeverity = InjurySeverity.UNKNOWN
    month: Month
    part_of_day: PartOfDay
    perpetrators: Perpetrators = Field(default_factory=list)
    purpose: Literal["police_intelligence"] = "police_intelligence"
    region_id: RegionId
    summary: OptSummary = None
    vehicles: Vehicles = Field(default_factory=list)
    weapon_used: StrictBool = False

    @model_validator(mode="after")
    def _injury(self) -> PoliceIntelligenceContent:
        injury_consistent(self.injured, self.injury_severity)
        return self


class PoliceReferralContent(RequestModel):
    """Sealed to a police desk (purpose `police_referral`): contact goes through the project."""

    content_version: ContentVersion = 2
    date: WireDate
    envelope_id: UUID4
    incident_types: IncidentTypes
    injured: StrictBool | None = None
    injury_severity: InjurySeverity = InjurySeverity.UNKNOWN
    part_of_day: PartOfDay
    purpose: Literal["police_referral"] = "police_referral"
    region_id: RegionId
    wants_contact_via_project: Literal[True] = True

    @model_validator(mode="after")
    def _injury(self) -> PoliceReferralContent:
        injury_consistent(self.injured, self.injury_severity)
        return self


EnvelopeContent = AlertContent | PoliceIntelligenceContent | PoliceReferralContent
CONTENT_MODELS: dict[
    str, type[AlertContent] | type[PoliceIntelligenceContent] | type[PoliceReferralContent]
] = {
    "alert": AlertContent,
    "police_intelligence": PoliceIntelligenceContent,
    "police_referral": PoliceReferralContent,
}
"""The content model of each envelope purpose (a desk parses an opened box with it)."""
