"""Areas: the places a project works."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from outreach_app.domain.models import Area
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, translate_integrity_errors

_COLUMNS = "id, name, region_id"


def _from_row(row: tuple[str, str, str | None]) -> Area:
    return Area(id=UUID(row[0]), name=row[1], region_id=row[2])


def add_area(conn: Connection, area: Area) -> None:
    with transaction(conn), translate_integrity_errors("area", area.id):
        conn.execute(
            f"INSERT INTO areas({_COLUMNS}) VALUES (?, ?, ?)",  # noqa: S608 - fixed column list
            (str(area.id), area.name, area.region_id),
        )


def get_area(conn: Connection, area_id: UUID) -> Area | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM areas WHERE id = ?", (str(area_id),)).fetchone()  # noqa: S608
    return None if row is None else _from_row(row)


def update_area(conn: Connection, area: Area) -> None:
    with transaction(conn), translate_integrity_errors("area", area.id):
        cursor = conn.execute(
            "UPDATE areas SET name = ?, region_id = ? WHERE id = ?", (area.name, area.region_id, str(area.id))
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(f"area {area.id} is not stored")


def delete_area(conn: Connection, area_id: UUID) -> bool:
    """Delete an area; shifts, contacts and incidents in it keep existing without an area."""
    with transaction(conn):
        return conn.execute("DELETE FROM areas WHERE id = ?", (str(area_id),)).rowcount > 0


def list_areas(conn: Connection) -> list[Area]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM areas ORDER BY name COLLATE NOCASE, id")  # noqa: S608
    return [_from_row(row) for row in rows]


def list_area_ids(conn: Connection) -> list[UUID]:
    return [area.id for area in list_areas(conn)]


def get_areas(conn: Connection, ids: Iterable[UUID]) -> list[Area]:
    found = [get_area(conn, area_id) for area_id in ids]
    return [area for area in found if area is not None]


def area_exists(conn: Connection, area_id: UUID) -> bool:
    return conn.execute("SELECT 1 FROM areas WHERE id = ?", (str(area_id),)).fetchone() is not None
