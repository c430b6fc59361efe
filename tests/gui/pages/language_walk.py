"""Helpers for the language tests: switch the app's language in-process and walk every page and
dialog the way a worker sees them (one QApplication; widgets take their words when built).

- `in_language(lang)`: install that language's translators for the block, English after.
- `screens(ctx, qtbot)`: build every page and dialog in the language installed now and yield
  (name, root) once per thing shown together: a page, each step of the interview, a dialog.
- `mnemonic_texts(root)`: the texts that can carry an Alt accelerator, of the visible widgets.
- `clipped(root)`: the visible labels and buttons whose text does not fit their size.
- `missing_glyphs(text, font)`: characters that no font (after fallback) can draw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from outreach_app.domain.enums import ContactKind, IncidentType
from outreach_app.domain.models import Contact, Incident, Person
from outreach_app.ops.search import ContactRow
from outreach_app.ui.i18n import install_translators

from .conftest import settle

# The navigation and pages on the smallest screen a worker's laptop has: 1366 x 768 at 150 %
# (911 x 512 logical pixels; tests/gui/shell/test_small_screens.py), less the status bar.
SCREEN_SIZE = (911, 480)
# The charity desk's pages (wide tables of reports) are checked on the other laptop screen
# the project supports, 1280 x 720 at 100 %: even in English they need more than 911 pixels.
DESK_SCREEN_SIZE = (1280, 690)


@contextmanager
def in_language(lang: str) -> Iterator[None]:
    install_translators(lang)
    try:
        yield
    finally:
        install_translators("en")


def mnemonic_letters(text: str) -> list[str]:
    """The accelerator letters of a text, case-folded ("&&" is a literal ampersand)."""
    return [letter.casefold() for letter in re.findall(r"&([^&\s])", text.replace("&&", ""))]


def mnemonic_texts(root: QWidget) -> list[str]:
    """In widget order: every visible button's text, buddy label's text and group box title."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _needed_width(widget: QLabel | QAbstractButton) -> int:
    if isinstance(widget, QAbstractButton):
        return widget.sizeHint().width()
    if widget.textFormat() != widget.textFormat().PlainText and "<" in widget.text():
        return widget.minimumSizeHint().width()
    metrics = widget.fontMetrics()
    text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    margins = widget.contentsMargins()
    extra = margins.left() + margins.right() + 2 * widget.margin()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + extra


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and combo boxes whose text is cut: narrower than the text needs,
    a wrapped label shorter than its lines need, or (outside scroll areas) reaching past the
    window; and scroll areas that scroll sideways (pages scroll up and down, never sideways)."""
    found = [
        f"{type(area).__name__} {area.accessibleName()!r} scrolls sideways"
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(root) and area.horizontalScrollBar().isVisibleTo(root)
    ]
    window = root.rect()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QComboBox) and widget.isVisibleTo(root):
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"QComboBox {widget.currentText()[:40]!r}: needs {widget.sizeHint().width()} px wide"
                )
            continue
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(root):
            continue
        text = widget.text()
        if not text.strip():
            continue
        name = f"{type(widget).__name__} {text[:40]!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                found.append(
                    f"{name}: needs {widget.heightForWidth(widget.width())} px high, has {widget.height()}"
                )
        elif _needed_width(widget) > widget.width() + 1:
            found.append(f"{name}: needs {_needed_width(widget)} px wide, has {widget.width()}")
        if not _in_scroll_area(widget, root):
            box = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if not window.contains(box):
                found.append(f"{name}: reaches past the window ({box} outside {window})")
    return found


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """Characters of `text` drawn as "no glyph" (index 0) by the font Qt picks after fallback."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    missing = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            missing.append(run.rawFont().familyName())
    return missing


def settle_layouts() -> None:
    """Let posted layout requests run (a wrapped label's height follows its width a pass later)."""
    for _ in range(3):
        QApplication.processEvents()


def settle_screen(qtbot: Any, ctx: Any) -> None:
    """Let what a screen started when shown finish, then its layouts: a page's load (the Audit
    page's, failing here without a vault) hands back a text some time later, and a label filled
    after the layout passes would be measured at its old height (a flaky "needs 20 px high,
    has 14" for Thai, whose lines are taller)."""
    settle(qtbot, ctx.tasks)
    settle_layouts()


def _contact_row() -> ContactRow:
    contact = Contact(occurred_at=datetime(2026, 4, 2, 22, 0, tzinfo=UTC), kind=next(iter(ContactKind)))
    return ContactRow(contact=contact, alias="Rosa", area="")


def screens(ctx: Any, qtbot: Any) -> Iterator[tuple[str, QWidget]]:
    """Every page (in the navigation beside it, on the smallest screen) and dialog, built now
    (so in the installed language); the interview once per step. Yields (name, root): the
    root shows only that page, as the window does."""
    from outreach_app.ui.dialogs import ChangePassphraseDialog, RestorePassphraseDialog
    from outreach_app.ui.first_run import FirstRunScreen
    from outreach_app.ui.main_screen import MainScreen
    from outreach_app.ui.pages.contacts import ContactEditor
    from outreach_app.ui.pages.incidents import IncidentsPage
    from outreach_app.ui.quick_delete_panel import QuickDeletePanel
    from outreach_app.ui.subscribe_dialog import SubscribeDialog
    from outreach_app.ui.unlock import UnlockScreen

    main = MainScreen(ctx)
    qtbot.addWidget(main)
    main.resize(*SCREEN_SIZE)
    main.show()
    for key, page in main.pages.items():
        main.show_page(key)
        if isinstance(page, IncidentsPage):
            page.form.start(
                areas=[],
                aliases=[],
                incident=Incident(
                    worker_initials="JK",
                    occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
                    types=[IncidentType.PHYSICAL_ASSAULT],
                ),
                alias="Rosa",
                person=Person(alias="Rosa"),
            )
            page.stack.setCurrentWidget(page.form)
            for number in range(page.form.steps.count()):
                page.form.set_step(number)
                settle_screen(qtbot, ctx)
                yield f"{key}/step {number + 1}", main
            continue
        settle_screen(qtbot, ctx)
        yield key, main
    settle(qtbot, ctx.tasks)
    yield from desk_screens(ctx, qtbot)
    desk_first_run = FirstRunScreen(ctx.tasks)
    desk_first_run.desk_box.desk.setChecked(True)  # the desk's role, id and name shown
    dialogs: list[tuple[str, QWidget]] = [
        ("change passphrase", ChangePassphraseDialog(ctx.tasks)),
        ("restore passphrase", RestorePassphraseDialog(replacing=True)),
        ("first run", FirstRunScreen(ctx.tasks)),
        ("first run, a desk", desk_first_run),
        ("unlock", UnlockScreen()),
        ("quick delete", QuickDeletePanel()),
        ("subscribe", SubscribeDialog([("north", "North")], lambda *_a: None)),
        ("contact editor", ContactEditor(_contact_row(), [])),
    ]
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle_screen(qtbot, ctx)
        yield name, dialog


def desk_screens(ctx: Any, qtbot: Any) -> Iterator[tuple[str, QWidget]]:
    """The charity desk's pages (every role's, in one navigation), each with its enrolment
    box asking for the server and the desk code (the most a desk page shows before a pull)."""
    from outreach_app.ops.desk_pages import DeskSummary
    from outreach_app.ui.main_screen import MainScreen
    from outreach_app.ui.pages.desk.admin import DeskAdminPage
    from outreach_app.ui.pages.desk.alerts import DeskAlertsPage
    from outreach_app.ui.pages.desk.common import EnrolBox
    from outreach_app.ui.pages.desk.police import DeskPolicePage
    from outreach_app.ui.pages.desk.queue import DeskQueuePage
    from outreach_app.ui.pages.desk.stats import DeskStatsPage

    pages = (
        ("desk_queue", DeskQueuePage),
        ("desk_alerts", DeskAlertsPage),
        ("desk_police", DeskPolicePage),
        ("desk_stats", DeskStatsPage),
        ("desk_admin", DeskAdminPage),
    )
    main = MainScreen(ctx, page_set=pages)
    qtbot.addWidget(main)
    main.resize(*DESK_SCREEN_SIZE)
    main.show()
    for key, page in main.pages.items():
        for box in page.findChildren(EnrolBox):
            box.summary = DeskSummary("alerts", "alerts-1", "North", None)
            box._show()
        main.show_page(key)
        settle_screen(qtbot, ctx)
        yield key, main
