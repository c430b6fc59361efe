"""Sealed envelopes of outbox items and per-purpose verifiers (migration 0020). SQL only:
`sharing/envelope_outbox.py` decides what is sealed and when an item is sent.

An envelope's sealed text (`outbox_envelopes`) never changes; its result, once there is one
(sent with its receipt, or parked), is a narrow row of `outbox_envelope_results` keyed by the
envelope's number (migration 0025), so marking envelopes sent writes a few pages at the end of
that table instead of rewriting every ~1 KB sealed row. No result row: pending."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import translate_integrity_errors

PENDING = "pending"
SENT = "sent"
PARKED = "parked"

_SEALED_COLUMNS = (
    "envelope_id, item_id, purpose, desk_id, bundle_version, header, ciphertext, content_hash, created_at"
)
ENVELOPE_RECEIPT = (
    "coalesce(r.receipt, CASE WHEN r.status IS NOT NULL THEN json_object("
    "'content_hash', e.content_hash, 'envelope_id', e.envelope_id, 'received_on', r.received_on,"
    " 'status', r.status) END)"
)
"""An envelope's receipt (`e`: the envelope, `r`: its result) as JSON text: the stored text, else
the receipt without a reason the sync push kept as its status and day (migration 0029),
rebuilt with the envelope's id and hash, which it had to match to be stored."""
_COLUMNS = (
    "e.envelope_id, e.item_id, e.purpose, e.desk_id, e.bundle_version, e.header, e.ciphertext,"
    f" e.content_hash, coalesce(r.state, '{PENDING}'), {ENVELOPE_RECEIPT}, r.last_error, e.created_at,"
    " coalesce(r.updated_at, e.created_at)"
)
_FROM = "outbox_envelopes AS e LEFT JOIN outbox_envelope_results AS r ON r.envelope_seq = e.seq"


@dataclass(frozen=True)
class EnvelopeRow:
    envelope_id: UUID
    item_id: UUID
    purpose: str
    desk_id: str
    bundle_version: int
    header: str
    ciphertext: str
    content_hash: str
    state: str
    receipt: dict[str, Any] | None
    last_error: str | None
    created_at: datetime
    updated_at: datetime


def _row(row: Sequence[Any]) -> EnvelopeRow:
    return EnvelopeRow(
        envelope_id=UUID(row[0]),
        item_id=UUID(row[1]),
        purpose=row[2],
        desk_id=row[3],
        bundle_version=int(row[4]),
        header=row[5],
        ciphertext=row[6],
        content_hash=row[7],
        state=row[8],
        receipt=None if row[9] is None else json.loads(row[9]),
        last_error=row[10],
        created_at=from_db_time(row[11]),
        updated_at=from_db_time(row[12]),
    )


def insert_envelopes(conn: Connection, rows: Iterable[EnvelopeRow]) -> None:
    """Store sealed envelopes, numbered in the order given; a row not `pending` gets its result."""
    with transaction(conn):
        for row in rows:
            with translate_integrity_errors("envelope", row.envelope_id):
                conn.execute(
                    f"INSERT INTO outbox_envelopes({_SEALED_COLUMNS}, seq) VALUES ({', '.join('?' * 9)},"  # noqa: S608
                    " (SELECT coalesce(max(seq), 0) + 1 FROM outbox_envelopes))",
                    (
                        str(row.envelope_id),
                        str(row.item_id),
                        row.purpose,
                        row.desk_id,
                        row.bundle_version,
                        row.header,
                        row.ciphertext,
                        row.content_hash,
                        to_db_time(row.created_at),
                    ),
                )
            if row.state != PENDING:
                mark(
                    conn,
                    row.envelope_id,
                    row.state,
                    row.updated_at,
                    receipt=row.receipt,
                    error=row.last_error,
                )


def envelopes_for_item(conn: Connection, item_id: UUID) -> list[EnvelopeRow]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM {_FROM} WHERE e.item_id = ? ORDER BY e.purpose",  # noqa: S608
        (str(item_id),),
    ).fetchall()
    return [_row(row) for row in rows]


def envelopes_for_items(conn: Connection, item_ids: Iterable[UUID]) -> dict[UUID, list[EnvelopeRow]]:
    found: dict[UUID, list[EnvelopeRow]] = {}
    for item_id in item_ids:
        found[item_id] = envelopes_for_item(conn, item_id)
    return found


def get_envelope(conn: Connection, envelope_id: UUID) -> EnvelopeRow | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM {_FROM} WHERE e.envelope_id = ?",  # noqa: S608
        (str(envelope_id),),
    ).fetchone()
    return None if row is None else _row(row)


def mark(
    conn: Connection,
    envelope_id: UUID,
    state: str,
    at: datetime,
    *,
    receipt: dict[str, Any] | None = None,
    error: str | None = None,
) -> None:
    """Record an envelope's result (sent or parked); `pending` forgets it. A receipt already
    stored is kept when none is given."""
    with transaction(conn):
        if state == PENDING:
            conn.execute(
                "DELETE FROM outbox_envelope_results"
                " WHERE envelope_seq = (SELECT seq FROM outbox_envelopes WHERE envelope_id = ?)",
                (str(envelope_id),),
            )
            return
        conn.execute(
            "INSERT INTO outbox_envelope_results(envelope_seq, state, receipt, last_error, updated_at)"
            " SELECT seq, ?1, ?2, ?3, ?4 FROM outbox_envelopes WHERE envelope_id = ?5"
            " ON CONFLICT(envelope_seq) DO UPDATE SET state = excluded.state,"
            " receipt = coalesce(excluded.receipt, receipt), last_error = excluded.last_error,"
            " updated_at = excluded.updated_at,"
            # a receipt given replaces one kept as status and day (0029) too
            " status = iif(excluded.receipt IS NULL, status, NULL),"
            " received_on = iif(excluded.receipt IS NULL, received_on, NULL)",
            (
                state,
                None if receipt is None else json.dumps(receipt, sort_keys=True),
                error,
                to_db_time(at),
                str(envelope_id),
            ),
        )


def put_purpose_verifiers(conn: Connection, verifier: str, by_purpose: dict[str, str]) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO purpose_verifiers(verifier, by_purpose) VALUES (?, ?)"
            " ON CONFLICT(verifier) DO NOTHING",
            (verifier, json.dumps(by_purpose, sort_keys=True)),
        )


def get_purpose_verifiers(conn: Connection, verifier: str) -> dict[str, str] | None:
    row = conn.execute("SELECT by_purpose FROM purpose_verifiers WHERE verifier = ?", (verifier,)).fetchone()
    return None if row is None else dict(json.loads(row[0]))
