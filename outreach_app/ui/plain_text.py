"""Text from records and from the server is shown as text, never interpreted as markup.

A QLabel's default format (Qt.AutoText) renders anything that looks like HTML as rich text,
and so does a tooltip: an organisation named `<h1 style=color:red>URGENT: call 0800…</h1>`
appeared as a red heading with a link, and a contact note could do the same in a table's
tooltip. The app has no label that needs markup, so:

- `PlainTextLabels`, an application-wide event filter installed by the main window, turns
  every QLabel still on AutoText to PlainText when Qt polishes it (before it is first
  shown), whatever text it gets then or later. A label that really wants markup must say
  so with `setTextFormat(Qt.RichText)` — and then must escape what it did not write.
- `plain_tooltip` makes a tooltip out of any text so that it shows as written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel


class PlainTextLabels(QObject):
    """Install with `QApplication.instance().installEventFilter(PlainTextLabels(parent))`."""

    # The only event it acts on (ui/app_events.py calls it for this alone).
    EVENT_TYPES = frozenset({QEvent.Type.Polish})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel):
            make_plain(watched)
        return False


def make_plain(label: QLabel) -> None:
    """PlainText unless the label chose a format itself (AutoText is Qt's guess, not a choice)."""
    if label.textFormat() == Qt.TextFormat.AutoText:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: escaped, inside markup Qt will not guess about."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
