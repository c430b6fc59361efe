"""The police export as CSV: one row per report, one column per IR field (police_report.py).

Every cell is text a spreadsheet must show, never run: a value that starts like a formula
(`=`, `+`, `-`, `@`, a tab or a carriage return, also after leading spaces) gets a leading
apostrophe, the OWASP advice against CSV injection. Phone numbers in E.164 (`+44…`) get one
too, which also keeps a spreadsheet from turning them into numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from outreach_app.charity.police_report import IntelligenceReport, columns, flat_row

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """`text` as a cell no spreadsheet evaluates (a leading apostrophe where needed)."""
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def render_police_csv(reports: Sequence[IntelligenceReport]) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheets read the accents right): a header row of column
    names, then one row per report; cells a report does not fill are empty."""
    names = [name for name, _ in columns(reports)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(names)
    for report in reports:
        row = flat_row(report)
        writer.writerow([spreadsheet_safe(row.get(name, "")) for name in names])
    return buffer.getvalue().encode("utf-8-sig")
