"""A charity key bundle for device-side v2 tests: real keys, made once per test session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from outreach_app.crypto.sealing import new_encryption_key_pair
from outreach_app.domain.enums import Purpose
from outreach_app.protocol.keys import DeskKey, DeskRole, KeyBundle, SignedKeyBundle, sign_bundle
from outreach_app.protocol.signing import public_key_b64


@dataclass(frozen=True)
class FakeCharity:
    root: Ed25519PrivateKey
    alerts_signer: Ed25519PrivateKey
    private_by_desk: dict[str, str]
    signed: SignedKeyBundle

    @property
    def bundle(self) -> KeyBundle:
        return self.signed.bundle

    @property
    def root_public(self) -> str:
        return public_key_b64(self.root)

    def private_for(self, desk_id: str) -> str:
        return self.private_by_desk[desk_id]


def make_charity(version: int = 1) -> FakeCharity:
    root = Ed25519PrivateKey.generate()
    signer = Ed25519PrivateKey.generate()
    alerts, police = new_encryption_key_pair(), new_encryption_key_pair()
    bundle = KeyBundle(
        charity_id="test-charity",
        desks=[
            DeskKey(
                desk_id="alerts",
                enc_public=alerts.public,
                purposes=[Purpose.ALERT],
                role=DeskRole.ALERTS,
                sign_public=public_key_b64(signer),
            ),
            DeskKey(
                desk_id="police",
                enc_public=police.public,
                purposes=[Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL],
                role=DeskRole.POLICE,
            ),
        ],
        issued_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        version=version,
    )
    return FakeCharity(
        root, signer, {"alerts": alerts.private, "police": police.private}, sign_bundle(root, bundle)
    )


@lru_cache(maxsize=1)
def shared_charity() -> FakeCharity:
    return make_charity()
