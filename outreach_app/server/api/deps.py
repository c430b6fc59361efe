"""Annotated dependencies: the server state, the authenticated device, the client's opaque key."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from outreach_app.protocol.errors import ErrorCode
from outreach_app.server.api.errors import ApiError
from outreach_app.server.api.state import ServerState
from outreach_app.server.db import orgs
from outreach_app.server.db.orgs import AuthenticatedDevice

_bearer = HTTPBearer(auto_error=False, description="the device credential from POST /v1/enroll")
MAX_CREDENTIAL_LENGTH = 256


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.outreach
    return state


State = Annotated[ServerState, Depends(get_state)]


def get_device(
    state: State, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> AuthenticatedDevice:
    """The calling device, checked on every request (a revoked device's next call gets 401)."""
    unauthorized = ApiError(401, ErrorCode.UNAUTHORIZED, {"WWW-Authenticate": "Bearer"})
    if (
        credentials is None
        or not credentials.credentials
        or len(credentials.credentials) > MAX_CREDENTIAL_LENGTH
    ):
        raise unauthorized
    with state.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
        device = orgs.authenticate(conn, credentials.credentials, state.clock)
    if device is None:
        raise unauthorized
    retry_after = state.by_device.check(device.device_id)
    if retry_after is not None:
        raise rate_limited(retry_after)
    return device


Device = Annotated[AuthenticatedDevice, Depends(get_device)]


def get_peer(request: Request, state: State) -> str:
    """An HMAC of the client address, for per-IP rate limits; the address itself is not kept."""
    return state.peers.key(request.client.host if request.client else None)


Peer = Annotated[str, Depends(get_peer)]


def rate_limited(retry_after: int) -> ApiError:
    return ApiError(429, ErrorCode.RATE_LIMITED, {"Retry-After": str(retry_after)})
