"""The charity desk's cross-organisation statistics: tables, charts and the funder report.

Input: the server's monthly aggregates summed across organisations (rows from
`server/db/stats.py:summed_across_orgs`): fetched from the staff API (`fetch_statistics`,
`GET /v2/staff/stats`), or read from a file `outreach-server stats --format json` wrote.
Every number shown or exported has passed the project's one disclosure rule
(domain/disclosure.py) — the desk sees the charity's figures across organisations, so even
its screen gets the published form. Exports are written 0600 and atomically, listed for
quick delete, and audited (format and counts only), as the coordinator's are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from outreach_app.charity.desk_stats import DeskStatsError, months_between, parse_rows, report
from outreach_app.core.vault import VaultSession
from outreach_app.domain.disclosure import DisclosedExport
from outreach_app.ops import desk
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.ops.outside_writes import write_export
from outreach_app.reports.export_csv import render_csv
from outreach_app.reports.statistics import Period
from outreach_app.storage.repos.outside_files import OutsideKind

__all__ = [
    "FUNDER_REPORT_TITLE",
    "DeskStatistics",
    "DeskStatsError",
    "FunderPdfRenderer",
    "StatsExportResult",
    "desk_statistics",
    "export_funder_report",
    "fetch_statistics",
]

FUNDER_REPORT_TITLE = "Safety and outreach across our projects"
# Draws the report as PDF bytes (Qt: `services.stats_pdf.render_pdf`, with the charts the
# coordinator's export has), passed in by the app and the CLI.
FunderPdfRenderer = Callable[[DisclosedExport, Period, str], bytes]


@dataclass(frozen=True, slots=True)
class DeskStatistics:
    """What the desk's Statistics page shows: the period and every table as published."""

    first_month: str
    last_month: str
    export: DisclosedExport

    @property
    def period(self) -> Period:
        return Period.of_months(self.first_month, self.last_month)


@dataclass(frozen=True, slots=True)
class StatsExportResult:
    path: Path
    tables: int
    suppressed: int


def desk_statistics(
    rows: Iterable[Mapping[str, object]],
    first_month: str,
    last_month: str,
    region_names: Mapping[str, str] | None = None,
) -> DeskStatistics:
    """The server's rows as the disclosed tables of a period (DeskStatsError for bad input)."""
    months = months_between(first_month, last_month)
    return DeskStatistics(first_month, last_month, report(parse_rows(rows), months, region_names))


def fetch_statistics(
    session: VaultSession,
    first_month: str,
    last_month: str,
    *,
    region_names: Mapping[str, str] | None = None,
    transport: desk.Transport = None,
) -> DeskStatistics:
    """The server's figures for first..last, fetched by this desk (any role) and shown as the
    same disclosed tables as from a file. The period is checked before any request
    (DeskStatsError); the server's refusals and unreachable servers are DeskError. HTTP: run
    it off the GUI thread."""
    months_between(first_month, last_month)
    answer = desk.staff(session, lambda client: client.stats(first_month, last_month), transport)
    if (answer.first_month, answer.last_month) != (first_month, last_month):
        raise DeskStatsError("the server answered for another period")
    rows = [row.model_dump() for row in answer.rows]
    return desk_statistics(rows, first_month, last_month, region_names)


def export_funder_report(
    session: VaultSession,
    stats: DeskStatistics,
    *,
    fmt: Literal["csv", "pdf"],
    dest: Path,
    now: datetime,
    render_pdf: FunderPdfRenderer | None = None,
) -> OpResult[StatsExportResult]:
    """Write the funder report (CSV, or PDF with charts) and audit it; nothing on any error."""
    if fmt == "csv":
        data = render_csv(stats.export, stats.period, title=FUNDER_REPORT_TITLE).encode("utf-8")
    elif render_pdf is None:
        raise ValueError("a PDF export needs a renderer")
    else:
        data = render_pdf(stats.export, stats.period, FUNDER_REPORT_TITLE)
    detail: dict[str, object] = {
        "what": "desk_statistics",
        "format": fmt,
        "tables": len(stats.export.tables),
        "suppressed": len(stats.export.suppressed),
        "first_month": stats.first_month,
        "last_month": stats.last_month,
    }
    write_export(session, Path(dest), data, OutsideKind.STATISTICS, now, detail)
    result = StatsExportResult(Path(dest), len(stats.export.tables), len(stats.export.suppressed))
    return OpResult(result, Changes.of(Kind.OUTSIDE_FILES))
