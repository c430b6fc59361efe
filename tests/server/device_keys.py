"""Devices with registered keys and live tokens, made straight in the database (for servers
started in another process, where a test cannot drive the enrolment over HTTP first)."""

from __future__ import annotations

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection

from outreach_app.protocol.device_auth import TokenRequest, b64url, challenge_message
from outreach_app.server.core.clock import Clock
from outreach_app.server.db import device_auth, orgs
from tests.server_harness import default_tls

TOKEN_LIFETIME_S = 3600


def keyed_device(conn: Connection, org_id: str, label: str, clock: Clock) -> tuple[str, str]:
    """(device id, bearer token) of a new device that registered a key and signed in."""
    device_id, credential = orgs.add_device(conn, org_id, label, clock)
    key = Ed25519PrivateKey.generate()
    public_key = b64url(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    assert device_auth.register_key(conn, credential, public_key, clock) is not None
    challenge = device_auth.issue_challenge(conn, device_id, clock, 120)
    assert challenge is not None
    signature = key.sign(challenge_message(device_id, challenge.nonce, challenge.expires_at))
    request = TokenRequest(device_id=device_id, nonce=challenge.nonce, signature=b64url(signature))  # type: ignore[arg-type]
    granted = device_auth.redeem_challenge(conn, request, clock, TOKEN_LIFETIME_S)
    assert granted is not None
    return device_id, granted[0].token


def signed_in_headers(
    client: httpx.Client | str, enrolled: dict[str, str], **options: object
) -> dict[str, str]:
    """Bearer headers for a device just enrolled over HTTP (`enrolled`: the EnrollResponse
    JSON): register a fresh key with its one-time credential, then answer a challenge.

    `client` is an httpx.Client, or a base URL (then `options` go to a new one)."""
    if isinstance(client, str):
        with httpx.Client(base_url=client, **{"verify": default_tls(), **options}) as fresh:  # type: ignore[arg-type]
            return signed_in_headers(fresh, enrolled)
    key = Ed25519PrivateKey.generate()
    public_key = b64url(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    registered = client.post(
        "/v2/device/key",
        json={"public_key": public_key},
        headers={"Authorization": f"Bearer {enrolled['credential']}"},
    )
    assert registered.status_code == 204, registered.text
    issued = client.post("/v2/auth/challenge", json={"device_id": enrolled["device_id"]})
    assert issued.status_code == 200, issued.text
    challenge = issued.json()
    signature = key.sign(
        challenge_message(challenge["device_id"], challenge["nonce"], challenge["expires_at"])
    )
    reply = client.post(
        "/v2/auth/token",
        json={
            "device_id": challenge["device_id"],
            "nonce": challenge["nonce"],
            "signature": b64url(signature),
        },
    )
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['token']}"}
