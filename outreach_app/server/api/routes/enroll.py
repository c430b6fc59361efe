from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Response

from outreach_app.protocol.enrollment import Region
from outreach_app.protocol.enrollment_v2 import EnrollRequestV2, EnrollResponseV2, code_proof
from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.keys import SignedKeyBundle
from outreach_app.protocol.version import (
    V2_DEVICE_PATH,
    V2_ENROLL_CONFIRM_PATH,
    V2_ENROLL_PATH,
    V2_KEY_BUNDLE_PATH,
)
from outreach_app.server.api.deps import Device, Peer, State, rate_limited
from outreach_app.server.api.errors import AUTH_ERRORS, COMMON_ERRORS, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import orgs

router = APIRouter(route_class=LimitedJsonRoute, tags=["enrolment"])


@router.post(
    V2_ENROLL_PATH,
    response_model=EnrollResponseV2,
    responses={
        **COMMON_ERRORS,
        403: _doc("unknown, used or expired code"),
        429: _doc("too many attempts from this address; see Retry-After"),
        503: _doc("the server has no key bundle installed yet"),
    },
)
def enroll(request: Annotated[EnrollRequestV2, Body()], state: State, peer: Peer) -> EnrollResponseV2:
    """Turn a one-time code into a device credential, the organisation's regions and the
    charity's signed key bundle, with the proof that this server knows the code
    (`code_proof`, over the bundle and the request id): a machine in the middle that swaps
    the bundle cannot make it.

    Without an installed bundle the code is not spent (503): the device can enrol once the
    charity has installed one.
    """
    retry_after = state.enroll_by_ip.check(peer)
    if retry_after is not None:
        raise rate_limited(retry_after)
    request_id = str(request.request_id)
    with state.engine.begin() as conn:
        bundle = state.bundles.desks(conn).signed
        if bundle is None:
            raise ApiError(503, ErrorCode.UNAVAILABLE)
        granted = orgs.enroll_device(conn, request.code, request.device_label, request_id, state.clock)
        if granted is None:
            raise ApiError(403, ErrorCode.ENROLLMENT_CODE_INVALID)
        org = orgs.find_org(conn, granted.org_id)
        regions = orgs.org_regions_named(conn, granted.org_id)
    return EnrollResponseV2(
        device_id=UUID(granted.device_id),
        credential=granted.credential,
        organisation_id=UUID(granted.org_id),
        organisation_name=org.name,
        regions=[Region(id=r.id, name=r.name) for r in regions],
        key_bundle=bundle,
        code_proof=code_proof(request.code, request_id, bundle),
    )


@router.post(V2_ENROLL_CONFIRM_PATH, status_code=204, responses=AUTH_ERRORS)
def confirm_enrolment(device: Device) -> Response:
    """The device stored its credential: its code is now spent (authenticating did it; idempotent)."""
    return Response(status_code=204)


@router.delete(V2_DEVICE_PATH, status_code=204, responses=AUTH_ERRORS)
def revoke_own_device(device: Device, state: State) -> Response:
    """Revoke the calling device's credential (quick delete does this first)."""
    with state.engine.begin() as conn:
        orgs.revoke_device(conn, device.device_id, state.clock)
    return Response(status_code=204)


@router.get(
    V2_KEY_BUNDLE_PATH,
    response_model=SignedKeyBundle,
    responses={**AUTH_ERRORS, 404: _doc("no key bundle installed")},
)
def get_key_bundle(device: Device, state: State) -> SignedKeyBundle:
    """The charity's current signed key bundle (a device takes a rotation only when its
    pinned root key signed it with a higher version)."""
    with state.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
        bundle = state.bundles.desks(conn).signed
    if bundle is None:
        raise ApiError(404, ErrorCode.NOT_FOUND)
    return bundle
