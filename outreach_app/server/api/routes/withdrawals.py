from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.version import V2_WITHDRAWALS_PATH
from outreach_app.protocol.withdrawals import WithdrawalStatus
from outreach_app.protocol.withdrawals_v2 import (
    VerifierWithdrawalBatch,
    VerifierWithdrawalResult,
    VerifierWithdrawalResults,
)
from outreach_app.server.api.deps import Device, Peer, State, rate_limited
from outreach_app.server.api.errors import AUTH_ERRORS, ApiError, _doc
from outreach_app.server.api.route_class import LimitedJsonRoute
from outreach_app.server.db import envelopes
from outreach_app.server.db.retry import retry_on_race

router = APIRouter(route_class=LimitedJsonRoute, tags=["withdrawals"])


@router.post(
    V2_WITHDRAWALS_PATH,
    response_model=VerifierWithdrawalResults,
    responses={**AUTH_ERRORS, 429: _doc("too many withdrawals; see Retry-After")},
)
def post_withdrawals(
    batch: Annotated[VerifierWithdrawalBatch, Body()], device: Device, state: State, peer: Peer
) -> VerifierWithdrawalResults:
    """Withdraw every envelope of each verifier, whichever organisation holds it (the person
    may ask any project), and keep a tombstone so a later envelope is withdrawn on arrival.

    Each verifier is one guess at someone's code, so withdrawals are rate-limited per device,
    per client address and per organisation, and a stolen credential cannot probe verifiers
    quickly. No answer names an organisation.
    """
    count = len(batch.verifiers)
    buckets = (
        (state.verifier_by_device, device.device_id),
        (state.verifier_by_ip, peer),
        (state.verifier_by_org, device.org_id),
    )
    # A batch with more verifiers than a bucket can ever hold is too large (413: the device splits it).
    if count > min(limiter.burst for limiter, _key in buckets):
        raise ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE)
    for position, (limiter, key) in enumerate(buckets):
        retry_after = limiter.check(key, cost=count)
        if retry_after is not None:
            for spent, spent_key in buckets[:position]:  # a refused batch costs nothing
                spent.refund(spent_key, count)
            raise rate_limited(retry_after)

    def withdraw() -> list[WithdrawalStatus]:
        with state.engine.begin() as conn:
            return envelopes.withdraw(conn, batch.verifiers, state.clock)

    statuses = retry_on_race(withdraw)
    return VerifierWithdrawalResults(
        results=[
            VerifierWithdrawalResult(verifier=verifier, status=status)
            for verifier, status in zip(batch.verifiers, statuses, strict=True)
        ]
    )
