"""The outbox state machine (docs/sharing.md draws it). Pure: storage/repos/outbox.py applies it.

```
draft -> consented -> awaiting_review -> queued | rejected      (review_required on)
                   -> queued                                     (review_required off)
queued -> sending -> sent                 (a receipt that matches id and content hash)
                  -> parked               (conflict, rejected by the server, permanent error)
                  -> queued               (no receipt: retry; crash recovery)
parked -> queued                          (retry after the cause is fixed)
any live state -> superseded              (the incident was edited and sealed again)
live, sent or superseded -> withdrawal_pending   (full withdrawal of an item that may be on the server)
live -> withdrawn                         (full withdrawal of an item that never left)
withdrawal_pending -> withdrawn           (the server confirmed the withdrawal)
```

"Ever sending" matters: an item that was once `sending` may have reached the server even if
no receipt came back, so withdrawing it always goes through the server.
"""

from __future__ import annotations

from enum import StrEnum


class OutboxState(StrEnum):
    DRAFT = "draft"
    CONSENTED = "consented"
    AWAITING_REVIEW = "awaiting_review"
    REJECTED = "rejected"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    PARKED = "parked"
    SUPERSEDED = "superseded"
    WITHDRAWAL_PENDING = "withdrawal_pending"
    WITHDRAWN = "withdrawn"


S = OutboxState

LIVE = frozenset({S.CONSENTED, S.AWAITING_REVIEW, S.QUEUED, S.SENDING, S.PARKED})
"""States of an item that has not reached an end: it may still be sent."""
TERMINAL = frozenset({S.REJECTED, S.WITHDRAWN})

TRANSITIONS: dict[OutboxState, frozenset[OutboxState]] = {
    S.DRAFT: frozenset({S.CONSENTED}),
    S.CONSENTED: frozenset({S.AWAITING_REVIEW, S.QUEUED, S.SUPERSEDED, S.WITHDRAWN, S.WITHDRAWAL_PENDING}),
    S.AWAITING_REVIEW: frozenset({S.QUEUED, S.REJECTED, S.SUPERSEDED, S.WITHDRAWN, S.WITHDRAWAL_PENDING}),
    S.QUEUED: frozenset({S.SENDING, S.SUPERSEDED, S.WITHDRAWN, S.WITHDRAWAL_PENDING}),
    S.SENDING: frozenset({S.SENT, S.PARKED, S.QUEUED, S.SUPERSEDED, S.WITHDRAWAL_PENDING}),
    S.PARKED: frozenset({S.QUEUED, S.SUPERSEDED, S.WITHDRAWN, S.WITHDRAWAL_PENDING}),
    S.SENT: frozenset({S.SUPERSEDED, S.WITHDRAWAL_PENDING}),
    S.SUPERSEDED: frozenset({S.WITHDRAWAL_PENDING, S.WITHDRAWN}),
    S.WITHDRAWAL_PENDING: frozenset({S.WITHDRAWN}),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
}


class TransitionError(ValueError):
    """A state change the machine does not allow (a bug, or a stale view of the outbox)."""


def check_transition(current: OutboxState, target: OutboxState) -> None:
    if target not in TRANSITIONS[current]:
        raise TransitionError(f"an outbox item cannot go from {current.value} to {target.value}")


def withdrawal_target(current: OutboxState, ever_sending: bool) -> OutboxState | None:
    """Where a FULL withdrawal takes an item (None: nothing to do, already at an end).

    An item that may be on the server (ever sending, or sent) waits for the server's
    confirmation; one that never left is withdrawn at once.
    """
    if current in TERMINAL or current in {S.WITHDRAWAL_PENDING, S.DRAFT}:
        return None
    if ever_sending or current in {S.SENT, S.SENDING}:
        return S.WITHDRAWAL_PENDING
    return S.WITHDRAWN
