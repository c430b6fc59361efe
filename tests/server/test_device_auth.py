"""Device keys and short-lived tokens on the server (issue 16), on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from outreach_app.server.core import tokens
from outreach_app.server.db.device_auth import MAX_LIVE_CHALLENGES
from outreach_app.server.db.tables import device_challenges, device_tokens, devices
from tests.server.support import World, answer, challenge, register_key, sign_in


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _alerts(world: World, token: str) -> int:
    return world.client.get("/v2/alerts", headers=_bearer(token)).status_code


def test_a_token_works_for_an_hour_then_is_refused(world: World) -> None:
    device = world.a
    token = device.credential
    assert _alerts(world, token) == 200
    world.clock.advance(seconds=3599)
    assert _alerts(world, token) == 200
    world.clock.advance(seconds=1)
    assert _alerts(world, token) == 401, "expired on the server's clock"
    assert device.key is not None
    fresh = sign_in(world.client, device.device_id, device.key)
    assert _alerts(world, fresh) == 200


def test_the_server_keeps_only_hashes_of_tokens_and_the_public_key(world: World) -> None:
    device = world.a
    with world.engine.begin() as conn:
        held = conn.execute(select(device_tokens).where(device_tokens.c.device_id == device.device_id)).all()
        row = conn.execute(select(devices).where(devices.c.id == device.device_id)).one()
    assert [r.token_hash for r in held] == [tokens.hash_secret(device.credential)]
    assert device.credential not in str([tuple(r) for r in held])
    assert row.credential_hash is None and row.public_key


def test_a_replayed_challenge_is_refused(world: World) -> None:
    device = world.a
    assert device.key is not None
    issued = challenge(world.client, device.device_id)
    assert answer(world.client, device.key, issued).status_code == 200
    replay = answer(world.client, device.key, issued)
    assert replay.status_code == 401 and replay.json()["code"] == "unauthorized"


def test_a_wrong_signature_spends_the_challenge(world: World) -> None:
    device = world.a
    assert device.key is not None
    issued = challenge(world.client, device.device_id)
    assert answer(world.client, Ed25519PrivateKey.generate(), issued).status_code == 401
    assert answer(world.client, device.key, issued).status_code == 401, "no second try with it"


def test_a_challenge_of_one_device_cannot_be_answered_for_another(world: World) -> None:
    a, b = world.a, world.b
    assert a.key is not None and b.key is not None
    issued = challenge(world.client, a.device_id)
    as_b = {**issued, "device_id": b.device_id}
    assert answer(world.client, b.key, as_b).status_code == 401


def test_an_expired_challenge_is_refused(world: World) -> None:
    device = world.a
    assert device.key is not None
    issued = challenge(world.client, device.device_id)
    world.clock.advance(seconds=120)
    assert answer(world.client, device.key, issued).status_code == 401


def test_unknown_revoked_and_keyless_devices_get_no_challenge(world: World) -> None:
    unknown = world.client.post("/v2/auth/challenge", json={"device_id": str(uuid.uuid4())})
    assert unknown.status_code == 401
    reply = world.client.post(
        "/v2/enroll",
        json={"code": world.code(world.org_a), "device_label": "New", "request_id": str(uuid.uuid4())},
    )
    keyless = reply.json()["device_id"]
    assert world.client.post("/v2/auth/challenge", json={"device_id": keyless}).status_code == 401
    device = world.a
    assert world.client.delete("/v2/device", headers=device.headers).status_code == 204
    assert _alerts(world, device.credential) == 401, "its token died with it"
    assert world.client.post("/v2/auth/challenge", json={"device_id": device.device_id}).status_code == 401


def test_unanswered_challenges_are_capped_per_device(world: World) -> None:
    device = world.a
    assert device.key is not None
    first = challenge(world.client, device.device_id)
    for _ in range(MAX_LIVE_CHALLENGES):
        world.clock.advance(seconds=1)
        challenge(world.client, device.device_id)
    with world.engine.begin() as conn:
        live = conn.execute(
            select(device_challenges).where(device_challenges.c.device_id == device.device_id)
        ).all()
    assert len(live) == MAX_LIVE_CHALLENGES
    assert answer(world.client, device.key, first).status_code == 401, "the oldest was dropped"


def test_the_enrolment_credential_registers_one_key_and_nothing_else(world: World) -> None:
    reply = world.client.post(
        "/v2/enroll",
        json={"code": world.code(world.org_a), "device_label": "New", "request_id": str(uuid.uuid4())},
    )
    body = reply.json()
    one_time = body["credential"]
    for path in ("/v2/alerts", "/v2/regions", "/v2/audit-head"):
        assert world.client.get(path, headers=_bearer(one_time)).status_code == 401, path
    assert world.client.delete("/v2/device", headers=_bearer(one_time)).status_code == 401
    key = Ed25519PrivateKey.generate()
    assert register_key(world.client, one_time, key).status_code == 204
    assert register_key(world.client, one_time, Ed25519PrivateKey.generate()).status_code == 401
    assert _alerts(world, sign_in(world.client, body["device_id"], key)) == 200


def test_a_malformed_public_key_is_refused_and_the_credential_stays_usable(world: World) -> None:
    reply = world.client.post(
        "/v2/enroll",
        json={"code": world.code(world.org_a), "device_label": "New", "request_id": str(uuid.uuid4())},
    )
    one_time = reply.json()["credential"]
    bad = world.client.post("/v2/device/key", json={"public_key": "A" * 42}, headers=_bearer(one_time))
    assert bad.status_code == 422
    assert register_key(world.client, one_time, Ed25519PrivateKey.generate()).status_code == 204
