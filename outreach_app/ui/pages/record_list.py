"""The shared shape of the Contacts and Incidents pages: search, filters, a lazy table, a detail.

The search box uses the store's search (words, aliases, phone numbers and plates in any
format) and applies 300 ms after the last keystroke, or at once on Enter. Filters narrow by
area, date and (incidents) type. The detail pane shows the selected record; actions work on
it. Everything is fetched on the DB thread; the page refreshes when a change broadcast
names what it lists.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape
from typing import Generic, TypedDict, TypeVar
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import ContactKind, IncidentType
from outreach_app.domain.models import Area
from outreach_app.ops.changes import Changes, Kind
from outreach_app.ops.records import PersonRecords, list_areas, person_records
from outreach_app.ops.search import ContactRow, IncidentRow, RecordQuery
from outreach_app.ops.sharing import forget_person
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP
from outreach_app.ui.models.lazy_table import LazyTableModel
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import error_text, fill_areas, record_table, set_tab_chain, status_label
from outreach_app.ui.widgets import heading, set_role

SEARCH_DELAY_MS = 300
_DATE_PRESETS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("RecordListPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("RecordListPage", "Last 24 hours"), 1),
    (QT_TRANSLATE_NOOP("RecordListPage", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("RecordListPage", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("RecordListPage", "Last 12 months"), 365),
)


def detail_html(rows: list[tuple[str, str]]) -> str:
    """A two-column detail table; every value is escaped (record text is never markup)."""
    cells = "".join(
        f"<tr><td style='padding:2px 12px 2px 0; vertical-align:top'><b>{escape(name)}</b></td>"
        f"<td style='padding:2px 0'>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        for name, value in rows
        if value
    )
    return f"<table>{cells}</table>"


Row = TypeVar("Row")


class RecordFilters(TypedDict, total=False):
    """The RecordQuery fields a page's own filters set (`extra_query`)."""

    contact_kind: ContactKind | None
    types: tuple[IncidentType, ...]


class RecordListPage(Page, Generic[Row]):
    """Base of the list pages. Subclasses build `self.model`, extra filters and actions.

    Attributes:
        search: the search box. area_filter / date_filter: the filters.
        table: the lazy table. detail: the selected record, read-only.
        count_label: "N shown". message: the last action's result.
        active_dialog: the confirmation or editor open now (closed on lock).
    """

    watched_kinds: tuple[Kind, ...] = ()

    def __init__(
        self, ctx: AppContext, model: LazyTableModel[Row, RecordQuery], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.model = model
        self.active_dialog: QDialog | None = None
        self._stale = True
        self._areas: list[Area] = []

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search: words, alias, phone number or plate (Ctrl+F)"))
        self.area_filter = QComboBox(self)
        self.area_filter.setAccessibleName(self.tr("Filter by area"))
        self.area_filter.addItem(self.tr("Any area"), None)
        self.date_filter = QComboBox(self)
        self.date_filter.setAccessibleName(self.tr("Filter by date"))
        for text, days in _DATE_PRESETS:
            self.date_filter.addItem(QCoreApplication.translate("RecordListPage", text), days)
        self.count_label = QLabel("", self)
        self.count_label.setAccessibleName(self.tr("Number of records shown"))
        self.table = record_table(self, self.tr("Records"))
        self.table.setModel(self.model)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Selected record"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a row to see it here."))
        self.message = status_label(self, self.tr("Page message"))

        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 3)
        self.filter_row.addWidget(self.area_filter, 1)
        self.filter_row.addWidget(self.date_filter, 1)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.message, 1)

        detail_box = QWidget(self)
        detail_column = QVBoxLayout(detail_box)
        detail_column.setContentsMargins(0, 0, 0, 0)
        detail_column.addWidget(self.detail, 1)
        detail_column.addLayout(self.actions_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 220])
        splitter.setChildrenCollapsible(False)

        self.title_row = QHBoxLayout()
        self._heading = heading(self.title or "", self)
        self.title_row.addWidget(self._heading)
        self.title_row.addStretch(1)
        self.title_row.addWidget(self.count_label)
        self.list_view = QWidget(self)
        column = QVBoxLayout(self.list_view)
        column.addLayout(self.title_row)
        column.addLayout(self.filter_row)
        column.addWidget(splitter, 1)
        # The list is one view of the page; a page may add more (the incident form).
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.area_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.load_failed.connect(
            lambda exc: self.show_message(error_text(exc, self.tr("list records")), True)
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.on_delete_key: Callable[[], None] | None = None
        self.table.installEventFilter(self)
        self.ctx.changes.changed.connect(self._on_changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table deletes the selected record (after asking)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.on_delete_key is not None
        ):
            self.on_delete_key()
            return True
        return super().eventFilter(watched, event)

    def set_column_chars(self, widths: list[int]) -> None:
        """Column widths in average characters (a lazy list cannot size to its contents), and
        never narrower than the column's own heading: "Perpetrators" over a 12-character column
        read "erpetrator", and a translated heading is often longer than the English one."""
        char = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, chars in enumerate(widths):
            # The header's own measure (its text in its font, the style sheet's padding), plus a
            # character: with the measure alone the grid line still cut the first letter.
            heading = header.sectionSizeHint(column) + char
            self.table.setColumnWidth(column, max(chars * char + 16, heading))

    def set_title(self, text: str) -> None:
        self.title = text
        self._heading.setText(text)

    def finish_tab_order(self, extra_filters: list[QWidget], actions: list[QWidget]) -> None:
        set_tab_chain([self.search, self.area_filter, self.date_filter, *extra_filters, self.table, *actions])

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._stale = True
        self._load_areas()
        if self.isVisible():
            self.on_shown()

    def on_shown(self) -> None:
        if self._stale and self.ctx.tasks.session is not None:
            self._stale = False
            self.apply_filters()

    def clear_sensitive(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.close()
            self.active_dialog = None
        self._search_timer.stop()
        self.model.clear()
        self.search.clear()
        self._search_timer.stop()  # clearing the box restarted it
        self.detail.clear()
        self.message.clear()
        self.count_label.clear()
        self._areas = []
        fill_areas(self.area_filter, [], any_text=self.tr("Any area"))
        self._stale = True

    # ----- filters ------------------------------------------------------------------------

    def extra_query(self) -> RecordFilters:
        """Subclass filters as RecordQuery fields."""
        return RecordFilters()

    def current_query(self) -> RecordQuery:
        days = self.date_filter.currentData()
        since = self.ctx.clock() - timedelta(days=days) if days else None
        area = self.area_filter.currentData()
        return RecordQuery(
            text=self.search.text().strip(),
            area_id=UUID(area) if area else None,
            since=since,
            **self.extra_query(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.ctx.tasks.session is None:
            return
        self.detail.clear()
        self.model.set_query(self.current_query())

    def _load_areas(self) -> None:
        self.ctx.tasks.run_db(list_areas, self._on_areas)

    def _on_areas(self, found: list[Area]) -> None:
        self._areas = found
        self.area_filter.blockSignals(True)
        fill_areas(self.area_filter, found, any_text=self.tr("Any area"))
        self.area_filter.blockSignals(False)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ----- refresh ------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.tasks.session is None:
            return
        if changes.touches(Kind.AREAS):
            self._load_areas()
        if changes.touches(*self.watched_kinds, Kind.PEOPLE):
            if self.isVisible():
                self.model.refresh()
            else:
                self._stale = True  # refresh when shown: a hidden list need not keep up

    def _on_reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%1 shown").replace("%1", f"{count:,}"))
        self._show_selected()

    def _on_model_reset(self) -> None:
        self.detail.clear()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        row = self.selected_row()
        if row is not None and top.row() <= row <= bottom.row():
            self._show_selected()

    # ----- selection and detail -----------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_item(self) -> Row | None:
        row = self.selected_row()
        return None if row is None else self.model.row_object(row)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.selected_item()
        self.detail.setHtml(detail_html(self.detail_rows(item)) if item is not None else "")
        self.update_actions(item)

    def detail_rows(self, item: Row | None) -> list[tuple[str, str]]:
        raise NotImplementedError

    def update_actions(self, item: Row | None) -> None:
        """Enable the actions that need a selection (subclasses)."""

    # ----- messages and confirmations -----------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def failure(self, doing: str) -> Callable[[BaseException], None]:
        return lambda exc: self.show_message(error_text(exc, doing), True)

    def confirm(self, title: str, text: str, action_text: str, on_yes: Callable[[], None]) -> QMessageBox:
        """A window-modal question whose safe answer (Cancel) is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        yes.setAccessibleName(action_text)

        def finished(_result: int) -> None:
            chosen = box.clickedButton()
            self.active_dialog = None
            box.deleteLater()
            if chosen is yes:
                on_yes()

        box.finished.connect(finished)
        self.active_dialog = box
        box.open()
        return box

    def selected_id(self) -> UUID | None:
        row = self.selected_row()
        key = None if row is None else self.model.key_at(row)
        return key if isinstance(key, UUID) else None

    def now(self) -> datetime:
        return self.ctx.clock()


# ----- "forget this person" (shared by the Contacts and Incidents pages) ---------------------------


def ask_forget(page: RecordListPage[ContactRow] | RecordListPage[IncidentRow], person_id: UUID) -> None:
    """Count what would go, then ask, then erase; publishes what changed."""
    # QCoreApplication.translate with the base class as context: lupdate cannot see the class
    # behind `page` (page.tr would file these under "page").

    def counted(result: PersonRecords) -> None:
        alias, n_contacts, n_incidents = result.alias, result.contacts, result.incidents
        name = alias or QCoreApplication.translate("RecordListPage", "this person")
        text = (
            QCoreApplication.translate(
                "RecordListPage",
                "Forget %1?\n\nThis permanently erases %1 and everything recorded about them on this "
                "device: %2 contacts and %3 incidents, with their consents and unsent reports. "
                "It cannot be undone.\n\nReports already sent to the charity will be withdrawn from its "
                "server at the next sync. An alert already read, or intelligence already passed to the "
                "police, cannot be recalled.",
            )
            .replace("%1", name)
            .replace("%2", str(n_contacts))
            .replace("%3", str(n_incidents))
        )
        action = (
            QCoreApplication.translate("RecordListPage", "Forget %1 and erase %2 records")
            .replace("%1", name)
            .replace("%2", str(1 + n_contacts + n_incidents))
        )

        def erase() -> None:
            def done(_result: object) -> None:
                page.show_message(
                    QCoreApplication.translate(
                        "RecordListPage",
                        "Forgotten. Reports already sent will be withdrawn from the charity's server "
                        "at the next sync.",
                    )
                )

            now = page.ctx.clock()
            page.run_op(
                lambda s: forget_person(s, person_id, now=now),
                done,
                page.failure(QCoreApplication.translate("RecordListPage", "forget the person")),
            )

        page.confirm(QCoreApplication.translate("RecordListPage", "Forget this person"), text, action, erase)

    page.ctx.tasks.run_db(
        lambda s: person_records(s, person_id),
        counted,
        page.failure(QCoreApplication.translate("RecordListPage", "count their records")),
    )
