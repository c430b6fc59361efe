"""Outbox rows (migration 0002): sealed items, their transition log, withdrawals, sharing state.

Items are numbered in sharing order (`seq`, migration 0025) and the transition log is keyed by
that number, not by the item's random id: the log entries of items moved together land side
by side in its index. An item's sealed payload is kept apart from its state, in
`outbox_payloads` by the item's number (migration 0027), so a state change rewrites a narrow row.

SQL only. The state machine is `sharing/outbox_states.py` and the operations the app and
the sync engine call are in `sharing/outbox.py`; this module stores what they decide.
States are stored as their string values. Every state change goes through `set_state`,
which writes the transition log row in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, StorageError, translate_integrity_errors

_ITEM_COLUMNS = (
    "id, incident_id, report_id, version, consent_version, purposes, state, content_hash, "
    "supersedes, last_error, receipt, attempts, ever_sending, created_at, updated_at"
)
ITEM_RECEIPT = (
    "coalesce(o.receipt, CASE WHEN o.receipt_envelopes IS NOT NULL THEN json_object("
    "'content_hash', o.content_hash,"
    " 'reason', json_object('code', 'envelopes', 'message', o.receipt_envelopes || ' envelope receipts'),"
    " 'received_on', o.receipt_day, 'report_id', o.report_id, 'status', o.receipt_status) END)"
)
"""An item's receipt (`o`: the item) as JSON text: the stored text, else the one summed from its
envelopes' receipts at settle, kept as its status, day and envelope count (migration 0029) and
rebuilt here exactly as it was once written (keys in order)."""
# The payload lives apart from the state (migration 0027: a state change rewrites a narrow
# row); every item has one payload row, written with it. Unqualified column names stay
# unambiguous: outbox_payloads has only `item_seq` and `payload`.
_SELECT_ITEMS = (
    "SELECT o.id, o.incident_id, o.report_id, o.version, o.consent_version, o.purposes, o.state,"  # noqa: S608
    f" coalesce(p.payload, ''), o.content_hash, o.supersedes, o.last_error, {ITEM_RECEIPT}, o.attempts,"
    " o.ever_sending, o.created_at, o.updated_at"
    " FROM outbox_items AS o LEFT JOIN outbox_payloads AS p ON p.item_seq = o.seq"
)


class StaleStateError(StorageError):
    """The item is not in the state the caller expected (someone else moved it first)."""


@dataclass(frozen=True)
class OutboxRow:
    """One outbox item as stored. `payload` is the canonical JSON text sent to the server."""

    id: UUID
    incident_id: UUID
    report_id: UUID
    version: int
    consent_version: int
    purposes: tuple[str, ...]
    state: str
    payload: str
    content_hash: str
    supersedes: UUID | None
    last_error: str | None
    receipt: dict[str, Any] | None
    attempts: int
    ever_sending: bool
    created_at: datetime
    updated_at: datetime


def _item(row: Sequence[Any]) -> OutboxRow:
    return OutboxRow(
        id=UUID(row[0]),
        incident_id=UUID(row[1]),
        report_id=UUID(row[2]),
        version=int(row[3]),
        consent_version=int(row[4]),
        purposes=tuple(json.loads(row[5])),
        state=row[6],
        payload=row[7],
        content_hash=row[8],
        supersedes=None if row[9] is None else UUID(row[9]),
        last_error=row[10],
        receipt=None if row[11] is None else json.loads(row[11]),
        attempts=int(row[12]),
        ever_sending=bool(row[13]),
        created_at=from_db_time(row[14]),
        updated_at=from_db_time(row[15]),
    )


def insert_item(conn: Connection, row: OutboxRow) -> None:
    """Store a newly sealed item (its state is recorded as a transition from `draft`)."""
    with transaction(conn), translate_integrity_errors("outbox item", row.id):
        conn.execute(
            f"INSERT INTO outbox_items({_ITEM_COLUMNS}, seq) VALUES ({', '.join('?' * 15)},"  # noqa: S608
            " (SELECT coalesce(max(seq), 0) + 1 FROM outbox_items))",
            (
                str(row.id),
                str(row.incident_id),
                str(row.report_id),
                row.version,
                row.consent_version,
                json.dumps(sorted(row.purposes)),
                row.state,
                row.content_hash,
                None if row.supersedes is None else str(row.supersedes),
                row.last_error,
                None if row.receipt is None else json.dumps(row.receipt, sort_keys=True),
                row.attempts,
                int(row.ever_sending),
                to_db_time(row.created_at),
                to_db_time(row.updated_at),
            ),
        )
        conn.execute(
            "INSERT INTO outbox_payloads(item_seq, payload) SELECT seq, ? FROM outbox_items WHERE id = ?",
            (row.payload, str(row.id)),
        )
        log_transition(conn, row.id, "draft", row.state, row.created_at, None)


def log_transition(
    conn: Connection, item_id: UUID, from_state: str, to_state: str, at: datetime, reason: str | None
) -> None:
    conn.execute(
        "INSERT INTO outbox_transitions(item_id, item_seq, from_state, to_state, at, reason)"
        " VALUES (?1, (SELECT seq FROM outbox_items WHERE id = ?1), ?2, ?3, ?4, ?5)",
        (str(item_id), from_state, to_state, to_db_time(at), reason),
    )


def set_state(
    conn: Connection,
    item_id: UUID,
    expected: str,
    target: str,
    at: datetime,
    *,
    reason: str | None = None,
    last_error: str | None = None,
    receipt: dict[str, Any] | None = None,
    count_attempt: bool = False,
    mark_ever_sending: bool = False,
) -> None:
    """Move one item from `expected` to `target` and log it; StaleStateError if it is elsewhere."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE outbox_items SET state = ?, updated_at = ?, last_error = coalesce(?, last_error),"
            " receipt = coalesce(?, receipt), attempts = attempts + ?, ever_sending = max(ever_sending, ?)"
            " WHERE id = ? AND state = ?",
            (
                target,
                to_db_time(at),
                last_error,
                None if receipt is None else json.dumps(receipt, sort_keys=True),
                int(count_attempt),
                int(mark_ever_sending),
                str(item_id),
                expected,
            ),
        )
        if cursor.rowcount == 0:
            if get_item(conn, item_id) is None:
                raise RecordNotFoundError(f"outbox item {item_id} is not stored")
            raise StaleStateError(f"outbox item {item_id} is no longer {expected}")
        log_transition(conn, item_id, expected, target, at, reason)


def store_receipt(conn: Connection, item_id: UUID, receipt: dict[str, Any], at: datetime) -> None:
    """Keep a receipt without changing the state (an item withdrawn or superseded in flight)."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox_items SET receipt = ?, updated_at = ? WHERE id = ?",
            (json.dumps(receipt, sort_keys=True), to_db_time(at), str(item_id)),
        )


def get_item(conn: Connection, item_id: UUID) -> OutboxRow | None:
    row = conn.execute(
        f"{_SELECT_ITEMS} WHERE o.id = ?",
        (str(item_id),),
    ).fetchone()
    return None if row is None else _item(row)


def get_item_by_report(conn: Connection, report_id: UUID) -> OutboxRow | None:
    row = conn.execute(
        f"{_SELECT_ITEMS} WHERE o.report_id = ?",
        (str(report_id),),
    ).fetchone()
    return None if row is None else _item(row)


def list_items(
    conn: Connection, states: Iterable[str] | None = None, *, limit: int | None = None
) -> list[OutboxRow]:
    """Items oldest first, optionally only those in `states`."""
    sql = _SELECT_ITEMS
    params: list[Any] = []
    if states is not None:
        wanted = sorted(set(states))
        sql += f" WHERE o.state IN ({', '.join('?' for _ in wanted)})"
        params.extend(wanted)
    sql += " ORDER BY o.created_at, o.version, o.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_item(row) for row in conn.execute(sql, params)]


def items_for_incident(conn: Connection, incident_id: UUID) -> list[OutboxRow]:
    rows = conn.execute(
        f"{_SELECT_ITEMS} WHERE o.incident_id = ? ORDER BY o.version",
        (str(incident_id),),
    )
    return [_item(row) for row in rows]


def transitions(conn: Connection, item_id: UUID) -> list[tuple[str, str, datetime, str | None]]:
    """(from, to, at, reason) of every change of one item, in order."""
    rows = conn.execute(
        "SELECT from_state, to_state, at, reason FROM outbox_transitions"
        " WHERE item_seq = (SELECT seq FROM outbox_items WHERE id = ?) ORDER BY seq",
        (str(item_id),),
    )
    return [(row[0], row[1], from_db_time(row[2]), row[3]) for row in rows]


# --- sharing state (one row per incident with consent) ------------------------------------


@dataclass(frozen=True)
class SharingStateRow:
    incident_id: UUID
    state: str
    next_report_id: UUID
    current_item_id: UUID | None
    sealed_versions: int
    updated_at: datetime


def get_sharing_state(conn: Connection, incident_id: UUID) -> SharingStateRow | None:
    row = conn.execute(
        "SELECT incident_id, state, next_report_id, current_item_id, sealed_versions, updated_at"
        " FROM sharing_state WHERE incident_id = ?",
        (str(incident_id),),
    ).fetchone()
    if row is None:
        return None
    return SharingStateRow(
        incident_id=UUID(row[0]),
        state=row[1],
        next_report_id=UUID(row[2]),
        current_item_id=None if row[3] is None else UUID(row[3]),
        sealed_versions=int(row[4]),
        updated_at=from_db_time(row[5]),
    )


def put_sharing_state(conn: Connection, row: SharingStateRow) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO sharing_state(incident_id, state, next_report_id, current_item_id,"
            " sealed_versions, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(incident_id) DO UPDATE SET state = excluded.state,"
            " next_report_id = excluded.next_report_id, current_item_id = excluded.current_item_id,"
            " sealed_versions = excluded.sealed_versions, updated_at = excluded.updated_at",
            (
                str(row.incident_id),
                row.state,
                str(row.next_report_id),
                None if row.current_item_id is None else str(row.current_item_id),
                row.sealed_versions,
                to_db_time(row.updated_at),
            ),
        )


# --- withdrawals for the server -------------------------------------------------------------


@dataclass(frozen=True)
class WithdrawalRow:
    """A withdrawal to send: by `report_id`, or by `verifier` alone (a code from another device)."""

    id: UUID
    incident_id: UUID | None
    report_id: UUID | None
    verifier: str | None
    purposes: tuple[str, ...]
    state: str
    attempts: int
    last_error: str | None
    result: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime


_W_COLUMNS = (
    "id, incident_id, report_id, verifier, purposes, state, attempts, last_error, result,"
    " created_at, updated_at"
)


def _withdrawal(row: Sequence[Any]) -> WithdrawalRow:
    return WithdrawalRow(
        id=UUID(row[0]),
        incident_id=None if row[1] is None else UUID(row[1]),
        report_id=None if row[2] is None else UUID(row[2]),
        verifier=row[3],
        purposes=tuple(json.loads(row[4])),
        state=row[5],
        attempts=int(row[6]),
        last_error=row[7],
        result=None if row[8] is None else json.loads(row[8]),
        created_at=from_db_time(row[9]),
        updated_at=from_db_time(row[10]),
    )


def add_withdrawal(conn: Connection, row: WithdrawalRow) -> None:
    with transaction(conn), translate_integrity_errors("withdrawal", row.id):
        conn.execute(
            f"INSERT INTO outbox_withdrawals({_W_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                str(row.id),
                None if row.incident_id is None else str(row.incident_id),
                None if row.report_id is None else str(row.report_id),
                row.verifier,
                json.dumps(sorted(row.purposes)),
                row.state,
                row.attempts,
                row.last_error,
                None if row.result is None else json.dumps(row.result, sort_keys=True),
                to_db_time(row.created_at),
                to_db_time(row.updated_at),
            ),
        )


def list_withdrawals(conn: Connection, states: Iterable[str] | None = None) -> list[WithdrawalRow]:
    sql = f"SELECT {_W_COLUMNS} FROM outbox_withdrawals"  # noqa: S608
    params: list[Any] = []
    if states is not None:
        wanted = sorted(set(states))
        sql += f" WHERE state IN ({', '.join('?' for _ in wanted)})"
        params.extend(wanted)
    sql += " ORDER BY created_at, id"
    return [_withdrawal(row) for row in conn.execute(sql, params)]


def get_withdrawal(conn: Connection, withdrawal_id: UUID) -> WithdrawalRow | None:
    row = conn.execute(
        f"SELECT {_W_COLUMNS} FROM outbox_withdrawals WHERE id = ?",  # noqa: S608
        (str(withdrawal_id),),
    ).fetchone()
    return None if row is None else _withdrawal(row)


def withdrawals_for_report(conn: Connection, report_id: UUID) -> list[WithdrawalRow]:
    rows = conn.execute(
        f"SELECT {_W_COLUMNS} FROM outbox_withdrawals WHERE report_id = ? ORDER BY created_at",  # noqa: S608
        (str(report_id),),
    )
    return [_withdrawal(row) for row in rows]


def finish_withdrawal(
    conn: Connection, withdrawal_id: UUID, at: datetime, result: dict[str, Any] | None
) -> bool:
    """Mark a withdrawal waiting for an answer (pending, or not found so far) done; False
    when it was neither."""
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE outbox_withdrawals SET state = 'done', result = ?, updated_at = ?"
            " WHERE id = ? AND state IN ('pending', 'not_found')",
            (
                None if result is None else json.dumps(result, sort_keys=True),
                to_db_time(at),
                str(withdrawal_id),
            ),
        )
        return cursor.rowcount > 0


def note_withdrawal_not_found(
    conn: Connection, withdrawal_id: UUID, at: datetime, result: dict[str, Any]
) -> None:
    """The server answered that it holds no such report (yet): keep it to ask again."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox_withdrawals SET state = 'not_found', attempts = attempts + 1, result = ?,"
            " last_error = NULL, updated_at = ? WHERE id = ? AND state IN ('pending', 'not_found')",
            (json.dumps(result, sort_keys=True), to_db_time(at), str(withdrawal_id)),
        )


def note_withdrawal_error(conn: Connection, withdrawal_id: UUID, at: datetime, error: str) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE outbox_withdrawals SET attempts = attempts + 1, last_error = ?, updated_at = ?"
            " WHERE id = ?",
            (error, to_db_time(at), str(withdrawal_id)),
        )


def erase_local_sharing(conn: Connection, incident_id: UUID) -> int:
    """Erasure on request: drop the incident's sharing state and every item that never left the
    device (never `sending`), with their transition log and the envelopes sealed from them when
    they were shared. Items that may be on the server stay (anonymised payload and envelopes,
    needed until their withdrawal is confirmed). Returns items deleted."""
    key = str(incident_id)
    with transaction(conn):
        conn.execute("DELETE FROM sharing_state WHERE incident_id = ?", (key,))
        never_sent = "SELECT id FROM outbox_items WHERE incident_id = ? AND ever_sending = 0"
        conn.execute(
            "DELETE FROM outbox_envelope_results WHERE envelope_seq IN"  # noqa: S608 - constant text
            f" (SELECT seq FROM outbox_envelopes WHERE item_id IN ({never_sent}))",
            (key,),
        )
        conn.execute(f"DELETE FROM outbox_envelopes WHERE item_id IN ({never_sent})", (key,))  # noqa: S608
        conn.execute(
            "DELETE FROM outbox_transitions WHERE item_seq IN"
            " (SELECT seq FROM outbox_items WHERE incident_id = ? AND ever_sending = 0)",
            (key,),
        )
        return int(
            conn.execute(
                "DELETE FROM outbox_items WHERE incident_id = ? AND ever_sending = 0", (key,)
            ).rowcount
        )
