from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.version import WITHDRAWALS_PATH
from outreach_app.protocol.withdrawals import WithdrawalBatch, WithdrawalResults
from outreach_app.server.api.deps import Device, Peer, State, rate_limited
from outreach_app.server.api.errors import AUTH_ERRORS, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import reports

router = APIRouter(route_class=LimitedJsonRoute, tags=["withdrawals"])


@router.post(
    WITHDRAWALS_PATH,
    response_model=WithdrawalResults,
    responses={**AUTH_ERRORS, 429: _doc("too many withdrawals by verifier; see Retry-After")},
)
def post_withdrawals(
    batch: Annotated[WithdrawalBatch, Body()], device: Device, state: State, peer: Peer
) -> WithdrawalResults:
    """Withdraw purposes of reports: by id (the device's organisation only) or by verifier
    (whichever organisation holds the report: the person may ask any project).

    Withdrawals by verifier alone are rate-limited per device, per client address and per
    organisation, so a stolen credential cannot probe verifiers quickly. A report id of
    another organisation is simply unknown here, and no answer names an organisation.
    """
    verifiers = sum(1 for item in batch.withdrawals if item.verifier is not None)
    if verifiers:
        buckets = (
            (state.verifier_by_device, device.device_id),
            (state.verifier_by_ip, peer),
            (state.verifier_by_org, device.org_id),
        )
        # Each verifier is one guess: a batch counts as many as it carries, and a batch
        # with more than a bucket can ever hold is too large (413: the device splits it).
        if verifiers > min(limiter.burst for limiter, _key in buckets):
            raise ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE)
        for position, (limiter, key) in enumerate(buckets):
            retry_after = limiter.check(key, cost=verifiers)
            if retry_after is not None:
                for spent, spent_key in buckets[:position]:  # a refused batch costs nothing
                    spent.refund(spent_key, verifiers)
                raise rate_limited(retry_after)
    with state.engine.begin() as conn:
        results = reports.withdraw(conn, device.org_id, batch.withdrawals, state.clock)
    return WithdrawalResults(results=results)
