"""PDF rendering of a statistics export (Qt's QPdfWriter; Qt may only be used from services/ up).

The document is rendered into memory and written with `write_private`
(0600, fsync, rename), so no half-written or world-readable PDF is ever on
disk. Every number in it has already passed the disclosure rule.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from outreach_app.reports.disclosure import DisclosedExport
from outreach_app.reports.export_csv import RULE_TEXT, table_rows
from outreach_app.reports.statistics import Period

# Readable on paper (9 pt body and 8 pt notes were too small for funders' reports); black on
# white whatever the screen theme.
_STYLE = """
* { color: #000000; }
body { font-family: sans-serif; font-size: 11pt; }
h1 { font-size: 18pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 3px 8px; }
td.n { text-align: right; }
p.rule { font-size: 10pt; }
"""


def ensure_gui_application() -> QGuiApplication:
    """PDF fonts need a GUI application; the command line has none, so make an offscreen one.

    A QApplication (not only a QGuiApplication), so that a process that later shows widgets
    (or a test session) can still use it.
    """
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QGuiApplication)
    return app


def words(value: str) -> str:
    """A stored key as words on paper ("non_payment" → "Non payment"); other text as it is."""
    if value and value == value.lower() and " " not in value and "_" in value:
        spaced = value.replace("_", " ")
        return spaced[:1].upper() + spaced[1:]
    return value


def export_html(export: DisclosedExport, period: Period, label: Callable[[str], str] = words) -> str:
    """The export as HTML; `label` turns stored keys (e.g. "non_payment") into the words the
    app shows ("Non-payment"); other text passes through it unchanged."""
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        "<h1>Outreach statistics</h1>",
        f"<p>Period: {period.start.isoformat()} to {period.end.isoformat()}</p>",
        f"<p class='rule'>{html.escape(RULE_TEXT)}</p>",
    ]
    for disclosed in export.tables:
        parts.append(f"<h2>{html.escape(disclosed.table.title)}</h2><table>")
        rows = table_rows(disclosed)
        header, body = rows[0], rows[1:]
        parts.append("<tr>" + "".join(f"<th>{html.escape(label(c))}</th>" for c in header) + "</tr>")
        for row in body:
            cells = [f"<td>{html.escape(label(row[0]))}</td>"]
            cells += [f"<td class='n'>{html.escape(c)}</td>" for c in row[1:]]
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def render_pdf(export: DisclosedExport, period: Period, label: Callable[[str], str] = words) -> bytes:
    """The export as PDF bytes (A4 portrait)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Outreach statistics")
    writer.setCreator("Outreach")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(export_html(export, period, label))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
