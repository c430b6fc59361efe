"""The police export as a printable PDF (Qt's QPdfWriter: Qt may only be used from services/ up).

The text is charity/police_html.py's (Qt-free and tested on its own); this draws it on A4,
black on white, one report per page (the HTML breaks pages), into memory. The caller (ops/
desk_police.py) writes the bytes with `write_private` only after the desk confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from outreach_app.charity.police_html import export_html
from outreach_app.charity.police_report import ExportHeader, IntelligenceReport
from outreach_app.services.fonts import ensure_gui_application

_MARGIN_MM = 15.0
_DPI = 300


def render_police_pdf(header: ExportHeader, reports: Sequence[IntelligenceReport]) -> bytes:
    """The reports as PDF bytes (A4 portrait)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Intelligence reports for {header.force}")
    writer.setCreator("")
    writer.setResolution(_DPI)
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins)
    )
    document = QTextDocument()
    # The whole text before any layout (the export runs on the DB thread, which has no event
    # loop for the layout timer a laid-out document starts on every change; see stats_pdf).
    document.setHtml(export_html(header, reports))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
