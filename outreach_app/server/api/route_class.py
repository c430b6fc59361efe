"""A route class that checks the credential before reading any body, and a JSON body's media
type and nesting depth before FastAPI parses it.

(The size, time and memory limits are checked earlier still, by core.body_limit, as the
bytes arrive.)
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, ClassVar

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from outreach_app.protocol.errors import ErrorCode
from outreach_app.server.api.deps import CHECKED_DEVICE, bearer, check_device, get_device
from outreach_app.server.api.errors import ApiError, error_response
from outreach_app.server.core.json_limits import too_deep

RouteHandler = Callable[[Request], Coroutine[Any, Any, Response]]


def _is_json(content_type: str | None) -> bool:
    if not content_type:
        return True  # FastAPI reads a body without a media type as JSON; so do we
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def _depends_on(dependant: Dependant, call: Callable[..., Any]) -> bool:
    return any(sub.call is call or _depends_on(sub, call) for sub in dependant.dependencies)


async def _authenticate_first(request: Request) -> None:
    """Check the credential before the body is read: a request without a valid one costs
    no body memory. The refusal closes the connection, leaving the body unread."""
    credentials = await bearer(request)
    state = request.app.state.outreach
    try:
        request.scope[CHECKED_DEVICE] = await run_in_threadpool(
            check_device, state, credentials.credentials if credentials else None
        )
    except ApiError as refused:
        raise ApiError(refused.status, refused.code, {**refused.headers, "Connection": "close"}) from None


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


class LimitedJsonRoute(APIRoute):
    """Also refuses query parameters the route does not declare (`400`): requests mean
    exactly what the protocol says, like bodies with unknown fields."""

    checks_depth: ClassVar[bool] = True

    def get_route_handler(self) -> RouteHandler:
        original = super().get_route_handler()
        known_query = _query_names(self.dependant)
        authenticated = _depends_on(self.dependant, get_device)

        async def handler(request: Request) -> Response:
            if any(name not in known_query for name in request.query_params):
                return error_response(400, ErrorCode.BAD_REQUEST)
            if request.method in {"POST", "PUT", "PATCH"}:
                if authenticated:
                    await _authenticate_first(request)
                body = await request.body()  # cached on the request; FastAPI reuses it
                if body:
                    if not _is_json(request.headers.get("content-type")):
                        return error_response(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE)
                    limit = request.app.state.outreach.settings.max_json_depth
                    if self.checks_depth and too_deep(body, limit):
                        return error_response(400, ErrorCode.BAD_REQUEST)
            return await original(request)

        return handler


class DepthCheckedLaterRoute(LimitedJsonRoute):
    """For a route whose handler checks the nesting depth itself, with the same `400`
    (report intake: in the validator processes, off the serving process)."""

    checks_depth = False
