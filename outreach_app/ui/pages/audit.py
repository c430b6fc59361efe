"""The Audit page: the local audit log (ids and counts only) and its verification. Coordinators only.

The log is read through `ops.coordinator`, which refuses a worker session;
the page also tells a worker plainly that the log is for coordinators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from outreach_app.ops import coordinator
from outreach_app.ops.coordinator import AuditEntry, ChainReport
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.qt_types import AnyIndex, ItemData
from outreach_app.ui.models.row_list import RowListModel
from outreach_app.ui.pages.base import Page

ENTRY_LIMIT = 2000


class AuditTableModel(RowListModel[AuditEntry]):
    """Audit entries, newest first. Columns: number, time (UTC), event, role, details."""

    COLUMNS = ("No.", "Time (UTC)", "Event", "Role", "Details")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [QCoreApplication.translate("AuditTableModel", text) for text in self.COLUMNS], parent
        )

    @property
    def entries(self) -> list[AuditEntry]:
        return self.rows

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.set_rows(entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> ItemData:
        entry = self.row_at(index)
        if entry is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(entry.seq)
        if column == 1:
            return entry.at.replace("T", " ").removesuffix("+00:00")
        if column == 2:
            return entry.kind.replace("_", " ")
        if column == 3:
            return entry.role or "-"
        if column == 4:
            return ", ".join(f"{k}: {v}" for k, v in sorted(entry.detail.items()))
        return None


class AuditPage(Page):
    """Attributes:
    model: the entries shown.
    verdict: the result of the last verification (text).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("audit")
        self.title = self.tr("Audit log")
        self.notice = QLabel(self.tr("Only coordinators can see the audit log."), self)
        self.notice.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify the log"), self)
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel("", self)
        self.verdict.setAccessibleName(self.tr("Verification result"))
        self.verdict.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        self._apply_role()

    def _apply_role(self) -> None:
        allowed = self.ctx.is_coordinator
        self.notice.setVisible(not allowed)
        self.verify_button.setVisible(allowed)
        self.table.setVisible(allowed)

    def on_unlocked(self) -> None:
        self._apply_role()
        if self.ctx.is_coordinator:
            self.refresh()

    def on_shown(self) -> None:
        if self.ctx.is_coordinator:
            self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run_db(
            lambda s: coordinator.audit_entries(s, limit=ENTRY_LIMIT), self.model.set_entries, self._failed
        )

    def verify(self) -> None:
        self.ctx.tasks.run_db(coordinator.verify_audit, self.show_verdict, self._failed)

    def show_verdict(self, report: ChainReport) -> None:
        if report.ok:
            text = self.tr("The log is intact: %1 entries.").replace("%1", str(report.entries))
            if not report.server_checked:
                text += " " + self.tr(
                    "(Not yet compared with the server: entries cut off the end show after a sync.)"
                )
        else:
            text = self.tr("The log was changed:") + " " + "; ".join(p.message for p in report.problems)
        self.verdict.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.verdict.setText(str(exc) if isinstance(exc, PermissionError) else self.tr("That did not work."))

    def clear_sensitive(self) -> None:
        self.model.set_entries([])
        self.verdict.setText("")
