"""Set-based outbox steps for the sync engine: one statement per batch instead of per item.

The outbox belongs to sharing (`sharing/outbox.py`, `storage/repos/outbox.py`); these are the
same transitions (queued -> sending, sending -> sent with the receipt), logged in the same
transition table, for a whole batch at once. Per-item calls cost ~0.5 ms each on SQLCipher,
which made the engine 5x slower than the network (benchmarks/bench_sync.py). Anything unusual
(an item superseded or withdrawn while in flight) is handed back to the caller for the
per-item functions of `sharing/outbox.py`, which know what to do with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection, transaction

QUEUED, SENDING, SENT = "queued", "sending", "sent"


@dataclass(frozen=True)
class QueuedItem:
    """An item to send.

    Attributes:
        item_id: the local outbox id, as stored (text: it only travels back into SQL here).
        report_id: the report's id (a UUID, as receipts carry it).
        report_key: the same id as stored (text), for comparisons in SQL.
        payload: the canonical JSON as sealed: exactly the bytes hashed and sent.
        content_hash: SHA-256 of `payload`.
    """

    item_id: str
    report_id: UUID
    report_key: str
    payload: str
    content_hash: str


def queued_items(conn: Connection, limit: int) -> list[QueuedItem]:
    """Queued items, oldest first (the order `sharing.outbox.items_to_send` uses)."""
    rows = conn.execute(
        "SELECT id, report_id, payload, content_hash FROM outbox_items WHERE state = ?"
        " ORDER BY created_at, version, id LIMIT ?",
        (QUEUED, limit),
    )
    return [QueuedItem(str(r[0]), UUID(r[1]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


_LOG = "INSERT INTO outbox_transitions(item_id, from_state, to_state, at, reason) VALUES (?, ?, ?, ?, ?)"


def mark_sending(conn: Connection, ids: Sequence[str], at: datetime) -> list[str]:
    """Queued -> sending for every id still queued (counts an attempt, sets ever_sending);
    returns the ids moved. One UPDATE and one batch of transition rows."""
    if not ids:
        return []
    stamp = to_db_time(at)
    with transaction(conn):
        moved = [
            str(row[0])
            for row in conn.execute(
                "UPDATE outbox_items SET state = ?, updated_at = ?, attempts = attempts + 1,"  # noqa: S608
                f" ever_sending = 1 WHERE state = ? AND id IN ({_marks(len(ids))}) RETURNING id",
                (SENDING, stamp, QUEUED, *ids),
            ).fetchall()
        ]
        conn.executemany(_LOG, [(item_id, QUEUED, SENDING, stamp, None) for item_id in moved])
    wanted = {item_id: n for n, item_id in enumerate(ids)}
    return sorted(moved, key=lambda item_id: wanted[item_id])


def still_sending(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Those of `ids` still `sending` (read just before a claimed batch is posted)."""
    if not ids:
        return set()
    rows = conn.execute(
        f"SELECT id FROM outbox_items WHERE state = ? AND id IN ({_marks(len(ids))})",  # noqa: S608
        (SENDING, *ids),
    )
    return {str(row[0]) for row in rows}


def mark_sent(conn: Connection, proofs: Sequence[tuple[str, str, str, str, str]], at: datetime) -> list[str]:
    """Sending -> sent for items whose receipt proves delivery.

    Args:
        proofs: (item_id, report_id, content_hash, receipt status, receipt as JSON text) per item,
            ids as stored (text); the
            caller has checked the receipt's id and hash; they are checked again here against
            the stored item, so a mismatch can never mark anything sent.
    Return:
        The item ids NOT moved (no longer `sending`, or not matching): the caller passes those
        to `sharing.outbox.mark_sent`, which keeps the receipt of an item superseded or
        withdrawn in flight, or refuses a mismatch.
    """
    if not proofs:
        return []
    stamp = to_db_time(at)
    with transaction(conn):
        ids = [p[0] for p in proofs]
        current = {
            str(r[0]): (str(r[1]), str(r[2]), str(r[3]))
            for r in conn.execute(
                "SELECT id, state, report_id, content_hash FROM outbox_items"  # noqa: S608
                f" WHERE id IN ({_marks(len(ids))})",
                ids,
            )
        }
        movable = []
        leftovers = []
        for item_id, report_id, content_hash, status, receipt in proofs:
            state = current.get(item_id)
            if state == (SENDING, report_id, content_hash):
                movable.append((item_id, status, receipt))
            else:
                leftovers.append(item_id)
        conn.executemany(
            "UPDATE outbox_items SET state = ?, updated_at = ?, receipt = ? WHERE id = ? AND state = ?",
            [(SENT, stamp, receipt, item_id, SENDING) for item_id, _status, receipt in movable],
        )
        conn.executemany(
            _LOG,
            [(item_id, SENDING, SENT, stamp, f"receipt {status}") for item_id, status, _r in movable],
        )
    return leftovers
