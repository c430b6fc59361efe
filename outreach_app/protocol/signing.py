"""Ed25519 signatures and key fingerprints for protocol v2 (docs/protocol.md, "Keys and desks").

Both sides need these: the charity's tools sign key bundles and alerts, the server checks
them before it installs or publishes them, and devices check them against the pinned root
key. Ed25519 comes from `cryptography` (already a dependency, libssl's audited code): no
hand-made cryptography. Every signed message starts with a domain tag naming what it is, so a
signature over one kind of object can never be replayed as another.

Keys travel as standard base64 of their 32 raw bytes, signatures as base64 of 64 bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Annotated

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import Field

KEY_BYTES = 32
SIGNATURE_BYTES = 64

B64_KEY_PATTERN = r"^[A-Za-z0-9+/]{43}=$"
B64Key = Annotated[str, Field(pattern=B64_KEY_PATTERN)]
"""A 32-byte public key (X25519 or Ed25519) as standard base64 (44 characters)."""
B64_SIGNATURE_PATTERN = r"^[A-Za-z0-9+/]{86}==$"
B64Signature = Annotated[str, Field(pattern=B64_SIGNATURE_PATTERN)]
"""A 64-byte Ed25519 signature as standard base64 (88 characters)."""


class SignatureError(ValueError):
    """A signature or key is malformed, or the signature does not verify."""


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode(text: str, length: int) -> bytes:
    """Strict standard base64 of exactly `length` bytes, or SignatureError."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise SignatureError("not valid base64") from None
    if len(raw) != length:
        raise SignatureError(f"expected {length} bytes")
    return raw


def public_key_b64(private: Ed25519PrivateKey) -> str:
    return b64encode(private.public_key().public_bytes_raw())


def sign(private: Ed25519PrivateKey, message: bytes) -> str:
    """The base64 Ed25519 signature of `message` (deterministic, RFC 8032)."""
    return b64encode(private.sign(message))


def verify(public_b64: str, message: bytes, signature_b64: str) -> None:
    """Return quietly when `signature_b64` is `public_b64`'s signature of `message`; else SignatureError."""
    public = Ed25519PublicKey.from_public_bytes(b64decode(public_b64, KEY_BYTES))
    try:
        public.verify(b64decode(signature_b64, SIGNATURE_BYTES), message)
    except InvalidSignature:
        raise SignatureError("the signature does not match") from None


def _groups(hex_digits: str, size: int = 4) -> str:
    return "-".join(hex_digits[i : i + size] for i in range(0, len(hex_digits), size)).upper()


def key_fingerprint(public_b64: str) -> str:
    """What a person compares by eye: the first 16 bytes of SHA-256 of the raw public key,
    as 8 groups of 4 upper-case hex digits (`3F2A-...`). 128 bits: no one can make a second
    key with the same fingerprint."""
    digest = hashlib.sha256(b64decode(public_b64, KEY_BYTES)).hexdigest()
    return _groups(digest[:32])


def short_fingerprint(signed_bytes: bytes) -> str:
    """A handout's alert fingerprint: the first 8 bytes of SHA-256 of the signed bytes,
    as 4 groups of 4 upper-case hex digits."""
    return _groups(hashlib.sha256(signed_bytes).hexdigest()[:16])


def normalise_fingerprint(typed: str) -> str:
    """A fingerprint as typed (spaces, hyphens, either case) in its printed form, or ValueError."""
    digits = "".join(ch for ch in typed if ch not in " -\t").lower()
    if len(digits) != 32 or any(ch not in "0123456789abcdef" for ch in digits):
        raise ValueError("a key fingerprint has 32 hex digits (8 groups of 4)")
    return _groups(digits)
