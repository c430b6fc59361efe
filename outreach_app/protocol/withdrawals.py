"""Withdrawals: `POST /v1/withdrawals` with a WithdrawalBatch, answered by WithdrawalResults.

A withdrawal names a report by id (on the device that sealed it) or by its withdrawal
verifier alone (a code presented on another device, or at another project: a verifier
reaches the report whichever organisation holds it), and the purposes withdrawn. The
server drops those sections and keeps a tombstone, so a late resend is answered
`withdrawn`. Withdrawing is idempotent and always succeeds for the
caller; for an unknown report a tombstone is kept, so a report still in flight is
withdrawn on arrival. A device reports `unknown` by verifier as "not found yet", never as
withdrawn (sharing/withdrawal_progress.py).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import UUID4, AfterValidator, Field, model_validator

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.base import MAX_ENUM_LIST, RequestModel, ResponseModel, Sha256Hex, sorted_unique
from outreach_app.protocol.limits import MAX_WITHDRAWAL_BATCH
from outreach_app.protocol.verifier import (
    WITHDRAWAL_CODE_ALPHABET,
    WITHDRAWAL_CODE_LENGTH,
    WithdrawalCodeError,
    format_withdrawal_code,
    new_withdrawal_code,
    normalise_withdrawal_code,
    withdrawal_verifier,
)

__all__ = [
    "ALL_PURPOSES",
    "WITHDRAWAL_CODE_ALPHABET",
    "WITHDRAWAL_CODE_LENGTH",
    "Withdrawal",
    "WithdrawalBatch",
    "WithdrawalCodeError",
    "WithdrawalResult",
    "WithdrawalResults",
    "WithdrawalStatus",
    "format_withdrawal_code",
    "new_withdrawal_code",
    "normalise_withdrawal_code",
    "withdrawal_verifier",
]

ALL_PURPOSES: tuple[Purpose, ...] = tuple(Purpose)
"""Withdrawing everything means listing every purpose."""


def _purposes(value: list[Purpose]) -> list[Purpose]:
    return sorted_unique(value)


Purposes = Annotated[list[Purpose], Field(min_length=1, max_length=MAX_ENUM_LIST), AfterValidator(_purposes)]


class Withdrawal(RequestModel):
    """One withdrawal: exactly one of `report_id` or `verifier`, and the purposes withdrawn.

    Attributes:
        report_id: the report (any version); the server applies it to every version that
            carries the same verifier.
        verifier: `withdrawal_verifier(code)` when the device does not hold the report.
        purposes: sorted, no repeats; all four (ALL_PURPOSES) withdraws the whole report.
    """

    purposes: Purposes
    report_id: UUID4 | None = None
    verifier: Sha256Hex | None = None

    @model_validator(mode="after")
    def _one_key(self) -> Withdrawal:
        if (self.report_id is None) == (self.verifier is None):
            raise ValueError("give exactly one of report_id or verifier")
        return self


class WithdrawalBatch(RequestModel):
    """Body of `POST /v1/withdrawals`: 1..MAX_WITHDRAWAL_BATCH withdrawals."""

    withdrawals: Annotated[list[Withdrawal], Field(min_length=1, max_length=MAX_WITHDRAWAL_BATCH)]


class WithdrawalStatus(StrEnum):
    """Every status means done for the device (withdrawal always succeeds).

    - withdrawn: sections were dropped now.
    - already_withdrawn: nothing of those purposes was left (a repeat).
    - unknown: no report known yet by that id or verifier; a tombstone is kept, so one
      arriving later is withdrawn on arrival.
    """

    WITHDRAWN = "withdrawn"
    ALREADY_WITHDRAWN = "already_withdrawn"
    UNKNOWN = "unknown"


class WithdrawalResult(ResponseModel):
    """The answer for one withdrawal, in request order.

    Attributes:
        report_id: echoed when the withdrawal named one; never revealed for a verifier.
        verifier: echoed when the withdrawal named one.
        purposes: the purposes now withdrawn for that report (those asked for, plus any
            withdrawn earlier).
    """

    purposes: Purposes
    report_id: UUID4 | None = None
    status: WithdrawalStatus
    verifier: Sha256Hex | None = None


class WithdrawalResults(ResponseModel):
    """Answer to a WithdrawalBatch: one result per withdrawal, in the order sent."""

    results: Annotated[list[WithdrawalResult], Field(max_length=MAX_WITHDRAWAL_BATCH)]
