"""Shifts: a worker's session on the street, in the van, at a drop-in, on the phone or online."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from outreach_app.domain.models import Shift
from outreach_app.storage.codec import from_db_time, local_date, optional_db_time, to_db_time, uuid_text
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, translate_integrity_errors
from outreach_app.storage.repos._blocks import fetch_by_ids

_COLUMNS = "id, started_at, ended_at, area_id, mode, staff_initials, zone"


def _from_row(row: Sequence[Any]) -> Shift:
    return Shift(
        id=UUID(row[0]),
        started_at=from_db_time(row[1]),
        ended_at=None if row[2] is None else from_db_time(row[2]),
        area_id=None if row[3] is None else UUID(row[3]),
        mode=row[4],
        staff_initials=row[5],
        zone=row[6],
    )


def _values(shift: Shift) -> tuple[Any, ...]:
    return (
        to_db_time(shift.started_at),
        optional_db_time(shift.ended_at),
        local_date(shift.started_at, shift.zone),
        uuid_text(shift.area_id),
        shift.mode.value,
        shift.staff_initials,
        shift.zone,
    )


def add_shift(conn: Connection, shift: Shift) -> None:
    with transaction(conn), translate_integrity_errors("shift", shift.id):
        conn.execute(
            "INSERT INTO shifts(started_at, ended_at, local_date, area_id, mode, staff_initials, zone, id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*_values(shift), str(shift.id)),
        )


def get_shift(conn: Connection, shift_id: UUID) -> Shift | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM shifts WHERE id = ?", (str(shift_id),)).fetchone()  # noqa: S608
    return None if row is None else _from_row(row)


def update_shift(conn: Connection, shift: Shift) -> None:
    with transaction(conn), translate_integrity_errors("shift", shift.id):
        cursor = conn.execute(
            "UPDATE shifts SET started_at = ?, ended_at = ?, local_date = ?, area_id = ?, mode = ?,"
            " staff_initials = ?, zone = ? WHERE id = ?",
            (*_values(shift), str(shift.id)),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(f"shift {shift.id} is not stored")


def delete_shift(conn: Connection, shift_id: UUID) -> bool:
    """Delete a shift; its contacts stay, without a shift."""
    with transaction(conn):
        return conn.execute("DELETE FROM shifts WHERE id = ?", (str(shift_id),)).rowcount > 0


def list_shift_ids(
    conn: Connection,
    *,
    area_id: UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[UUID]:
    """Shift ids, newest start first; `since` inclusive, `until` exclusive."""
    where: list[str] = []
    params: list[Any] = []
    if area_id is not None:
        where.append("area_id = ?")
        params.append(str(area_id))
    if since is not None:
        where.append("started_at >= ?")
        params.append(to_db_time(since))
    if until is not None:
        where.append("started_at < ?")
        params.append(to_db_time(until))
    sql = "SELECT id FROM shifts"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY started_at DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [UUID(row[0]) for row in conn.execute(sql, params)]


def get_shifts(conn: Connection, ids: Iterable[UUID]) -> list[Shift]:
    return fetch_by_ids(
        conn,
        f"SELECT {_COLUMNS} FROM shifts WHERE id IN ({{marks}})",  # noqa: S608
        ids,
        _from_row,
    )


def open_shift(conn: Connection) -> Shift | None:
    """The most recently started shift that has not ended, if any."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM shifts WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1"  # noqa: S608
    ).fetchone()
    return None if row is None else _from_row(row)


def shift_exists(conn: Connection, shift_id: UUID) -> bool:
    return conn.execute("SELECT 1 FROM shifts WHERE id = ?", (str(shift_id),)).fetchone() is not None
