"""The one error shape and what a device does with each HTTP status (docs/protocol.md, "Errors").

Every non-2xx reply from a v1 server has the body `ErrorBody` (`{"code": ..., "message": ...}`);
the message is short, for people, and never repeats any part of the request.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated

from pydantic import Field, ValidationError

from outreach_app.protocol.base import MachineCode, ResponseModel, Text


class ErrorCode(StrEnum):
    """Machine codes of v1 (a newer server may send others; treat them by HTTP status)."""

    BAD_REQUEST = "bad_request"  # 400: not JSON, too deep, malformed query
    VALIDATION_FAILED = "validation_failed"  # 422: JSON that does not fit the model
    UNSUPPORTED_VERSION = "unsupported_version"  # 422: a schema_version this server does not speak
    AUDIT_HEAD_NOT_EXTENDED = "audit_head_not_extended"  # 422: a newer head without valid links
    UNAUTHORIZED = "unauthorized"  # 401: no, unknown or revoked credential (not distinguished)
    FORBIDDEN = "forbidden"  # 403: authenticated, but not allowed
    NOT_FOUND = "not_found"  # 404: no such path, or nothing the organisation may see
    METHOD_NOT_ALLOWED = "method_not_allowed"  # 405
    CONFLICT = "conflict"  # 409
    ENROLLMENT_CODE_INVALID = "enrollment_code_invalid"  # 403: unknown, used or expired code
    PAYLOAD_TOO_LARGE = "payload_too_large"  # 413: body over MAX_BODY_BYTES (or batch over max)
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"  # 415: not application/json
    RATE_LIMITED = "rate_limited"  # 429: see Retry-After
    REQUEST_TIMEOUT = "request_timeout"  # 408
    INTERNAL = "internal"  # 500
    UNAVAILABLE = "unavailable"  # 503: see Retry-After
    UPDATE_REQUIRED = "update_required"  # 426: a v1 request to a v2 server: update the app


class ErrorBody(ResponseModel):
    """The body of every error reply.

    Attributes:
        code: an ErrorCode value (or a newer code an old device does not know).
        message: a short human text; never echoes the request.
    """

    code: MachineCode
    message: Annotated[Text, Field(max_length=500)] = ""

    def known_code(self) -> ErrorCode | None:
        """The code as an ErrorCode, or None when this device's version does not know it."""
        try:
            return ErrorCode(self.code)
        except ValueError:
            return None


class ClientAction(StrEnum):
    """What a device does with a request's outcome.

    - proceed: read the body (2xx; the body must still validate, else RETRY).
    - retry: leave everything queued; back off (exponential, full jitter, base 2 s, cap
      15 min) honouring Retry-After; also for timeouts, resets and unreadable replies.
    - split: halve the batch and send each half (413; and 400/422 for a batch of more
      than one, to find the one bad item).
    - park: stop sending this item; show the reason; a person decides.
    - reenrol: stop the whole pass without parking anything; ask for re-enrolment.
    """

    PROCEED = "proceed"
    RETRY = "retry"
    SPLIT = "split"
    PARK = "park"
    REENROL = "reenrol"


STATUS_ACTIONS: Mapping[int, ClientAction] = {
    400: ClientAction.PARK,
    401: ClientAction.REENROL,
    403: ClientAction.PARK,
    404: ClientAction.PARK,
    408: ClientAction.RETRY,
    409: ClientAction.PARK,
    413: ClientAction.SPLIT,
    422: ClientAction.PARK,
    429: ClientAction.RETRY,
}
"""Explicit rows of the table; `action_for_status` covers every other status."""

SPLITTABLE_WHEN_BATCHED = frozenset({400, 413, 422})


def action_for_status(status: int, *, batch_size: int = 1) -> ClientAction:
    """The action for an HTTP status (docs/protocol.md has the same table).

    Args:
        status: the reply's HTTP status.
        batch_size: items in the request; a 400/422 on several items is split to isolate
            the bad one, and a 413 on a single item parks it (it can never fit).
    """
    if 200 <= status < 300:
        return ClientAction.PROCEED
    if status == 413:
        return ClientAction.SPLIT if batch_size > 1 else ClientAction.PARK
    if status in SPLITTABLE_WHEN_BATCHED and batch_size > 1:
        return ClientAction.SPLIT
    if status in STATUS_ACTIONS:
        return STATUS_ACTIONS[status]
    if status >= 500 or status < 200 or 300 <= status < 400:
        # 5xx: the server's trouble; 1xx/3xx: a captive portal or a proxy, never our server.
        return ClientAction.RETRY
    return ClientAction.PARK


TRANSPORT_FAILURE_ACTION = ClientAction.RETRY
"""Connect/read timeouts, resets, TLS or DNS failures, and 2xx bodies that do not validate."""


def code_for_validation_error(exc: ValidationError) -> ErrorCode:
    """`unsupported_version` when a `schema_version` was wrong, else `validation_failed`
    (the server's mapping of a pydantic error to a 422 body)."""
    for error in exc.errors(include_input=False, include_url=False, include_context=False):
        if error["loc"] and error["loc"][-1] == "schema_version":
            return ErrorCode.UNSUPPORTED_VERSION
    return ErrorCode.VALIDATION_FAILED


def error_body(code: ErrorCode, message: str = "") -> ErrorBody:
    """An ErrorBody with a fixed message per code unless one is given (never built from input)."""
    return ErrorBody(code=code.value, message=message or DEFAULT_MESSAGES[code])


DEFAULT_MESSAGES: Mapping[ErrorCode, str] = {
    ErrorCode.BAD_REQUEST: "The request could not be read.",
    ErrorCode.VALIDATION_FAILED: "The request does not match the protocol.",
    ErrorCode.UNSUPPORTED_VERSION: "This server does not speak that schema version.",
    ErrorCode.AUDIT_HEAD_NOT_EXTENDED: (
        "The audit head does not extend the one held: send the links of every entry since it."
    ),
    ErrorCode.UNAUTHORIZED: "This device is not enrolled (or was revoked). Enrol it again.",
    ErrorCode.FORBIDDEN: "This device may not do that.",
    ErrorCode.NOT_FOUND: "Not found.",
    ErrorCode.METHOD_NOT_ALLOWED: "Method not allowed.",
    ErrorCode.CONFLICT: "That conflicts with what the server holds.",
    ErrorCode.ENROLLMENT_CODE_INVALID: "That enrolment code is unknown, used or expired.",
    ErrorCode.PAYLOAD_TOO_LARGE: "The request is too large.",
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: "Send JSON (application/json).",
    ErrorCode.RATE_LIMITED: "Too many requests; try again later.",
    ErrorCode.REQUEST_TIMEOUT: "The request took too long.",
    ErrorCode.INTERNAL: "The server had a problem.",
    ErrorCode.UNAVAILABLE: "The server is not available right now.",
    ErrorCode.UPDATE_REQUIRED: "This version of the app is too old for the server: update the app.",
}
