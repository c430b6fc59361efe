"""SharedReport v1: what leaves a device about one incident (docs/sharing.md has the field table).

One section per purpose; a section is present only when that purpose was consented and
holds only that purpose's allowlisted fields. Everything here is already generalised:
a server region instead of a place, a date and part of day instead of a time, bands and
classes instead of ages and injuries. The sharing pipeline (`outreach_app.sharing`) is the
only producer; this module only says what a valid report looks like.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    UUID4,
    AfterValidator,
    BeforeValidator,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
    model_validator,
)

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    Gender,
    IncidentType,
    InjurySeverity,
    PartOfDay,
    Purpose,
)
from outreach_app.protocol.base import (
    MAX_ENUM_LIST,
    MAX_IDENTIFIERS,
    REQUEST_CONFIG,
    Email,
    Handle,
    OptPlate,
    OptShortText,
    OptSummary,
    Phone,
    RegionId,
    RequestModel,
    Sha256Hex,
    WireDate,
    WireModel,
    sorted_unique,
)
from outreach_app.protocol.limits import MAX_PERPETRATORS, MAX_VEHICLES
from outreach_app.protocol.version import SchemaVersion

Age = Annotated[StrictInt, Field(ge=10, le=100)]


def _empty_to_none(value: object) -> object:
    """An empty list of an optional identifier list is the same as none (omitted on the wire)."""
    return None if isinstance(value, list) and not value else value


class PerpetratorFields(WireModel):
    """A perpetrator as described by the person harmed; shared with `alert` and
    `police_intelligence` (warning others about the perpetrator is the point).

    Phone numbers, e-mail addresses, handles and plates are normalised (and sorted) so
    devices can match them offline against alerts. Blank texts are absent.

    Attributes:
        email_addresses: lower case, sorted; absent when there are none (an empty list
            would be absent too), so reports from before the field existed hash the same.
    """

    age_max: Age | None = None
    age_min: Age | None = None
    build: Build = Build.UNKNOWN
    clothing: OptShortText = None
    distinguishing_features: OptShortText = None
    email_addresses: Annotated[
        Annotated[list[Email], Field(min_length=1, max_length=MAX_IDENTIFIERS)] | None,
        BeforeValidator(_empty_to_none),
    ] = None
    ethnicity_described: OptShortText = None
    gender: Gender = Gender.UNKNOWN
    hair: OptShortText = None
    height: OptShortText = None
    name_used: OptShortText = None
    online_handles: Annotated[list[Handle], Field(max_length=MAX_IDENTIFIERS)] = Field(default_factory=list)
    phone_numbers: Annotated[list[Phone], Field(max_length=MAX_IDENTIFIERS)] = Field(default_factory=list)
    website_or_app: OptShortText = None

    @field_validator("phone_numbers", "online_handles")
    @classmethod
    def _order_free(cls, value: list[str]) -> list[str]:
        return sorted_unique(value)

    @field_validator("email_addresses")
    @classmethod
    def _emails_order_free(cls, value: list[str] | None) -> list[str] | None:
        return sorted_unique(value) if value else None

    @model_validator(mode="after")
    def _age_range_ordered(self) -> PerpetratorFields:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError("age_min must not exceed age_max")
        return self


class VehicleFields(WireModel):
    """A vehicle linked to an incident; the plate may be partial."""

    colour: OptShortText = None
    make: OptShortText = None
    model: OptShortText = None
    registration: OptPlate = None


class SharedPerpetrator(PerpetratorFields, RequestModel):
    """A perpetrator inside a SharedReport section (unknown fields refused)."""

    model_config = REQUEST_CONFIG


class SharedVehicle(VehicleFields, RequestModel):
    """A vehicle inside a SharedReport section (unknown fields refused)."""

    model_config = REQUEST_CONFIG


def injury_consistent(injured: bool | None, severity: InjurySeverity) -> None:
    """`injured` and the severity class must not contradict each other."""
    if severity is InjurySeverity.NONE and injured is True:
        raise ValueError("injured cannot be true when injury_severity is none")
    if severity in {InjurySeverity.MINOR, InjurySeverity.MODERATE, InjurySeverity.SERIOUS} and (
        injured is not True
    ):
        raise ValueError("injured must be true when injury_severity names an injury")


class AlertSection(RequestModel):
    """Purpose `alert`: an anonymous warning to other sex workers.

    Attributes:
        summary: free text written for sharing, already scrubbed (placeholders like `[phone]`).
    """

    perpetrators: Annotated[list[SharedPerpetrator], Field(max_length=MAX_PERPETRATORS)] = Field(
        default_factory=list
    )
    summary: OptSummary = None
    vehicles: Annotated[list[SharedVehicle], Field(max_length=MAX_VEHICLES)] = Field(default_factory=list)
    weapon_used: StrictBool = False


class StatisticsSection(RequestModel):
    """Purpose `statistics`: counted by the charity. Banded person data only.

    Attributes:
        injured: yes/no, None when not known (no severity: that is for police purposes).
    """

    age_band: AgeBand = AgeBand.UNKNOWN
    gender: Gender = Gender.UNKNOWN
    injured: StrictBool | None = None
    police_told: StrictBool = False
    weapon_used: StrictBool = False


class PoliceIntelligenceSection(RequestModel):
    """Purpose `police_intelligence`: anonymous intelligence for the police."""

    injured: StrictBool | None = None
    injury_severity: InjurySeverity = InjurySeverity.UNKNOWN
    perpetrators: Annotated[list[SharedPerpetrator], Field(max_length=MAX_PERPETRATORS)] = Field(
        default_factory=list
    )
    police_told: StrictBool = False
    summary: OptSummary = None
    vehicles: Annotated[list[SharedVehicle], Field(max_length=MAX_VEHICLES)] = Field(default_factory=list)
    weapon_used: StrictBool = False

    @model_validator(mode="after")
    def _injury(self) -> PoliceIntelligenceSection:
        injury_consistent(self.injured, self.injury_severity)
        return self


class PoliceReferralSection(RequestModel):
    """Purpose `police_referral`: the person wants police contact. Their contact route stays on
    the device; the report says only that contact goes through the outreach project."""

    injured: StrictBool | None = None
    injury_severity: InjurySeverity = InjurySeverity.UNKNOWN
    wants_contact_via_project: Literal[True] = True

    @model_validator(mode="after")
    def _injury(self) -> PoliceReferralSection:
        injury_consistent(self.injured, self.injury_severity)
        return self


def _sorted_types(value: list[IncidentType]) -> list[IncidentType]:
    return sorted_unique(value)


class SharedReport(RequestModel):
    """One sealed report about one incident, as sent in `POST /v1/reports/batch`.

    Attributes:
        report_id: fresh random UUID4 per sealed version; never the device's local id.
        schema_version: 1; any other value is refused (error code `unsupported_version`).
        supersedes: report_id of the version this one replaces (an edit after sharing).
        region_id: the server region the incident's area maps onto.
        date: the day the incident belongs to (a night belongs to the date it began).
        part_of_day: night, morning, afternoon or evening.
        incident_types: sorted, without repeats, at least one.
        withdrawal_verifier: `verifier.withdrawal_verifier(code)`; every version of the
            incident carries the verifier of the consent it was sealed under.
        alert, statistics, police_intelligence, police_referral: one section per consented
            purpose; at least one is present.
    """

    alert: AlertSection | None = None
    date: WireDate
    incident_types: Annotated[
        list[IncidentType], Field(min_length=1, max_length=MAX_ENUM_LIST), AfterValidator(_sorted_types)
    ]
    part_of_day: PartOfDay
    police_intelligence: PoliceIntelligenceSection | None = None
    police_referral: PoliceReferralSection | None = None
    region_id: RegionId
    report_id: UUID4
    schema_version: SchemaVersion = 1
    statistics: StatisticsSection | None = None
    supersedes: UUID4 | None = None
    withdrawal_verifier: Sha256Hex

    @model_validator(mode="after")
    def _consistent(self) -> SharedReport:
        # Not `self.purposes()`: this runs for every report received, and the test is the same.
        if (
            self.alert is None
            and self.statistics is None
            and self.police_intelligence is None
            and self.police_referral is None
        ):
            raise ValueError("a report needs at least one consented purpose section")
        if self.supersedes is not None and self.supersedes == self.report_id:
            raise ValueError("a report cannot supersede itself")
        return self

    def purposes(self) -> frozenset[Purpose]:
        """The purposes whose section is present."""
        present = {
            Purpose.ALERT: self.alert,
            Purpose.STATISTICS: self.statistics,
            Purpose.POLICE_INTELLIGENCE: self.police_intelligence,
            Purpose.POLICE_REFERRAL: self.police_referral,
        }
        return frozenset(purpose for purpose, section in present.items() if section is not None)

    def without(self, purposes: frozenset[Purpose] | set[Purpose]) -> dict[str, object]:
        """The wire dict of this report with the given purposes' sections dropped (what a
        server keeps after a partial withdrawal; the result may have no section left)."""
        data = self.model_dump(mode="json", exclude_none=True)
        for purpose in purposes:
            data.pop(purpose.value, None)
        return data
