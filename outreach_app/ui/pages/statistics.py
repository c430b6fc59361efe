"""The Statistics page: charts and tables of exact counts for a chosen period, and exports.

Charts and tables show exact counts (the coordinator's own project data on
their own screen). Exports for funders go through `ops.coordinator`,
which applies the disclosure rule and refuses a worker session; the export
buttons are only shown to coordinators, but that is convenience, not the check.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.display import integer_tick_step
from outreach_app.ops import coordinator
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.ops.coordinator import Cells, Period, PeriodError, Statistics, area_columns
from outreach_app.ops.session import VaultSession
from outreach_app.ui.context import AppContext
from outreach_app.ui.file_dialogs import ask_save_path
from outreach_app.ui.models.labels import stored_key_label, value_label
from outreach_app.ui.models.qt_types import AnyIndex, ItemData
from outreach_app.ui.pages.base import Page
from outreach_app.ui.progress import TaskProgress, start_progress
from outreach_app.ui.widgets import WholeDateEdit


class CountsTableModel(QAbstractTableModel):
    """A read-only grid of counts: rows (months, weeks, kinds) by columns, with a Total column.

    Attributes:
        row_labels / col_labels: header texts.
        values: values[row][col] (exact counts).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_labels: list[str] = []
        self.col_labels: list[str] = []
        self.values: list[list[int]] = []

    def set_grid(self, row_labels: Sequence[str], col_labels: Sequence[str], values: list[list[int]]) -> None:
        self.beginResetModel()
        self.row_labels = list(row_labels)
        self.col_labels = [*col_labels, self.tr("Total")] if col_labels else []
        self.values = [[*row, sum(row)] for row in values]
        self.endResetModel()

    def clear(self) -> None:
        self.set_grid([], [], [])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.row_labels)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.col_labels)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> ItemData:
        if not index.isValid() or index.row() >= len(self.values) or index.column() >= len(self.col_labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.values[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> ItemData:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        labels = self.col_labels if orientation == Qt.Orientation.Horizontal else self.row_labels
        return labels[section] if section < len(labels) else None


def grid(
    rows: Sequence[str], cells: Cells, cols: Sequence[str] | None = None
) -> tuple[list[str], list[list[int]]]:
    """Columns and a dense value grid for `cells` keyed (row, col)."""
    columns = list(cols) if cols is not None else sorted({c for _, c in cells})
    return columns, [[cells.get((r, c), 0) for c in columns] for r in rows]


class ChartPanel(QWidget):
    """A chart over its table; `show_counts` fills both from one grid."""

    def __init__(self, title: str, *, stacked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stacked = stacked
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(title)
        self.model = CountsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("%1 table").replace("%1", title))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.apply_palette()

    def apply_palette(self) -> None:
        """Follow the app's theme: Qt Charts draws on white unless told (glaring in the dark theme)."""
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

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_palette()

    def show_counts(self, rows: Sequence[str], col_labels: Sequence[str], values: list[list[int]]) -> None:
        self.model.set_grid(rows, col_labels, values)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not rows or not col_labels:
            return
        series = QStackedBarSeries() if self.stacked else QBarSeries()
        for c, label in enumerate(col_labels):
            bar_set = QBarSet(label)
            bar_set.append([float(row[c]) for row in values])
            series.append(bar_set)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(rows))
        y_axis = QValueAxis()
        top = max((sum(r) if self.stacked else max(r, default=0)) for r in values) if values else 0
        step = integer_tick_step(top)
        # Ticks at whole counts only: "nice numbers" on a range of 0-2 gave 0, 0.5, 1 … shown
        # as "0 0 1 1 2" by the integer format.
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        y_axis.setRange(0, step * max(1, math.ceil(top / step)))
        y_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.apply_palette()

    def clear(self) -> None:
        self.model.clear()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)


class StatisticsPage(Page):
    """Statistics for a period: contacts, people, supplies, referrals, incidents and reports.

    Attributes:
        panels: the chart+table panels by key (contacts_area, contacts_mode, contacts_week,
            people, supplies, referrals, incidents, reports).
        choose_path: asks where to save an export (tests replace it; default a file dialog).
        stats: the counts shown, or None.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("statistics")
        self.title = self.tr("Statistics")
        self.stats: Statistics | None = None
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self.export_progress: TaskProgress | None = None

        today = QDate.currentDate()
        self.start_edit = WholeDateEdit(today.addMonths(-11).addDays(1 - today.day()), self)
        self.end_edit = WholeDateEdit(today, self)
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.status = QLabel("", self)
        self.status.setAccessibleName(self.tr("Statistics status"))
        self.status.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("From"), self))
        controls.addWidget(self.start_edit)
        controls.addWidget(QLabel(self.tr("To"), self))
        controls.addWidget(self.end_edit)
        controls.addWidget(self.show_button)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.pdf_button)

        self.tabs = QTabWidget(self)
        self.panels: dict[str, ChartPanel] = {}
        specs = [
            ("contacts_area", self.tr("Contacts by month and area"), True),
            ("contacts_mode", self.tr("Contacts by month and shift mode"), True),
            ("contacts_week", self.tr("Contacts by week"), False),
            ("people", self.tr("Unique people seen by month"), False),
            ("supplies", self.tr("Supplies by month and kind"), True),
            ("referrals", self.tr("Referrals by month and kind"), True),
            ("incidents", self.tr("Incidents by month and type"), False),
            ("reports", self.tr("Reports shared and withdrawn"), False),
        ]
        for key, title, stacked in specs:
            panel = ChartPanel(title, stacked=stacked, parent=self.tabs)
            panel.setObjectName(f"panel_{key}")
            self.panels[key] = panel
            self.tabs.addTab(panel, title)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(self.on_changes)
        self._apply_role()

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._apply_role()
        self.refresh()

    def clear_sensitive(self) -> None:
        self.stats = None
        for panel in self.panels.values():
            panel.clear()
        self.status.setText("")

    def on_changes(self, changes: Changes) -> None:
        if self.ctx.role is not None and changes.touches(
            Kind.CONTACTS, Kind.INCIDENTS, Kind.AREAS, Kind.OUTBOX
        ):
            self.refresh()

    def _apply_role(self) -> None:
        coordinator_role = self.ctx.is_coordinator
        for button in (self.csv_button, self.pdf_button):
            button.setVisible(coordinator_role)
            button.setEnabled(coordinator_role)

    # ----- data -----------------------------------------------------------------------------

    def period(self) -> Period | None:
        start = date.fromisoformat(self.start_edit.date().toString("yyyy-MM-dd"))
        end = date.fromisoformat(self.end_edit.date().toString("yyyy-MM-dd"))
        try:
            return Period(start, end)
        except PeriodError as exc:
            self.status.setText(str(exc))
            return None

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        self.ctx.tasks.run_db(lambda s: coordinator.statistics(s, period), self.show_statistics, self._failed)

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        months = list(stats.months)
        areas, values = grid(months, stats.contacts_area, area_columns(stats))
        self.panels["contacts_area"].show_counts(months, [stats.area_labels.get(a, a) for a in areas], values)
        modes, values = grid(months, stats.contacts_mode)
        self.panels["contacts_mode"].show_counts(months, [self._mode_label(m) for m in modes], values)
        _, values = grid(list(stats.weeks), stats.contacts_week, [""])
        self.panels["contacts_week"].show_counts(list(stats.weeks), [self.tr("Contacts")], values)
        _, values = grid(months, stats.people_month, [""])
        self.panels["people"].show_counts(months, [self.tr("People")], values)
        for key, cells in (
            ("supplies", stats.supplies),
            ("referrals", stats.referrals),
            ("incidents", stats.incident_types),
        ):
            cols, values = grid(months, cells)
            self.panels[key].show_counts(months, [value_label(c) for c in cols], values)
        cols, values = grid(months, stats.reports, ["shared", "withdrawn"])
        self.panels["reports"].show_counts(months, [self.tr("Shared"), self.tr("Withdrawn")], values)
        self.status.setText(
            self.tr("%1 contacts, %2 people seen, %3 incidents in this period.")
            .replace("%1", str(stats.total_contacts()))
            .replace("%2", str(stats.people_total))
            .replace("%3", str(sum(stats.incidents.values())))
        )

    def _mode_label(self, mode: str) -> str:
        return self.tr("No shift") if mode == "none" else value_label(mode)

    # ----- export ---------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        period = self.period()
        if period is None:
            return
        path = self.choose_path(fmt)
        if path is None:
            return
        now = self.ctx.clock()
        # Cancel is safe until the file is written (export_statistics asks right before).
        progress = start_progress(self, self.tr("Exporting the statistics…"), cancellable=True)
        self.export_progress = progress

        def job(session: VaultSession) -> OpResult[coordinator.ExportResult]:
            from outreach_app.services.stats_pdf import render_pdf  # loaded only when exporting

            return coordinator.export_statistics(
                session,
                period,
                "pdf" if fmt == "pdf" else "csv",
                path,
                now=now,
                cancelled=progress.cancelled.is_set,
                render_pdf=lambda export, period: render_pdf(export, period, stored_key_label),
            )

        self.run_op(job, progress.then(self._exported), progress.then(self._failed))

    def _exported(self, result: coordinator.ExportResult) -> None:
        self.status.setText(
            self.tr("Exported %1 tables to %2 (%3 small counts hidden).")
            .replace("%1", str(result.tables))
            .replace("%2", str(result.path))
            .replace("%3", str(result.suppressed))
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, coordinator.ExportCancelledError):
            self.status.setText(self.tr("Export cancelled. Nothing was written."))
            return
        # Permission and period errors carry plain messages; anything else gets a neutral one.
        message = str(exc) if isinstance(exc, PermissionError | ValueError) else self.tr("That did not work.")
        self.status.setText(message)

    def _ask_path(self, fmt: str) -> Path | None:
        suffix = "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)"
        return ask_save_path(self, self.tr("Export statistics"), f"statistics.{fmt}", suffix)


def default_start(today: date) -> date:
    """First day of the month eleven months ago: the last twelve months including this one."""
    first = today.replace(day=1)
    for _ in range(11):
        first = (first - timedelta(days=1)).replace(day=1)
    return first
