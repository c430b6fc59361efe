"""Cross-organisation statistics for the charity desk, from the server's monthly aggregates.

Input: rows `{month, region_id, measure, count}` as the server sums them across organisations
(`server/db/stats.py:summed_across_orgs`; rows that still carry an `org_id`, as
`outreach-server stats --format json` prints them, are summed here). Measures are the
aggregates' dotted names: `contacts`, `incidents`, `weapon_used`, `police_told`,
`incident_types.<type>`, `age_bands.<band>`, `genders.<gender>`, `supplies.<kind>`,
`referrals.<kind>`.

Output: the tables of a funder report, with the project's one disclosure rule
(domain/disclosure.py) applied to all of them together, exactly as the coordinator's export.
Counts that add up (contacts and incidents by region, supplies, referrals) get totals; counts
that do not (one incident may have several types; age bands and genders leave out the
unknown; weapon and police flags) are printed without totals. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from outreach_app.domain.disclosure import DisclosedExport, Table, disclose

NO_REGION = ""
NO_REGION_LABEL = "No region"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_MEASURE = re.compile(r"^[a-z0-9_]{1,40}(\.[a-z0-9_]{1,40})?$")
MAX_MONTHS = 120
"""Ten years of months in one report, as the coordinator's period allows."""


class DeskStatsError(ValueError):
    """The rows or the period are not what the server sends; the message says which."""


@dataclass(frozen=True, slots=True)
class AggregateRow:
    month: str
    region_id: str  # NO_REGION for contacts in areas mapped to no region
    measure: str
    count: int


def parse_rows(rows: Iterable[Mapping[str, object]]) -> list[AggregateRow]:
    """Check and sum the server's rows per (month, region, measure); DeskStatsError names the
    first bad row (its position, never its values beyond the field's name)."""
    sums: defaultdict[tuple[str, str, str], int] = defaultdict(int)
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            raise DeskStatsError(f"row {number} is not an object")
        month, region, measure, count = (
            row.get("month"),
            row.get("region_id"),
            row.get("measure"),
            row.get("count"),
        )
        if not isinstance(month, str) or not _MONTH.match(month):
            raise DeskStatsError(f"row {number}: month is not YYYY-MM")
        if region is not None and (not isinstance(region, str) or len(region) > 64):
            raise DeskStatsError(f"row {number}: region_id is not a region id")
        if not isinstance(measure, str) or not _MEASURE.match(measure):
            raise DeskStatsError(f"row {number}: measure is not an aggregate measure")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise DeskStatsError(f"row {number}: count is not a whole number of at least 0")
        sums[(month, region or NO_REGION, measure)] += count
    return [AggregateRow(m, r, s, c) for (m, r, s), c in sorted(sums.items()) if c]


def months_between(first: str, last: str) -> tuple[str, ...]:
    """Every month from `first` to `last` inclusive (YYYY-MM)."""
    for value in (first, last):
        if not _MONTH.match(value):
            raise DeskStatsError(f"{value!r} is not a month (YYYY-MM)")
    if last < first:
        raise DeskStatsError("the period ends before it starts")
    out: list[str] = []
    year, month = int(first[:4]), int(first[5:])
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if len(out) > MAX_MONTHS:
            raise DeskStatsError(f"the period is longer than {MAX_MONTHS} months")
    return tuple(out)


def _by_region(
    rows: Sequence[AggregateRow], measure: str, months: Sequence[str]
) -> dict[tuple[str, str], int]:
    return {(r.month, r.region_id): r.count for r in rows if r.measure == measure and r.month in months}


def _by_kind(rows: Sequence[AggregateRow], family: str, months: Sequence[str]) -> dict[tuple[str, str], int]:
    prefix = family + "."
    cells: defaultdict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if r.measure.startswith(prefix) and r.month in months:
            cells[(r.month, r.measure.removeprefix(prefix))] += r.count  # summed over regions
    return dict(cells)


def _flags(rows: Sequence[AggregateRow], months: Sequence[str]) -> dict[tuple[str, str], int]:
    cells: defaultdict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if r.measure in ("weapon_used", "police_told") and r.month in months:
            cells[(r.month, r.measure)] += r.count
    return dict(cells)


def _cols(cells: Mapping[tuple[str, str], int]) -> tuple[str, ...]:
    return tuple(sorted({col for _, col in cells})) or ("",)


def tables(
    rows: Sequence[AggregateRow], months: Sequence[str], region_names: Mapping[str, str] | None = None
) -> list[Table]:
    """The funder report's tables over `months` (exact counts; `report` discloses them)."""
    months = tuple(months)
    labels = {NO_REGION: NO_REGION_LABEL, **(region_names or {})}

    def two_way(
        title: str, measure: str, col_dim: str, cells: Mapping[tuple[str, str], int], *, additive: bool
    ) -> Table:
        cols = _cols(cells)
        return Table(
            title,
            measure,
            "month",
            months,
            dict(cells),
            col_dim=col_dim,
            cols=cols,
            additive=additive,
            labels=labels,
        )

    return [
        two_way(
            "Incidents by month and region",
            "incidents",
            "region",
            _by_region(rows, "incidents", months),
            additive=True,
        ),
        two_way(
            "Incidents by month and type",
            "incident_types",
            "type",
            _by_kind(rows, "incident_types", months),
            additive=False,
        ),
        two_way(
            "Weapon used and police told, by month",
            "incident_flags",
            "flag",
            _flags(rows, months),
            additive=False,
        ),
        two_way(
            "Age band of the person harmed, by month",
            "age_bands",
            "band",
            _by_kind(rows, "age_bands", months),
            additive=False,
        ),
        two_way(
            "Gender of the person harmed, by month",
            "genders",
            "gender",
            _by_kind(rows, "genders", months),
            additive=False,
        ),
        two_way(
            "Contacts by month and region",
            "contacts",
            "region",
            _by_region(rows, "contacts", months),
            additive=True,
        ),
        two_way(
            "Supplies handed out by month and kind",
            "supplies",
            "kind",
            _by_kind(rows, "supplies", months),
            additive=True,
        ),
        two_way(
            "Referrals by month and kind",
            "referrals",
            "kind",
            _by_kind(rows, "referrals", months),
            additive=True,
        ),
    ]


def report(
    rows: Sequence[AggregateRow], months: Sequence[str], region_names: Mapping[str, str] | None = None
) -> DisclosedExport:
    """The tables with the disclosure rule applied to all of them together."""
    return disclose(tables(rows, months, region_names))
