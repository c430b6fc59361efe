"""The charity's desks and the root-signed bundle of their public keys (protocol v2).

A charity works in desks: an `alerts` desk (purpose `alert`, with an Ed25519 signing key for
alerts) and a `police` desk (`police_intelligence`, `police_referral`); it may run more than
one of each. Every desk has an X25519 encryption key pair; its private half never leaves the
desk's machine. The charity's ROOT Ed25519 key signs the bundle of desk public keys; a
rotation is a new bundle with a higher `version` signed by the same root. A device pins the
root key at enrolment (after comparing its fingerprint with the one the charity printed)
and accepts only bundles it signed.

Signed models refuse unknown fields (`REQUEST_CONFIG`): the signature covers exactly the
canonical form of the fields this version knows, so nothing unsigned can ride along.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import Field, StrictInt, field_validator, model_validator

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.base import REGION_ID_PATTERN, RequestModel, UtcDateTime, sorted_unique
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.signing import B64Key, B64Signature, SignatureError, public_key_b64, sign, verify

BUNDLE_DOMAIN_TAG = b"outreach key bundle v2\x00"
"""Prefix of the bytes the root key signs (signing.py: one tag per kind of signed object)."""
MAX_DESKS = 64

DeskId = Annotated[str, Field(pattern=REGION_ID_PATTERN)]
"""A desk's id: lower-case letters, digits, `_` and `-` (chosen by the charity, e.g. `police-north`)."""
CharityId = Annotated[str, Field(pattern=REGION_ID_PATTERN)]


class DeskRole(StrEnum):
    ALERTS = "alerts"
    POLICE = "police"


ROLE_PURPOSES: dict[DeskRole, frozenset[Purpose]] = {
    DeskRole.ALERTS: frozenset({Purpose.ALERT}),
    DeskRole.POLICE: frozenset({Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL}),
}
"""The purposes a desk of each role may receive (statistics go to no desk: they leave as
clear monthly aggregates, see aggregates.py)."""


class DeskKey(RequestModel):
    """One desk's public keys.

    Attributes:
        enc_public: X25519 public key that envelopes of the desk's purposes are sealed to.
        sign_public: Ed25519 public key that signs alerts (alerts desks only; null otherwise).
        purposes: sorted, at least one, all allowed for the role.
    """

    desk_id: DeskId
    enc_public: B64Key
    purposes: Annotated[list[Purpose], Field(min_length=1, max_length=4)]
    role: DeskRole
    sign_public: B64Key | None = None

    @field_validator("purposes")
    @classmethod
    def _order_free(cls, value: list[Purpose]) -> list[Purpose]:
        return sorted_unique(value)

    @model_validator(mode="after")
    def _role_fits(self) -> DeskKey:
        if not set(self.purposes) <= ROLE_PURPOSES[self.role]:
            raise ValueError(f"a {self.role.value} desk cannot receive those purposes")
        if (self.role is DeskRole.ALERTS) != (self.sign_public is not None):
            raise ValueError("an alerts desk has a signing key, and only an alerts desk")
        return self


class KeyBundle(RequestModel):
    """The charity's desks at one version; signed by the root key (SignedKeyBundle)."""

    charity_id: CharityId
    desks: Annotated[list[DeskKey], Field(min_length=1, max_length=MAX_DESKS)]
    issued_at: UtcDateTime
    version: Annotated[StrictInt, Field(ge=1, le=2**31 - 1)]

    @field_validator("desks")
    @classmethod
    def _sorted_desks(cls, value: list[DeskKey]) -> list[DeskKey]:
        ordered = sorted(value, key=lambda desk: desk.desk_id)
        if len({desk.desk_id for desk in ordered}) != len(ordered):
            raise ValueError("desk ids must be distinct")
        return ordered

    def desk_for(self, purpose: Purpose) -> DeskKey | None:
        """The desk a device seals `purpose` to: the first by desk id that receives it."""
        return next((desk for desk in self.desks if purpose in desk.purposes), None)

    def desk(self, desk_id: str) -> DeskKey | None:
        return next((desk for desk in self.desks if desk.desk_id == desk_id), None)


class SignedKeyBundle(RequestModel):
    """A KeyBundle with the root key's signature over `bundle_signed_bytes(bundle)`.

    Attributes:
        root_public: the root Ed25519 public key (base64). A device compares its
            fingerprint (signing.key_fingerprint) with the printed one at enrolment and
            then pins it; later bundles must carry the same key.
    """

    bundle: KeyBundle
    root_public: B64Key
    signature: B64Signature


def bundle_signed_bytes(bundle: KeyBundle) -> bytes:
    """The exact bytes the root key signs: the domain tag, then the bundle's canonical JSON."""
    return BUNDLE_DOMAIN_TAG + canonical_json(bundle)


def sign_bundle(root: Ed25519PrivateKey, bundle: KeyBundle) -> SignedKeyBundle:
    return SignedKeyBundle(
        bundle=bundle, root_public=public_key_b64(root), signature=sign(root, bundle_signed_bytes(bundle))
    )


def verify_bundle(signed: SignedKeyBundle, pinned_root_public: str) -> KeyBundle:
    """The bundle when `pinned_root_public` signed it; signing.SignatureError otherwise
    (another root key, or a bundle changed after signing)."""
    if signed.root_public != pinned_root_public:
        raise SignatureError("the key bundle is signed by another root key")
    verify(pinned_root_public, bundle_signed_bytes(signed.bundle), signed.signature)
    return signed.bundle
