"""What the sync engine and the review screen do to the outbox.

The sync engine (one DB-writer thread) moves whole batches with the set-based steps of
`storage/repos/sync_outbox.py` (the same transitions, logged the same way) and uses these
per-item functions for the rest:
1. `requeue_stale_sending(conn)` at the start of a pass: items left `sending` by a crash go
   back to `queued` (they keep `ever_sending`, so a later withdrawal still goes to the server).
2. `mark_sending` / `mark_parked`: an item that cannot be sealed is parked with the reason.
3. `mark_sent(conn, item_id, receipt)`: the one per-item `sending -> sent`; it also keeps the
   receipt of an item withdrawn or superseded in flight without changing its state (the
   batch path, `sync_outbox.settle_items`, moves only items still `sending`).
4. `mark_parked(conn, item_id, reason)` when an envelope was refused; `mark_retry(conn, ids,
   error)` when no valid receipt came (network, 5xx, captive portal).
`items_to_send(conn, limit)` lists queued items as OutgoingReport (the sharing tests read the queue with it).
Withdrawals: `withdrawals_to_send(conn, now=...)` -> OutgoingWithdrawal list (pending ones,
and those the server did not find yet that are due again: `withdrawal_progress`); after a
valid WithdrawalResult `mark_withdrawn(conn, withdrawal_id, result)` -> WithdrawalProgress
(`withdrawn`, or `not_found_yet` for a verifier the server does not know); on failure
`note_withdrawal_failure(conn, withdrawal_id, error)` (it stays pending).
Errors and reasons stored here are shown to the worker; they must never contain record text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from outreach_app.domain.enums import Purpose
from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.receipts import Receipt
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.withdrawals import Withdrawal, WithdrawalResult
from outreach_app.sharing import withdrawal_progress as progress
from outreach_app.sharing.errors import ReceiptMismatchError, ReviewError
from outreach_app.sharing.outbox_states import OutboxState, check_transition
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.repos import outbox as repo

S = OutboxState
_RECEIPT_ONLY = frozenset({S.SUPERSEDED, S.WITHDRAWAL_PENDING, S.WITHDRAWN})
"""States in which a late receipt is kept but changes nothing (withdrawal always wins)."""


@dataclass(frozen=True)
class OutgoingReport:
    """Attributes:
    item_id: the outbox item (local id, never sent).
    report: the sealed SharedReport, parsed from `payload`.
    payload: the canonical JSON text exactly as sealed.
    content_hash: SHA-256 of `payload`, the hash a valid receipt must carry.
    """

    item_id: UUID
    report: SharedReport
    payload: str
    content_hash: str


@dataclass(frozen=True)
class OutgoingWithdrawal:
    withdrawal_id: UUID
    withdrawal: Withdrawal


def _now(now: datetime | None) -> datetime:
    return now or utcnow()


def _move(conn: Connection, item_id: UUID, target: OutboxState, at: datetime, **changes: object) -> None:
    item = repo.get_item(conn, item_id)
    if item is None:
        raise RecordNotFoundError(f"outbox item {item_id} is not stored")
    check_transition(S(item.state), target)
    repo.set_state(conn, item_id, item.state, target, at, **changes)  # type: ignore[arg-type]


def items_to_send(conn: Connection, limit: int) -> list[OutgoingReport]:
    """Queued items, oldest first, at most `limit`."""
    return [
        OutgoingReport(
            item.id, SharedReport.model_validate_json(item.payload), item.payload, item.content_hash
        )
        for item in repo.list_items(conn, [S.QUEUED], limit=limit)
    ]


def mark_sending(conn: Connection, ids: Iterable[UUID], *, now: datetime | None = None) -> list[UUID]:
    """Queued -> sending (counts an attempt, sets ever_sending); returns the ids moved."""
    at = _now(now)
    moved = []
    with transaction(conn):
        for item_id in ids:
            item = repo.get_item(conn, item_id)
            if item is None or item.state != S.QUEUED:
                continue
            repo.set_state(conn, item_id, S.QUEUED, S.SENDING, at, count_attempt=True, mark_ever_sending=True)
            moved.append(item_id)
    return moved


def mark_sent(conn: Connection, item_id: UUID, receipt: Receipt, *, now: datetime | None = None) -> None:
    """Sending -> sent with the receipt stored. The receipt must match the item's report id and
    content hash (ReceiptMismatchError otherwise). An item superseded or withdrawn while in
    flight keeps its state; only the receipt is stored."""
    at = _now(now)
    with transaction(conn):
        item = repo.get_item(conn, item_id)
        if item is None:
            raise RecordNotFoundError(f"outbox item {item_id} is not stored")
        if receipt.report_id != item.report_id or receipt.content_hash != item.content_hash:
            raise ReceiptMismatchError(f"the receipt is not for outbox item {item_id}")
        body = receipt.model_dump(mode="json", exclude_none=True)
        if S(item.state) in _RECEIPT_ONLY:
            repo.store_receipt(conn, item_id, body, at)
            return
        _move(conn, item_id, S.SENT, at, receipt=body, reason=f"receipt {receipt.status.value}")


def mark_parked(conn: Connection, item_id: UUID, reason: str, *, now: datetime | None = None) -> None:
    """Sending -> parked with a reason shown to the worker (no record text in it)."""
    at = _now(now)
    with transaction(conn):
        item = repo.get_item(conn, item_id)
        if item is not None and S(item.state) in _RECEIPT_ONLY:
            return
        _move(conn, item_id, S.PARKED, at, reason=reason, last_error=reason)


def mark_retry(conn: Connection, ids: Iterable[UUID], error: str, *, now: datetime | None = None) -> None:
    """Sending -> queued after a failure without a valid receipt (it will be sent again)."""
    at = _now(now)
    with transaction(conn):
        for item_id in ids:
            item = repo.get_item(conn, item_id)
            if item is not None and item.state == S.SENDING:
                repo.set_state(conn, item_id, S.SENDING, S.QUEUED, at, reason="retry", last_error=error)


def requeue_stale_sending(conn: Connection, *, now: datetime | None = None) -> int:
    """Crash recovery: every item still `sending` goes back to `queued`; returns how many."""
    at = _now(now)
    with transaction(conn):
        stale = repo.list_items(conn, [S.SENDING])
        for item in stale:
            repo.set_state(conn, item.id, S.SENDING, S.QUEUED, at, reason="no receipt before restart")
        return len(stale)


def requeue_parked(conn: Connection, item_id: UUID, *, now: datetime | None = None) -> None:
    """Parked -> queued: try again after the cause was fixed."""
    with transaction(conn):
        _move(conn, item_id, S.QUEUED, _now(now), reason="retry requested")


def withdrawals_to_send(conn: Connection, *, now: datetime | None = None) -> list[OutgoingWithdrawal]:
    """Withdrawals due now, oldest first, as protocol Withdrawals: pending ones, and those the
    server did not find yet that are due to be asked again (`withdrawal_progress.due`)."""
    at = _now(now)
    out = []
    for row in repo.list_withdrawals(conn, [progress.STATE_PENDING, progress.STATE_NOT_FOUND]):
        if not progress.due(row, at):
            continue
        withdrawal = Withdrawal(
            report_id=row.report_id,
            verifier=row.verifier,
            purposes=[Purpose(p) for p in row.purposes],
        )
        out.append(OutgoingWithdrawal(row.id, withdrawal))
    return out


def mark_withdrawn(
    conn: Connection,
    withdrawal_id: UUID,
    result: WithdrawalResult | None = None,
    *,
    now: datetime | None = None,
) -> progress.WithdrawalProgress:
    """The server answered a withdrawal. By report id every status means done (a report that
    never arrived is withdrawn by the server's tombstone if it ever does); by verifier,
    `unknown` means the server has no such report yet: kept as `not_found` and asked again
    (`withdrawal_progress`), never counted as withdrawn. Items of that report waiting in
    `withdrawal_pending` become `withdrawn` once none of their withdrawals is pending.
    Returns what the answer means: `withdrawn` or `not_found_yet`."""
    at = _now(now)
    with transaction(conn):
        row = repo.get_withdrawal(conn, withdrawal_id)
        if row is None:
            raise RecordNotFoundError(f"withdrawal {withdrawal_id} is not stored")
        if result is not None and not progress.found(row.report_id, result):
            answer = result.model_dump(mode="json", exclude_none=True)
            repo.note_withdrawal_not_found(conn, withdrawal_id, at, answer)
            return progress.WithdrawalProgress.NOT_FOUND_YET
        body = None if result is None else result.model_dump(mode="json", exclude_none=True)
        repo.finish_withdrawal(conn, withdrawal_id, at, body)
        if row.report_id is None:
            return progress.WithdrawalProgress.WITHDRAWN
        item = repo.get_item_by_report(conn, row.report_id)
        if item is None or item.state != S.WITHDRAWAL_PENDING:
            return progress.WithdrawalProgress.WITHDRAWN
        if any(w.state == "pending" for w in repo.withdrawals_for_report(conn, row.report_id)):
            return progress.WithdrawalProgress.WITHDRAWN
        repo.set_state(conn, item.id, S.WITHDRAWAL_PENDING, S.WITHDRAWN, at, reason="server confirmed")
        return progress.WithdrawalProgress.WITHDRAWN


def note_withdrawal_failure(
    conn: Connection, withdrawal_id: UUID, error: str, *, now: datetime | None = None
) -> None:
    repo.note_withdrawal_error(conn, withdrawal_id, _now(now), error)


def approve(conn: Connection, item_id: UUID, *, now: datetime | None = None) -> None:
    """Review: awaiting_review -> queued."""
    _review(conn, item_id, S.QUEUED, "approved", now)


def reject(conn: Connection, item_id: UUID, *, now: datetime | None = None) -> None:
    """Review: awaiting_review -> rejected (it will never be sent)."""
    _review(conn, item_id, S.REJECTED, "rejected in review", now)


def _review(conn: Connection, item_id: UUID, target: OutboxState, reason: str, now: datetime | None) -> None:
    with transaction(conn):
        item = repo.get_item(conn, item_id)
        if item is None:
            raise RecordNotFoundError(f"outbox item {item_id} is not stored")
        if item.state != S.AWAITING_REVIEW:
            raise ReviewError(f"outbox item {item_id} is {item.state}, not awaiting review")
        repo.set_state(conn, item_id, S.AWAITING_REVIEW, target, _now(now), reason=reason)


def awaiting_review(conn: Connection) -> list[repo.OutboxRow]:
    return repo.list_items(conn, [S.AWAITING_REVIEW])


def all_items(conn: Connection) -> list[repo.OutboxRow]:
    return repo.list_items(conn)
