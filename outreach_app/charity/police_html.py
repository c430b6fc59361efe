"""The police export as printable HTML, one IR per page (services/police_pdf.py prints it).

Qt-free so that it is tested without Qt and the PDF shows exactly this text. Every value
is escaped: report text is the person's words, never markup.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from outreach_app.charity.police_report import (
    REPORT_FIELDS,
    SUBJECT_FIELDS,
    VEHICLE_FIELDS,
    ExportHeader,
    IntelligenceReport,
)

_STYLE = """
* { color: #000000; }
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; }
h2 { font-size: 12pt; margin-top: 10pt; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; width: 34%; font-weight: bold; }
td, th { border: 1px solid #555; padding: 3px 6px; vertical-align: top; }
p.meta { font-size: 9pt; }
"""
PAGE_BREAK = "<div style='page-break-before: always'></div>"


def _cell(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _rows(pairs: Sequence[tuple[str, str]], values: Mapping[str, str]) -> str:
    """A labelled row per field that has a value (an empty field is left off the page)."""
    return "".join(
        f"<tr><th>{html.escape(label)}</th><td>{_cell(values[name])}</td></tr>"
        for name, label in pairs
        if values.get(name, "")
    )


def report_html(report: IntelligenceReport, number: int, total: int) -> str:
    parts = [
        f"<h1>Intelligence report {number} of {total}</h1>",
        f"<p class='meta'>Reference {html.escape(report.reference)} · "
        f"3x5x2: {html.escape(report.fields.get('evaluation', ''))}</p>",
        f"<table>{_rows(REPORT_FIELDS, report.fields)}</table>",
    ]
    for index, subject in enumerate(report.subjects, start=1):
        parts.append(f"<h2>Subject {index}</h2><table>{_rows(SUBJECT_FIELDS, subject)}</table>")
    for index, vehicle in enumerate(report.vehicles, start=1):
        parts.append(f"<h2>Vehicle {index}</h2><table>{_rows(VEHICLE_FIELDS, vehicle)}</table>")
    return "".join(parts)


def export_html(header: ExportHeader, reports: Sequence[IntelligenceReport]) -> str:
    """All reports, each starting on its own page, under a cover line saying who sent what to whom."""
    cover = (
        f"<p class='meta'>{html.escape(header.agency)} to {html.escape(header.force)}: "
        f"{len(reports)} report(s), disclosed by {html.escape(header.staff)} "
        f"on {header.at.strftime('%Y-%m-%d %H:%M')} UTC</p>"
    )
    pages = [report_html(report, i, len(reports)) for i, report in enumerate(reports, start=1)]
    body = cover + PAGE_BREAK.join(pages)
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"
