"""The device's Ed25519 key: made and kept inside the vault, used to sign in (issue 16).

The private key (32 bytes) lives only in the encrypted DB (`sync_link.device_key`) and in
memory while a sync runs; the server has the public half. Destroying the vault destroys the
credential, even when the server cannot be told. Signing answers a server challenge
(`protocol.device_auth.challenge_message`, domain-separated) for a token of at most an hour.
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from outreach_app.protocol.device_auth import Challenge, b64url, challenge_message

PRIVATE_KEY_BYTES = 32


def new_device_key() -> bytes:
    """A fresh private key (raw Ed25519 seed) from the OS's randomness."""
    return secrets.token_bytes(PRIVATE_KEY_BYTES)


class DeviceKey:
    """Signs challenges for one device. Never printed, never written anywhere by itself.

    Attributes:
        device_id: the server's id for this device.
    """

    def __init__(self, device_id: str, private_key: bytes) -> None:
        if len(private_key) != PRIVATE_KEY_BYTES:
            raise ValueError("a device key is 32 bytes")
        self.device_id = device_id
        self._key = Ed25519PrivateKey.from_private_bytes(private_key)

    def __repr__(self) -> str:
        return f"<DeviceKey {self.device_id}>"

    def public_key(self) -> str:
        """The public half as the protocol sends it (URL-safe base64, no padding)."""
        return b64url(self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    def answer(self, challenge: Challenge) -> str:
        """The signature of `challenge` (refused unless it names this device)."""
        if str(challenge.device_id) != self.device_id.lower():
            raise ValueError("the challenge is for another device")
        message = challenge_message(str(challenge.device_id), challenge.nonce, challenge.expires_at)
        return b64url(self._key.sign(message))
