"""Withdrawals in protocol v2: `POST /v2/withdrawals` with verifiers only.

Each envelope carries the verifier of its purpose (verifier.purpose_verifier), so a
withdrawal names verifiers, never envelope ids: withdrawing one purpose sends that purpose's
verifier, withdrawing everything sends all of them (the code derives every one). The server
keeps a tombstone per verifier, deletes the matching envelopes' ciphertext, and answers an
envelope that arrives later with the `withdrawn` receipt (reason `tombstone`).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator

from outreach_app.protocol.base import RequestModel, ResponseModel, Sha256Hex, sorted_unique
from outreach_app.protocol.limits import MAX_WITHDRAWAL_BATCH
from outreach_app.protocol.withdrawals import WithdrawalStatus


class VerifierWithdrawalBatch(RequestModel):
    """Body of `POST /v2/withdrawals`: 1..MAX_WITHDRAWAL_BATCH verifiers, sorted, no repeats."""

    verifiers: Annotated[list[Sha256Hex], Field(min_length=1, max_length=MAX_WITHDRAWAL_BATCH)]

    @field_validator("verifiers")
    @classmethod
    def _order_free(cls, value: list[str]) -> list[str]:
        return sorted_unique(value)


class VerifierWithdrawalResult(ResponseModel):
    """One verifier's outcome (statuses as v1: withdrawn, already_withdrawn, unknown — every
    one means done; `unknown` keeps a tombstone so a late envelope is withdrawn on arrival)."""

    status: WithdrawalStatus
    verifier: Sha256Hex


class VerifierWithdrawalResults(ResponseModel):
    """Answer to a VerifierWithdrawalBatch: one result per verifier, in the (sorted) order sent."""

    results: Annotated[list[VerifierWithdrawalResult], Field(max_length=MAX_WITHDRAWAL_BATCH)]
