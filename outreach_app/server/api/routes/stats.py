from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.stats import StatsReceipt, StatsUpload
from outreach_app.protocol.version import STATS_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, ApiError
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.core.clock import today
from outreach_app.server.db import stats
from outreach_app.server.db.retry import retry_on_race

router = APIRouter(route_class=LimitedJsonRoute, tags=["stats"])


@router.post(STATS_PATH, response_model=StatsReceipt, responses=AUTH_ERRORS)
def post_stats(upload: Annotated[StatsUpload, Body()], device: Device, state: State) -> StatsReceipt:
    """Replace the device's counts for every month in the upload (idempotent per device and month).

    An upload naming a region the organisation does not work in is refused whole (422).
    """

    def store() -> list[str]:
        with state.engine.begin() as conn:
            return stats.store(conn, device.device_id, device.org_id, upload.rows, state.clock)

    try:
        months = retry_on_race(store)
    except stats.ForeignRegionError:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED) from None
    return StatsReceipt(months=months, received_on=today(state.clock))
