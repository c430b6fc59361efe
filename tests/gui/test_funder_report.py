"""The desk's funder report written by the op: CSV parsed back, PDF (with charts) read back."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime
from pathlib import Path

import pypdf

from outreach_app.core.vault import VaultSession
from outreach_app.ops import desk_stats
from outreach_app.services.stats_pdf import render_pdf
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.outside_files import list_outside_files
from tests.gui.test_police_pdf import pdf_text
from tests.unit.charity.test_desk_stats import ROWS
from tests.unit.ops.conftest import session  # noqa: F401 - the real vault fixture

NOW = datetime(2026, 4, 3, 9, 0, tzinfo=UTC)


def test_the_funder_report_as_csv_and_pdf(session: VaultSession, tmp_path: Path) -> None:  # noqa: F811
    stats = desk_stats.desk_statistics(ROWS, "2026-01", "2026-02", {"north": "North", "south": "South"})
    csv_path, pdf_path = tmp_path / "funders.csv", tmp_path / "funders.pdf"
    desk_stats.export_funder_report(session, stats, fmt="csv", dest=csv_path, now=NOW)
    desk_stats.export_funder_report(
        session,
        stats,
        fmt="pdf",
        dest=pdf_path,
        now=NOW,
        render_pdf=lambda export, period, title: render_pdf(export, period, title=title),
    )
    for path in (csv_path, pdf_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = list(csv.reader(io.StringIO(csv_path.read_text("utf-8"))))
    assert lines[0] == [desk_stats.FUNDER_REPORT_TITLE]
    assert ["Incidents by month and region"] in lines
    start = lines.index(["Incidents by month and region"])
    assert lines[start + 1 : start + 5] == [
        ["month", "North", "South", "Total"],
        ["2026-01", "[c]", "[c]", "35"],
        ["2026-02", "[c]", "[c]", "55"],
        ["Total", "60", "35", "95"],
    ]
    text = pdf_text(pdf_path)
    assert desk_stats.FUNDER_REPORT_TITLE in text and "Incidents by month and region" in text
    assert "Counts shown as [c]" in text  # the chart's note: hidden counts are not drawn
    assert "33" not in text.split() and "37" not in text.split()  # no exact count escaped the rule
    assert pypdf.PdfReader(pdf_path).metadata.title == desk_stats.FUNDER_REPORT_TITLE  # type: ignore[union-attr]
    assert {f.path for f in list_outside_files(session.conn)} == {csv_path.absolute(), pdf_path.absolute()}
    audit.fold_pending(session.conn)
    exports = [e.detail for e in audit.list_entries(session.conn) if e.kind == "export"]
    assert [(d["what"], d["format"]) for d in exports] == [
        ("desk_statistics", "csv"),
        ("desk_statistics", "pdf"),
    ]
