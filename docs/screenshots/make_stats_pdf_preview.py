"""Render page 1 of a statistics PDF export (made-up counts) to docs/screenshots/statistics-pdf.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_stats_pdf_preview.py

The PDF is made by the real `services.stats_pdf.render_pdf` (with the app's labels) and
rasterised by QtPdf, so the picture is what a printer gets.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from outreach_app.domain.disclosure import Table, disclose
from outreach_app.reports.statistics import Period
from outreach_app.services.stats_pdf import ensure_gui_application, render_pdf
from outreach_app.ui.models.labels import value_label

MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04")


def _label(value: str) -> str:
    return value_label(value) if value == value.lower() and " " not in value else value


def main() -> None:
    ensure_gui_application()
    contacts = {("2026-01", "a1"): 42, ("2026-02", "a1"): 27, ("2026-03", "a1"): 33, ("2026-04", "a1"): 38}
    contacts |= {("2026-01", "a3"): 12, ("2026-02", "a3"): 3, ("2026-03", "a3"): 19, ("2026-04", "a3"): 4}
    contacts |= {("2026-01", "a2"): 16, ("2026-02", "a2"): 21, ("2026-03", "a2"): 14, ("2026-04", "a2"): 25}
    incidents = {("2026-01", "non_payment"): 16, ("2026-02", "verbal_abuse"): 18}
    incidents |= {("2026-03", "non_payment"): 12}
    incidents |= {("2026-04", "robbery_theft"): 11, ("2026-04", "non_payment"): 14}
    export = disclose(
        [
            Table(
                "Contacts by month and area",
                "contacts",
                "month",
                MONTHS,
                contacts,
                col_dim="area",
                cols=("a1", "a2", "a3"),
                labels={"a1": "Docks", "a2": "Station", "a3": "Park"},
            ),
            Table(
                "Incidents by month and type",
                "incident_types",
                "month",
                MONTHS,
                incidents,
                col_dim="type",
                cols=("non_payment", "robbery_theft", "verbal_abuse"),
                additive=False,
            ),
        ]
    )
    pdf = render_pdf(export, Period(date(2026, 1, 1), date(2026, 4, 30)), _label)
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    width = 900
    image = document.render(0, QSize(width, round(width * points.height() / points.width())))
    out = Path(__file__).with_name("statistics-pdf.png")
    image.save(str(out))
    print(out)


if __name__ == "__main__":
    main()
