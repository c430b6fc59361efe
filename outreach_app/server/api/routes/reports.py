from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Response

from outreach_app.protocol.receipts import BatchReceipts, ReportBatch
from outreach_app.protocol.version import REPORTS_BATCH_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, JSON
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import reports

router = APIRouter(route_class=LimitedJsonRoute, tags=["reports"])


@router.post(REPORTS_BATCH_PATH, response_model=BatchReceipts, responses=AUTH_ERRORS)
def post_reports(batch: Annotated[ReportBatch, Body()], device: Device, state: State) -> Response:
    """Store a batch of reports for the device's organisation; one receipt per report, in order.

    The receipts are committed before they are sent: a receipt always means stored (or
    answered from what is stored).
    """
    with state.engine.begin() as conn:
        receipts = reports.ingest(conn, device.org_id, batch.reports, state.clock)
    # Serialised directly: the receipts are the server's own values, built without re-validation.
    body = BatchReceipts.model_construct(receipts=receipts).model_dump_json(exclude_none=True)
    return Response(body, media_type=JSON)
