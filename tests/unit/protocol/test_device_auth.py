"""The signed challenge (golden vector), the key's wire forms, and the audit-extension rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from outreach_app.protocol.audit import GENESIS_HASH, AuditHead, AuditLink, extends
from outreach_app.protocol.device_auth import (
    CHALLENGE_DOMAIN,
    Challenge,
    TokenRequest,
    challenge_message,
    from_b64url,
)
from outreach_app.sync.device_key import DeviceKey

VECTORS = Path(__file__).parents[2] / "fixtures" / "protocol" / "device_auth_vectors.json"


def _vectors() -> list[dict[str, object]]:
    loaded: list[dict[str, object]] = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
    return loaded


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: str(v["title"]))
def test_the_signed_challenge_matches_the_golden_vector(vector: dict[str, object]) -> None:
    device_id, nonce, expires_at = (
        str(vector["device_id"]),
        str(vector["nonce"]),
        int(str(vector["expires_at"])),
    )
    message = challenge_message(device_id, nonce, expires_at)
    assert message.hex() == vector["message_hex"]
    assert message.startswith(CHALLENGE_DOMAIN)
    key = DeviceKey(device_id, bytes.fromhex(str(vector["private_key_hex"])))
    assert key.public_key() == vector["public_key"]
    signature = key.answer(Challenge(device_id=device_id, nonce=nonce, expires_at=expires_at))  # type: ignore[arg-type]
    assert signature == vector["signature"]
    # What the server does with it: the public key verifies the signature over those bytes.
    public = Ed25519PublicKey.from_public_bytes(from_b64url(str(vector["public_key"]), 32))
    public.verify(from_b64url(signature, 64), message)


def test_a_key_refuses_a_challenge_for_another_device() -> None:
    key = DeviceKey("3f2b8c1e-6d4a-4b7e-9c1f-0a2b3c4d5e6f", bytes(32))
    other = Challenge(device_id="9f2b8c1e-6d4a-4b7e-9c1f-0a2b3c4d5e6f", nonce="A" * 43, expires_at=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="another device"):
        key.answer(other)
    assert "DeviceKey" in repr(key) and "00" * 8 not in repr(key)


@pytest.mark.parametrize("text, length", [("AA", 32), ("!" * 43, 32), ("A" * 43, 64)])
def test_wrong_base64_or_length_is_refused(text: str, length: int) -> None:
    with pytest.raises(ValueError):
        from_b64url(text, length)


def test_a_token_request_refuses_a_short_signature() -> None:
    with pytest.raises(ValueError):
        TokenRequest.model_validate(
            {"device_id": "3f2b8c1e-6d4a-4b7e-9c1f-0a2b3c4d5e6f", "nonce": "A" * 43, "signature": "A" * 85}
        )


def _link(prev: str, digest: str) -> AuditLink:
    return AuditLink(hash=digest, prev_hash=prev)


def test_extends_checks_count_links_and_end() -> None:
    a, b, c = "a" * 64, "b" * 64, "c" * 64
    good = AuditHead(sequence=7, chain_hash=c, links=[_link(a, b), _link(b, c)])
    assert extends(5, a, good) is None
    assert (
        extends(0, GENESIS_HASH, AuditHead(sequence=1, chain_hash=b, links=[_link(GENESIS_HASH, b)])) is None
    )
    assert extends(4, a, good) is not None  # grows by 3, only 2 links
    assert extends(5, b, good) is not None  # does not start at the held hash
    assert extends(5, a, AuditHead(sequence=7, chain_hash=a, links=good.links)) is not None  # wrong end
    assert extends(5, a, AuditHead(sequence=7, chain_hash=c, links=[_link(a, b), _link(a, c)])) is not None
    assert extends(5, a, AuditHead(sequence=2**53 - 1, chain_hash=c)) is not None


def test_a_head_without_links_keeps_its_canonical_form() -> None:
    from outreach_app.protocol.canonical import canonical_json

    head = AuditHead(sequence=3, chain_hash="a" * 64)
    assert canonical_json(head) == b'{"chain_hash":"' + b"a" * 64 + b'","sequence":3}'
