"""The police desk's work products: exports in the UK Intelligence Report shape and the
disclosure log (docs/police_export.md). For the desk's pages and `outreach desk …`.

Every function takes the unlocked desk `VaultSession` first and runs on the DB thread.
Inputs are plain: the decrypted police contents (protocol.contents) the desk graded. An
export is written only when the desk confirmed it (`confirmed=True`, after the page showed
`preview`), atomically and 0600, in the same transaction that logs the disclosure, so the
log never misses a file that left and never names one that was not written.

deskcore's pull calls `on_report_withdrawn(session, envelope_id, now=…)` for every
withdrawal that reaches the desk: a report that was disclosed gets one "notify <force>"
task per force that received it; `mark_notified` keeps that the desk did.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from outreach_app.charity import disclosures as log
from outreach_app.charity.disclosures import (
    DisclosedReport,
    Disclosure,
    DisclosureLogError,
    ExportFormat,
    Notice,
    clean_name,
)
from outreach_app.charity.police_csv import render_police_csv
from outreach_app.charity.police_grading import Evaluation, GradeError, parse_evaluation
from outreach_app.charity.police_report import ExportHeader, IntelligenceReport, PoliceContent, map_report
from outreach_app.core.vault import VaultSession
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.ops.outside_writes import write_export
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos.outside_files import OutsideKind

__all__ = [
    "Disclosure",
    "DisclosureLogError",
    "Evaluation",
    "ExportNotConfirmedError",
    "GradeError",
    "GradedReport",
    "Notice",
    "PoliceExportResult",
    "PolicePdfRenderer",
    "disclosures",
    "export_police",
    "mark_notified",
    "notices",
    "on_report_withdrawn",
    "parse_evaluation",
    "preview",
]

# Draws the reports as PDF bytes (Qt: services.police_pdf.render_police_pdf, passed in by the
# app and the CLI, as coordinator.export_statistics takes its renderer).
PolicePdfRenderer = Callable[[ExportHeader, Sequence[IntelligenceReport]], bytes]


class ExportNotConfirmedError(Exception):
    """The desk did not confirm the export: nothing was written or logged."""


@dataclass(frozen=True, slots=True)
class GradedReport:
    """One decrypted police content and the 3x5x2 evaluation the desk chose for it."""

    content: PoliceContent
    evaluation: Evaluation


@dataclass(frozen=True, slots=True)
class PoliceExportResult:
    path: Path
    disclosure: Disclosure


def preview(
    reports: Sequence[GradedReport],
    *,
    agency: str,
    force: str,
    by: str,
    now: datetime,
    region_names: Mapping[str, str] | None = None,
) -> list[IntelligenceReport]:
    """The reports exactly as the export will hold them (what the desk confirms)."""
    if not reports:
        raise DisclosureLogError("choose at least one report to disclose")
    ids = [str(r.content.envelope_id) for r in reports]
    if len(set(ids)) != len(ids):
        raise DisclosureLogError("a report appears twice in one export")
    header = _header(agency, force, by, now)
    return [map_report(r.content, r.evaluation, header, region_names) for r in reports]


def _header(agency: str, force: str, by: str, now: datetime) -> ExportHeader:
    return ExportHeader(
        clean_name(agency, "agency name"), clean_name(by, "staff name"), clean_name(force, "force"), now
    )


def export_police(
    session: VaultSession,
    reports: Sequence[GradedReport],
    *,
    fmt: ExportFormat,
    dest: Path,
    agency: str,
    force: str,
    by: str,
    now: datetime,
    confirmed: bool,
    render_pdf: PolicePdfRenderer | None = None,
    region_names: Mapping[str, str] | None = None,
) -> OpResult[PoliceExportResult]:
    """Write the export to `dest` (0600, atomic) and log the disclosure, or do neither.

    Raises ExportNotConfirmedError (unless `confirmed`), DisclosureLogError (no report, a
    report twice, a bad name), ValueError (a PDF without a renderer); nothing is written."""
    if not confirmed:
        raise ExportNotConfirmedError("the desk has not confirmed this disclosure")
    shaped = preview(reports, agency=agency, force=force, by=by, now=now, region_names=region_names)
    if fmt == "csv":
        data = render_police_csv(shaped)
    elif render_pdf is None:
        raise ValueError("a PDF export needs a renderer")
    else:
        data = render_pdf(_header(agency, force, by, now), shaped)
    held = [
        DisclosedReport(str(r.content.envelope_id), r.content.purpose, r.evaluation.code) for r in reports
    ]
    with transaction(session.conn):
        disclosure = log.record_disclosure(session.conn, force=force, by=by, at=now, fmt=fmt, reports=held)
        detail: dict[str, object] = {
            "what": "police",
            "format": fmt,
            "reports": len(held),
            "disclosure": disclosure.disclosure_id,
        }
        # The file last, in the log's transaction: a failed write rolls the log back too.
        write_export(session, Path(dest), data, OutsideKind.EXPORT, now, detail)
    return OpResult(PoliceExportResult(Path(dest), disclosure), Changes.of(Kind.OUTSIDE_FILES))


def disclosures(session: VaultSession, *, envelope_id: str | None = None) -> list[Disclosure]:
    """The disclosure log, newest first (or what was disclosed of one report)."""
    return log.list_disclosures(session.conn, envelope_id=envelope_id)


def notices(session: VaultSession, *, open_only: bool = False) -> list[Notice]:
    """The "notify <force>" tasks, oldest first."""
    return log.list_notices(session.conn, open_only=open_only)


def on_report_withdrawn(session: VaultSession, envelope_id: str, *, now: datetime) -> list[Notice]:
    """A withdrawal reached the desk: raise a "notify <force>" task for every force that received
    the report (none if it was never disclosed). Idempotent; returns the report's notices."""
    return log.raise_withdrawal_notices(session.conn, str(envelope_id), at=now)


def mark_notified(session: VaultSession, notice_id: str, *, by: str, now: datetime) -> Notice:
    """Keep that the desk told the force (who, when); a notice is marked once."""
    return log.mark_notified(session.conn, notice_id, by=by, at=now)
