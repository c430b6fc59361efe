"""Domain records (pydantic v2). Each has a JSON Schema (`outreach schema`).

Rules that hold here, whatever the caller:
- a Person has an alias only; there is no field for a legal name;
- datetimes are timezone-aware and stored in UTC; `zone` records the device's zone;
- phone numbers and plates are normalised on the way in (domain/normalise.py); a phone
  number that is not plainly one is refused with the reason, never rewritten;
- validation errors never echo the input (`hide_input_in_errors`), so a bad
  record cannot leak its text into a log or a terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated
from uuid import UUID, uuid4

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.enums import (
    AgeBand,
    Build,
    ContactKind,
    Gender,
    IncidentType,
    InjurySeverity,
    ReferralKind,
    ShiftMode,
    SupplyKind,
    TimePrecision,
)
from outreach_app.domain.normalise import (
    EmailInputError,
    PhoneInputError,
    check_email_input,
    check_phone_input,
    normalise_email,
    normalise_phone,
    normalise_plate,
)
from outreach_app.domain.timeutil import ZONE_NAME_MAX, require_aware, require_zone_name, utcnow

# Limits keep one record small enough to sync and to show; they are generous for real notes.
SHORT_TEXT = 200
LONG_TEXT = 20_000
MAX_ITEMS = 50

ShortText = Annotated[str, Field(max_length=SHORT_TEXT)]
LongText = Annotated[str, Field(max_length=LONG_TEXT)]
AwareDatetime = Annotated[datetime, AfterValidator(require_aware)]
# A valid IANA name, checked with the other fields: a bad zone used to pass validation and
# fail later, half-way through an import (issue 15).
Zone = Annotated[str, Field(min_length=1, max_length=ZONE_NAME_MAX), AfterValidator(require_zone_name)]


class DomainModel(BaseModel):
    """Base for every record: strict shape, no unknown fields, no input echoed in errors."""

    model_config = ConfigDict(
        extra="forbid",
        hide_input_in_errors=True,
        str_strip_whitespace=True,
        validate_assignment=True,
        # pydantic-core otherwise keeps its own reference to short strings it builds (the
        # stripped text of a field), so record text outlived every record after lock.
        cache_strings="none",
    )


def _default_zone() -> str:
    return device_zone()


class Area(DomainModel):
    """A place a project works; `region_id` maps it onto a server region (the server owns regions)."""

    id: UUID = Field(default_factory=uuid4)
    name: ShortText = Field(min_length=1)
    region_id: ShortText | None = None


class Shift(DomainModel):
    id: UUID = Field(default_factory=uuid4)
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None
    area_id: UUID | None = None
    mode: ShiftMode
    staff_initials: Annotated[str, Field(min_length=1, max_length=12)]
    zone: Zone = Field(default_factory=_default_zone)

    @model_validator(mode="after")
    def _ends_after_start(self) -> Shift:
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("a shift cannot end before it starts")
        return self


class Person(DomainModel):
    """Someone the project works with, known by an alias only (never a legal name)."""

    id: UUID = Field(default_factory=uuid4)
    alias: ShortText = Field(min_length=1)
    age_band: AgeBand = AgeBand.UNKNOWN
    gender: Gender = Gender.UNKNOWN
    preferred_language: ShortText = ""
    notes: LongText = ""


class Contact(DomainModel):
    id: UUID = Field(default_factory=uuid4)
    occurred_at: AwareDatetime = Field(default_factory=utcnow)
    zone: Zone = Field(default_factory=_default_zone)
    shift_id: UUID | None = None
    area_id: UUID | None = None
    person_id: UUID | None = None
    kind: ContactKind = ContactKind.IN_PERSON
    supplies: dict[SupplyKind, Annotated[int, Field(ge=0, le=10_000)]] = Field(default_factory=dict)
    referrals: list[ReferralKind] = Field(default_factory=list, max_length=len(ReferralKind))
    notes: LongText = ""

    @field_validator("supplies")
    @classmethod
    def _drop_zero_counts(cls, value: dict[SupplyKind, int]) -> dict[SupplyKind, int]:
        return {kind: count for kind, count in sorted(value.items()) if count > 0}

    @field_validator("referrals")
    @classmethod
    def _unique_referrals(cls, value: list[ReferralKind]) -> list[ReferralKind]:
        return sorted(set(value))


STORED = {"stored": True}
"""Validation context for records read back from the vault (`model_validate(data,
context=STORED)`): values stored by an earlier version under looser rules are kept as they
are (normalised), not refused, so an old record always opens. Rules for new input are
unchanged."""


def _is_stored(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("stored"))


def _checked(
    what: str, check: Callable[[str], str], normalise: Callable[[str], str]
) -> Callable[[str, ValidationInfo], str]:
    """A validator: the normal form of one typed value, or a clear refusal naming `what`
    (never a silent rewrite); values read back from the vault are only normalised."""

    def validate(raw: str, info: ValidationInfo) -> str:
        if _is_stored(info):
            return normalise(raw)
        try:
            return check(raw)
        except (PhoneInputError, EmailInputError) as exc:
            raise ValueError(f"{what} {exc}") from None

    return validate


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _without_blanks(values: object) -> object:
    """Blank entries (a trailing comma in the form) are no number at all: dropped."""
    if isinstance(values, list):
        return [v for v in values if not (isinstance(v, str) and not v.strip())]
    return values


def _normalise_plate_value(value: str) -> str:
    return normalise_plate(value)


PhoneText = Annotated[str, AfterValidator(_checked("phone number", check_phone_input, normalise_phone))]
PhoneList = Annotated[
    list[PhoneText], BeforeValidator(_without_blanks), Field(max_length=MAX_ITEMS), AfterValidator(_unique)
]
"""Phone numbers, each checked and normalised (domain/normalise.py), without repeats."""
EmailList = Annotated[
    list[Annotated[str, AfterValidator(_checked("e-mail address", check_email_input, normalise_email))]],
    BeforeValidator(_without_blanks),
    Field(max_length=MAX_ITEMS),
    AfterValidator(_unique),
]
"""E-mail addresses, each checked and in lower case, without repeats."""
Plate = Annotated[str, Field(max_length=20), AfterValidator(_normalise_plate_value)]


class Perpetrator(DomainModel):
    """A description as given by the person harmed. This is what an alert warns about."""

    gender: Gender = Gender.UNKNOWN
    age_min: Annotated[int, Field(ge=10, le=100)] | None = None
    age_max: Annotated[int, Field(ge=10, le=100)] | None = None
    height: ShortText = ""
    build: Build = Build.UNKNOWN
    ethnicity_described: ShortText = ""
    hair: ShortText = ""
    distinguishing_features: ShortText = ""
    clothing: ShortText = ""
    name_used: ShortText = ""
    phone_numbers: PhoneList = Field(default_factory=list)
    email_addresses: EmailList = Field(default_factory=list)
    online_handles: list[ShortText] = Field(default_factory=list, max_length=MAX_ITEMS)
    website_or_app: ShortText = ""

    @model_validator(mode="after")
    def _age_range_ordered(self) -> Perpetrator:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValueError("age_min must not exceed age_max")
        return self


class Vehicle(DomainModel):
    make: ShortText = ""
    model: ShortText = ""
    colour: ShortText = ""
    registration: Plate = ""


class Incident(DomainModel):
    """An incident as recorded locally, in full detail. Only the sharing pipeline decides what leaves."""

    id: UUID = Field(default_factory=uuid4)
    person_id: UUID | None = None
    worker_initials: Annotated[str, Field(min_length=1, max_length=12)]
    reported_at: AwareDatetime = Field(default_factory=utcnow)
    occurred_at: AwareDatetime
    occurred_precision: TimePrecision = TimePrecision.EXACT
    zone: Zone = Field(default_factory=_default_zone)
    area_id: UUID | None = None
    location_note: LongText = ""
    types: list[IncidentType] = Field(min_length=1, max_length=len(IncidentType))
    injury_severity: InjurySeverity = InjurySeverity.UNKNOWN
    injury_notes: LongText = ""
    weapon_used: bool = False
    weapon_description: ShortText = ""
    perpetrators: list[Perpetrator] = Field(default_factory=list, max_length=MAX_ITEMS)
    vehicles: list[Vehicle] = Field(default_factory=list, max_length=MAX_ITEMS)
    narrative: LongText = ""
    alert_summary: Annotated[str, Field(max_length=2_000)] = ""
    police_told: bool = False

    @field_validator("types")
    @classmethod
    def _unique_types(cls, value: list[IncidentType]) -> list[IncidentType]:
        return sorted(set(value))

    def phone_numbers(self) -> list[str]:
        return [n for p in self.perpetrators for n in p.phone_numbers]

    def plates(self) -> list[str]:
        return [v.registration for v in self.vehicles if v.registration]

    def email_addresses(self) -> list[str]:
        return [e for p in self.perpetrators for e in p.email_addresses]


RECORD_MODELS: dict[str, type[DomainModel]] = {
    "area": Area,
    "shift": Shift,
    "person": Person,
    "contact": Contact,
    "incident": Incident,
}
