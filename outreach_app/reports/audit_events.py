"""Audit entries the app and CLI add around an unlock, with the failed attempts folded in.

The failed-unlock counter lives outside the encrypted DB (crypto/failures.py)
and a successful unlock resets it, so its count must be read *before*
unlocking. Callers do::

    pending = read_failed_unlocks(layout, clock)      # before unlock_vault
    session = unlock_vault(layout, passphrase, clock=clock)
    record_unlock(session.conn, pending, role=session.role, slot_id=session.slot_id, now=clock())
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from outreach_app.crypto.failures import FailureCounter
from outreach_app.crypto.keyfile import KeyFileFormatError, read_key_file
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos.audit import AuditKind, append_event
from outreach_app.storage.repos.settings import get_setting, set_setting

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


KEY_SLOTS_SETTING = "audit.key_slots"


def _slot_fingerprints(layout: VaultLayout) -> dict[str, tuple[str, str]]:
    """Slot id → (role, fingerprint of its wrapping). The fingerprint changes with every re-wrap."""
    key_file = read_key_file(layout.key_file)
    out: dict[str, tuple[str, str]] = {}
    for slot in key_file.slots:
        digest = hashlib.sha256(slot.salt + slot.nonce + slot.wrapped_key).hexdigest()[:32]
        out[slot.id] = (slot.role, digest)
    return out


def record_key_file_changes(conn: Connection, layout: VaultLayout, *, now: datetime, role: str | None) -> int:
    """Audit changes to the key file since the last unlock; returns how many entries were added.

    The key file lives outside the DB and changes without it (passphrase changes, data-key
    rotation, slots added by other tools), so each unlock compares the slots with the
    fingerprints seen last time: a re-wrapped slot is a `passphrase_change` (a data-key
    rotation re-wraps every slot), a new slot `role_added`, a missing one `role_removed`.
    The first unlock only records the fingerprints.
    """
    try:
        current = _slot_fingerprints(layout)
    except (OSError, KeyFileFormatError):
        return 0
    previous_raw = get_setting(conn, KEY_SLOTS_SETTING, None)
    added = 0
    with transaction(conn):
        if isinstance(previous_raw, dict):
            previous = {
                str(k): tuple(v) for k, v in previous_raw.items() if isinstance(v, list) and len(v) == 2
            }
            for slot_id in sorted(current):
                slot_role, digest = current[slot_id]
                if slot_id not in previous:
                    append_event(
                        conn,
                        AuditKind.ROLE_ADDED,
                        at=now,
                        role=role,
                        detail={"slot": slot_id, "slot_role": slot_role},
                    )
                    added += 1
                elif previous[slot_id][1] != digest:
                    append_event(
                        conn, AuditKind.PASSPHRASE_CHANGE, at=now, role=role, detail={"slot": slot_id}
                    )
                    added += 1
            for slot_id in sorted(set(previous) - set(current)):
                append_event(conn, AuditKind.ROLE_REMOVED, at=now, role=role, detail={"slot": slot_id})
                added += 1
        set_setting(conn, KEY_SLOTS_SETTING, {k: list(v) for k, v in current.items()})
    return added
