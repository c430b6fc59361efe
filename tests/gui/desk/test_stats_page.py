"""The desk's Statistics page: the server's figures shown only as published (the disclosure
rule), a chart per table of the printed counts, bad input refused, the funder report."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path
from typing import Any

from outreach_app.ui.pages.desk.stats import DeskStatsPage
from tests.unit.charity.test_desk_stats import ROWS

from .conftest import settle


def _page(qtbot: Any, ctx: Any, tmp_path: Path, rows: Any = ROWS) -> DeskStatsPage:
    figures = tmp_path / "figures.json"
    figures.write_text(json.dumps(rows), encoding="utf-8")
    page = DeskStatsPage(ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    page.first.setText("2026-01")
    page.last.setText("2026-02")
    page.open_rows(figures)
    settle(qtbot, ctx.tasks)
    return page


def test_the_figures_show_as_published_with_a_chart_per_table(
    qtbot: Any, desk_ctx: Any, tmp_path: Path
) -> None:
    page = _page(qtbot, desk_ctx, tmp_path)
    stats = page.stats
    assert stats is not None
    tables = page.tables.toPlainText()
    assert "Safety and outreach across our projects" in tables
    assert "[c]" in tables  # the 4 incidents in the south in January: suppressed
    assert "\n4\n" not in tables and "\n33\n" not in tables  # exact counts never shown
    assert "35" in tables  # 33 rounded to base 5
    assert page.table_choice.count() == len(stats.export.tables)
    tables_n, hidden_n = len(stats.export.tables), len(stats.export.suppressed)
    tables_words = f"{tables_n} table{'s' if tables_n != 1 else ''}"
    assert page.message.text() == f"{tables_words}; counts suppressed by the disclosure rule: {hidden_n}."
    assert page.chart.title() == stats.export.tables[0].table.title
    (series,) = page.chart.series()
    printed = sorted(int(v) for s in series.barSets() for v in [s.at(i) for i in range(s.count())])
    assert 4 not in printed and 33 not in printed
    page.table_choice.setCurrentIndex(page.table_choice.count() - 1)
    assert page.chart.title() == stats.export.tables[-1].table.title


def test_bad_figures_or_a_bad_period_are_refused_clearly(qtbot: Any, desk_ctx: Any, tmp_path: Path) -> None:
    page = _page(
        qtbot, desk_ctx, tmp_path, rows=[{"month": "2026-13", "region_id": "n", "measure": "x", "count": 1}]
    )
    assert (
        page.stats is None
        and page.message.text() == "Could not read the figures: row 1: month is not YYYY-MM"
    )
    page = _page(qtbot, desk_ctx, tmp_path)
    page.first.setText("2026-05")
    page.load()
    settle(qtbot, desk_ctx.tasks)
    assert page.message.text().startswith("Could not read the figures:")
    assert page.stats is not None  # what was shown stays until a good period is read


def test_the_funder_report_is_written_privately_and_never_over_a_file(
    qtbot: Any, desk_ctx: Any, tmp_path: Path
) -> None:
    page = _page(qtbot, desk_ctx, tmp_path)
    out = tmp_path / "funder.csv"
    page.export_to(out, "csv")
    settle(qtbot, desk_ctx.tasks)
    assert page.message.text().startswith("Funder report written to funder.csv")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "[c]" in text and list(csv.reader(io.StringIO(text)))
    before = out.read_bytes()
    page.export_to(out, "csv")
    assert (
        page.message.text() == "funder.csv already exists: choose a new file." and out.read_bytes() == before
    )
