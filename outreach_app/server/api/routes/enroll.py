from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Response

from outreach_app.protocol.enrollment import EnrollRequest, EnrollResponse, Region
from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.version import DEVICE_PATH, ENROLL_CONFIRM_PATH, ENROLL_PATH
from outreach_app.server.api.deps import Device, Peer, State, rate_limited
from outreach_app.server.api.errors import AUTH_ERRORS, COMMON_ERRORS, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import orgs

router = APIRouter(route_class=LimitedJsonRoute, tags=["enrolment"])


@router.post(
    ENROLL_PATH,
    response_model=EnrollResponse,
    responses={
        **COMMON_ERRORS,
        403: _doc("unknown, used or expired code"),
        429: _doc("too many attempts from this address; see Retry-After"),
    },
)
def enroll(request: Annotated[EnrollRequest, Body()], state: State, peer: Peer) -> EnrollResponse:
    """Turn a one-time code into a device credential and the organisation's regions."""
    retry_after = state.enroll_by_ip.check(peer)
    if retry_after is not None:
        raise rate_limited(retry_after)
    request_id = None if request.request_id is None else str(request.request_id)
    with state.engine.begin() as conn:
        granted = orgs.enroll_device(conn, request.code, request.device_label, request_id, state.clock)
        if granted is None:
            raise ApiError(403, ErrorCode.ENROLLMENT_CODE_INVALID)
        org = orgs.find_org(conn, granted.org_id)
        regions = orgs.org_regions_named(conn, granted.org_id)
    return EnrollResponse(
        device_id=UUID(granted.device_id),
        credential=granted.credential,
        organisation_name=org.name,
        regions=[Region(id=r.id, name=r.name) for r in regions],
    )


@router.post(ENROLL_CONFIRM_PATH, status_code=204, responses=AUTH_ERRORS)
def confirm_enrolment(device: Device) -> Response:
    """The device stored its credential: its code is now spent (authenticating did it; idempotent)."""
    return Response(status_code=204)


@router.delete(DEVICE_PATH, status_code=204, responses=AUTH_ERRORS)
def revoke_own_device(device: Device, state: State) -> Response:
    """Revoke the calling device's credential (quick delete does this first)."""
    with state.engine.begin() as conn:
        orgs.revoke_device(conn, device.device_id, state.clock)
    return Response(status_code=204)
