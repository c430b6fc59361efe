from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from outreach_app.protocol.aggregates import AggregateReceipt, AggregateUpload, MonthlyAggregate
from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.version import V2_STATS_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS, ApiError
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.core.clock import today
from outreach_app.server.db import stats
from outreach_app.server.db.retry import retry_on_race

router = APIRouter(route_class=LimitedJsonRoute, tags=["stats"])

NO_REGION = ""
"""The region of contact counts in areas not mapped to a server region."""
_NOT_COUNTS = frozenset({"aggregate_key", "month", "region_id"})


def contribution(row: MonthlyAggregate) -> stats.Contribution:
    counts = row.model_dump(mode="json", exclude=set(_NOT_COUNTS))
    return stats.Contribution(
        aggregate_key=row.aggregate_key,
        region_id=row.region_id or NO_REGION,
        month=row.month,
        counts=stats.flatten(counts),
    )


@router.post(V2_STATS_PATH, response_model=AggregateReceipt, responses=AUTH_ERRORS)
def post_stats(upload: Annotated[AggregateUpload, Body()], device: Device, state: State) -> AggregateReceipt:
    """Add monthly aggregates to the organisation's sums; a row whose aggregate key was sent
    before replaces that key's earlier contribution (a corrected month never counts twice).

    An upload naming a region the organisation does not work in is refused whole (422).
    """
    rows = [contribution(row) for row in upload.rows]

    def store() -> list[str]:
        with state.engine.begin() as conn:
            return stats.store(conn, device.org_id, rows, allowed_extra={NO_REGION})

    try:
        keys = retry_on_race(store)
    except stats.ForeignRegionError:
        raise ApiError(422, ErrorCode.VALIDATION_FAILED) from None
    return AggregateReceipt(aggregate_keys=keys, received_on=today(state.clock))
