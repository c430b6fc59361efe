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
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)


class PrintCancelledError(Exception):
    """The user cancelled while the document was being rendered (nothing was written)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


@dataclass(frozen=True)
class HandoutAlert:
    """One alert as it appears on paper (already in plain words, already translated).

    Attributes:
        title: the alert's headline.
        body: the charity's text.
        what: incident types in words.
        descriptions: one line per perpetrator or vehicle (descriptions, numbers, plates).
        issued_on / expires_on: the alert's validity (inclusive days).
    """

    title: str
    body: str
    what: str
    issued_on: date
    expires_on: date
    descriptions: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Handout:
    """Attributes:
    area: the area the handout is for (its name, as the project calls it).
    alerts: newest first.
    printed_on: today's date.
    last_sync: the date alerts were last fetched (None: never synced).
    """

    area: str
    alerts: Sequence[HandoutAlert]
    printed_on: date
    last_sync: date | None


_STYLE = """
body { font-family: sans-serif; font-size: 15pt; color: #000; }
h1 { font-size: 26pt; margin: 0 0 4pt 0; }
p.meta { font-size: 12pt; margin: 0 0 10pt 0; }
h2 { font-size: 19pt; margin: 16pt 0 2pt 0; }
p.dates { font-size: 12pt; margin: 0 0 4pt 0; }
p.body { margin: 2pt 0 4pt 0; }
li { margin: 1pt 0; }
p.none { font-size: 17pt; margin-top: 20pt; }
"""


def handout_html(handout: Handout) -> str:
    """The handout as HTML; every text is escaped (alert text is data, never markup)."""
    e = html.escape
    synced = (
        _tr("Alerts as of %1 (last sync).").replace("%1", handout.last_sync.isoformat())
        if handout.last_sync is not None
        else _tr("These alerts have never been updated from the charity: check for newer ones.")
    )
    printed = _tr("Printed %1.").replace("%1", handout.printed_on.isoformat())
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{e(_tr('Safety alerts: %1').replace('%1', handout.area))}</h1>",
        f"<p class='meta'>{e(printed)} {e(synced)}</p>",
    ]
    if not handout.alerts:
        parts.append(f"<p class='none'>{e(_tr('No current alerts for this area.'))}</p>")
    for alert in handout.alerts:
        dates = _tr("Issued %1 · valid until %2").replace("%1", alert.issued_on.isoformat())
        dates = dates.replace("%2", alert.expires_on.isoformat())
        parts.append(f"<h2>{e(alert.title)}</h2><p class='dates'>{e(dates)}</p>")
        if alert.what:
            parts.append(f"<p class='body'><b>{e(alert.what)}</b></p>")
        if alert.body:
            parts.append(f"<p class='body'>{e(alert.body).replace(chr(10), '<br>')}</p>")
        if alert.descriptions:
            parts.append("<ul>" + "".join(f"<li>{e(line)}</li>" for line in alert.descriptions) + "</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; a command line has none, so make an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    assert isinstance(app, QGuiApplication)
    return app


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


def render_handout(
    handout: Handout,
    device: QPagedPaintDevice,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Paint the handout onto `device` (a QPdfWriter or a QPrinter), page by page.

    Args:
        progress: called with (pages done, pages in all) after each page.
        cancelled: asked before each page; True stops with PrintCancelledError.
    """
    ensure_gui_application()
    _a4(device, 16)
    document = QTextDocument()
    # Lay out in the device's own resolution, so point sizes come out as points on paper.
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont("DejaVu Sans"))
    document.setHtml(handout_html(handout))
    layout = device.pageLayout()
    page = layout.paintRectPixels(device.logicalDpiX())
    document.setPageSize(QSizeF(page.width(), page.height()))
    pages = max(1, document.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        for number in range(pages):
            if cancelled is not None and cancelled():
                raise PrintCancelledError("printing was cancelled")
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(painter, _page_rect(number, page.width(), page.height()))
            painter.restore()
            if progress is not None:
                progress(number + 1, pages)
    finally:
        painter.end()


def _page_rect(number: int, width: int, height: int) -> QRectF:
    return QRectF(0, number * height, width, height)


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
    writer = _pdf_writer(buffer, _tr("Safety alerts"))
    render_handout(handout, writer, progress=progress, cancelled=cancelled)
    buffer.close()
    return bytes(data.data())


def render_slip(code: str, device: QPagedPaintDevice) -> None:
    """The withdrawal slip: the code large, and neutral words only (see module docstring)."""
    from outreach_app.sharing.consent import WITHDRAWAL_SLIP_TEXT

    ensure_gui_application()
    _a4(device, 20)
    before, _, after = WITHDRAWAL_SLIP_TEXT.partition("{code}")
    e = html.escape
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont("DejaVu Sans"))
    document.setHtml(
        "<html><body style='font-family: sans-serif; font-size: 13pt'>"
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
        pen = QPen(Qt.GlobalColor.gray)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(max(1, device.logicalDpiX() // 100))
        painter.setPen(pen)
        painter.drawRect(QRectF(0, 0, size.width() + 2 * pad, size.height() + 2 * pad))  # cut here
        painter.translate(pad, pad)
        document.drawContents(painter)
    finally:
        painter.end()


def slip_pdf(code: str) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_slip(code, _pdf_writer(buffer, ""))
    buffer.close()
    return bytes(data.data())
