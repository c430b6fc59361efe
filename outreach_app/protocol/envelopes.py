"""Envelopes (protocol v2): one consented purpose of one incident, sealed to its desk.

An envelope is `{header, ciphertext}`. The ciphertext is a libsodium sealed box (X25519 +
XSalsa20-Poly1305, anonymous sender; crypto/sealing.py) of the canonical JSON of the purpose's
content model (contents.py) to the `enc_public` key of the desk named in the header. The
server stores the ciphertext it cannot read and the clear header, which holds only what
routing and withdrawal need. Nothing in one header links it to another envelope of the same
incident: the id is fresh, the verifier is per purpose (verifier.purpose_verifier), the hash
is of a ciphertext sealed with a fresh ephemeral key.

`POST /v2/envelopes` takes an EnvelopeBatch and answers EnvelopeReceipts, one per envelope
in the order sent, with the five statuses of v1 (receipts.ReceiptStatus), idempotent by
envelope id and content hash.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from typing import Annotated, Literal

from pydantic import UUID4, Field, field_validator, model_validator

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.base import RegionId, RequestModel, ResponseModel, Sha256Hex, WireDate
from outreach_app.protocol.keys import DeskId
from outreach_app.protocol.limits import MAX_BATCH_SIZE
from outreach_app.protocol.receipts import Reason, ReceiptStatus
from outreach_app.protocol.stats import Month

EnvelopePurpose = Literal["alert", "police_intelligence", "police_referral"]
"""The purposes sealed into envelopes (statistics leave as aggregates, aggregates.py)."""
ENVELOPE_PURPOSES: tuple[Purpose, ...] = (Purpose.ALERT, Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL)

MAX_CIPHERTEXT_BYTES = 192 * 1024
"""A sealed content is at most this long (a content is a few kB; this bounds a batch)."""
SEALED_BOX_OVERHEAD = 48
"""Ephemeral public key (32) + Poly1305 tag (16): the shortest possible sealed box."""
_MAX_B64 = (MAX_CIPHERTEXT_BYTES + 2) // 3 * 4


def ciphertext_bytes(text: str) -> bytes:
    """The raw sealed box of a base64 `ciphertext`, or ValueError."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("ciphertext must be standard base64") from None


def ciphertext_hash(raw: bytes) -> str:
    """The header's `content_hash`: lower-case hex SHA-256 of the raw sealed box."""
    return hashlib.sha256(raw).hexdigest()


class EnvelopeHeader(RequestModel):
    """What the server reads of an envelope.

    Attributes:
        envelope_id: fresh random UUID4 per envelope (never the device's local id).
        org: the sender's organisation (EnrollResponseV2.organisation_id); the server
            refuses a header naming another one.
        region: the server region of the incident.
        purpose: which consent the content was shared under; decides the desk.
        desk_id: the desk (of the installed key bundle) whose key sealed the content.
        month: `YYYY-MM` of the incident (no day: the header must not date the incident).
        content_hash: SHA-256 hex of the raw ciphertext.
        supersedes: the envelope_id of the earlier version of the SAME purpose this one
            replaces (an edit after sharing), or null.
        verifier: verifier.purpose_verifier(code, purpose).
    """

    content_hash: Sha256Hex
    desk_id: DeskId
    envelope_id: UUID4
    month: Month
    org: UUID4
    purpose: EnvelopePurpose
    region: RegionId
    supersedes: UUID4 | None = None
    verifier: Sha256Hex

    @model_validator(mode="after")
    def _not_itself(self) -> EnvelopeHeader:
        if self.supersedes is not None and self.supersedes == self.envelope_id:
            raise ValueError("an envelope cannot supersede itself")
        return self


class Envelope(RequestModel):
    """One sealed purpose: the clear header and the base64 sealed box."""

    ciphertext: Annotated[str, Field(min_length=64, max_length=_MAX_B64)]
    header: EnvelopeHeader

    @field_validator("ciphertext")
    @classmethod
    def _base64(cls, value: str) -> str:
        raw = ciphertext_bytes(value)
        if len(raw) <= SEALED_BOX_OVERHEAD:
            raise ValueError("ciphertext is shorter than a sealed box")
        return value

    @model_validator(mode="after")
    def _hash_matches(self) -> Envelope:
        if ciphertext_hash(ciphertext_bytes(self.ciphertext)) != self.header.content_hash:
            raise ValueError("content_hash is not the SHA-256 of the ciphertext")
        return self


class EnvelopeBatch(RequestModel):
    """Body of `POST /v2/envelopes`: 1..MAX_BATCH_SIZE envelopes with distinct ids."""

    envelopes: Annotated[list[Envelope], Field(min_length=1, max_length=MAX_BATCH_SIZE)]

    @model_validator(mode="after")
    def _distinct(self) -> EnvelopeBatch:
        ids = [envelope.header.envelope_id for envelope in self.envelopes]
        if len(set(ids)) != len(ids):
            raise ValueError("envelope ids in a batch must be distinct")
        return self


class EnvelopeReceipt(ResponseModel):
    """The server's answer for one envelope (statuses and reasons as v1's Receipt).

    Attributes:
        content_hash: the server's stored hash for this id (equal to the device's unless
            `conflict`); the device checks it before marking the envelope sent.
        received_on: the day the server first stored it (a `duplicate` repeats that day).
    """

    content_hash: Sha256Hex
    envelope_id: UUID4
    reason: Reason | None = None
    received_on: WireDate
    status: ReceiptStatus


class EnvelopeReceipts(ResponseModel):
    """Answer to an EnvelopeBatch: exactly one receipt per envelope, in the order sent."""

    receipts: Annotated[list[EnvelopeReceipt], Field(max_length=MAX_BATCH_SIZE)]


def envelope_receipt(
    header: EnvelopeHeader, status: ReceiptStatus, received_on: dt.date, reason: Reason | None = None
) -> EnvelopeReceipt:
    """A receipt echoing the header's id and hash."""
    return EnvelopeReceipt(
        content_hash=header.content_hash,
        envelope_id=header.envelope_id,
        reason=reason,
        received_on=received_on,
        status=status,
    )
