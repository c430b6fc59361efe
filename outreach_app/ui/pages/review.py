"""Review & sync: every outbox item with its state (and why, when parked), coordinator review,
"Sync now", and linking this device to the charity's server.

Approve and reject call ops.coordinator, which checks the session's role itself: a
worker session is refused there whatever this page shows (the page only hides what the
role cannot do). The selected report's sealed payload is shown exactly, in plain words and
as JSON, so a coordinator reviews what would leave.

Sync and enrolment go through the sync scheduler the main window puts in `ctx.sync`
(services/sync_scheduler.py): `sync_now()`, and `enroll(address, code, device_label=...)`,
which does the network half on the network pool and the DB half on the writer, and answers
with its `enrolled` / `enrol_failed` signals. Without a scheduler the controls are disabled
and say why.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.ops.changes import Changes, Kind
from outreach_app.ops.outbox import OutboxEntry, OutboxState, WithdrawalState, list_outbox, review_report
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural

if TYPE_CHECKING:
    from outreach_app.services.sync_scheduler import SyncScheduler
from outreach_app.ui.models.outbox import OutboxModel, state_words
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import error_text, record_table, set_tab_chain, status_label
from outreach_app.ui.pages.consent_step import plain_words
from outreach_app.ui.widgets import button, heading, note, set_role


class ReviewPage(Page):
    """Outbox, review, sync and enrolment."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Review and sync")
        self.model = OutboxModel(self)
        self.summary = note("", self)
        self.summary.setAccessibleName(self.tr("Queue summary"))
        self.table = record_table(self, self.tr("Outbox"))
        self.table.setModel(self.model)
        char = self.table.fontMetrics().averageCharWidth()
        for number, chars in enumerate((17, 36, 30, 26, 6)):
            self.table.setColumnWidth(number, chars * char + 16)
        self.words = QTextBrowser(self)
        self.words.setAccessibleName(self.tr("Selected report, in plain words"))
        self.json = QPlainTextEdit(self)
        self.json.setReadOnly(True)
        self.json.setAccessibleName(self.tr("Selected report, as sent (JSON)"))
        self.approve_button = button(
            self.tr("&Approve"), self.tr("Approve the selected report"), self, role="primary"
        )
        self.reject_button = button(
            self.tr("&Reject"), self.tr("Reject the selected report"), self, role="danger"
        )
        self.sync_button = button(self.tr("&Sync now"), self.tr("Sync now"), self)
        self.message = status_label(self, self.tr("Page message"))

        # enrolment
        self.server_url = QLineEdit(self)
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.server_url.setPlaceholderText("https://…")
        self.enrol_code = QLineEdit(self)
        self.enrol_code.setAccessibleName(self.tr("Enrolment code"))
        self.enrol_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.root_fingerprint = QLineEdit(self)
        self.root_fingerprint.setAccessibleName(self.tr("Charity key fingerprint from the code sheet"))
        self.root_fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.enrol_button = button(
            self.tr("&Link this device"), self.tr("Link this device to the server"), self
        )
        enrol_box = QGroupBox(self.tr("Link to the charity's server"), self)
        enrol_form = QFormLayout(enrol_box)
        enrol_form.addRow(self.tr("Ser&ver address:"), self.server_url)
        enrol_form.addRow(self.tr("Enrolment &code:"), self.enrol_code)
        enrol_form.addRow(self.tr("Charity key &fingerprint:"), self.root_fingerprint)
        enrol_row = QHBoxLayout()
        enrol_row.addStretch(1)
        enrol_row.addWidget(self.enrol_button)
        enrol_form.addRow(enrol_row)

        top = QHBoxLayout()
        top.addWidget(heading(self.title, self))
        top.addStretch(1)
        top.addWidget(self.sync_button)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.approve_button)
        payload = QSplitter(Qt.Orientation.Horizontal, self)
        payload.addWidget(self.words)
        payload.addWidget(self.json)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(payload)
        split.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(split, 1)
        column.addLayout(actions)
        column.addWidget(enrol_box)
        set_tab_chain(
            [
                self.sync_button,
                self.table,
                self.reject_button,
                self.approve_button,
                self.server_url,
                self.enrol_code,
                self.root_fingerprint,
                self.enrol_button,
            ]
        )

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.approve_button.clicked.connect(lambda: self._review(approve=True))
        self.reject_button.clicked.connect(lambda: self._review(approve=False))
        self.sync_button.clicked.connect(self.sync_now)
        self.enrol_button.clicked.connect(self.enrol)
        self.ctx.changes.changed.connect(self._on_changes)
        self._attached: SyncScheduler | None = None
        self._update_controls()

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload()
        self._attach_sync()
        self._update_controls()

    def on_shown(self) -> None:
        self._attach_sync()
        self._update_controls()
        if self.ctx.tasks.session is not None:
            self.reload()

    def _attach_sync(self) -> None:
        """Listen to the scheduler once it exists (the window attaches it after unlock)."""
        scheduler = self.ctx.sync
        if scheduler is None or scheduler is self._attached:
            return
        self._attached = scheduler
        scheduler.enrolled.connect(self._on_enrolled)
        scheduler.enrol_failed.connect(self._on_enrol_failed)
        scheduler.pass_finished.connect(lambda _summary: self.reload())

    def clear_sensitive(self) -> None:
        self.model.clear()
        self.words.clear()
        self.json.clear()
        self.summary.clear()
        self.message.clear()
        self.enrol_code.clear()
        self.server_url.clear()
        self._update_controls()

    # ----- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        now = self.ctx.clock()  # a withdrawal not found yet is "not found" after its period
        self.ctx.tasks.run_db(
            lambda session: list_outbox(session, now),
            self._on_loaded,
            self._failed(self.tr("load the outbox")),
        )

    def _on_loaded(self, entries: list[OutboxEntry]) -> None:
        selected = self._selected()
        self.model.set_entries(entries)
        if selected is not None and selected.item_id is not None:
            for row, entry in enumerate(entries):
                if entry.item_id == selected.item_id:
                    self.table.selectRow(row)
        counts = Counter(entry.state for entry in entries)
        waiting = (
            counts[OutboxState.QUEUED]
            + counts[WithdrawalState.PENDING]
            + counts[OutboxState.WITHDRAWAL_PENDING]
        )
        parts = [
            self.tr("%1 waiting to be sent").replace("%1", str(waiting)),
            self.tr("%1 waiting for review").replace("%1", str(counts[OutboxState.AWAITING_REVIEW])),
            self.tr("%1 parked").replace("%1", str(counts[OutboxState.PARKED])),
            self.tr("%1 sent").replace("%1", str(counts[OutboxState.SENT])),
        ]
        not_found = counts[WithdrawalState.NOT_FOUND_YET]
        if not_found:
            words = self.tr("%n withdrawal(s) not found on the server yet", "", not_found)
            parts.append(english_plural(words, not_found))
        self.summary.setText(" · ".join(parts))
        self._show_selected()

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.tasks.session is None:
            return
        if changes.touches(Kind.OUTBOX, Kind.SYNC):
            self.reload()
        if changes.touches(Kind.SETTINGS, Kind.SYNC):
            self._update_controls()

    def _selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.entries):
            return None
        return self.model.entries[rows[0].row()]

    def _show_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.payload is None:
            self.words.clear()
            self.json.clear()
        else:
            header = self.tr("State: %1").replace("%1", state_words(entry.state))
            if entry.reason:
                header += "\n" + self.tr("Reason: %1").replace("%1", entry.reason)
            if not entry.payload:
                # Retention blanks what was sent long ago (storage/repos/retention.py); the item
                # keeps its report id and hash so it can still be withdrawn.
                removed = self.tr(
                    "What was sent was removed from this device by retention. The report can "
                    "still be withdrawn from the charity's server."
                )
                self.words.setPlainText(header + "\n\n" + removed)
                self.json.setPlainText(self.tr("(removed by retention)"))
            else:
                self.words.setPlainText(header + "\n\n" + plain_words(entry.payload))
                self.json.setPlainText(json.dumps(json.loads(entry.payload), indent=2, ensure_ascii=False))
        self._update_controls()

    # ----- review -------------------------------------------------------------------------

    def _update_controls(self) -> None:
        entry = self._selected()
        coordinator = self.ctx.is_coordinator
        reviewable = (
            entry is not None and entry.state == OutboxState.AWAITING_REVIEW and entry.item_id is not None
        )
        for widget in (self.approve_button, self.reject_button):
            widget.setVisible(coordinator)
            widget.setEnabled(coordinator and reviewable)
        scheduler = self.ctx.sync
        unlocked = self.ctx.tasks.session is not None
        # The scheduler exists from the first unlock on (ui/sync_bridge.py).
        ready = scheduler is not None and unlocked
        self.sync_button.setEnabled(ready)
        for field in (self.server_url, self.enrol_code, self.root_fingerprint, self.enrol_button):
            field.setEnabled(ready)

    def _review(self, *, approve: bool) -> None:

        entry = self._selected()
        if entry is None or entry.item_id is None:
            return
        item_id: UUID = entry.item_id
        now = self.ctx.clock()

        def done(_: None) -> None:
            self._say(
                self.tr("Approved: it is sent at the next sync.") if approve else self.tr("Rejected."), False
            )

        doing = self.tr("approve the report") if approve else self.tr("reject the report")
        self.run_op(lambda s: review_report(s, item_id, approve=approve, now=now), done, self._failed(doing))

    # ----- sync and enrolment -------------------------------------------------------------

    def sync_now(self) -> None:
        scheduler = self.ctx.sync
        if scheduler is None:
            return
        self._say(self.tr("Syncing…"), False)
        scheduler.sync_now()

    def enrol(self) -> None:
        scheduler = self.ctx.sync
        url, code = self.server_url.text().strip(), self.enrol_code.text().strip()
        if scheduler is None:
            return
        fingerprint = self.root_fingerprint.text().strip()  # protocol v2: checked, then pinned
        if not url or not code or not fingerprint:
            self._say(
                self.tr("Type the server address, the enrolment code and the charity key fingerprint."), True
            )
            return
        self._attach_sync()
        self.enrol_code.clear()  # single use: do not keep it in the widget
        self.enrol_button.setEnabled(False)
        self._say(self.tr("Linking…"), False)
        scheduler.enroll(url, code, device_label=self.tr("Outreach device"), root_fingerprint=fingerprint)

    def _on_enrolled(self, result: object) -> None:  # sync's EnrolResult (the UI may not import sync)
        self.enrol_button.setEnabled(True)
        organisation = getattr(result, "organisation", None) or self.tr("the charity")
        regions = len(getattr(result, "regions", []) or [])
        text = self.tr("Linked to %1 (%2 regions).").replace("%1", organisation).replace("%2", str(regions))
        pinned = getattr(result, "root_fingerprint", None)
        if pinned:
            text += " " + self.tr("Charity key pinned: %1.").replace("%1", pinned)
        self._say(text, False)

    def _on_enrol_failed(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        # The scheduler's EnrolmentFailedError says why in plain words (sync.enrollment).
        self._say(self.tr("Linking failed: %1.").replace("%1", str(exc)), True)

    # ----- messages -----------------------------------------------------------------------

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def _failed(self, doing: str) -> Callable[[BaseException], None]:
        return lambda exc: self._say(error_text(exc, doing), True)
