from __future__ import annotations

from fastapi import APIRouter

from outreach_app.protocol.version import HEALTH_PATH, HealthResponse
from outreach_app.server.api.route_class import LimitedJsonRoute

router = APIRouter(route_class=LimitedJsonRoute)


@router.get(HEALTH_PATH, response_model=HealthResponse, tags=["health"])
def health() -> HealthResponse:
    """Liveness and the protocol versions spoken. No authentication; touches no data."""
    return HealthResponse()
