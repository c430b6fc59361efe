"""Annotated dependencies: the server state, the authenticated device, the client's opaque key."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from outreach_app.protocol.errors import ErrorCode
from outreach_app.server.api.errors import ApiError
from outreach_app.server.api.state import ServerState
from outreach_app.server.db import device_auth
from outreach_app.server.db.orgs import AuthenticatedDevice

bearer = HTTPBearer(
    auto_error=False,
    description="a device token from POST /v2/auth/token (POST /v2/device/key: the enrolment credential)",
)
MAX_CREDENTIAL_LENGTH = 256


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.outreach
    return state


State = Annotated[ServerState, Depends(get_state)]


CHECKED_DEVICE = "outreach.device"
"""Scope key of the device a route class authenticated before reading the body."""


def unauthorized() -> ApiError:
    return ApiError(401, ErrorCode.UNAUTHORIZED, {"WWW-Authenticate": "Bearer"})


def check_device(state: ServerState, credential: str | None) -> AuthenticatedDevice:
    """The device holding the live token `credential` (protocol.device_auth), checked against
    the database (an expired token, or a revoked device, gets 401) and its rate limit; raises
    ApiError 401 or 429. An enrolment credential is refused here: it only registers a key
    (`check_enrolment_credential`). Runs SQL: call it in a worker thread."""
    if not credential or len(credential) > MAX_CREDENTIAL_LENGTH:
        raise unauthorized()
    with state.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
        device = device_auth.authenticate_token(conn, credential, state.clock)
    if device is None:
        raise unauthorized()
    retry_after = state.by_device.check(device.device_id)
    if retry_after is not None:
        raise rate_limited(retry_after)
    return device


def get_device(
    request: Request,
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> AuthenticatedDevice:
    """The calling device: the one the route class checked before reading the body
    (api/route_class.py), else checked now."""
    checked = request.scope.get(CHECKED_DEVICE)
    if isinstance(checked, AuthenticatedDevice):
        return checked
    return check_device(state, credentials.credentials if credentials else None)


Device = Annotated[AuthenticatedDevice, Depends(get_device)]


def check_enrolment_credential(state: ServerState, credential: str | None) -> str:
    """The well-formed bearer credential of `POST /v2/device/key` (checked against the database
    by the route, which spends it); raises ApiError 401. No SQL."""
    if not credential or len(credential) > MAX_CREDENTIAL_LENGTH:
        raise unauthorized()
    return credential


def get_enrolment_credential(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> str:
    return check_enrolment_credential(state, credentials.credentials if credentials else None)


EnrolmentCredential = Annotated[str, Depends(get_enrolment_credential)]


def get_peer(request: Request, state: State) -> str:
    """An HMAC of the client address, for per-IP rate limits; the address itself is not kept."""
    return state.peers.key(request.client.host if request.client else None)


Peer = Annotated[str, Depends(get_peer)]


def rate_limited(retry_after: int) -> ApiError:
    return ApiError(429, ErrorCode.RATE_LIMITED, {"Retry-After": str(retry_after)})
