from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool

from outreach_app.protocol.envelopes import EnvelopeBatch, EnvelopeReceipts
from outreach_app.protocol.receipts import Reason, ReceiptReasonCode
from outreach_app.protocol.version import V2_ENVELOPES_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, JSON
from outreach_app.server.api.route_class import DepthCheckedLaterRoute, LimitedJsonRoute
from outreach_app.server.db.envelopes import Answer
from outreach_app.server.db.prepared import PreparedEnvelopes

# The served route's depth check runs with its validation (api/batch_prep.py).
router = APIRouter(route_class=DepthCheckedLaterRoute, tags=["envelopes"])

# For the OpenAPI document only: the same operation with the body declared to FastAPI
# (the served route reads it itself, see `batch_body`); app.OutreachApp.openapi uses it.
docs_router = APIRouter(route_class=LimitedJsonRoute, tags=["envelopes"])

_REASONS = {
    ReceiptReasonCode.ID_CONFLICT: "this envelope id is already stored with different content",
    ReceiptReasonCode.UNKNOWN_REGION: "the region is not one the organisation works in",
    ReceiptReasonCode.WRONG_ORG: "the header names another organisation than the device's",
    ReceiptReasonCode.UNKNOWN_DESK: "the desk is not one of the installed key bundle for this purpose",
    ReceiptReasonCode.DATE_IN_FUTURE: "the month is after the server's month",
    ReceiptReasonCode.DATE_TOO_OLD: "the month is too long ago",
    ReceiptReasonCode.TOMBSTONE: "this envelope was withdrawn",
    ReceiptReasonCode.SUPERSEDED: "a later version of this envelope replaced it",
}
# The `"reason":{…},` member of a receipt for each code, as pydantic serialises a Reason.
_REASON_MEMBERS = {
    code: '"reason":' + Reason(code=code.value, message=message).model_dump_json() + ","
    for code, message in _REASONS.items()
}


def receipts_json(prepared: PreparedEnvelopes, answers: Sequence[Answer]) -> bytes:
    """The EnvelopeReceipts body: one receipt per envelope, in order, fields in the order
    pydantic writes them.

    Written directly rather than through 1000 receipt models and pydantic's serialiser: every
    value is the server's own or one it validated (UUIDs, hex digests, ISO days, enum values,
    constant reasons), so nothing needs escaping. tests/server/test_envelopes.py holds it
    byte for byte to `EnvelopeReceipts.model_dump_json(exclude_none=True)`.
    """
    days = {day: day.isoformat() for _status, _code, day in set(answers)}  # a batch has few
    parts = [
        f'{{"content_hash":"{content_hash}","envelope_id":"{envelope_id}",'
        f"{'' if code is None else _REASON_MEMBERS[code]}"
        f'"received_on":"{days[day]}","status":"{status}"}}'
        for envelope_id, content_hash, (status, code, day) in zip(
            prepared.ids, prepared.hashes, answers, strict=True
        )
    ]
    return ('{"receipts":[' + ",".join(parts) + "]}").encode("ascii")


async def batch_body(request: Request) -> bytes:
    """The raw body (validated by `state.preparer`, after authentication)."""
    body = await request.body()  # cached: the route class has read it
    if not body:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required"}])
    return body


@router.post(V2_ENVELOPES_PATH, response_model=EnvelopeReceipts, responses=AUTH_ERRORS)
async def post_envelopes(
    device: Device, body: Annotated[bytes, Depends(batch_body)], state: State
) -> Response:
    """Store a batch of sealed envelopes for the device's organisation; one receipt per
    envelope, in order.

    The receipts are committed before they are sent: a receipt always means stored (or
    answered from what is stored).
    """
    prepared = await state.preparer.prepare(body)
    answers = await run_in_threadpool(state.intake.store, device.org_id, prepared)
    return Response(receipts_json(prepared, answers), media_type=JSON)


@docs_router.post(
    V2_ENVELOPES_PATH,
    response_model=EnvelopeReceipts,
    responses=AUTH_ERRORS,
    name=post_envelopes.__name__,  # the same operation id and summary
    description=inspect.cleandoc(post_envelopes.__doc__ or ""),
)
def post_envelopes_documented(
    batch: Annotated[EnvelopeBatch, Body()], device: Device, state: State
) -> Response:
    raise NotImplementedError  # never served: documents post_envelopes' body
