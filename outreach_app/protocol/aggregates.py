"""Monthly statistics in protocol v2: `POST /v2/stats` with an AggregateUpload.

Statistics never leave per report. A device sends, per month and region, the counts of its
incidents with statistics consent (by type, age band, gender, weapon used, police told) and
its contact counts (as v1's MonthlyStats). Each row carries an `aggregate_key`:
hex HMAC-SHA256(device-local random secret, "stats|" + org + "|" + region + "|" + month).
Only the device can compute it, and the server cannot link it to the device id, yet a device
that re-sends a corrected month sends the same key, and the server replaces that key's
contribution instead of counting it twice. The server stores sums per organisation, region
and month, plus each key's latest contribution, and no column naming a device.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated, ClassVar

from pydantic import Field, field_validator, model_validator

from outreach_app.domain.enums import AgeBand, Gender, IncidentType, ReferralKind, SupplyKind
from outreach_app.protocol.base import Count, RegionId, RequestModel, ResponseModel, Sha256Hex, WireDate
from outreach_app.protocol.limits import MAX_STATS_ROWS
from outreach_app.protocol.stats import Month

AGGREGATE_KEY_PREFIX = "stats|"
AggregateSchemaVersion = Annotated[int, Field(ge=2, le=2)]


def aggregate_key(device_secret: bytes, org: str, region: str | None, month: str) -> str:
    """hex HMAC-SHA256(device_secret, "stats|" + org + "|" + region + "|" + month); a row
    without a region (contacts in unmapped areas) uses the empty string."""
    message = f"{AGGREGATE_KEY_PREFIX}{str(org).lower()}|{region or ''}|{month}".encode()
    return hmac.new(device_secret, message, hashlib.sha256).hexdigest()


def _drop_zero(value: dict[str, int]) -> dict[str, int]:
    return {kind: count for kind, count in sorted(value.items()) if count > 0}


class MonthlyAggregate(RequestModel):
    """One device's complete counts for one month and region.

    Attributes:
        aggregate_key: see module doc; the same key replaces its earlier contribution.
        region_id: null only for contacts in areas not mapped to a server region (such a
            row has no incidents: an incident needs a region to be shared).
        incidents: incidents with statistics consent in the month.
        incident_types: incidents per type (an incident of several types counts in each).
        age_bands, genders: incidents per band / gender of the person harmed.
        weapon_used, police_told: incidents where a weapon was used / the police were told.
        contacts, supplies, referrals: the service counts, as in v1.
        Count maps drop zero entries (one canonical form).
    """

    SORTED_DICT_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"age_bands", "genders", "incident_types", "referrals", "supplies"}
    )

    age_bands: dict[AgeBand, Count] = Field(default_factory=dict)
    aggregate_key: Sha256Hex
    contacts: Count = 0
    genders: dict[Gender, Count] = Field(default_factory=dict)
    incident_types: dict[IncidentType, Count] = Field(default_factory=dict)
    incidents: Count = 0
    month: Month
    police_told: Count = 0
    referrals: dict[ReferralKind, Count] = Field(default_factory=dict)
    region_id: RegionId | None = None
    supplies: dict[SupplyKind, Count] = Field(default_factory=dict)
    weapon_used: Count = 0

    @field_validator("age_bands", "genders", "incident_types", "referrals", "supplies")
    @classmethod
    def _drop_zero(cls, value: dict[str, int]) -> dict[str, int]:
        return _drop_zero(value)

    @model_validator(mode="after")
    def _consistent(self) -> MonthlyAggregate:
        if self.region_id is None and self.incidents:
            raise ValueError("incidents are counted only in a region")
        for name in ("weapon_used", "police_told"):
            if getattr(self, name) > self.incidents:
                raise ValueError(f"{name} cannot exceed incidents")
        for name in ("age_bands", "genders"):
            if sum(getattr(self, name).values()) > self.incidents:
                raise ValueError(f"{name} cannot count more than the incidents")
        return self


class AggregateUpload(RequestModel):
    """Body of `POST /v2/stats`: 1..MAX_STATS_ROWS rows with distinct aggregate keys."""

    rows: Annotated[list[MonthlyAggregate], Field(min_length=1, max_length=MAX_STATS_ROWS)]
    schema_version: AggregateSchemaVersion = 2

    @model_validator(mode="after")
    def _one_row_per_key(self) -> AggregateUpload:
        keys = [row.aggregate_key for row in self.rows]
        if len(set(keys)) != len(keys):
            raise ValueError("one row per aggregate_key")
        return self


class AggregateReceipt(ResponseModel):
    """Answer to an AggregateUpload: the keys stored (all of them, in the order sent)."""

    aggregate_keys: Annotated[list[Sha256Hex], Field(max_length=MAX_STATS_ROWS)]
    received_on: WireDate
