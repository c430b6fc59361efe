from __future__ import annotations

import inspect
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from outreach_app.protocol.receipts import BatchReceipts, ReportBatch
from outreach_app.protocol.version import REPORTS_BATCH_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, JSON
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import reports

router = APIRouter(route_class=LimitedJsonRoute, tags=["reports"])

# For the OpenAPI document only: the same operation with the body declared to FastAPI
# (the served route parses it itself, see `parsed_batch`); app.OutreachApp.openapi uses it.
docs_router = APIRouter(route_class=LimitedJsonRoute, tags=["reports"])


async def parsed_batch(request: Request) -> ReportBatch:
    """The batch, validated by pydantic directly from the raw bytes: one pass in Rust
    instead of FastAPI's `json.loads` to Python objects and then model validation (the
    same model and rules; a batch of 1000 is the server's largest parse). Errors go to the
    same handler as FastAPI's own, so the replies are unchanged."""
    body = await request.body()  # cached: LimitedJsonRoute has read it to check its depth
    if not body:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required"}])
    try:
        return ReportBatch.model_validate_json(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in errors]) from None


@router.post(REPORTS_BATCH_PATH, response_model=BatchReceipts, responses=AUTH_ERRORS)
def post_reports(
    device: Device, batch: Annotated[ReportBatch, Depends(parsed_batch)], state: State
) -> Response:
    """Store a batch of reports for the device's organisation; one receipt per report, in order.

    The receipts are committed before they are sent: a receipt always means stored (or
    answered from what is stored).
    """
    hashed = reports.hash_batch(batch.reports)
    # On SQLite, intake writers queue at the gate rather than in SQLite's busy sleeps.
    with state.write_gate.held(), state.engine.begin() as conn:
        answers = reports.ingest(conn, device.org_id, hashed, state.clock)
    # Committed; the receipts are written outside the lock.
    return Response(reports.receipts_json(hashed, answers), media_type=JSON)


@docs_router.post(
    REPORTS_BATCH_PATH,
    response_model=BatchReceipts,
    responses=AUTH_ERRORS,
    name=post_reports.__name__,  # the same operation id and summary
    description=inspect.cleandoc(post_reports.__doc__ or ""),
)
def post_reports_documented(batch: Annotated[ReportBatch, Body()], device: Device, state: State) -> Response:
    raise NotImplementedError  # never served: documents post_reports' body
