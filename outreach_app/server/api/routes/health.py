from __future__ import annotations

from fastapi import APIRouter

from outreach_app.protocol.version import V2_HEALTH_PATH, V2_PROTOCOL_VERSION, HealthResponse
from outreach_app.server.api.route_class import LimitedJsonRoute

router = APIRouter(route_class=LimitedJsonRoute)


@router.get(V2_HEALTH_PATH, response_model=HealthResponse, tags=["health"])
def health() -> HealthResponse:
    """Liveness and the protocol versions spoken. No authentication; touches no data."""
    return HealthResponse(protocol_versions=[V2_PROTOCOL_VERSION])
