"""Areas and the server region each one's reports go to (Settings → Areas, `outreach area`)."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from outreach_app.core.vault import VaultSession
from outreach_app.domain.models import Area
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.storage.repos.area_regions import (
    AreaRegion,
    known_regions,
    list_area_regions,
    set_area_region,
)

__all__ = ["AreaRegion", "AreasView", "load_areas_view", "set_region"]


@dataclass(frozen=True)
class AreasView:
    """Each area with its region's name, and the server's regions (id, name)."""

    areas: list[AreaRegion]
    regions: list[tuple[str, str]]


def load_areas_view(session: VaultSession) -> AreasView:
    return AreasView(list_area_regions(session.conn), known_regions(session.conn))


def set_region(session: VaultSession, area_id: UUID, region_id: str | None) -> OpResult[Area]:
    """Map the area onto a server region (None: unmapped, its reports cannot be shared); the
    stored area. RecordNotFoundError (nothing changed) for an unknown area."""
    area = set_area_region(session.conn, area_id, region_id)
    return OpResult(area, Changes.of(Kind.AREAS, ids=[area_id]))
