"""The audit chain's head: `POST /v1/audit-head` with each sync, `GET /v1/audit-head` to compare.

The device's local audit log is hash-chained; its head (sequence number of the last
entry and that entry's chain hash) travels with each sync and the server keeps the
latest per device. Cutting entries off the end of the local log leaves a head older
than the one the server holds, which `outreach audit verify` reports.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StrictInt

from outreach_app.protocol.base import RequestModel, ResponseModel, Sha256Hex, WireDate

Sequence = Annotated[StrictInt, Field(ge=0, le=2**53 - 1)]


class AuditHead(RequestModel):
    """Body of `POST /v1/audit-head`: the sequence number and chain hash of the last entry."""

    chain_hash: Sha256Hex
    sequence: Sequence


class AuditHeadStatus(StrEnum):
    """What the server did with a head.

    - stored: newer than the one held (or the first): kept.
    - unchanged: the same sequence and hash as held.
    - regressed: older than the one held: the held head is kept (truncation, or a vault
      restored from a backup).
    - forked: same sequence, different hash: the held head is kept (the log was edited).
    """

    STORED = "stored"
    UNCHANGED = "unchanged"
    REGRESSED = "regressed"
    FORKED = "forked"


class AuditHeadReceipt(ResponseModel):
    """Answer to both calls: the head the server now holds for this device.

    Attributes:
        status: for POST, what happened to the head sent; for GET, `unchanged`.
        received_on: the server's day it stored the held head.
    """

    chain_hash: Sha256Hex
    received_on: WireDate
    sequence: Sequence
    status: AuditHeadStatus
