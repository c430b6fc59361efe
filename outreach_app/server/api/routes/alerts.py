from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from outreach_app.protocol.limits import ALERT_FEED_DEFAULT_LIMIT, ALERT_FEED_MAX_LIMIT, MAX_CURSOR_LENGTH
from outreach_app.protocol.signed_alerts import SignedAlertFeed
from outreach_app.protocol.version import V2_ALERTS_PATH
from outreach_app.server.api.deps import Device, State
from outreach_app.server.api.errors import AUTH_ERRORS
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import alerts

router = APIRouter(route_class=LimitedJsonRoute, tags=["alerts"])


@router.get(V2_ALERTS_PATH, response_model=SignedAlertFeed, responses=AUTH_ERRORS)
def get_alerts(
    device: Device,
    state: State,
    since: Annotated[str | None, Query(max_length=MAX_CURSOR_LENGTH, pattern=r"^[A-Za-z0-9._~-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=ALERT_FEED_MAX_LIMIT)] = ALERT_FEED_DEFAULT_LIMIT,
) -> SignedAlertFeed:
    """Changes to the alerts of the regions the device's organisation works in, after `since`,
    each upsert with the alerts desk's signature (the device verifies it).

    An unknown or missing cursor gives a reset snapshot (docs/protocol.md, "Alert feed").
    """
    with state.engine.begin() as conn:
        return alerts.feed(conn, device.org_id, since, limit, state.clock)
