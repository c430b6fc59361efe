"""Drafts: half-filled forms saved (encrypted, in the DB) when the app locks mid-entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from outreach_app.domain.timeutil import utcnow
from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction


@dataclass(frozen=True)
class Draft:
    """Attributes:
    id: caller-chosen id (e.g. "incident-form").
    kind: what form it belongs to.
    payload: the form's state as the caller serialised it (usually JSON text).
    updated_at: when it was last saved (UTC).
    """

    id: str
    kind: str
    payload: str
    updated_at: datetime


def save_draft(
    conn: Connection, draft_id: str, kind: str, payload: str, *, clock: Callable[[], datetime] = utcnow
) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts(id, kind, payload, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload,"
            " updated_at = excluded.updated_at",
            (draft_id, kind, payload, to_db_time(clock())),
        )


def get_draft(conn: Connection, draft_id: str) -> Draft | None:
    row = conn.execute(
        "SELECT id, kind, payload, updated_at FROM drafts WHERE id = ?", (draft_id,)
    ).fetchone()
    return None if row is None else Draft(row[0], row[1], row[2], from_db_time(row[3]))


def list_drafts(conn: Connection, kind: str | None = None) -> list[Draft]:
    sql = "SELECT id, kind, payload, updated_at FROM drafts"
    params: tuple[str, ...] = ()
    if kind is not None:
        sql += " WHERE kind = ?"
        params = (kind,)
    sql += " ORDER BY updated_at DESC"
    return [Draft(r[0], r[1], r[2], from_db_time(r[3])) for r in conn.execute(sql, params)]


def delete_draft(conn: Connection, draft_id: str) -> bool:
    with transaction(conn):
        return conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount > 0
