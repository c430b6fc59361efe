"""A desk's key pairs (issue 22), made on the desk and kept in its vault.

- auth: Ed25519, signs the staff API's sign-in challenges (every desk, admin too);
- enc: X25519, opens the envelopes sealed to the desk (alerts and police desks);
- sign: Ed25519, signs alerts (alerts desks only).

Private halves are raw 32 bytes as standard base64 (crypto.sealing's form); they leave the
desk's vault only inside a passphrase-protected transfer file (desk_transfer.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from outreach_app.crypto.sealing import new_encryption_key_pair, public_key_of
from outreach_app.protocol.device_auth import Challenge, b64url
from outreach_app.protocol.keys import ROLE_PURPOSES, DeskKey, DeskRole
from outreach_app.protocol.signing import b64decode, b64encode, public_key_b64
from outreach_app.protocol.staff import StaffRole, desk_challenge_message


@dataclass(frozen=True, slots=True)
class DeskKeys:
    """Attributes:
    role: the desk's role; desk_id: its id in the charity's key bundle (e.g. `alerts-1`).
    auth_private / enc_private / sign_private: base64 raw private keys (None where the role
        has none).
    """

    role: StaffRole
    desk_id: str
    auth_private: str
    enc_private: str | None
    sign_private: str | None

    def __repr__(self) -> str:  # never show a key
        return f"<DeskKeys {self.role.value} {self.desk_id}>"

    def auth_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(b64decode(self.auth_private, 32))

    def sign_key(self) -> Ed25519PrivateKey | None:
        if self.sign_private is None:
            return None
        return Ed25519PrivateKey.from_private_bytes(b64decode(self.sign_private, 32))

    def auth_public(self) -> str:
        """URL-safe base64 without padding, as the staff API takes it."""
        raw = (
            self.auth_key()
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        return b64url(raw)

    def answer(self, challenge: Challenge) -> str:
        message = desk_challenge_message(str(challenge.device_id), challenge.nonce, challenge.expires_at)
        return b64url(self.auth_key().sign(message))

    def public(self) -> DeskKey | None:
        """What goes into the charity's key bundle (None for an admin desk: it receives nothing)."""
        if self.role is StaffRole.ADMIN or self.enc_private is None:
            return None
        role = DeskRole(self.role.value)
        sign = self.sign_key()
        return DeskKey(
            desk_id=self.desk_id,
            enc_public=public_key_of(self.enc_private),
            purposes=sorted(ROLE_PURPOSES[role]),
            role=role,
            sign_public=public_key_b64(sign) if sign is not None else None,
        )


def _new_ed25519() -> str:
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return b64encode(raw)


def new_desk_keys(role: StaffRole, desk_id: str) -> DeskKeys:
    """Fresh keys for a desk of `role` from the OS's randomness."""
    enc = None if role is StaffRole.ADMIN else new_encryption_key_pair().private
    sign = _new_ed25519() if role is StaffRole.ALERTS else None
    return DeskKeys(
        role=role, desk_id=desk_id, auth_private=_new_ed25519(), enc_private=enc, sign_private=sign
    )
