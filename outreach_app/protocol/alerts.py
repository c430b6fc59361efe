"""Alerts from the charity and the feed that carries them: `GET /v1/alerts?since=CURSOR&limit=N`.

Feed semantics (docs/protocol.md, "Alert feed") — a device never diffs:
- without `since`, or when the server cannot continue from the cursor, the answer has
  `reset: true` and holds an `upsert` for every current alert of the organisation's
  regions: the device drops every stored alert and applies the entries;
- with `since`, it holds every change after the cursor, oldest first: `upsert` (new alert
  or new version: replace a stored one with a lower or equal version), `expire` (past its
  expiry date or expired by staff: delete), `withdraw` (withdrawn by staff: delete);
- the device stores the entries and `next_cursor` in one transaction, and asks again at
  once while `has_more` is true. Applying the same page twice is harmless.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import UUID4, AfterValidator, Field, StrictInt, field_validator, model_validator

from outreach_app.domain.enums import IncidentType
from outreach_app.protocol.base import (
    ALERT_BODY_TEXT,
    MAX_ENUM_LIST,
    RESPONSE_CONFIG,
    SHORT_TEXT,
    RegionId,
    ResponseModel,
    Text,
    WireDate,
    sorted_unique,
)
from outreach_app.protocol.limits import (
    ALERT_FEED_MAX_LIMIT,
    MAX_ALERT_REGIONS,
    MAX_CURSOR_LENGTH,
    MAX_PERPETRATORS,
    MAX_VEHICLES,
)
from outreach_app.protocol.reports import PerpetratorFields, VehicleFields


class AlertPerpetrator(PerpetratorFields, ResponseModel):
    """A perpetrator in an alert: the same normalised fields as in a report (unknown fields ignored)."""

    model_config = RESPONSE_CONFIG


class AlertVehicle(VehicleFields, ResponseModel):
    """A vehicle in an alert (unknown fields ignored)."""

    model_config = RESPONSE_CONFIG


def _sorted(value: list[str]) -> list[str]:
    return sorted_unique(value)


class Alert(ResponseModel):
    """A warning published by the charity's staff to one or more regions.

    Attributes:
        alert_id: stable across versions.
        version: starts at 1, grows with every edit.
        issued_on, expires_on: days (inclusive); a device hides it after `expires_on`
            even before the feed says `expire`.
        perpetrators, vehicles: structured and normalised, for offline matching of a
            phone number, e-mail address, handle or plate (`domain.normalise`).
        signature: reserved for a later version (staff signatures); v1 devices ignore it.
    """

    alert_id: UUID4
    body: Annotated[Text, Field(max_length=ALERT_BODY_TEXT)] = ""
    expires_on: WireDate
    incident_types: Annotated[list[IncidentType], Field(max_length=MAX_ENUM_LIST)] = Field(
        default_factory=list
    )
    issued_on: WireDate
    perpetrators: Annotated[list[AlertPerpetrator], Field(max_length=MAX_PERPETRATORS)] = Field(
        default_factory=list
    )
    region_ids: Annotated[
        list[RegionId], Field(min_length=1, max_length=MAX_ALERT_REGIONS), AfterValidator(_sorted)
    ]
    signature: Annotated[Text, Field(max_length=4096)] | None = None
    title: Annotated[Text, Field(min_length=1, max_length=SHORT_TEXT)]
    vehicles: Annotated[list[AlertVehicle], Field(max_length=MAX_VEHICLES)] = Field(default_factory=list)
    version: Annotated[StrictInt, Field(ge=1)]

    @field_validator("incident_types")
    @classmethod
    def _types(cls, value: list[IncidentType]) -> list[IncidentType]:
        return sorted_unique(value)

    @model_validator(mode="after")
    def _dates(self) -> Alert:
        if self.expires_on < self.issued_on:
            raise ValueError("an alert cannot expire before it is issued")
        return self

    def phone_numbers(self) -> list[str]:
        return sorted({n for p in self.perpetrators for n in p.phone_numbers})

    def email_addresses(self) -> list[str]:
        return sorted({e for p in self.perpetrators for e in p.email_addresses or ()})

    def handles(self) -> list[str]:
        return sorted({h for p in self.perpetrators for h in p.online_handles})

    def plates(self) -> list[str]:
        return sorted({v.registration for v in self.vehicles if v.registration})


class FeedEntryKind(StrEnum):
    UPSERT = "upsert"
    EXPIRE = "expire"
    WITHDRAW = "withdraw"


class AlertFeedEntry(ResponseModel):
    """One change: `upsert` carries the alert; `expire` and `withdraw` carry only its id."""

    alert: Alert | None = None
    alert_id: UUID4
    kind: FeedEntryKind

    @model_validator(mode="after")
    def _shape(self) -> AlertFeedEntry:
        if self.kind is FeedEntryKind.UPSERT:
            if self.alert is None:
                raise ValueError("an upsert entry carries the alert")
            if self.alert.alert_id != self.alert_id:
                raise ValueError("alert_id must equal the alert's id")
        elif self.alert is not None:
            raise ValueError("only upsert entries carry an alert")
        return self


Cursor = Annotated[str, Field(min_length=1, max_length=MAX_CURSOR_LENGTH, pattern=r"^[A-Za-z0-9._~-]+$")]
"""Opaque to the device; URL-safe so it travels as a query parameter unescaped."""


class AlertFeed(ResponseModel):
    """Answer to `GET /v1/alerts`.

    Attributes:
        reset: drop every stored alert before applying `entries` (a full snapshot).
        entries: changes in order, at most the requested `limit`.
        next_cursor: pass as `since` next time (store it with the entries).
        has_more: more entries are waiting; ask again at once.
    """

    entries: Annotated[list[AlertFeedEntry], Field(max_length=ALERT_FEED_MAX_LIMIT)] = Field(
        default_factory=list
    )
    has_more: bool = False
    next_cursor: Cursor
    reset: bool = False
