"""The statistics PDF: each table under the chart the Statistics page shows, readable on paper.

The PDF is rendered for real and read back: its text layer (pypdf: words and their size in
points on the page) and its pixels (QtPdf renders the page to an image).
"""

from __future__ import annotations

import io
import math
from collections import Counter
from datetime import date
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from outreach_app.domain.disclosure import Table, disclose
from outreach_app.reports.statistics import Period
from outreach_app.services.stats_pdf import NOT_BROKEN_DOWN, SUPPRESSED_NOTE, chart_data, render_pdf
from outreach_app.ui.models.labels import stored_key_label

MONTHS = ("2026-01", "2026-02", "2026-03")
PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))


def _export() -> Any:
    return disclose(
        [
            Table(
                "Contacts by month and area",
                "contacts",
                "month",
                MONTHS,
                {("2026-01", "a1"): 42, ("2026-02", "a1"): 27, ("2026-03", "a1"): 33, ("2026-01", "a2"): 16},
                col_dim="area",
                cols=("a1", "a2"),
                labels={"a1": "Docks", "a2": "Station"},
            ),
            # As `prepare_export` builds it: one incident can have several types, no totals.
            Table(
                "Incidents by month and type",
                "incident_types",
                "month",
                MONTHS,
                {
                    ("2026-01", "non_payment"): 16,
                    ("2026-02", "verbal_abuse"): 18,
                    ("2026-03", "non_payment"): 3,
                },
                col_dim="type",
                cols=("non_payment", "verbal_abuse"),
                additive=False,
            ),
        ]
    )


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(_export(), PERIOD, stored_key_label)


def _words(pdf: bytes) -> list[tuple[str, float]]:
    """Every piece of text on the pages with its size in points on paper."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip():
            words = " ".join(text.split())
            found.append((words, size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])))

    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def words(pdf: bytes) -> list[tuple[str, float]]:
    """`_words` of the module's PDF, read once: pypdf's extraction is these tests' CPU (it was
    read three times by two tests, ~0.2 CPU-s; issue 19). Tests only read the list."""
    return _words(pdf)


def _positions(pdf: bytes) -> list[tuple[str, float]]:
    """Text on page 1 with its height above the page's foot, in points."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: float) -> None:
        if text.strip():
            found.append((" ".join(text.split()), tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def _page_image(pdf: bytes, page: int = 0, width: int = 600) -> QImage:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    points = document.pagePointSize(page)
    image = document.render(page, QSize(width, round(width * points.height() / points.width())))
    document.close()
    return image


def test_every_word_is_readable_on_paper(qapp: Any, words: list[tuple[str, float]]) -> None:
    assert len(words) > 40
    smallest = min(size for _, size in words)
    assert smallest >= 8.5, [w for w in words if w[1] < 8.5][:5]  # was 3.5 pt before the fix
    body = [size for text, size in words if text.startswith("Period")]
    assert body and body[0] == pytest.approx(11, abs=0.3)


def test_each_table_comes_with_its_chart_labelled_in_words(qapp: Any, words: list[tuple[str, float]]) -> None:
    texts = [text for text, _ in words]
    start = texts.index("Incidents by month and type")
    chart_texts = texts[start + 1 : texts.index("Month", start)]
    # The y axis: whole numbers from 0 (no "0 0 1 1 2"), then months, then the legend in words.
    assert chart_texts[:5] == ["0", "5", "10", "15", "20"]
    assert chart_texts[5:8] == list(MONTHS)
    assert "Non-payment" in chart_texts and "Verbal abuse" in chart_texts
    # The same words head the table; no stored key reaches the paper.
    joined = " ".join(texts)
    assert "non_payment" not in joined and "Non payment" not in joined
    assert "Sometime that month" not in joined  # the app's words for the *value* "month"
    assert texts.count("Non-payment") == 2  # legend and table heading
    # Chart text sits at the chart type size, below the body but well above the floor.
    sizes = {size for text, size in words if text == "Verbal abuse"}
    assert min(sizes) >= 8.5
    # A suppressed count (3, shown as [c]) is not drawn, and the page says so.
    assert "[c]" in joined
    assert SUPPRESSED_NOTE in texts
    # Table headings: the dimension by its name, the columns in words.
    heading = texts.index("Month", start)
    assert texts[heading : heading + 3] == ["Month", "Non-payment", "Verbal abuse"]


def test_each_chart_sits_between_its_heading_and_its_table(qapp: Any, pdf: bytes) -> None:
    placed = _positions(pdf)
    heading = next(y for text, y in placed if text == "Contacts by month and area")
    table_top = next(y for text, y in placed if text == "Month")
    next_heading = next(y for text, y in placed if text == "Incidents by month and type")
    chart = [y for text, y in placed if text in ("Docks", "2026-01", "0", "60")]
    assert heading > table_top > next_heading  # PDF heights grow upwards
    chart_only = [y for y in chart if table_top < y < heading]
    assert len(chart_only) >= 4  # axis, months and legend drawn in the chart's own room
    assert heading - table_top > 150  # about 70 mm of chart: text did not flow over it


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_chart_is_drawn_black_on_white(qapp: Any, theme: str) -> None:
    from outreach_app.ui.theme import apply_theme

    before = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, theme)  # the screen's theme must not reach the paper
    try:
        pdf = render_pdf(_export(), PERIOD, stored_key_label)
    finally:
        qapp.setStyleSheet(before[0])
        qapp.setPalette(before[1])
    image = _page_image(pdf).convertToFormat(QImage.Format.Format_RGBA8888)
    # Every pixel, counted by its colour: a page holds a few hundred distinct colours, and one
    # pixelColor call per pixel of 600 x 849 was ~0.9 CPU-s a theme (issue 19).
    assert image.bytesPerLine() == 4 * image.width()  # rows without padding: R, G, B, A bytes
    data = bytes(image.constBits())
    colours = Counter(zip(data[0::4], data[1::4], data[2::4], strict=True))
    assert colours.total() == image.width() * image.height()
    coloured = sum(n for (r, g, b), n in colours.items() if max(r, g, b) - min(r, g, b) > 12)
    dark = sum(n for (r, _g, _b), n in colours.items() if r < 64)
    assert coloured == 0  # black, white and the greys of anti-aliasing only
    # Solid black bars: a page of tables and text alone is under 2 % dark.
    assert dark / (image.width() * image.height()) > 0.04


def test_chart_data_stacks_what_adds_up_and_ticks_whole_numbers(qapp: Any) -> None:
    export = _export()
    contacts, incidents = (chart_data(t, stored_key_label) for t in export.tables)
    assert contacts.stacked and not incidents.stacked  # as on the Statistics page
    assert contacts.series[0][0] == "Docks" and contacts.categories == MONTHS
    assert incidents.series[0][0] == "Non-payment"
    assert incidents.hidden == 1 and contacts.hidden == 0
    assert all(isinstance(t, int) for t in contacts.ticks)
    assert contacts.ticks[0] == 0 and contacts.ticks[-1] >= 60  # the Jan stack: 40 + 15 (rounded)
    steps = {b - a for a, b in zip(contacts.ticks, contacts.ticks[1:], strict=False)}
    assert len(steps) == 1 and steps.pop() >= 1


def test_a_hidden_share_of_a_printed_total_is_drawn_as_not_broken_down(qapp: Any) -> None:
    """Stacked bars stay as tall as the month's printed total when some of its cells are
    [c]; a month whose cells are all shown gets no such segment (a gap there is rounding)."""
    months = ("2026-01", "2026-02", "2026-03", "2026-04")
    cells = {(m, "a1"): n for m, n in zip(months, (42, 27, 33, 38), strict=True)}
    cells |= {(m, "a2"): n for m, n in zip(months, (16, 21, 14, 25), strict=True)}
    cells |= {(m, "a3"): n for m, n in zip(months, (12, 3, 19, 4), strict=True)}
    table = Table("Contacts", "contacts", "month", months, cells, col_dim="area", cols=("a1", "a2", "a3"))
    (disclosed,) = disclose([table]).tables
    chart = chart_data(disclosed, stored_key_label)
    name, rest = chart.series[-1]
    assert name == NOT_BROKEN_DOWN
    for r, month in enumerate(months):
        printed = [disclosed.cell(month, col).value for col in table.cols]
        total = disclosed.row_total(month).value
        assert total is not None
        if None in printed:
            assert rest[r] == total - sum(v or 0 for v in printed)
        else:
            assert rest[r] == 0  # every cell printed: a gap would be rounding
    assert any(rest) and not all(rest)
