"""The audit chain's head: `POST /v1/audit-head` with each sync, `GET /v1/audit-head` to compare.

The device's local audit log is hash-chained; its head (sequence number of the last
entry and that entry's chain hash) travels with each sync and the server keeps the
latest per device. Cutting entries off the end of the local log leaves a head older
than the one the server holds, which `outreach audit verify` reports.

A newer head is kept only if it extends the held one (issue 16): the post carries the links
of the entries since the held head (each entry's hash and the hash before it: hashes only,
never content), and the server checks that they chain from the held hash to the new one and
that the sequence grows by exactly their number. A head that jumps (say to 2^53 - 1) without
them is refused with `422 audit_head_not_extended` and changes nothing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StrictInt

from outreach_app.protocol.base import RequestModel, ResponseModel, Sha256Hex, WireDate
from outreach_app.protocol.limits import MAX_AUDIT_LINKS

Sequence = Annotated[StrictInt, Field(ge=0, le=2**53 - 1)]


GENESIS_HASH = "0" * 64
"""The `prev_hash` of a log's first entry (the held head of a device the server has not heard from)."""


class AuditLink(RequestModel):
    """One entry of the chain as the server sees it: its hash and the hash of the one before."""

    hash: Sha256Hex
    prev_hash: Sha256Hex


class AuditHead(RequestModel):
    """Body of `POST /v1/audit-head`: the sequence number and chain hash of the last entry.

    Attributes:
        links: the entries after the head the server holds (from the first, whose
            `prev_hash` is `GENESIS_HASH`, when it holds none), oldest first, ending with
            this head's entry. Needed whenever `sequence` is beyond the held head; absent
            when empty (so a head without links keeps its canonical form).
    """

    chain_hash: Sha256Hex
    links: Annotated[list[AuditLink], Field(min_length=1, max_length=MAX_AUDIT_LINKS)] | None = None
    sequence: Sequence


def extends(held_sequence: int, held_hash: str, head: AuditHead) -> str | None:
    """Why `head` does not extend the held head (None: it does). Pure; both sides use it."""
    links = head.links or []
    if head.sequence - held_sequence != len(links):
        return "the sequence must grow by exactly the number of links sent"
    previous = held_hash
    for link in links:
        if link.prev_hash != previous:
            return "the links do not chain from the held head"
        previous = link.hash
    if previous != head.chain_hash:
        return "the last link is not the new head"
    return None


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
