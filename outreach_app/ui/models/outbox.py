"""Outbox items and withdrawals as one table (the queue's state, always visible).

An outbox holds one row per sealed report version and per withdrawal; even a busy project
has hundreds, not millions, so the rows are loaded whole on the DB thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.enums import Purpose
from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP, label, local_time_text
from outreach_app.ui.models.row_list import RowListModel

AnyIndex = QModelIndex | QPersistentModelIndex
LOCAL_ZONE = device_zone()  # the system's zone, read once at start (domain.device_zone)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxModel", text)


_STATE_WORDS = {
    "draft": QT_TRANSLATE_NOOP("OutboxModel", "Draft"),
    "consented": QT_TRANSLATE_NOOP("OutboxModel", "Consented"),
    "awaiting_review": QT_TRANSLATE_NOOP("OutboxModel", "Waiting for a coordinator"),
    "rejected": QT_TRANSLATE_NOOP("OutboxModel", "Rejected by a coordinator"),
    "queued": QT_TRANSLATE_NOOP("OutboxModel", "Waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("OutboxModel", "Sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxModel", "Sent (receipt stored)"),
    "parked": QT_TRANSLATE_NOOP("OutboxModel", "Parked: needs attention"),
    "superseded": QT_TRANSLATE_NOOP("OutboxModel", "Replaced by a newer version"),
    "withdrawal_pending": QT_TRANSLATE_NOOP("OutboxModel", "Withdrawal waiting to be sent"),
    "withdrawn": QT_TRANSLATE_NOOP("OutboxModel", "Withdrawn"),
    "pending": QT_TRANSLATE_NOOP("OutboxModel", "Withdrawal waiting to be sent"),
    # A withdrawal's progress (sharing/withdrawal_progress.py), never "confirmed" for a
    # report the server did not find.
    "done": QT_TRANSLATE_NOOP("OutboxModel", "Withdrawn on the server"),
    "not_found_yet": QT_TRANSLATE_NOOP(
        "OutboxModel", "Not found on the server yet: asked again at each sync for 30 days"
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "OutboxModel", "Not found on the server; it still withdraws the report if it arrives"
    ),
    "failed": QT_TRANSLATE_NOOP("OutboxModel", "Withdrawal failed"),
}


# A withdrawal row's state is its progress; waiting and withdrawn keep their older names.
_WITHDRAWAL_STATES = {"waiting": "pending", "withdrawn": "done"}


def state_words(state: str) -> str:
    return _tr(_STATE_WORDS.get(state, state))


@dataclass(frozen=True)
class OutboxEntry:
    """One row: a report version or a withdrawal.

    Attributes:
        item_id: the outbox item (None for a withdrawal row).
        kind: "report" or "withdrawal".
        incident_when: when the incident happened (local), if known.
        reason: why it is parked/rejected/failed, or the last transition's reason.
        payload: the sealed JSON (reports only), for review.
    """

    item_id: UUID | None
    kind: str
    state: str
    purposes: tuple[str, ...]
    version: int
    attempts: int
    updated_at: datetime
    incident_when: str
    reason: str
    payload: str | None


def load_entries(session: Any, now: datetime | None = None) -> list[OutboxEntry]:
    """Every outbox item and withdrawal, newest change first (runs on the DB thread); `now`
    decides whether a withdrawal the server did not find is still looked for."""
    from outreach_app.domain.timeutil import utcnow
    from outreach_app.sharing import withdrawal_progress
    from outreach_app.storage.repos import incidents
    from outreach_app.storage.repos import outbox as repo

    conn = session.conn
    items = repo.list_items(conn)
    found = {i.id: i for i in incidents.get_incidents(conn, list({item.incident_id for item in items}))}
    entries: list[OutboxEntry] = []
    for item in items:
        reason = item.last_error or ""
        if not reason and item.state in ("parked", "rejected", "superseded", "withdrawn"):
            moves = repo.transitions(conn, item.id)
            reason = next((r for *_rest, r in reversed(moves) if r), "")
        incident = found.get(item.incident_id)
        entries.append(
            OutboxEntry(
                item_id=item.id,
                kind="report",
                state=item.state,
                purposes=item.purposes,
                version=item.version,
                attempts=item.attempts,
                updated_at=item.updated_at,
                incident_when=local_time_text(incident.occurred_at, incident.zone) if incident else "",
                reason=reason,
                payload=item.payload,
            )
        )
    now = now or utcnow()
    for withdrawal in repo.list_withdrawals(conn):
        reached = withdrawal_progress.progress(withdrawal, now)
        entries.append(
            OutboxEntry(
                item_id=None,
                kind="withdrawal",
                state=_WITHDRAWAL_STATES.get(reached.value, reached.value),
                purposes=withdrawal.purposes,
                version=0,
                attempts=withdrawal.attempts,
                updated_at=withdrawal.updated_at,
                incident_when="",
                reason=withdrawal.last_error or "",
                payload=None,
            )
        )
    entries.sort(key=lambda e: e.updated_at, reverse=True)
    return entries


class OutboxModel(RowListModel):
    """Columns: changed, what, for (purposes), state, tries, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [_tr("Changed"), _tr("What"), _tr("For"), _tr("State"), _tr("Tries"), _tr("Reason")]
        super().__init__(headers, parent)

    @property
    def entries(self) -> list[OutboxEntry]:
        return self.rows

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.set_rows(entries)

    def clear(self) -> None:
        self.set_entries([])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index)
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return local_time_text(entry.updated_at, LOCAL_ZONE)
        if column == 1:
            if entry.kind == "withdrawal":
                return _tr("Withdrawal of consent")
            text = _tr("Report v%1").replace("%1", str(entry.version))
            return text + (
                _tr(" (incident of %1)").replace("%1", entry.incident_when) if entry.incident_when else ""
            )
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
