"""Every error reply is the protocol's ErrorBody, and none repeats any part of the request.

FastAPI's own validation reply would echo the offending input (`"input": ...`), which may
be record text; the handlers here replace it with a fixed message per error code.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from outreach_app.protocol.errors import ErrorBody, ErrorCode, error_body

JSON = "application/json"
log = logging.getLogger("outreach_app.server")
DATABASE_RETRY_AFTER_S = 5


class ApiError(Exception):
    """Raised by routes and dependencies; rendered as ErrorBody with `status`."""

    def __init__(self, status: int, code: ErrorCode, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(code.value)
        self.status = status
        self.code = code
        self.headers = dict(headers or {})


def error_response(status: int, code: ErrorCode, headers: Mapping[str, str] | None = None) -> Response:
    return Response(error_body(code).model_dump_json(), status_code=status, media_type=JSON, headers=headers)


def error_reply_bytes(status: int, code: ErrorCode) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """For the ASGI body-limit middleware, which answers without FastAPI."""
    body = error_body(code).model_dump_json().encode()
    return status, [(b"content-type", JSON.encode()), (b"content-length", str(len(body)).encode())], body


_STATUS_CODES = {
    400: ErrorCode.BAD_REQUEST,
    401: ErrorCode.UNAUTHORIZED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    409: ErrorCode.CONFLICT,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    429: ErrorCode.RATE_LIMITED,
}


def _validation_reply(exc: RequestValidationError) -> Response:
    errors: list[dict[str, Any]] = list(exc.errors())
    locations = [tuple(error.get("loc", ())) for error in errors]
    if any(error.get("type") == "json_invalid" for error in errors) or any(
        loc and loc[0] in {"query", "header", "path"} for loc in locations
    ):
        return error_response(400, ErrorCode.BAD_REQUEST)
    if any(
        error.get("type") == "too_long" and loc[-1:] in {("envelopes",)}
        for error, loc in zip(errors, locations, strict=True)
    ):
        return error_response(413, ErrorCode.PAYLOAD_TOO_LARGE)  # more envelopes than a batch may hold
    if any(loc and loc[-1] == "schema_version" for loc in locations):
        return error_response(422, ErrorCode.UNSUPPORTED_VERSION)
    return error_response(422, ErrorCode.VALIDATION_FAILED)


def _allowed_methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in request.app.routes:
        if getattr(route, "path", None) == request.url.path:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def install(app: FastAPI) -> None:
    async def on_api_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.code, exc.headers)

    async def on_validation(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _validation_reply(exc)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _STATUS_CODES.get(exc.status_code, ErrorCode.BAD_REQUEST)
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first route's methods; a path can have several routes.
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return error_response(exc.status_code, code, headers)

    async def on_crash(_request: Request, _exc: Exception) -> Response:
        # Starlette re-raises after this reply; core.contain_errors logs the type (only: the
        # message of a driver error can carry SQL parameters) and stops it there.
        return error_response(500, ErrorCode.INTERNAL)

    async def on_disconnect(_request: Request, _exc: Exception) -> Response:
        # A client that went away mid-upload (a dropped mobile link) is routine, not a server
        # fault: logged below ERROR so real errors stand out. Nobody reads this reply.
        log.info("client disconnected before its request was complete")
        return error_response(400, ErrorCode.BAD_REQUEST)

    async def on_database_unavailable(_request: Request, exc: Exception) -> Response:
        # The database could not do its work just now: a full disk, a connection PostgreSQL
        # closed (a restart), a lock held too long. The transaction was rolled back, so
        # nothing was stored and no receipt is sent; the device retries later. Logged by
        # type only (the message of a driver error can carry SQL parameters).
        log.error("database unavailable: %s", type(getattr(exc, "orig", None) or exc).__name__)
        return error_response(503, ErrorCode.UNAVAILABLE, {"Retry-After": str(DATABASE_RETRY_AFTER_S)})

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(ClientDisconnect, on_disconnect)
    app.add_exception_handler(OperationalError, on_database_unavailable)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_crash)


def _doc(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _doc("unreadable request (not JSON, nested too deeply, malformed query)"),
    413: _doc("body larger than the limit (or a batch over its maximum)"),
    415: _doc("body is not application/json"),
    422: _doc("JSON that does not fit the model"),
    500: _doc("server problem; retry later"),
}
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    **COMMON_ERRORS,
    401: _doc("no, unknown or revoked credential"),
    429: _doc("too many requests from this device; see Retry-After"),
}
