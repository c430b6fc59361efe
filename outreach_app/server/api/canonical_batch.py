"""The fast path of envelope-batch validation: bodies in the canonical form the app writes.

`EnvelopeBatch` (protocol/envelopes.py) is the definition of a valid batch, and it is
slow to run over 1000 envelopes: its UUIDs, months, base64 and hash checks are Python
validators called per field, and it builds 2000 models the server only takes apart again
(34 ms a batch here, against 5 ms for the same checks below; docs/performance.md).

This module checks the same batch with plain TypedDicts whose constraints all run in
pydantic-core's Rust (anchored patterns, lengths, literals, unknown keys refused), then
does the base64, length, hash and distinctness checks in one Python loop over C calls.
It accepts only a SUBSET of what the model accepts, in the exact form the app writes:
lower-case hyphenated version-4 UUIDs, months 2000-2099, no surrounding blanks, strict
padded base64. For those bodies it gives exactly what `prepare(EnvelopeBatch…)` gives.
Anything else — an upper-case UUID the model would normalise, a blank to strip, any
error at all — returns None, and the caller runs the model, whose answer (the prepared
batch, or its located errors) is then the answer. So the fast path can never accept
what the model refuses, nor change an error message; tests/server/test_canonical_batch.py
checks both on mutated bodies.
"""

from __future__ import annotations

import binascii
import hashlib
from typing import Annotated, Literal, NotRequired

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError, with_config
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11

from outreach_app.protocol.base import REGION_ID_PATTERN, SHA256_HEX_PATTERN
from outreach_app.protocol.envelopes import MAX_CIPHERTEXT_BYTES, SEALED_BOX_OVERHEAD
from outreach_app.protocol.limits import MAX_BATCH_SIZE
from outreach_app.server.db.prepared import PreparedEnvelopes

# What str(uuid.uuid4()) writes: lower-case, hyphenated, version 4, RFC 4122 variant.
_UUID4 = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
# protocol/stats.Month takes any year from 2000; the fast path this century's.
_MONTH = r"^20[0-9]{2}-(0[1-9]|1[0-2])$"
_MIN_B64 = 64  # as Envelope.ciphertext
_MAX_B64 = (MAX_CIPHERTEXT_BYTES + 2) // 3 * 4

_FORBID = ConfigDict(extra="forbid")
Uuid4Text = Annotated[str, Field(pattern=_UUID4)]
HexDigest = Annotated[str, Field(pattern=SHA256_HEX_PATTERN)]
Identifier = Annotated[str, Field(pattern=REGION_ID_PATTERN)]


@with_config(_FORBID)
class _Header(TypedDict):
    content_hash: HexDigest
    desk_id: Identifier
    envelope_id: Uuid4Text
    month: Annotated[str, Field(pattern=_MONTH)]
    org: Uuid4Text
    purpose: Literal["alert", "police_intelligence", "police_referral"]
    region: Identifier
    supersedes: NotRequired[Uuid4Text | None]
    verifier: HexDigest


@with_config(_FORBID)
class _Envelope(TypedDict):
    ciphertext: Annotated[str, Field(min_length=_MIN_B64, max_length=_MAX_B64)]
    header: _Header


@with_config(_FORBID)
class _Batch(TypedDict):
    envelopes: Annotated[list[_Envelope], Field(min_length=1, max_length=MAX_BATCH_SIZE)]


_BATCH = TypeAdapter(_Batch)
CANONICAL_DEPTH = 4
"""How deep every body the fast path accepts is nested (batch, list, envelope, header): all
values are strings, or null for `supersedes`."""


def prepare_canonical(body: bytes) -> PreparedEnvelopes | None:
    """The prepared batch of a valid body in canonical form, else None (the model decides)."""
    try:
        batch = _BATCH.validate_json(body)
    except ValidationError:
        return None
    items = batch["envelopes"]
    headers = [item["header"] for item in items]
    ids = [h["envelope_id"] for h in headers]
    if len(set(ids)) != len(ids):
        return None
    supersedes = [h.get("supersedes") for h in headers]
    hashes = [h["content_hash"] for h in headers]
    ciphertexts = []
    try:
        for item, envelope_id, replaced, content_hash in zip(items, ids, supersedes, hashes, strict=True):
            # strict_mode: only the base64 alphabet and correct padding (a subset of what
            # `base64.b64decode(validate=True)` takes).
            raw = binascii.a2b_base64(item["ciphertext"], strict_mode=True)
            if (
                len(raw) <= SEALED_BOX_OVERHEAD
                or replaced == envelope_id
                or hashlib.sha256(raw).hexdigest() != content_hash
            ):
                return None
            ciphertexts.append(raw)
    except (binascii.Error, ValueError):
        return None
    return PreparedEnvelopes(
        ids=ids,
        orgs=[h["org"] for h in headers],
        region_ids=[h["region"] for h in headers],
        purposes=[h["purpose"] for h in headers],
        desk_ids=[h["desk_id"] for h in headers],
        months=[h["month"] for h in headers],
        hashes=hashes,
        supersedes=supersedes,
        verifiers=[h["verifier"] for h in headers],
        ciphertexts=ciphertexts,
    )
