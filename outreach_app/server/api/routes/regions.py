from __future__ import annotations

from fastapi import APIRouter

from outreach_app.protocol.enrollment import Region, RegionList
from outreach_app.protocol.version import V2_REGIONS_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import orgs

router = APIRouter(route_class=LimitedJsonRoute, tags=["enrolment"])


@router.get(V2_REGIONS_PATH, response_model=RegionList, responses=AUTH_ERRORS)
def get_regions(device: Device, state: State) -> RegionList:
    """The regions of the device's organisation now (the device refreshes its copy at every sync)."""
    with state.engine.begin() as conn:
        regions = orgs.org_regions_named(conn, device.org_id)
    return RegionList(regions=[Region(id=r.id, name=r.name) for r in regions])
