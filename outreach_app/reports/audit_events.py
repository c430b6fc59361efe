"""Audit entries the app and CLI add around an unlock, with the failed attempts folded in.

The failed-unlock counter lives outside the encrypted DB (crypto/failures.py)
and a successful unlock resets it, so its count must be read *before*
unlocking. Callers do::

    pending = read_failed_unlocks(layout, clock)      # before unlock_vault
    session = unlock_vault(layout, passphrase, clock=clock)
    record_unlock(session.conn, pending, role=session.role, slot_id=session.slot_id, now=clock())
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from outreach_app.crypto.failures import FailureCounter
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos.audit import AuditKind, append_event

if TYPE_CHECKING:
    from sqlite3 import Connection


@dataclass(frozen=True)
class FailedUnlocks:
    """Failed attempts since the last successful unlock, as the counter file tells them."""

    count: int


def read_failed_unlocks(layout: VaultLayout, clock: Callable[[], datetime]) -> FailedUnlocks:
    return FailedUnlocks(FailureCounter(layout.failures, clock).count)


def record_unlock(conn: Connection, failed: FailedUnlocks, *, role: str, slot_id: str, now: datetime) -> None:
    """Add the folded-in failures (if any) and the unlock itself, in one transaction."""
    with transaction(conn):
        if failed.count:
            append_event(conn, AuditKind.UNLOCK_FAILED, at=now, detail={"attempts": failed.count})
        append_event(conn, AuditKind.UNLOCK, at=now, role=role, detail={"slot": slot_id})
