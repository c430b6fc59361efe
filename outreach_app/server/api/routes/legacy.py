"""Protocol v1 is gone (there were no deployments): every `/v1/` request, whatever its
method, is answered 426 `update_required` with the usual error body, before any
authentication or body parsing, so an old app tells its user to update."""

from __future__ import annotations

from fastapi import APIRouter

from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.version import API_PREFIX
from outreach_app.server.api.errors import ApiError, _doc

router = APIRouter(tags=["legacy"], include_in_schema=False)
UPGRADE_HEADERS = {"Connection": "close"}


@router.api_route(
    API_PREFIX + "/{rest:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
    responses={426: _doc("protocol v1 is no longer served: update the app")},
)
def v1_gone(rest: str) -> None:
    raise ApiError(426, ErrorCode.UPDATE_REQUIRED, UPGRADE_HEADERS)
