"""Which server region each area maps onto: looking areas and regions up, and setting the map.

A report can be shared only from an area with a region (the server knows regions, never
areas). Regions are the ones the server gave at enrolment and at each sync
(`sync_state.save_regions`); setting an area to anything else is refused, so the map never
points at a region the server would reject.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from outreach_app.domain.models import Area
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, StorageError
from outreach_app.storage.repos.areas import get_area, list_areas


class UnknownRegionError(StorageError):
    """The region is not one the server gave this device (enrol or sync first)."""


class AmbiguousAreaError(StorageError):
    """Several areas share the name given; use the area's id."""


@dataclass(frozen=True)
class AreaRegion:
    """An area and the region it maps onto (region_name None when unmapped or no longer known)."""

    area: Area
    region_name: str | None

    @property
    def shareable(self) -> bool:
        return self.region_name is not None


def list_area_regions(conn: Connection) -> list[AreaRegion]:
    names = dict(conn.execute("SELECT id, name FROM server_regions").fetchall())
    return [AreaRegion(area, names.get(area.region_id)) for area in list_areas(conn)]


def known_regions(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of the server's regions, by name."""
    rows = conn.execute("SELECT id, name FROM server_regions ORDER BY name COLLATE NOCASE, id")
    return [(str(row[0]), str(row[1])) for row in rows]


def find_area(conn: Connection, wanted: str) -> Area:
    """The area with this id, or the one area with this name (case-insensitive)."""
    try:
        by_id = get_area(conn, UUID(wanted))
    except ValueError:
        by_id = None
    if by_id is not None:
        return by_id
    key = wanted.strip().casefold()
    found = [area for area in list_areas(conn) if area.name.strip().casefold() == key]
    if not found:
        raise RecordNotFoundError("no area has that name or id")
    if len(found) > 1:
        raise AmbiguousAreaError(f"{len(found)} areas have that name; give the area's id instead")
    return found[0]


def find_region(conn: Connection, wanted: str) -> str:
    """The id of the server region with this id or name (case-insensitive)."""
    key = wanted.strip().casefold()
    for region_id, name in known_regions(conn):
        if key in (region_id.casefold(), name.strip().casefold()):
            return region_id
    raise UnknownRegionError("the server gave no region with that name or id")


def region_is_known(conn: Connection, region_id: str) -> bool:
    return conn.execute("SELECT 1 FROM server_regions WHERE id = ?", (region_id,)).fetchone() is not None


def set_area_region(conn: Connection, area_id: UUID, region_id: str | None) -> Area:
    """Map the area onto a server region (None: no region); returns the stored area."""
    with transaction(conn):
        area = get_area(conn, area_id)
        if area is None:
            raise RecordNotFoundError(f"area {area_id} is not stored")
        if region_id is not None and not region_is_known(conn, region_id):
            raise UnknownRegionError("the server gave no region with that id")
        conn.execute("UPDATE areas SET region_id = ? WHERE id = ?", (region_id, str(area_id)))
    return area.model_copy(update={"region_id": region_id})


def unmapped_area_of_incident(conn: Connection, incident_id: UUID) -> str | None:
    """None when the incident's area maps onto a server region (a report could be sent); else
    the area's name ("" for no area). Asked before consent (the app's form, `outreach consent`),
    so no withdrawal code is handed over for a report the anonymiser would refuse."""
    row = conn.execute(
        "SELECT a.name, a.region_id FROM incidents AS i LEFT JOIN areas AS a ON a.id = i.area_id"
        " WHERE i.id = ?",
        (str(incident_id),),
    ).fetchone()
    if row is None:
        raise RecordNotFoundError(f"incident {incident_id} is not stored")
    name, region_id = row
    if region_id:
        return None
    return str(name) if name is not None else ""
