"""Enrolment in protocol v2: `POST /v2/enroll` also hands the device the charity's signed key
bundle and proves that the server knows the enrolment code (docs/protocol.md, "Enrolment").

The code proof is an HMAC over the bundle and the device's request id, keyed by a key derived
(HKDF-SHA256) from the enrolment code. A machine in the middle that swaps the bundle cannot
compute it without the code; one that replays another device's reply fails on the request id.
The device also checks the root signature against the root key fingerprint the coordinator
read from the charity's printed sheet, then pins the root key.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import UUID4, Field

from outreach_app.protocol.base import SHORT_TEXT, Label, RequestModel, ResponseModel, Sha256Hex, Text
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.enrollment import (
    CREDENTIAL_MIN_LENGTH,
    ENROLLMENT_CODE_MIN_LENGTH,
    Region,
    normalise_enrollment_code,
)
from outreach_app.protocol.keys import SignedKeyBundle
from outreach_app.protocol.limits import MAX_REGIONS

CODE_PROOF_INFO = b"outreach enrol proof v2"
CODE_PROOF_PREFIX = b"outreach enrol proof v2|"


class EnrollRequestV2(RequestModel):
    """Body of `POST /v2/enroll`. As v1's EnrollRequest, but `request_id` is required: it is
    the nonce the code proof covers (a fresh UUID4 per enrolment, the same on every retry)."""

    code: Annotated[Text, Field(min_length=ENROLLMENT_CODE_MIN_LENGTH, max_length=128)]
    device_label: Label
    request_id: UUID4


class EnrollResponseV2(ResponseModel):
    """Answer to a valid EnrollRequestV2.

    Attributes:
        organisation_id: the organisation the device joined (envelope headers carry it).
        key_bundle: the charity's current signed key bundle.
        code_proof: `code_proof(code, request_id, key_bundle)`, lower-case hex.
    """

    code_proof: Sha256Hex
    credential: Annotated[
        str, Field(min_length=CREDENTIAL_MIN_LENGTH, max_length=256, pattern=r"^[A-Za-z0-9._~+/=-]+$")
    ]
    device_id: UUID4
    key_bundle: SignedKeyBundle
    organisation_id: UUID4
    organisation_name: Annotated[Text, Field(min_length=1, max_length=SHORT_TEXT)] | None = None
    regions: Annotated[list[Region], Field(max_length=MAX_REGIONS)] = Field(default_factory=list)


def code_proof_key(code: str) -> bytes:
    """HKDF-SHA256 of the normalised enrolment code (no salt, info CODE_PROOF_INFO), 32 bytes."""
    normalised = normalise_enrollment_code(code).encode("utf-8")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=CODE_PROOF_INFO).derive(normalised)


def code_proof_message(request_id: str, bundle: SignedKeyBundle) -> bytes:
    """`"outreach enrol proof v2|" + request id (lower-case, hyphenated) + "|" + canonical
    JSON of the signed bundle`."""
    return CODE_PROOF_PREFIX + str(request_id).lower().encode("ascii") + b"|" + canonical_json(bundle)


def code_proof(code: str, request_id: str, bundle: SignedKeyBundle) -> str:
    """What the server sends: lower-case hex HMAC-SHA256(code_proof_key, code_proof_message)."""
    message = code_proof_message(request_id, bundle)
    return hmac.new(code_proof_key(code), message, hashlib.sha256).hexdigest()


def code_proof_matches(code: str, request_id: str, bundle: SignedKeyBundle, proof: str) -> bool:
    """Constant-time comparison of a received proof with the expected one."""
    return hmac.compare_digest(code_proof(code, request_id, bundle), proof)
