"""PDF rendering of a statistics export (Qt's QPdfWriter; Qt may only be used from services/ up).

Each table comes with the chart the Statistics page shows for it (stacked bars where the
counts add up, side-by-side bars where they do not, whole-number axis ticks, the same
words for stored keys), drawn black on white with fill patterns telling the series apart,
so it prints and photocopies. Suppressed cells are not drawn (a bar would give them away).

Type sizes are real points on paper: the page is laid out in the document's own units at
A4 size in those units and scaled to the writer's dots when drawn (it was laid out on a
page measured in the writer's 300 dpi dots, so 11 pt came out at 3.5 pt), rendered into memory
and written with `write_private` (0600, fsync, rename), so no half-written or
world-readable PDF is ever on disk. Every number in it has already passed the disclosure rule.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from outreach_app.domain.disclosure import DisclosedExport, DisclosedTable
from outreach_app.domain.display import integer_tick_step
from outreach_app.reports.export_csv import RULE_TEXT, table_rows
from outreach_app.reports.statistics import Period
from outreach_app.services.fonts import ensure_gui_application

# Dots per inch of the PDF (charts are vectors, so this only sets where lines fall).
DPI = 300
# Points of type on paper (1 pt = 1/72 inch).
CHART_TEXT_PT = 9.0
CHART_HEIGHT_MM = 70.0
_MARGIN_MM = 15.0
# The document's object type for a chart, and the format property holding its table's index.
_CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 1
_CHART_INDEX = int(QTextFormat.Property.UserProperty.value) + 1
SUPPRESSED_NOTE = "Counts shown as [c] in the table are not drawn in the chart."
SUPPRESSED_IN_TOTAL_NOTE = (
    "Counts shown as [c] in the table are not drawn one by one: the part of a month's total"
    " they hold is drawn as \u201cNot broken down\u201d."
)
NOT_BROKEN_DOWN = "Not broken down ([c])"

# Readable on paper (9 pt body and 8 pt notes were too small for funders' reports); black on
# white whatever the screen theme.
_STYLE = """
* { color: #000000; }
body { font-family: sans-serif; font-size: 11pt; background: #ffffff; }
h1 { font-size: 18pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 3px 8px; }
td.n { text-align: right; }
p.rule { font-size: 10pt; }
"""


def words(value: str) -> str:
    """A stored key as words on paper ("non_payment" → "Non payment"); other text as it is."""
    if value and value == value.lower() and " " not in value and "_" in value:
        spaced = value.replace("_", " ")
        return spaced[:1].upper() + spaced[1:]
    return value


def export_html(
    export: DisclosedExport,
    period: Period,
    label: Callable[[str], str] = words,
    charts: dict[int, str] | None = None,
    title: str = "Outreach statistics",
) -> str:
    """The export as HTML; `label` turns stored keys (e.g. "non_payment") into the words the
    app shows ("Non-payment"); other text passes through it unchanged. `charts` maps the
    index of each table that gets a chart to the note printed under it ("" for none); the
    chart goes where `chart_marker(index)` is (see `render_pdf`)."""
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>Period: {period.start.isoformat()} to {period.end.isoformat()}</p>",
        f"<p class='rule'>{html.escape(RULE_TEXT)}</p>",
    ]
    for index, disclosed in enumerate(export.tables):
        parts.append(f"<h2>{html.escape(disclosed.table.title)}</h2>")
        if charts is not None and index in charts:
            parts.append(f"<p>{chart_marker(index)}</p>")
            if charts[index]:
                parts.append(f"<p class='rule'>{html.escape(charts[index])}</p>")
        parts.append("<table>")
        rows = table_rows(disclosed)
        header, body = rows[0], rows[1:]
        # The first heading is the dimension's own name ("month"), never a stored key: through
        # `label` it read "Sometime that month" (the app's words for the value "month").
        names = [_heading(header[0]), *(_heading(label(c)) for c in header[1:])]
        parts.append("<tr>" + "".join(f"<th>{html.escape(name)}</th>" for name in names) + "</tr>")
        for row in body:
            cells = [f"<td>{html.escape(label(row[0]))}</td>"]
            cells += [f"<td class='n'>{html.escape(c)}</td>" for c in row[1:]]
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def chart_marker(index: int) -> str:
    """Placeholder text for a chart in the HTML, replaced by the chart object."""
    return f"@@outreach-chart-{index}@@"


def _heading(text: str) -> str:
    """A column heading starts with a capital ("month" is the dimension's stored name)."""
    return text[:1].upper() + text[1:]


# ----- charts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartData:
    """What one chart shows. Attributes: categories (x axis, e.g. months), series (label and
    one value per category; suppressed cells are 0 and listed in `hidden`), stacked, ticks
    (the y axis labels: whole numbers from 0), hidden (count of cells not drawn)."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    stacked: bool
    ticks: tuple[int, ...]
    hidden: int


def chart_data(disclosed: DisclosedTable, label: Callable[[str], str] = words) -> ChartData:
    """The chart of one table as the Statistics page draws it: stacked when the counts add
    up (contacts by area, supplies…), side by side when they do not (incident types)."""
    table = disclosed.table
    hidden = 0
    series: list[tuple[str, tuple[int, ...]]] = []
    for col in table.cols:
        values: list[int] = []
        for row in table.rows:
            printed = disclosed.cell(row, col)
            hidden += printed.value is None
            values.append(printed.value or 0)
        name = label(table.label(col)) if table.two_way else _heading(table.measure.replace("_", " "))
        series.append((name, tuple(values)))
    stacked = table.two_way and table.additive
    if stacked and hidden:
        # A month's printed total still stands for its hidden cells: the part of it the
        # shown cells do not cover is drawn as its own segment, so the bar is as tall as the
        # total (only printed numbers are used: nothing more is disclosed).
        rest = []
        for r, row in enumerate(table.rows):
            total = disclosed.row_total(row).value
            covered = all(disclosed.cell(row, col).value is not None for col in table.cols)
            shown = sum(values[r] for _, values in series)
            # Only where a cell is hidden: elsewhere a gap is rounding, not a hidden count.
            rest.append(0 if covered or total is None else max(0, total - shown))
        if any(rest):
            series.append((NOT_BROKEN_DOWN, tuple(rest)))
    columns = list(zip(*(values for _, values in series), strict=True)) if series else []
    top = max((sum(c) if stacked else max(c, default=0)) for c in columns) if columns else 0
    step = integer_tick_step(top)
    ticks = tuple(range(0, step * max(1, math.ceil(top / step)) + 1, step))
    categories = tuple(label(table.label(row)) for row in table.rows)
    return ChartData(categories, tuple(series), stacked, ticks, hidden)


# Black-and-white fills, one per series, told apart in print and in the legend.
_FILLS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.NoBrush,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.Dense6Pattern,
)


def _mm(mm: float, dpi: float) -> float:
    return mm / 25.4 * dpi


class _ChartObject(QPyTextObject):
    """Draws the charts where the document holds their object character: as vectors and
    real text on the page (searchable, sharp at any zoom, pure black on white)."""

    def __init__(
        self, charts: dict[int, ChartData], size: QSizeF, dpi: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.charts = charts
        self.size = size
        self.dpi = dpi

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # Qt override
        return self.size

    def drawObject(  # Qt override
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        data = self.charts.get(int(fmt.property(_CHART_INDEX)))
        if data is not None:
            painter.save()
            try:
                _draw_chart(painter, QRectF(rect), data, self.dpi)
            finally:
                painter.restore()


def _draw_chart(painter: QPainter, area: QRectF, data: ChartData, dpi: float) -> None:
    """`data` drawn into `area`, in units of which `dpi` make an inch on paper."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(CHART_TEXT_PT / 72 * dpi))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    black = QColor("black")
    thin = QPen(black, dpi / 150)
    painter.setPen(thin)
    # Legend rows at the bottom (only when there is more than one series).
    legend_items = [name for name, _ in data.series] if len(data.series) > 1 else []
    legend_rows = _legend_rows(legend_items, metrics, area.width(), line)
    legend_height = len(legend_rows) * line * 1.3
    axis_width = metrics.horizontalAdvance(str(data.ticks[-1])) + line * 0.6
    plot = QRectF(
        area.left() + axis_width,
        area.top() + line * 0.6,
        area.width() - axis_width - line * 0.3,
        area.height() - line * 0.6 - line * 1.6 - legend_height - line * 0.6,  # room below
    )
    top_value = data.ticks[-1] or 1
    # Y axis: whole-number ticks and hairline dotted grid lines (black: nothing prints grey).
    grid = QPen(black, dpi / 300)
    grid.setDashPattern([2.0, 12.0])  # sparse dots: guides, not lines competing with the bars
    for tick in data.ticks:
        y = plot.bottom() - plot.height() * tick / top_value
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(thin)
        text = str(tick)
        painter.drawText(
            QRectF(area.left(), y - line / 2, axis_width - line * 0.3, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    count = len(data.categories)
    if count:
        slot = plot.width() / count
        bars = 1 if data.stacked else max(1, len(data.series))
        bar_width = slot * 0.7 / bars
        for i in range(count):
            base = plot.bottom()
            for s, (_, values) in enumerate(data.series):
                value = values[i]
                height = plot.height() * value / top_value
                x = plot.left() + slot * i + slot * 0.15 + (0 if data.stacked else bar_width * s)
                if value:
                    rect = QRectF(x, base - height, bar_width, height)
                    painter.fillRect(rect, QColor("white"))
                    painter.setBrush(QBrush(black, _FILLS[s % len(_FILLS)]))
                    painter.drawRect(rect)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                if data.stacked:
                    base -= height
        # Category labels: every one if they fit, else every n-th (weeks of a year).
        widest = max(metrics.horizontalAdvance(c) for c in data.categories) + line * 0.5
        every = max(1, math.ceil(widest / slot))
        for i in range(0, count, every):
            painter.drawText(
                QRectF(
                    plot.left() + slot * i + slot / 2 - widest / 2, plot.bottom() + line * 0.2, widest, line
                ),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                data.categories[i],
            )
    y = plot.bottom() + line * 1.6
    for row in legend_rows:
        x = area.left() + axis_width
        for s, name in row:
            box = QRectF(x, y + line * 0.2, line * 0.9, line * 0.7)
            painter.fillRect(box, QColor("white"))
            painter.setBrush(QBrush(black, _FILLS[s % len(_FILLS)]))
            painter.drawRect(box)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_width = metrics.horizontalAdvance(name)
            painter.drawText(
                QRectF(x + line * 1.2, y, text_width + line, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            x += line * 2.2 + text_width
        y += line * 1.3


def _legend_rows(
    names: list[str], metrics: QFontMetricsF, width: float, line: float
) -> list[list[tuple[int, str]]]:
    rows: list[list[tuple[int, str]]] = []
    used = width
    for index, name in enumerate(names):
        needed = line * 2.2 + metrics.horizontalAdvance(name)
        if not rows or used + needed > width * 0.95:
            rows.append([])
            used = line * 3
        rows[-1].append((index, name))
        used += needed
    return rows


def _note(chart: ChartData) -> str:
    """What the page says under a chart about the counts it does not draw ("" if none)."""
    if not chart.hidden:
        return ""
    if chart.series and chart.series[-1][0] == NOT_BROKEN_DOWN:
        return SUPPRESSED_IN_TOTAL_NOTE
    return SUPPRESSED_NOTE


def render_pdf(
    export: DisclosedExport,
    period: Period,
    label: Callable[[str], str] = words,
    *,
    title: str = "Outreach statistics",
) -> bytes:
    """The export as PDF bytes (A4 portrait), each table under its chart; `title` heads the
    first page and names the file (the charity desk's funder report passes its own)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Outreach")
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins)
    )
    writer.setResolution(DPI)
    document = QTextDocument()
    charts = {
        index: chart
        for index, chart in ((i, chart_data(d, label)) for i, d in enumerate(export.tables))
        if chart.categories and chart.series
    }
    # The whole text first, the layout after: a document that already has a layout starts a
    # layout timer on every change, which a worker thread (the export runs on the DB
    # thread) has no event loop for.
    document.setHtml(export_html(export, period, label, {i: _note(c) for i, c in charts.items()}, title))
    for index in charts:
        cursor = document.find(chart_marker(index))
        chart_format = QTextCharFormat()
        chart_format.setObjectType(_CHART_OBJECT)
        chart_format.setProperty(_CHART_INDEX, index)
        cursor.insertText("\ufffc", chart_format)
    # Laid out in the document's own units (the screen's dots per inch, as Qt sizes its
    # type) on a page of A4's size in those units; the painter scales them to the writer's
    # dots. Setting the writer as the layout's device instead only worked for text set after
    # it, and a document with a layout starts a timer on every change (see above).
    screen = QGuiApplication.primaryScreen()
    units = screen.logicalDotsPerInchY() if screen is not None else 96.0
    scale = writer.resolution() / units
    page = QSizeF(writer.width() / scale, writer.height() / scale)
    document.setPageSize(page)
    size = QSizeF(page.width() - 2 * document.documentMargin() - 2, _mm(CHART_HEIGHT_MM, units))
    document.documentLayout().registerHandler(_CHART_OBJECT, _ChartObject(charts, size, units, document))
    document.markContentsDirty(0, document.characterCount())  # lay the charts out at their size
    # Page by page by hand: QTextDocument.print_ lays out a copy, which has no chart handler.
    painter = QPainter(writer)
    try:
        for number in range(document.pageCount()):
            if number:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
    finally:
        painter.end()
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
