"""CSV export of statistics for funders: every number already passed the disclosure rule.

One file holds all tables of one export (so the rule was applied to them
together), each under its title, with the rule itself stated at the top.
Labels that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from outreach_app.crypto.atomic import write_private
from outreach_app.domain.disclosure import SUPPRESSED_MARK, DisclosedExport, DisclosedTable
from outreach_app.reports.statistics import Period

RULE_TEXT = (
    f"Counts of 1 to 9 are shown as {SUPPRESSED_MARK}. Other counts are rounded to the nearest 5. "
    f"Where a row or column has a {SUPPRESSED_MARK} entry it has at least two, so hidden counts cannot "
    "be worked out from the totals. Totals are computed from exact counts and then rounded, so they "
    "may differ from the sum of the rounded entries."
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Prefix text a spreadsheet would treat as a formula (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(export: DisclosedExport, period: Period, *, title: str = "Outreach statistics") -> str:
    lines: list[list[str]] = [
        [title],
        ["Period", period.start.isoformat(), period.end.isoformat()],
        ["Disclosure rule", RULE_TEXT],
    ]
    for disclosed in export.tables:
        lines.append([])
        lines.append([disclosed.table.title])
        lines.extend(table_rows(disclosed))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([[safe_cell(cell) for cell in line] for line in lines])
    return buffer.getvalue()


def table_rows(disclosed: DisclosedTable) -> list[list[str]]:
    """A table as rows of text (header first), with totals when the counts add up."""
    table = disclosed.table
    add_totals = table.additive
    rows: list[list[str]] = []
    if table.two_way:
        header = [table.row_dim, *[table.label(c) for c in table.cols]]
        rows.append(header + (["Total"] if add_totals else []))
        for row in table.rows:
            line = [table.label(row), *[disclosed.cell(row, c).text() for c in table.cols]]
            rows.append(line + ([disclosed.row_total(row).text()] if add_totals else []))
        if add_totals:
            totals = ["Total", *[disclosed.col_total(c).text() for c in table.cols]]
            rows.append([*totals, disclosed.grand_total().text()])
    else:
        rows.append([table.row_dim, "Count"])
        rows.extend([table.label(row), disclosed.cell(row).text()] for row in table.rows)
        if add_totals:
            rows.append(["Total", disclosed.grand_total().text()])
    return rows


def write_csv(path: Path, text: str) -> None:
    """Write the export atomically with private permissions (only on the user's confirmation)."""
    write_private(path, text.encode("utf-8"))
