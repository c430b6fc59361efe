"""Outbox items and withdrawals as one table (the queue's state, always visible).

The rows come from `ops.outbox.list_outbox` (loaded whole on the DB thread); this model
adds only their words.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.enums import Purpose
from outreach_app.ops.outbox import EntryKind, OutboxEntry, OutboxState, WithdrawalState
from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP, label, local_time_text
from outreach_app.ui.models.qt_types import AnyIndex, ItemData
from outreach_app.ui.models.row_list import RowListModel

LOCAL_ZONE = device_zone()  # the system's zone, read once at start (domain.device_zone)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxModel", text)


_STATE_WORDS: dict[OutboxState | WithdrawalState, str] = {
    OutboxState.DRAFT: QT_TRANSLATE_NOOP("OutboxModel", "Draft"),
    OutboxState.CONSENTED: QT_TRANSLATE_NOOP("OutboxModel", "Consented"),
    OutboxState.AWAITING_REVIEW: QT_TRANSLATE_NOOP("OutboxModel", "Waiting for a coordinator"),
    OutboxState.REJECTED: QT_TRANSLATE_NOOP("OutboxModel", "Rejected by a coordinator"),
    OutboxState.QUEUED: QT_TRANSLATE_NOOP("OutboxModel", "Waiting to be sent"),
    OutboxState.SENDING: QT_TRANSLATE_NOOP("OutboxModel", "Sending"),
    OutboxState.SENT: QT_TRANSLATE_NOOP("OutboxModel", "Sent (receipt stored)"),
    OutboxState.PARKED: QT_TRANSLATE_NOOP("OutboxModel", "Parked: needs attention"),
    OutboxState.SUPERSEDED: QT_TRANSLATE_NOOP("OutboxModel", "Replaced by a newer version"),
    OutboxState.WITHDRAWAL_PENDING: QT_TRANSLATE_NOOP("OutboxModel", "Withdrawal waiting to be sent"),
    OutboxState.WITHDRAWN: QT_TRANSLATE_NOOP("OutboxModel", "Withdrawn"),
    WithdrawalState.PENDING: QT_TRANSLATE_NOOP("OutboxModel", "Withdrawal waiting to be sent"),
    # A withdrawal's progress (sharing/withdrawal_progress.py), never "confirmed" for a
    # report the server did not find.
    WithdrawalState.DONE: QT_TRANSLATE_NOOP("OutboxModel", "Withdrawn on the server"),
    WithdrawalState.NOT_FOUND_YET: QT_TRANSLATE_NOOP(
        "OutboxModel", "Not found on the server yet: asked again at each sync for 30 days"
    ),
    WithdrawalState.NOT_FOUND: QT_TRANSLATE_NOOP(
        "OutboxModel", "Not found on the server; it still withdraws the report if it arrives"
    ),
}


def state_words(state: OutboxState | WithdrawalState) -> str:
    return _tr(_STATE_WORDS.get(state, state))


class OutboxModel(RowListModel[OutboxEntry]):
    """Columns: changed, what, for (purposes), state, tries, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [
            QCoreApplication.translate("OutboxModel", "Changed"),
            QCoreApplication.translate("OutboxModel", "What"),
            QCoreApplication.translate("OutboxModel", "For"),
            QCoreApplication.translate("OutboxModel", "State"),
            QCoreApplication.translate("OutboxModel", "Tries"),
            QCoreApplication.translate("OutboxModel", "Reason"),
        ]
        super().__init__(headers, parent)

    @property
    def entries(self) -> list[OutboxEntry]:
        return self.rows

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.set_rows(entries)

    def clear(self) -> None:
        self.set_entries([])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> ItemData:
        entry = self.row_at(index)
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return local_time_text(entry.updated_at, LOCAL_ZONE)
        if column == 1:
            if entry.kind == EntryKind.WITHDRAWAL:
                return QCoreApplication.translate("OutboxModel", "Withdrawal of consent")
            text = QCoreApplication.translate("OutboxModel", "Report v%1").replace("%1", str(entry.version))
            if entry.incident_at is None:
                return text
            when = local_time_text(entry.incident_at, entry.incident_zone)
            return text + QCoreApplication.translate("OutboxModel", " (incident of %1)").replace("%1", when)
        if column == 2:
            return ", ".join(label(Purpose(p)) for p in entry.purposes if p in Purpose._value2member_map_)
        if column == 3:
            return state_words(entry.state)
        if column == 4:
            return str(entry.attempts)
        if column == 5:
            return entry.reason
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
