"""Sealing envelope contents to a desk's X25519 key (protocol v2, docs/protocol.md "Envelopes").

libsodium's sealed boxes through PyNaCl (X25519 + XSalsa20-Poly1305 with a fresh ephemeral
key per box, anonymous sender): a maintained, audited construction with a one-call API, so
nothing here is hand-made cryptography. HPKE would do the same job; no maintained Python
HPKE package was available, and libsodium is a single well-known dependency.

Only the desk holding the private key can open a box; the device that sealed it cannot
(it keeps the clear payload in its own encrypted database instead). Two seals of the same
content give unrelated ciphertexts, so envelope hashes never link two envelopes.
"""

from __future__ import annotations

from dataclasses import dataclass

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from outreach_app.protocol.signing import KEY_BYTES, b64decode, b64encode


class SealError(ValueError):
    """A key is malformed, or a box does not open with the given key (tampered or not ours)."""


@dataclass(frozen=True, slots=True)
class EncryptionKeyPair:
    """A desk's X25519 key pair, both halves as standard base64 of 32 bytes."""

    public: str
    private: str


def new_encryption_key_pair() -> EncryptionKeyPair:
    """A fresh X25519 key pair from the OS CSPRNG (libsodium's randombytes)."""
    private = PrivateKey.generate()
    return EncryptionKeyPair(public=b64encode(bytes(private.public_key)), private=b64encode(bytes(private)))


def public_key_of(private_b64: str) -> str:
    return b64encode(bytes(PrivateKey(_key(private_b64)).public_key))


def _key(text: str) -> bytes:
    try:
        return b64decode(text, KEY_BYTES)
    except ValueError:
        raise SealError("an encryption key is 32 bytes of standard base64") from None


def seal(plaintext: bytes, recipient_public_b64: str) -> bytes:
    """A sealed box of `plaintext` that only the holder of the matching private key opens."""
    return bytes(SealedBox(PublicKey(_key(recipient_public_b64))).encrypt(plaintext))


def open_sealed(ciphertext: bytes, recipient_private_b64: str) -> bytes:
    """The plaintext of a sealed box, or SealError when it was not sealed to this key or changed."""
    try:
        return bytes(SealedBox(PrivateKey(_key(recipient_private_b64))).decrypt(ciphertext))
    except CryptoError:
        raise SealError("the envelope does not open with this desk's key") from None
