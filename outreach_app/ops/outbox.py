"""The outbox as one listing: every sealed report version and every withdrawal, with its state.

An outbox holds one row per sealed report version and per withdrawal; even a busy project has
hundreds, not millions, so the rows are loaded whole. States are enums (`OutboxState` for a
report, `WithdrawalState` for a withdrawal), never compared as strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from outreach_app.core.vault import VaultSession
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.sharing.withdrawal_progress import WithdrawalProgress, progress
from outreach_app.storage.repos import incidents as incidents_repo
from outreach_app.storage.repos import outbox as repo

__all__ = [
    "EntryKind",
    "OutboxEntry",
    "OutboxState",
    "WithdrawalState",
    "list_outbox",
    "review_report",
]


class EntryKind(StrEnum):
    REPORT = "report"
    WITHDRAWAL = "withdrawal"


class WithdrawalState(StrEnum):
    """A withdrawal's progress as the outbox shows it (`sharing.withdrawal_progress`)."""

    PENDING = "pending"  # not answered by the server yet
    DONE = "done"  # withdrawn on the server (or it never left)
    NOT_FOUND_YET = "not_found_yet"  # the server has no such report yet; asked again
    NOT_FOUND = "not_found"  # still not found at the end of the period; no longer asked


_SHOWN = {
    WithdrawalProgress.WAITING: WithdrawalState.PENDING,
    WithdrawalProgress.WITHDRAWN: WithdrawalState.DONE,
    WithdrawalProgress.NOT_FOUND_YET: WithdrawalState.NOT_FOUND_YET,
    WithdrawalProgress.NOT_FOUND: WithdrawalState.NOT_FOUND,
}
# A report in these states shows why (its last transition's reason) when it has no error.
_EXPLAINED = frozenset(
    {OutboxState.PARKED, OutboxState.REJECTED, OutboxState.SUPERSEDED, OutboxState.WITHDRAWN}
)


@dataclass(frozen=True)
class OutboxEntry:
    """One row: a report version or a withdrawal.

    Attributes:
        item_id: the outbox item (None for a withdrawal row).
        incident_at / incident_zone: when and where (time zone) the incident happened, if known.
        reason: why it is parked/rejected/failed, or the last transition's reason.
        payload: the sealed JSON (reports only), for review.
    """

    item_id: UUID | None
    kind: EntryKind
    state: OutboxState | WithdrawalState
    purposes: tuple[str, ...]
    version: int
    attempts: int
    updated_at: datetime
    incident_at: datetime | None
    incident_zone: str
    reason: str
    payload: str | None


def list_outbox(session: VaultSession, now: datetime) -> list[OutboxEntry]:
    """Every outbox item and withdrawal, newest change first; `now` decides whether a
    withdrawal the server did not find is still looked for."""
    conn = session.conn
    items = repo.list_items(conn)
    found = {i.id: i for i in incidents_repo.get_incidents(conn, list({item.incident_id for item in items}))}
    entries: list[OutboxEntry] = []
    for item in items:
        state = OutboxState(item.state)
        reason = item.last_error or ""
        if not reason and state in _EXPLAINED:
            moves = repo.transitions(conn, item.id)
            reason = next((r for *_rest, r in reversed(moves) if r), "")
        incident = found.get(item.incident_id)
        entries.append(
            OutboxEntry(
                item_id=item.id,
                kind=EntryKind.REPORT,
                state=state,
                purposes=item.purposes,
                version=item.version,
                attempts=item.attempts,
                updated_at=item.updated_at,
                incident_at=incident.occurred_at if incident else None,
                incident_zone=incident.zone if incident else "",
                reason=reason,
                payload=item.payload,
            )
        )
    for withdrawal in repo.list_withdrawals(conn):
        entries.append(
            OutboxEntry(
                item_id=None,
                kind=EntryKind.WITHDRAWAL,
                state=_SHOWN[progress(withdrawal, now)],
                purposes=withdrawal.purposes,
                version=0,
                attempts=withdrawal.attempts,
                updated_at=withdrawal.updated_at,
                incident_at=None,
                incident_zone="",
                reason=withdrawal.last_error or "",
                payload=None,
            )
        )
    entries.sort(key=lambda e: e.updated_at, reverse=True)
    return entries


def review_report(session: VaultSession, item_id: UUID, *, approve: bool, now: datetime) -> OpResult[None]:
    """A coordinator approves (it is sent at the next sync) or rejects a report awaiting
    review (`ops.coordinator`: role-checked and audited)."""
    from outreach_app.ops import coordinator

    decide = coordinator.approve_report if approve else coordinator.reject_report
    decide(session, item_id, now=now)
    return OpResult(None, Changes.of(Kind.OUTBOX, ids=[item_id]))
