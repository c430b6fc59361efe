"""Monthly service counts: `POST /v1/stats` with a StatsUpload, answered by a StatsReceipt.

Exact counts per month and region of contacts, supplies by kind and referrals by kind —
no person-level data. Idempotent per device and month: for every month in an upload, the
server replaces all of that device's rows for the month with the rows sent, so a device
resends a month whole whenever its counts change. Small cells are suppressed only where
numbers are published, never before combining.
"""

from __future__ import annotations

import re
from typing import Annotated, ClassVar

from pydantic import AfterValidator, Field, field_validator, model_validator

from outreach_app.domain.enums import ReferralKind, SupplyKind
from outreach_app.protocol.base import Count, RegionId, RequestModel, ResponseModel, WireDate
from outreach_app.protocol.limits import MAX_STATS_ROWS
from outreach_app.protocol.version import SchemaVersion

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def _month(value: str) -> str:
    match = _MONTH.match(value)
    if match is None or int(match.group(1)) < 2000:
        raise ValueError("month must be YYYY-MM (year 2000 or later)")
    return value


Month = Annotated[str, Field(min_length=7, max_length=7), AfterValidator(_month)]
"""A calendar month, `YYYY-MM`."""


class MonthlyStats(RequestModel):
    """Exact counts for one month in one region.

    Attributes:
        region_id: None for contacts in areas not mapped to a server region.
        supplies, referrals: by kind; zero counts are left out (so they have one form).
    """

    SORTED_DICT_FIELDS: ClassVar[frozenset[str]] = frozenset({"referrals", "supplies"})
    """Dict fields a validator sorts (canonical.serialises_sorted relies on it)."""

    contacts: Count = 0
    month: Month
    referrals: dict[ReferralKind, Count] = Field(default_factory=dict)
    region_id: RegionId | None = None
    supplies: dict[SupplyKind, Count] = Field(default_factory=dict)

    @field_validator("supplies", "referrals")
    @classmethod
    def _drop_zero(cls, value: dict[str, int]) -> dict[str, int]:
        return {kind: count for kind, count in sorted(value.items()) if count > 0}


class StatsUpload(RequestModel):
    """Body of `POST /v1/stats`: rows for one or more months; each month present is complete."""

    rows: Annotated[list[MonthlyStats], Field(min_length=1, max_length=MAX_STATS_ROWS)]
    schema_version: SchemaVersion = 1

    @model_validator(mode="after")
    def _one_row_per_cell(self) -> StatsUpload:
        cells = [(row.month, row.region_id or "") for row in self.rows]
        if len(set(cells)) != len(cells):
            raise ValueError("one row per month and region")
        return self

    def months(self) -> list[str]:
        return sorted({row.month for row in self.rows})


class StatsReceipt(ResponseModel):
    """Answer to a StatsUpload: the months now stored for this device, and the server's day."""

    months: Annotated[list[Month], Field(max_length=MAX_STATS_ROWS)]
    received_on: WireDate
