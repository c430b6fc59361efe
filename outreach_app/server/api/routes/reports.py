from __future__ import annotations

import inspect
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool

from outreach_app.protocol.receipts import BatchReceipts, ReportBatch
from outreach_app.protocol.version import REPORTS_BATCH_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, JSON
from outreach_app.server.api.route_class import DepthCheckedLaterRoute, LimitedJsonRoute
from outreach_app.server.db import reports

# The served route's depth check runs with its validation (api/batch_prep.py).
router = APIRouter(route_class=DepthCheckedLaterRoute, tags=["reports"])

# For the OpenAPI document only: the same operation with the body declared to FastAPI
# (the served route reads it itself, see `batch_body`); app.OutreachApp.openapi uses it.
docs_router = APIRouter(route_class=LimitedJsonRoute, tags=["reports"])


async def batch_body(request: Request) -> bytes:
    """The raw body (validated by `state.preparer`, after authentication)."""
    body = await request.body()  # cached: LimitedJsonRoute has read it to check its depth
    if not body:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required"}])
    return body


@router.post(REPORTS_BATCH_PATH, response_model=BatchReceipts, responses=AUTH_ERRORS)
async def post_reports(device: Device, body: Annotated[bytes, Depends(batch_body)], state: State) -> Response:
    """Store a batch of reports for the device's organisation; one receipt per report, in order.

    The receipts are committed before they are sent: a receipt always means stored (or
    answered from what is stored).
    """
    prepared = await state.preparer.prepare(body)
    answers = await run_in_threadpool(state.intake.store, device.org_id, prepared)
    # Committed; the receipts are written outside the lock.
    return Response(reports.receipts_json(prepared, answers), media_type=JSON)


@docs_router.post(
    REPORTS_BATCH_PATH,
    response_model=BatchReceipts,
    responses=AUTH_ERRORS,
    name=post_reports.__name__,  # the same operation id and summary
    description=inspect.cleandoc(post_reports.__doc__ or ""),
)
def post_reports_documented(batch: Annotated[ReportBatch, Body()], device: Device, state: State) -> Response:
    raise NotImplementedError  # never served: documents post_reports' body
