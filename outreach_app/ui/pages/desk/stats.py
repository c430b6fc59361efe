"""The desk's Statistics: the charity's figures across organisations, as published.

The input is the server's monthly aggregates summed across organisations: fetched from the
staff API ("Fetch from the server", `GET /v2/staff/stats`, on the DB thread as every HTTP
call of the desk), or a JSON file from `outreach-server stats --format json`. Every number on
this page has passed the project's one disclosure rule (ops/desk_stats.py → domain/disclosure.py): even
the desk's screen shows the published form, counts under 10 as "[c]" and the rest rounded.
Each table has a chart of its printed counts (the funder report's own chart data); the
funder report is exported as CSV or as a PDF with those charts.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.ops import desk_stats
from outreach_app.ops.desk_stats import DeskStatistics
from outreach_app.services.stats_pdf import ChartData, chart_data, export_html
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.models.labels import stored_key_label
from outreach_app.ui.pages.common import set_tab_chain
from outreach_app.ui.pages.desk.common import DeskPage
from outreach_app.ui.widgets import button, heading

if TYPE_CHECKING:
    from outreach_app.domain.disclosure import DisclosedExport
    from outreach_app.ops.coordinator import Period
    from outreach_app.ops.desk_stats import StatsExportResult


def read_statistics(path: Path, first: str, last: str) -> DeskStatistics:
    """The server's rows in `path` as the disclosed tables of first..last (on a worker thread)."""
    try:
        rows: object = json.loads(path.read_bytes())
    except (OSError, ValueError):
        raise desk_stats.DeskStatsError(f"{path.name} is not a JSON list of the server's figures") from None
    if not isinstance(rows, list):
        raise desk_stats.DeskStatsError(f"{path.name} is not a JSON list of the server's figures")
    return desk_stats.desk_statistics(rows, first, last)


class DeskStatsPage(DeskPage):
    """Attributes:
    rows_path: the server's figures file. from_server: the figures come from the staff API.
    first / last: the period (YYYY-MM). fetch_button: fetch the period from the server;
    open_button: choose a file instead; show_button: read the chosen source for the period.
    tables: every table as published. table_choice: which table the chart shows.
    chart / chart_view: that table's printed counts. export_format, export_button: the
    funder report. stats: what is shown (None before a file is read).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Statistics")
        self.stats: DeskStatistics | None = None
        self.rows_path: Path | None = None
        self.from_server = False

        self.file_label = QLabel(self.tr("No figures opened yet."), self)
        self.fetch_button = button(
            self.tr("Fetch from the &server"),
            self.tr("Fetch the figures for this period from the server"),
            self,
        )
        self.open_button = button(
            self.tr("&Open the server's figures…"), self.tr("Open the server's figures"), self
        )
        self.first = QLineEdit(self)
        self.first.setAccessibleName(self.tr("First month"))
        self.first.setPlaceholderText("YYYY-MM")
        self.last = QLineEdit(self)
        self.last.setAccessibleName(self.tr("Last month"))
        self.last.setPlaceholderText("YYYY-MM")
        self.show_button = button(
            self.tr("S&how"), self.tr("Show the figures for this period"), self, role="primary"
        )
        self.table_choice = QComboBox(self)
        self.table_choice.setAccessibleName(self.tr("Table to chart"))
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Chart of the chosen table"))
        self.chart_note = QLabel("", self)
        self.chart_note.setWordWrap(True)
        self.tables = QTextBrowser(self)
        self.tables.setAccessibleName(self.tr("Tables as published"))
        self.export_format = QComboBox(self)
        self.export_format.setAccessibleName(self.tr("Funder report file type"))
        self.export_format.addItem(self.tr("PDF with charts"), "pdf")
        self.export_format.addItem(self.tr("CSV"), "csv")
        self.export_button = button(
            self.tr("&Export funder report…"), self.tr("Export the funder report"), self
        )

        source_row = QHBoxLayout()
        source_row.addWidget(self.file_label, 1)
        source_row.addWidget(self.fetch_button)
        source_row.addWidget(self.open_button)
        period_row = QHBoxLayout()
        for text, widget in ((self.tr("&From:"), self.first), (self.tr("&To:"), self.last)):
            name = QLabel(text, self)
            name.setBuddy(widget)
            period_row.addWidget(name)
            period_row.addWidget(widget)
        period_row.addWidget(self.show_button)
        period_row.addStretch(1)
        period_row.addWidget(self.export_format)
        period_row.addWidget(self.export_button)
        chart_box = QWidget(self)
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_row = QHBoxLayout()
        chart_label = QLabel(self.tr("&Chart:"), self)
        chart_label.setBuddy(self.table_choice)
        chart_row.addWidget(chart_label)
        chart_row.addWidget(self.table_choice, 1)
        chart_column.addLayout(chart_row)
        chart_column.addWidget(self.chart_view, 1)
        chart_column.addWidget(self.chart_note)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(chart_box)
        split.addWidget(self.tables)
        split.setChildrenCollapsible(False)
        split.setSizes([520, 440])
        column = QVBoxLayout(self)
        column.addWidget(heading(self.title, self))
        column.addLayout(source_row)
        column.addLayout(period_row)
        column.addWidget(split, 1)
        column.addWidget(self.message)
        set_tab_chain(
            [
                self.fetch_button,
                self.open_button,
                self.first,
                self.last,
                self.show_button,
                self.export_format,
                self.export_button,
                self.table_choice,
                self.tables,
            ]
        )

        self.fetch_button.clicked.connect(self.fetch)
        self.open_button.clicked.connect(self._ask_rows)
        self.show_button.clicked.connect(self.load)
        self.table_choice.currentIndexChanged.connect(lambda _i: self.show_chart())
        self.export_button.clicked.connect(self._ask_export)
        self._show(None)

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        today = self.ctx.clock().date()
        if not self.last.text():
            self.last.setText(f"{today.year:04d}-{today.month:02d}")
        if not self.first.text():
            self.first.setText(f"{today.year - 1:04d}-{today.month:02d}")

    def clear_sensitive(self) -> None:
        self.rows_path = None
        self.from_server = False
        self.file_label.setText(self.tr("No figures opened yet."))
        self.message.clear()
        self._show(None)

    # ----- loading ------------------------------------------------------------------------

    def _ask_rows(self) -> None:
        from outreach_app.ui.file_dialogs import ask_open_path

        path = ask_open_path(self, self.tr("Open the server's figures"), self.tr("JSON files (*.json)"))
        if path is not None:
            self.open_rows(path)

    def open_rows(self, path: Path) -> None:
        self.rows_path = path
        self.from_server = False
        self.file_label.setText(self.tr("Figures: %1").replace("%1", path.name))
        self.load()

    def fetch(self) -> None:
        """Fetch the period's figures from the server (HTTP on the DB thread); Show then
        fetches again for a changed period."""
        self.from_server = True
        self.rows_path = None
        self.file_label.setText(self.tr("Figures: from the server"))
        self.load()

    def load(self) -> None:
        path = self.rows_path
        first, last = self.first.text().strip(), self.last.text().strip()
        if self.from_server:
            self.fetch_button.setEnabled(False)

            def fetched(stats: DeskStatistics) -> None:
                self.fetch_button.setEnabled(True)
                self._show(stats)

            def not_fetched(exc: BaseException) -> None:
                self.fetch_button.setEnabled(True)
                self.failed(self.tr("fetch the figures"))(exc)

            self.ctx.tasks.run_db(lambda s: desk_stats.fetch_statistics(s, first, last), fetched, not_fetched)
            return
        if path is None:
            self.say(self.tr("Fetch the figures from the server or open a file first."), error=True)
            return
        self.ctx.tasks.run_cpu(
            lambda: read_statistics(path, first, last), self._show, self.failed(self.tr("read the figures"))
        )

    def _show(self, stats: DeskStatistics | None) -> None:
        self.stats = stats
        self.export_button.setEnabled(stats is not None)
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        if stats is None:
            self.tables.clear()
            self.table_choice.blockSignals(False)
            self._clear_chart()
            return
        for index, disclosed in enumerate(stats.export.tables):
            self.table_choice.addItem(disclosed.table.title, index)
        self.table_choice.blockSignals(False)
        self.tables.setHtml(
            export_html(stats.export, stats.period, stored_key_label, title=desk_stats.FUNDER_REPORT_TITLE)
        )
        self.say(
            english_plural(
                self.tr(
                    "%n table(s); counts suppressed by the disclosure rule: %1.", "", len(stats.export.tables)
                ),
                len(stats.export.tables),
            ).replace("%1", str(len(stats.export.suppressed)))
        )
        self.show_chart()

    # ----- chart --------------------------------------------------------------------------

    def _clear_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle("")
        self.chart_note.clear()

    def show_chart(self) -> None:
        self._clear_chart()
        stats = self.stats
        index = self.table_choice.currentData()
        if stats is None or index is None:
            return
        disclosed = stats.export.tables[int(index)]
        data = chart_data(disclosed, stored_key_label)
        self.chart.setTitle(disclosed.table.title)
        self.draw(data)

    def draw(self, data: ChartData) -> None:
        if not data.categories or not data.series:
            return
        series = QStackedBarSeries() if data.stacked else QBarSeries()
        for name, values in data.series:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(data.categories))
        y_axis = QValueAxis()
        top = data.ticks[-1] if data.ticks else 1
        step = data.ticks[1] - data.ticks[0] if len(data.ticks) > 1 else max(1, top)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        y_axis.setRange(0, max(top, step * max(1, math.ceil(top / step))))
        y_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if data.hidden:
            self.chart_note.setText(
                english_plural(
                    self.tr("Not drawn (the disclosure rule): %n suppressed count(s).", "", data.hidden),
                    data.hidden,
                )
            )
        self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        if self.chart.theme() != theme:
            self.chart.setTheme(theme)
        text = palette.color(QPalette.ColorRole.WindowText)
        self.chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)

    # ----- export -------------------------------------------------------------------------

    def _ask_export(self) -> None:
        from outreach_app.ui.file_dialogs import ask_save_path

        fmt = str(self.export_format.currentData())
        name_filter = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        path = ask_save_path(self, self.tr("Save the funder report"), f"funder-report.{fmt}", name_filter)
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the funder report (0600, listed for quick delete, audited); never over a file."""
        stats = self.stats
        if stats is None:
            return
        if path.exists():
            self.say(self.tr("%1 already exists: choose a new file.").replace("%1", path.name), error=True)
            return
        now = self.ctx.clock()
        render = None
        if fmt == "pdf":
            from outreach_app.services.stats_pdf import render_pdf

            def render(export: DisclosedExport, period: Period, title: str) -> bytes:
                return render_pdf(export, period, stored_key_label, title=title)

        def written(result: StatsExportResult) -> None:
            self.say(
                self.tr("Funder report written to %1 (%2 tables).")
                .replace("%1", result.path.name)
                .replace("%2", str(result.tables))
            )

        self.run_op(
            lambda s: desk_stats.export_funder_report(
                s, stats, fmt="pdf" if fmt == "pdf" else "csv", dest=path, now=now, render_pdf=render
            ),
            written,
            self.failed(self.tr("export the funder report")),
        )
