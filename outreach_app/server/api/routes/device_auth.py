"""A device's key and its short-lived tokens (protocol.device_auth)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Response

from outreach_app.protocol.device_auth import (
    Challenge,
    ChallengeRequest,
    DeviceKeyRequest,
    DeviceToken,
    TokenRequest,
)
from outreach_app.protocol.version import V2_AUTH_CHALLENGE_PATH, V2_AUTH_TOKEN_PATH, V2_DEVICE_KEY_PATH
from outreach_app.server.api.deps import EnrolmentCredential, State, rate_limited, unauthorized
from outreach_app.server.api.errors import COMMON_ERRORS, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import device_auth

router = APIRouter(route_class=LimitedJsonRoute, tags=["device authentication"])

_REFUSED = {
    **COMMON_ERRORS,
    401: _doc("unknown, used, expired or wrongly signed (not distinguished)"),
    429: _doc("too many requests for this device; see Retry-After"),
}


@router.post(V2_DEVICE_KEY_PATH, status_code=204, responses=_REFUSED)
def register_device_key(
    request: Annotated[DeviceKeyRequest, Body()], credential: EnrolmentCredential, state: State
) -> Response:
    """Register the device's public key with its enrolment credential, which is then refused."""
    with state.engine.begin() as conn:
        device = device_auth.register_key(conn, credential, request.public_key, state.clock)
    if device is None:
        raise unauthorized()
    return Response(status_code=204)


@router.post(V2_AUTH_CHALLENGE_PATH, response_model=Challenge, responses=_REFUSED)
def issue_challenge(request: Annotated[ChallengeRequest, Body()], state: State) -> Challenge:
    """A single-use challenge for the device to sign."""
    device_id = str(request.device_id)
    retry_after = state.auth_by_device.check(device_id)
    if retry_after is not None:
        raise rate_limited(retry_after)
    with state.engine.begin() as conn:
        challenge = device_auth.issue_challenge(
            conn, device_id, state.clock, state.settings.challenge_lifetime_s
        )
    if challenge is None:
        raise unauthorized()
    return challenge


@router.post(V2_AUTH_TOKEN_PATH, response_model=DeviceToken, responses=_REFUSED)
def issue_token(request: Annotated[TokenRequest, Body()], state: State) -> DeviceToken:
    """A bearer token (at most an hour) for a signed challenge."""
    retry_after = state.auth_by_device.check(str(request.device_id))
    if retry_after is not None:
        raise rate_limited(retry_after)
    with state.engine.begin() as conn:
        granted = device_auth.redeem_challenge(conn, request, state.clock, state.settings.token_lifetime_s)
    if granted is None:
        raise unauthorized()
    return granted[0]
