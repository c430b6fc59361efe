"""The desk's Queue: the reports it pulled and decrypted, by purpose, region and month.

States move new → in review → done. Opening a report shows its decrypted content as words
and its "seen before" counts (how many other reports name the same phone, e-mail, handle
or plate — never which). Reports the person withdrew are listed apart: their decrypted
copies are gone; one that was disclosed to a police force says the force must be told.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.ops import desk
from outreach_app.ops.desk_pages import (
    QueueData,
    QueueItem,
    QueueState,
    ReportView,
    open_report,
    pull_with_notices,
    queue_data,
)
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.pages.common import set_tab_chain
from outreach_app.ui.pages.desk.common import (
    DeskPage,
    EnrolBox,
    content_rows,
    purpose_words,
    seen_before_rows,
    state_words,
)
from outreach_app.ui.pages.record_list import detail_html
from outreach_app.ui.widgets import button, heading


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    # Columns share the page's width: a desk on a 1280-pixel screen never scrolls sideways.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    """Replace the rows; `keys` go in each row's first cell (Qt.UserRole) to find it again."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c == 0 and keys is not None:
                cell.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)  # sized to contents above: stretch the last one again
    header.setStretchLastSection(True)


def selected_key(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    cell = table.item(rows[0].row(), 0)
    return None if cell is None else str(cell.data(Qt.ItemDataRole.UserRole))


class DeskQueuePage(DeskPage):
    """Attributes:
    enrol: the desk's identity and enrolment. pull_button: pull new reports now.
    purpose / region / month / state: the filters. table: the reports shown.
    detail: the opened report, in words, with its "seen before" counts.
    review_button / done_button / new_button: move the opened report's state.
    withdrawn: reports the person withdrew (and whether a force must be told).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Queue")
        self._data: QueueData | None = None
        self._opened: str | None = None

        self.enrol = EnrolBox(self)
        self.pull_button = button(
            self.tr("&Pull new reports"), self.tr("Pull new reports"), self, role="primary"
        )
        self.catch_up = QCheckBox(self.tr("Also &those another desk took"), self)
        self.catch_up.setToolTip(
            self.tr("A second desk of this role: fetch the reports the first desk already acknowledged.")
        )
        self.purpose = self._combo(self.tr("Purpose"))
        self.region = self._combo(self.tr("Region"))
        self.month = self._combo(self.tr("Month"))
        self.state = self._combo(self.tr("State"))
        for value in QueueState:
            self.state.addItem(state_words(value.value), value.value)
        self.counts = QLabel("", self)
        self.table = _table(
            self,
            self.tr("Reports"),
            [self.tr("Purpose"), self.tr("Region"), self.tr("Month"), self.tr("State"), self.tr("Pulled")],
        )
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The opened report"))
        self.review_button = button(self.tr("Start &review"), self.tr("Start reviewing this report"), self)
        self.done_button = button(self.tr("Mark &done"), self.tr("Mark this report done"), self)
        self.new_button = button(self.tr("Back to &new"), self.tr("Put this report back to new"), self)
        self.withdrawn = _table(
            self,
            self.tr("Withdrawn reports"),
            [
                self.tr("Purpose"),
                self.tr("Region"),
                self.tr("Month"),
                self.tr("Withdrawn"),
                self.tr("What to do"),
            ],
        )
        self.withdrawn.setMaximumHeight(140)

        top = QHBoxLayout()
        top.addWidget(heading(self.title, self))
        top.addStretch(1)
        top.addWidget(self.catch_up)
        top.addWidget(self.pull_button)
        filters = QHBoxLayout()
        for name, combo in (
            (self.tr("Purpose:"), self.purpose),
            (self.tr("Region:"), self.region),
            (self.tr("Month:"), self.month),
            (self.tr("State:"), self.state),
        ):
            text = QLabel(name, self)
            text.setBuddy(combo)
            filters.addWidget(text)
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.review_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.detail, 1)
        right_column.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 520])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.enrol)
        column.addLayout(filters)
        column.addWidget(self.counts)
        column.addWidget(split, 1)
        column.addWidget(QLabel(self.tr("Withdrawn by the person (the decrypted copy is deleted):"), self))
        column.addWidget(self.withdrawn)
        column.addWidget(self.message)
        set_tab_chain(
            [
                self.catch_up,
                self.pull_button,
                self.purpose,
                self.region,
                self.month,
                self.state,
                self.table,
                self.detail,
                self.review_button,
                self.done_button,
                self.new_button,
                self.withdrawn,
            ]
        )

        for combo in (self.purpose, self.region, self.month, self.state):
            combo.currentIndexChanged.connect(lambda _i: self._show())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._open_selected())
        self.pull_button.clicked.connect(self.pull)
        self.review_button.clicked.connect(lambda: self.set_state(QueueState.IN_REVIEW))
        self.done_button.clicked.connect(lambda: self.set_state(QueueState.DONE))
        self.new_button.clicked.connect(lambda: self.set_state(QueueState.NEW))
        self.enrol.enrolled.connect(self.pull)
        self._show_opened(None)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("All"), None)
        return combo

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.enrol.load()
        self.reload()

    def on_shown(self) -> None:
        self.when_unlocked(self.reload)

    def clear_sensitive(self) -> None:
        self._data = None
        self._opened = None
        self.enrol.clear()
        for combo in (self.purpose, self.region, self.month):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            combo.blockSignals(False)
        self.table.setRowCount(0)
        self.withdrawn.setRowCount(0)
        self.detail.clear()
        self.counts.clear()
        self.message.clear()
        self._show_opened(None)

    # ----- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.tasks.run_db(queue_data, self._on_loaded, self.failed(self.tr("load the queue")))

    def _on_loaded(self, data: QueueData) -> None:
        self._data = data
        self._refill(self.purpose, sorted({i.purpose for i in data.items}), purpose_words)
        self._refill(self.region, sorted({i.region_id for i in data.items}), str)
        self._refill(self.month, sorted({i.month for i in data.items}, reverse=True), str)
        told = {n.envelope_id: n.force for n in data.notices}
        fill_table(
            self.withdrawn,
            [
                [
                    purpose_words(w.purpose),
                    w.region_id,
                    w.month,
                    w.withdrawn_at[:16].replace("T", " "),
                    self._withdrawn_task(w.disclosed, told.get(w.envelope_id)),
                ]
                for w in data.withdrawn
            ],
            [w.envelope_id for w in data.withdrawn],
        )
        self._show()

    def _withdrawn_task(self, disclosed: bool | None, force: str | None) -> str:
        if force is not None:
            return self.tr("Disclosed: notify %1 (Police page)").replace("%1", force)
        if disclosed:
            return self.tr("Disclosed to the police: the force was told")
        return self.tr("Nothing to do: it was never disclosed")

    def _refill(self, combo: QComboBox, values: list[str], words: object) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(words(value) if callable(words) else value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def shown_items(self) -> list[QueueItem]:
        if self._data is None:
            return []
        wanted = {
            "purpose": self.purpose.currentData(),
            "region_id": self.region.currentData(),
            "month": self.month.currentData(),
            "state": self.state.currentData(),
        }
        return [
            item
            for item in self._data.items
            if all(value is None or str(getattr(item, key)) == value for key, value in wanted.items())
        ]

    def _show(self) -> None:
        items = self.shown_items()
        fill_table(
            self.table,
            [
                [purpose_words(i.purpose), i.region_id, i.month, state_words(i.state.value), i.pulled_at[:10]]
                for i in items
            ],
            [i.envelope_id for i in items],
        )
        if self._data is None:
            self.counts.clear()
        else:
            new = sum(1 for i in self._data.items if i.state is QueueState.NEW)
            self.counts.setText(
                self.tr("%1 shown · %2 new of %3 held")
                .replace("%1", str(len(items)))
                .replace("%2", str(new))
                .replace("%3", str(len(self._data.items)))
            )
        shown = [i.envelope_id for i in items]
        if self._opened in shown:
            self.table.selectRow(shown.index(self._opened))
        else:
            self._show_opened(None)

    # ----- a report ---------------------------------------------------------------------

    def _open_selected(self) -> None:
        envelope_id = selected_key(self.table)
        if envelope_id is None or (envelope_id == self._opened and self.detail.toPlainText()):
            return
        self.open(envelope_id)

    def open(self, envelope_id: str) -> None:
        self.ctx.tasks.run_db(
            lambda s: open_report(s, envelope_id), self._show_opened, self.failed(self.tr("open the report"))
        )

    def _show_opened(self, view: ReportView | None) -> None:
        self._opened = None if view is None else view.item.envelope_id
        state = None if view is None else view.item.state
        self.review_button.setEnabled(state in {QueueState.NEW, QueueState.DONE})
        self.done_button.setEnabled(state in {QueueState.NEW, QueueState.IN_REVIEW})
        self.new_button.setEnabled(state is QueueState.IN_REVIEW)
        if view is None:
            self.detail.clear()
            return
        item = view.item
        header = [
            (self.tr("Purpose"), purpose_words(item.purpose)),
            (self.tr("Organisation"), item.org_id),
            (self.tr("State"), state_words(item.state.value)),
        ]
        seen = seen_before_rows(
            view.seen_before, lambda n: english_plural(self.tr("in %n other report(s)", "", n), n)
        )
        html = detail_html(header + content_rows(item.content))
        if seen:
            html += f"<h3>{self.tr('Seen before')}</h3>" + detail_html(seen)
        self.detail.setHtml(html)

    def set_state(self, state: QueueState) -> None:
        envelope_id = self._opened
        if envelope_id is None:
            return
        now = self.ctx.clock()

        def moved(_item: QueueItem) -> None:
            self.say(self.tr("The report is now: %1").replace("%1", state_words(state.value)))
            self.open(envelope_id)
            self.reload()

        self.ctx.tasks.run_db(
            lambda s: desk.set_state(s, envelope_id, state, now),
            moved,
            self.failed(self.tr("change the state")),
        )

    # ----- pull ---------------------------------------------------------------------------

    def pull(self) -> None:
        now, catch_up = self.ctx.clock(), self.catch_up.isChecked()
        self.pull_button.setEnabled(False)
        self.say(self.tr("Pulling new reports…"))

        def pulled(report: desk.PullReport) -> None:
            self.pull_button.setEnabled(True)
            text = english_plural(self.tr("%n new report(s), %1 withdrawn.", "", report.added), report.added)
            text = text.replace("%1", str(len(report.withdrawn)))
            if report.refused:
                text += " " + self.tr("%n did not open with this desk's key.", "", report.refused)
            if report.flagged:
                text += " " + english_plural(
                    self.tr("%n alert(s) to review.", "", report.flagged), report.flagged
                )
            self.say(text, error=bool(report.refused))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.pull_button.setEnabled(True)
            self.failed(self.tr("pull"))(exc)

        self.ctx.tasks.run_db(lambda s: pull_with_notices(s, now, catch_up=catch_up), pulled, failed)
