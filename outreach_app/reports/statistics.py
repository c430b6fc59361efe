"""Statistics for a chosen period, read from the trigger-kept aggregates (exact counts).

`collect` gathers everything the Statistics page and the exports show;
`export_tables` turns it into the tables of one export, to which the
disclosure rule (domain/disclosure.py) is applied as a whole. Nothing here
suppresses: exact counts are what the page's charts show to a coordinator
and what `monthly_counts` sends to the charity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from outreach_app.domain.disclosure import Table
from outreach_app.storage.repos import aggregates

if TYPE_CHECKING:
    from sqlite3 import Connection

NO_AREA = ""
NO_AREA_LABEL = "No area"
NO_SHIFT_LABEL = "No shift"
MAX_PERIOD_DAYS = 366 * 10

Cells = dict[tuple[str, str], int]


class PeriodError(ValueError):
    """The period is empty, reversed or unreasonably long."""


@dataclass(frozen=True)
class Period:
    """An inclusive range of local shift days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("the period ends before it starts")
        if (self.end - self.start).days > MAX_PERIOD_DAYS:
            raise PeriodError("the period is longer than ten years")

    def months(self) -> list[str]:
        out = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def weeks(self) -> list[str]:
        out: list[str] = []
        day = self.start - timedelta(days=self.start.weekday())
        while day <= self.end:
            iso = day.isocalendar()
            out.append(f"{iso.year:04d}-W{iso.week:02d}")
            day += timedelta(days=7)
        return out

    @classmethod
    def of_months(cls, first: str, last: str) -> Period:
        """The period from the first day of month `first` to the last day of month `last`."""
        start = date.fromisoformat(first + "-01")
        last_start = date.fromisoformat(last + "-01")
        next_month = (last_start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return cls(start, next_month - timedelta(days=1))


@dataclass
class Statistics:
    """Exact counts for one period (months and ISO weeks that the period touches).

    Counts are kept per whole month and week: a period that starts mid-month
    includes that whole month (the aggregates have no finer grain, by design:
    they survive retention).

    Attributes:
        contacts_area: (month, area id) → contacts.
        contacts_mode: (month, shift mode or "none") → contacts.
        contacts_kind: (month, contact kind) → contacts.
        contacts_week: (week, "") → contacts.
        people_month: (month, "") → unique people seen that month (not additive).
        people_total: unique people seen in the whole period.
        supplies: (month, supply kind) → items handed out.
        referrals: (month, referral kind) → referrals made.
        incident_types: (month, incident type) → incidents of that type (one incident may have several).
        incidents: (month, "") → incidents.
        reports: (month, "shared"|"withdrawn") → reports.
    """

    period: Period
    months: tuple[str, ...]
    weeks: tuple[str, ...]
    area_labels: dict[str, str]
    contacts_area: Cells = field(default_factory=dict)
    contacts_mode: Cells = field(default_factory=dict)
    contacts_kind: Cells = field(default_factory=dict)
    contacts_week: Cells = field(default_factory=dict)
    people_month: Cells = field(default_factory=dict)
    people_total: int = 0
    supplies: Cells = field(default_factory=dict)
    referrals: Cells = field(default_factory=dict)
    incident_types: Cells = field(default_factory=dict)
    incidents: Cells = field(default_factory=dict)
    reports: Cells = field(default_factory=dict)

    def total_contacts(self) -> int:
        return sum(self.contacts_area.values())

    def columns(self, cells: Cells) -> list[str]:
        return sorted({col for _, col in cells})


def collect(conn: Connection, period: Period) -> Statistics:
    months = period.months()
    weeks = period.weeks()
    first, last = months[0], months[-1]
    names = aggregates.area_names(conn)
    stats = Statistics(
        period,
        tuple(months),
        tuple(weeks),
        {NO_AREA: NO_AREA_LABEL, **names},
    )
    for row in aggregates.period_counts(conn, "contacts", first, last):
        _add(stats.contacts_area, row.period, row.dim1, row.n)
        _add(stats.contacts_kind, row.period, row.dim2, row.n)
    for row in aggregates.period_counts(conn, "contacts_mode", first, last):
        _add(stats.contacts_mode, row.period, row.dim2, row.n)
    for row in aggregates.period_counts(conn, "contacts", weeks[0], weeks[-1], weekly=True):
        _add(stats.contacts_week, row.period, "", row.n)
    for month, count in aggregates.unique_people_by_month(conn, first, last).items():
        stats.people_month[(month, "")] = count
    stats.people_total = aggregates.unique_people_in_period(conn, first, last)
    for row in aggregates.period_counts(conn, "supplies", first, last):
        _add(stats.supplies, row.period, row.dim1, row.n)
    for row in aggregates.period_counts(conn, "referrals", first, last):
        _add(stats.referrals, row.period, row.dim1, row.n)
    for row in aggregates.period_counts(conn, "incident_types", first, last):
        _add(stats.incident_types, row.period, row.dim1, row.n)
    for row in aggregates.period_counts(conn, "incidents", first, last):
        _add(stats.incidents, row.period, "", row.n)
    for month, shared, withdrawn in aggregates.reports_by_month(conn, first, last):
        if shared:
            stats.reports[(month, "shared")] = shared
        if withdrawn:
            stats.reports[(month, "withdrawn")] = withdrawn
    return stats


def _add(cells: Cells, row: str, col: str, n: int) -> None:
    if n:
        cells[(row, col)] = cells.get((row, col), 0) + n


def export_tables(stats: Statistics) -> list[Table]:
    """The tables of one statistics export, ready for `disclosure.disclose`.

    Tables that share a count share its key (contacts per month is the row
    total of both the by-area and the by-mode table), so the rule prints it
    the same way in both.
    """
    months = stats.months
    mode_labels = {"none": NO_SHIFT_LABEL}
    return [
        _two_way(
            "Contacts by month and area",
            "contacts",
            "month",
            months,
            "area",
            stats.contacts_area,
            stats.area_labels,
            columns=area_columns(stats),
        ),
        _two_way(
            "Contacts by month and shift mode",
            "contacts",
            "month",
            months,
            "mode",
            stats.contacts_mode,
            mode_labels,
        ),
        _one_way("Contacts by week", "contacts_weekly", "week", stats.weeks, stats.contacts_week),
        _one_way(
            "Unique people seen by month", "people_seen", "month", months, stats.people_month, additive=False
        ),
        _two_way(
            "Supplies handed out by month and kind", "supplies", "month", months, "kind", stats.supplies
        ),
        _two_way("Referrals by month and kind", "referrals", "month", months, "kind", stats.referrals),
        _one_way("Incidents by month", "incidents", "month", months, stats.incidents),
        # One incident can have several types, so types do not add up to incidents: no totals.
        _two_way(
            "Incidents by month and type",
            "incident_types",
            "month",
            months,
            "type",
            stats.incident_types,
            additive=False,
        ),
        _two_way(
            "Reports shared and withdrawn by month",
            "reports",
            "month",
            months,
            "status",
            stats.reports,
            additive=False,
            columns=["shared", "withdrawn"],
        ),
    ]


def area_columns(stats: Statistics) -> list[str]:
    cols = stats.columns(stats.contacts_area)
    return sorted(cols, key=lambda a: (a == NO_AREA, str(stats.area_labels.get(a, a)).lower(), a))


def _two_way(
    title: str,
    measure: str,
    row_dim: str,
    rows: Iterable[str],
    col_dim: str,
    cells: Cells,
    labels: dict[str, str] | None = None,
    *,
    additive: bool = True,
    columns: list[str] | None = None,
) -> Table:
    cols = columns if columns is not None else sorted({c for _, c in cells})
    if not cols:
        cols = ["-"]
    return Table(
        title, measure, row_dim, tuple(rows), dict(cells), col_dim, tuple(cols), additive, labels or {}
    )


def _one_way(
    title: str, measure: str, row_dim: str, rows: Iterable[str], cells: Cells, *, additive: bool = True
) -> Table:
    return Table(
        title, measure, row_dim, tuple(rows), {(r, ""): n for (r, _), n in cells.items()}, additive=additive
    )


def by_column(cells: Cells) -> dict[str, int]:
    """Totals per column over all rows (e.g. supplies by kind over the period)."""
    out: dict[str, int] = defaultdict(int)
    for (_, col), n in cells.items():
        out[col] += n
    return dict(out)
