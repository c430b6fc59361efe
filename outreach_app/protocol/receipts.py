"""Report intake: `POST /v1/reports/batch` with a ReportBatch, answered by BatchReceipts.

The device marks an outbox item sent only on a schema-valid receipt whose `report_id` and
`content_hash` both match that item (`matching_receipts`). A receipt is never inferred.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import UUID4, Field, model_validator

from outreach_app.protocol.base import MachineCode, RequestModel, ResponseModel, Sha256Hex, Text, WireDate
from outreach_app.protocol.canonical import content_hash
from outreach_app.protocol.limits import MAX_BATCH_SIZE
from outreach_app.protocol.reports import SharedReport


class ReceiptStatus(StrEnum):
    """What the server did with one report.

    - accepted: stored now.
    - duplicate: the same id with the same content hash was stored before; the original
      receipt is repeated (its `received_on` is the original day). Counts as sent.
    - conflict: the id is stored with different content. Park (409 semantics).
    - rejected: valid JSON the server will not store (see ReceiptReasonCode). Park.
    - withdrawn: a tombstone exists for this id; a late resend never brings it back.
      Counts as sent (and the withdrawal as done). Reason `tombstone` (withdrawn) or
      `superseded` (a later version naming this id in `supersedes` arrived first).
    """

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


SENT_STATUSES = frozenset({ReceiptStatus.ACCEPTED, ReceiptStatus.DUPLICATE, ReceiptStatus.WITHDRAWN})
"""Statuses after which the item leaves the outbox as sent."""
PARK_STATUSES = frozenset({ReceiptStatus.CONFLICT, ReceiptStatus.REJECTED})
"""Statuses after which the item is parked with the receipt's reason."""


class ReceiptReasonCode(StrEnum):
    """Machine codes of `Receipt.reason` in v1 (a newer server may send others: show `message`)."""

    ID_CONFLICT = "id_conflict"  # conflict: the id is stored with other content
    UNKNOWN_REGION = "unknown_region"  # rejected: the region is not one of the organisation's
    DATE_IN_FUTURE = "date_in_future"  # rejected: the incident date is after the server's today
    DATE_TOO_OLD = "date_too_old"  # rejected: the incident date is before limits.EARLIEST_INCIDENT_DATE
    # rejected by servers before supersession markers (`supersedes` named no report of the org);
    # current servers accept such a report. Kept so a device still explains the old answer.
    SUPERSEDES_UNKNOWN = "supersedes_unknown"
    TOMBSTONE = "tombstone"  # withdrawn: the report (or its verifier) was withdrawn
    SUPERSEDED = "superseded"  # withdrawn: a later version of the report replaced it first
    # v2 (envelopes): the header names a desk the installed key bundle does not have for
    # that purpose, or an organisation that is not the sending device's.
    UNKNOWN_DESK = "unknown_desk"
    WRONG_ORG = "wrong_org"


class Reason(ResponseModel):
    """Why a receipt is not plain `accepted`: a machine code and a short text that never
    repeats the report's content."""

    code: MachineCode
    message: Annotated[Text, Field(max_length=500)] = ""


class ReportBatch(RequestModel):
    """Body of `POST /v1/reports/batch`: 1..MAX_BATCH_SIZE reports with distinct ids."""

    reports: Annotated[list[SharedReport], Field(min_length=1, max_length=MAX_BATCH_SIZE)]

    @model_validator(mode="after")
    def _distinct_ids(self) -> ReportBatch:
        ids = [report.report_id for report in self.reports]
        if len(set(ids)) != len(ids):
            raise ValueError("report ids must be distinct within a batch")
        return self


class Receipt(ResponseModel):
    """The server's answer for one report.

    Attributes:
        report_id: the report's id as received.
        content_hash: the hash the server computed over the report it received
            (`canonical.content_hash`); the device checks it equals its own.
        status: see ReceiptStatus.
        reason: present for conflict, rejected and withdrawn.
        received_on: the server's UTC day the report was first stored (for accepted and
            duplicate), else the day of this answer. Never a time of day.
    """

    content_hash: Sha256Hex
    reason: Reason | None = None
    received_on: WireDate
    report_id: UUID4
    status: ReceiptStatus


class BatchReceipts(ResponseModel):
    """Answer to a ReportBatch: exactly one receipt per report, in the order sent."""

    receipts: Annotated[list[Receipt], Field(max_length=MAX_BATCH_SIZE)]


def receipt_for(
    report: SharedReport, status: ReceiptStatus, received_on: dt.date, reason: Reason | None = None
) -> Receipt:
    """A receipt for `report` with its content hash (the server's constructor)."""
    return Receipt(
        report_id=report.report_id,
        content_hash=content_hash(report),
        status=status,
        reason=reason,
        received_on=received_on,
    )


def matching_receipts(expected: Mapping[UUID, str], receipts: Iterable[Receipt]) -> dict[UUID, Receipt]:
    """The receipts that prove delivery: id among `expected` and hash equal to the expected one.

    Args:
        expected: report_id -> content hash of every report that was in the batch.
        receipts: the receipts of a schema-valid BatchReceipts.
    Return:
        report_id -> receipt, for matching receipts only; anything else leaves its item queued.
    """
    found: dict[UUID, Receipt] = {}
    for receipt in receipts:
        want = expected.get(receipt.report_id)
        if want is not None and receipt.content_hash == want and receipt.report_id not in found:
            found[receipt.report_id] = receipt
    return found
