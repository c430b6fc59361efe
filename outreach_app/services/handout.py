"""Printed paper: the alerts handout (A4, large type) and the withdrawal slip.

Both are rendered with Qt (QPdfWriter, or any QPagedPaintDevice such as a QPrinter), which
is why they live in services/ (Qt is not allowed below). Documents are built in memory;
the caller writes the bytes with `crypto.atomic.write_private` or sends them to a printer.

What they may contain is deliberate:
- the handout: the charity's published alerts only (title, what happened, the perpetrator
  and vehicle descriptions that are the point of a warning, issue and expiry dates) plus
  the area's name and the date of the last sync. No local record, no ids, no worker, no
  device, nothing from the vault beyond what the server published.
- the slip: the withdrawal code and neutral words (sharing.consent.slip_text). No project
  or charity name, nothing saying a report was made: a slip found on the person must not
  give them away.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from outreach_app.domain.locale_format import format_count, format_day
from outreach_app.domain.texts import SOURCE_LANGUAGE, text
from outreach_app.services.fonts import ensure_gui_application


class PrintCancelledError(Exception):
    """The user cancelled while the document was being rendered (nothing was written)."""


Languages = tuple[str, ...]
"""One catalog language (domain.texts), or two printed side by side ("Safety alerts / Alerte de
siguranță"): the person's and the worker's, or the two most read in an area."""
ENGLISH: Languages = (SOURCE_LANGUAGE,)


def say(langs: Languages, key: str, **values: object) -> str:
    """The text for `key` in each of `langs`, joined with " / " (a language once)."""
    return " / ".join(dict.fromkeys(text(key, lang, **values) for lang in langs))


@dataclass(frozen=True)
class HandoutAlert:
    """One alert as it appears on paper (already in plain words, already translated).

    Attributes:
        title: the alert's headline.
        body: the charity's text.
        what: incident types in words ("what happened").
        issued_on / expires_on: the alert's validity (inclusive days).
        descriptions: one line per perpetrator or vehicle (descriptions, numbers in national
            format, plates spaced).
        severity: a word or two readers can rank by ("Serious danger", "Warning", "Be aware").
        area: the areas it is for, in the names the project uses.
        advice: what to do.
        fingerprint: the charity's check code for this alert (protocol v2: the first 8 bytes of
            the SHA-256 of the signed alert), so a reader can compare it with the charity's copy.
    """

    title: str
    body: str
    what: str
    issued_on: date
    expires_on: date
    descriptions: tuple[str, ...] = field(default_factory=tuple)
    severity: str = ""
    area: str = ""
    advice: str = ""
    fingerprint: str = ""


@dataclass(frozen=True)
class Handout:
    """Attributes:
    area: the area the handout is for (its name, as the project calls it).
    alerts: newest first.
    printed_on: today's date.
    last_sync: the date alerts were last fetched (None: never synced).
    contact_line: the project's or charity's contact line (a setting; "" prints none).
    languages: the catalog languages of the printed words (one, or two side by side); the
        alerts' own text is the charity's, in the language it was published in.
    """

    area: str
    alerts: Sequence[HandoutAlert]
    printed_on: date
    last_sync: date | None
    contact_line: str = ""
    languages: Languages = ENGLISH


# Printed paper is black on white whatever the screen theme (a dark theme's light grey text
# printed at 1.7:1 on white). Sizes: 10.5 pt body reads comfortably on A4 and lets a page
# hold four to six boxed alerts.
_BLACK = "#000000"
_STYLE = f"""
* {{ color: {_BLACK}; }}
body {{ font-family: sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 20pt; margin: 0; }}
p {{ margin: 0; }}
p.meta {{ font-size: 10pt; margin-top: 2pt; }}
p.title {{ font-size: 13.5pt; font-weight: bold; }}
p.severity {{ font-size: 10.5pt; font-weight: bold; }}
p.dates {{ font-size: 10pt; margin-top: 1pt; }}
p.line {{ margin-top: 3pt; }}
p.none {{ font-size: 14pt; margin-top: 12pt; }}
"""


def _html(body: str) -> str:
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"


def human_date(day: date, langs: Languages = ENGLISH) -> str:
    """`20 Nov 2026` (`20 lis 2026`, `2026年11月20日`): what a reader expects, never ISO; in the
    first language's form when two are printed (the numbers read the same either way)."""
    return format_day(day, langs[0])


def _page_header_html(handout: Handout, first_page: bool) -> str:
    e = html.escape
    langs = handout.languages
    title = say(langs, "handout.title", area=handout.area)
    if not first_page:
        return _html(f"<p class='meta'><b>{e(title)}</b></p>")
    synced = (
        say(langs, "handout.synced", date=human_date(handout.last_sync, langs))
        if handout.last_sync is not None
        else say(langs, "handout.never_synced")
    )
    printed = say(langs, "handout.printed", date=human_date(handout.printed_on, langs))
    parts = [f"<h1>{e(title)}</h1>", f"<p class='meta'>{e(printed)} {e(synced)}</p>"]
    if not handout.alerts:
        parts.append(f"<p class='none'>{e(say(langs, 'handout.none'))}</p>")
    return _html("".join(parts))


def alert_box_html(alert: HandoutAlert, langs: Languages = ENGLISH) -> str:
    """One alert's box contents; every text is escaped (alert text is data, never markup)."""
    e = html.escape

    def line(label: str, text: str) -> str:
        return f"<p class='line'><b>{e(label)}</b> {e(text)}</p>" if text else ""

    dates = say(
        langs,
        "handout.dates",
        issued=human_date(alert.issued_on, langs),
        expires=human_date(alert.expires_on, langs),
    )
    where = say(langs, "handout.area", area=alert.area) + " · " if alert.area else ""
    parts = [
        f"<p class='severity'>{e(alert.severity.upper())}</p>" if alert.severity else "",
        f"<p class='title'>{e(alert.title)}</p>",
        f"<p class='dates'>{e(where + dates)}</p>",
        line(say(langs, "handout.what_happened"), alert.what),
    ]
    if alert.body:
        parts.append(f"<p class='line'>{e(alert.body).replace(chr(10), '<br>')}</p>")
    if alert.descriptions:
        parts.append(f"<p class='line'><b>{e(say(langs, 'handout.look_out_for'))}</b></p>")
        parts.extend(f"<p>• {e(text)}</p>" for text in alert.descriptions)
    parts.append(line(say(langs, "handout.what_to_do"), alert.advice))
    parts.append(line(say(langs, "handout.check_code"), alert.fingerprint))
    return _html("".join(parts))


def _footer_text(handout: Handout, page: int, pages: int) -> str:
    langs = handout.languages
    number = say(
        langs, "handout.page", page=format_count(page, langs[0]), pages=format_count(pages, langs[0])
    )
    if handout.contact_line:
        return say(langs, "handout.contact", contact=handout.contact_line) + "    " + number
    return number


def _a4(device: QPagedPaintDevice, margin_mm: float) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
        )
    )


def _pdf_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("")
    writer.setResolution(300)
    return writer


def _document(source: str, device: QPagedPaintDevice, width: float) -> QTextDocument:
    document = QTextDocument()
    # Laid out in the device's own resolution, so point sizes come out as points on paper.
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont("DejaVu Sans"))
    document.setDefaultStyleSheet(f"* {{ color: {_BLACK}; }}")
    document.setDocumentMargin(0)
    document.setHtml(source)
    document.setTextWidth(width)
    return document


def draw_black(document: QTextDocument, painter: QPainter) -> None:
    """Draw `document` in black whatever the application palette (the theme's text colour
    is what QTextDocument.drawContents would use for text without a colour of its own)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, QColor(_BLACK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_BLACK))
    context.palette = palette
    document.documentLayout().draw(painter, context)


@dataclass
class _Layout:
    """The bulletin cut into pages: which boxes go on which page, and where."""

    pages: list[list[tuple[int, float]]]  # per page: (alert index, top y)


def _paginate(
    heights: Sequence[float], first_top: float, later_top: float, bottom: float, gap: float
) -> _Layout:
    pages: list[list[tuple[int, float]]] = [[]]
    y = first_top
    for index, height in enumerate(heights):
        if pages[-1] and y + height > bottom:
            pages.append([])
            y = later_top
        pages[-1].append((index, y))
        y += height + gap
    return _Layout(pages)


def render_handout(
    handout: Handout,
    device: QPagedPaintDevice,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Paint the bulletin onto `device` (a QPdfWriter or a QPrinter), page by page: a heading,
    then each alert in its own box (never split across pages), and on every page a footer
    with the contact line and the page number.

    Args:
        progress: called with (pages done, pages in all) after each page.
        cancelled: asked before each page; True stops with PrintCancelledError.
    """
    ensure_gui_application()
    _a4(device, 12)
    dpi = device.logicalDpiX()
    page = device.pageLayout().paintRectPixels(dpi)
    width, height = float(page.width()), float(page.height())
    mm = dpi / 25.4
    pad, gap = 2.5 * mm, 3.5 * mm
    first_header = _document(_page_header_html(handout, True), device, width)
    later_header = _document(_page_header_html(handout, False), device, width)
    boxes = [
        _document(alert_box_html(alert, handout.languages), device, width - 2 * pad)
        for alert in handout.alerts
    ]
    footer_height = 7 * mm
    layout = _paginate(
        [box.size().height() + 2 * pad for box in boxes],
        first_top=first_header.size().height() + 4 * mm,
        later_top=later_header.size().height() + 3 * mm,
        bottom=height - footer_height,
        gap=gap,
    )
    pages = len(layout.pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        border = QPen(QColor(_BLACK))
        border.setWidthF(0.35 * mm)
        for number, placed in enumerate(layout.pages):
            if cancelled is not None and cancelled():
                raise PrintCancelledError("printing was cancelled")
            if number:
                device.newPage()
            draw_black(first_header if number == 0 else later_header, painter)
            for index, top in placed:
                box = boxes[index]
                painter.setPen(border)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(0, top, width, box.size().height() + 2 * pad))
                painter.save()
                painter.translate(pad, top + pad)
                draw_black(box, painter)
                painter.restore()
            footer = _document(
                _html(f"<p class='meta'>{html.escape(_footer_text(handout, number + 1, pages))}</p>"),
                device,
                width,
            )
            painter.save()
            painter.translate(0, height - footer.size().height())
            draw_black(footer, painter)
            painter.restore()
            if progress is not None:
                progress(number + 1, pages)
    finally:
        painter.end()


def handout_pdf(
    handout: Handout,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The handout as PDF bytes (A4 portrait)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, say(handout.languages, "handout.title_plain"))
    render_handout(handout, writer, progress=progress, cancelled=cancelled)
    buffer.close()
    return bytes(data.data())


def render_slip(code: str, device: QPagedPaintDevice, lang: str = SOURCE_LANGUAGE) -> None:
    """The withdrawal slip: the code large, and neutral words only (see module docstring), in
    catalog language `lang` (the person's: domain.texts.language_for)."""
    from outreach_app.sharing.consent import slip_template

    ensure_gui_application()
    _a4(device, 20)
    before, _, after = slip_template(lang).partition("{code}")
    e = html.escape
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont("DejaVu Sans"))
    document.setDefaultStyleSheet(f"* {{ color: {_BLACK}; }}")
    document.setHtml(
        f"<html><body style='font-family: sans-serif; font-size: 13pt; color: {_BLACK}'>"
        f"<p>{e(before.strip())}</p>"
        f"<p style='font-family: monospace; font-size: 26pt; font-weight: bold'>{e(code)}</p>"
        f"<p>{e(after.strip())}</p></body></html>"
    )
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    # A small slip, half the page width, to be cut out and kept in a pocket.
    document.setTextWidth(rect.width() * 0.7)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        size = document.size()
        pad = device.logicalDpiX() // 10
        pen = QPen(QColor(_BLACK))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(max(1, device.logicalDpiX() // 100))
        painter.setPen(pen)
        painter.drawRect(QRectF(0, 0, size.width() + 2 * pad, size.height() + 2 * pad))  # cut here
        painter.translate(pad, pad)
        draw_black(document, painter)
    finally:
        painter.end()


def slip_pdf(code: str, lang: str = SOURCE_LANGUAGE) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_slip(code, _pdf_writer(buffer, ""), lang)
    buffer.close()
    return bytes(data.data())
