"""Enrolment: one-time codes (hashed, single use, expiring), credentials (hashed), revocation."""

from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select

from outreach_app.protocol.enrollment import Region, RegionList
from outreach_app.protocol.enrollment_v2 import EnrollResponseV2 as EnrollResponse
from outreach_app.protocol.enrollment_v2 import code_proof_matches
from outreach_app.protocol.keys import SignedKeyBundle, verify_bundle
from outreach_app.protocol.signing import SignatureError, public_key_b64
from outreach_app.server.core import tokens
from outreach_app.server.db import key_bundles, orgs
from outreach_app.server.db.tables import devices, enroll_codes
from outreach_app.server.db.tables import key_bundles as key_bundles_table
from tests.server.support import World, charity

AUTH_ENDPOINTS = [
    ("POST", "/v2/envelopes", {"envelopes": []}),
    ("POST", "/v2/withdrawals", {"verifiers": []}),
    ("GET", "/v2/alerts", None),
    ("GET", "/v2/key-bundle", None),
    ("GET", "/v2/regions", None),
    ("POST", "/v2/stats", {"rows": []}),
    ("POST", "/v2/audit-head", {"sequence": 1, "chain_hash": "0" * 64}),
    ("GET", "/v2/audit-head", None),
    ("DELETE", "/v2/device", None),
]


def _enrol(world: World, code: str, label: str = "Laptop 2") -> tuple[int, dict[str, object]]:
    reply = world.client.post(
        "/v2/enroll", json={"code": code, "device_label": label, "request_id": str(uuid.uuid4())}
    )
    return reply.status_code, reply.json()


def test_enrolment_returns_device_credential_and_the_orgs_regions(world: World) -> None:
    status, body = _enrol(world, tokens.group_code(world.code(world.org_a)))
    assert status == 200
    reply = EnrollResponse.model_validate(body)
    assert reply.organisation_name == "Project A"
    assert str(reply.organisation_id) == world.org_a
    assert [(r.id, r.name) for r in reply.regions] == [("east", "East"), ("north", "North")]
    assert len(reply.credential) >= 22  # ≥ 128 random bits in URL-safe base64
    with world.engine.begin() as conn:
        row = conn.execute(select(devices).where(devices.c.id == str(reply.device_id))).one()
    assert row.org_id == world.org_a and row.label == "Laptop 2"
    assert row.credential_hash == tokens.hash_secret(reply.credential)
    assert reply.credential not in str(tuple(row))


def test_regions_give_the_orgs_regions_now_for_the_device_to_refresh(world: World) -> None:
    # An area made after enrolment must be mappable onto a region the org gained since.
    device = world.a
    with world.engine.begin() as conn:
        orgs.add_region(conn, "west", "West", world.clock)
        orgs.set_org_regions(conn, world.org_a, ["north", "west"])
    reply = world.client.get("/v2/regions", headers=device.headers)
    assert reply.status_code == 200
    assert RegionList.model_validate(reply.json()) == RegionList(
        regions=[Region(id="north", name="North"), Region(id="west", name="West")]
    )
    other = world.client.get("/v2/regions", headers=world.b.headers).json()
    assert "west" not in str(other)  # each device sees its own organisation's regions only


def test_code_is_at_least_128_bits_grouped_and_stored_only_hashed(world: World) -> None:
    code = world.code(world.org_a)
    assert len(code) * 5 >= 128 and set(code) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    grouped = tokens.group_code(code)
    assert all(len(group) == 4 for group in grouped.split("-")) and grouped.replace("-", "") == code
    with world.engine.begin() as conn:
        stored = [tuple(row) for row in conn.execute(select(enroll_codes))]
    assert code not in repr(stored)
    assert any(row[0] == tokens.hash_secret(code) for row in stored)


def test_code_typed_in_lower_case_with_spaces_works(world: World) -> None:
    code = world.code(world.org_b)
    typed = " ".join(tokens.group_code(code).split("-")).lower()
    status, body = _enrol(world, typed)
    assert status == 200 and body["organisation_name"] == "Project B"


def test_code_is_single_use(world: World) -> None:
    code = world.code(world.org_a)
    assert _enrol(world, code)[0] == 200
    status, body = _enrol(world, code)
    assert status == 403 and body == {
        "code": "enrollment_code_invalid",
        "message": "That enrolment code is unknown, used or expired.",
    }


def test_code_expires_after_24_hours_by_default(world: World) -> None:
    early, late = world.code(world.org_a), world.code(world.org_a)
    world.clock.advance(hours=23, minutes=59)
    assert _enrol(world, early)[0] == 200
    world.clock.advance(minutes=2)
    assert _enrol(world, late)[0] == 403


def test_code_expiry_is_configurable(world: World) -> None:
    code = world.code(world.org_a, hours=1)
    world.clock.advance(hours=1, seconds=1)
    assert _enrol(world, code)[0] == 403


def test_unknown_code_is_refused_without_echo(world: World) -> None:
    reply = world.client.post(
        "/v2/enroll",
        json={"code": "ZZZZ-ZZZZ-ZZZZ-QQQQ-ZZZZ", "device_label": "x", "request_id": str(uuid.uuid4())},
    )
    assert reply.status_code == 403 and "ZZZZZ" not in reply.text


@pytest.mark.parametrize(("method", "path", "body"), AUTH_ENDPOINTS)
def test_every_device_endpoint_needs_a_credential(world: World, method: str, path: str, body: object) -> None:
    for headers in (
        {},
        {"Authorization": "Bearer not-a-real-credential-123456"},
        {"Authorization": "Basic abc"},
    ):
        reply = world.client.request(method, path, json=body, headers=headers)
        assert reply.status_code == 401, (headers, reply.text)
        assert reply.json()["code"] == "unauthorized"
        assert reply.headers["www-authenticate"] == "Bearer"


def test_admin_revocation_fails_the_very_next_request(world: World) -> None:
    device = world.a
    assert world.client.get("/v2/alerts", headers=device.headers).status_code == 200
    with world.engine.begin() as conn:
        orgs.revoke_device(conn, device.device_id, world.clock)
    reply = world.client.get("/v2/alerts", headers=device.headers)
    assert reply.status_code == 401
    other = world.b
    assert world.client.get("/v2/alerts", headers=other.headers).status_code == 200


def test_device_can_revoke_itself(world: World) -> None:
    device = world.a
    assert world.client.delete("/v2/device", headers=device.headers).status_code == 204
    assert world.client.get("/v2/alerts", headers=device.headers).status_code == 401
    assert world.client.delete("/v2/device", headers=device.headers).status_code == 401
    with world.engine.begin() as conn:
        listed = orgs.list_devices(conn, world.org_a)
    assert [d.revoked_on for d in listed if d.id == device.device_id] == [world.clock().date()]


def test_a_device_revoking_itself_touches_no_other_device(world: World) -> None:
    a, b = world.a, world.b
    a2 = world.enrol(world.org_a, "A laptop 2")
    assert world.client.delete("/v2/device", headers=b.headers).status_code == 204
    assert world.client.get("/v2/alerts", headers=a.headers).status_code == 200
    assert world.client.get("/v2/alerts", headers=a2.headers).status_code == 200
    with world.engine.begin() as conn:
        revoked = [d.id for d in orgs.list_devices(conn) if d.revoked_on is not None]
    assert revoked == [b.device_id]


# --- protocol v2: the charity's key bundle and the proof that the server holds the code ----------


def test_enrolment_hands_over_the_signed_bundle_with_a_proof_of_the_code(world: World) -> None:
    code, request_id = world.code(world.org_a), str(uuid.uuid4())
    reply = world.client.post(
        "/v2/enroll", json={"code": code, "device_label": "L", "request_id": request_id}
    )
    assert reply.status_code == 200, reply.text
    body = EnrollResponse.model_validate(reply.json())
    root = public_key_b64(charity().root)
    assert verify_bundle(body.key_bundle, root) == charity().bundle().bundle
    assert code_proof_matches(tokens.group_code(code).lower(), request_id, body.key_bundle, body.code_proof)
    # The proof covers the request id: a reply replayed to another enrolment fails.
    assert not code_proof_matches(code, str(uuid.uuid4()), body.key_bundle, body.code_proof)


def test_a_bundle_swapped_in_the_middle_fails_the_code_proof(world: World) -> None:
    """A proxy that substitutes its own root-signed bundle cannot make the proof without the
    code, and one that keeps the proof fails it; either way the device refuses."""
    code, request_id = world.code(world.org_a), str(uuid.uuid4())
    body = world.client.post(
        "/v2/enroll", json={"code": code, "device_label": "L", "request_id": request_id}
    ).json()
    genuine = EnrollResponse.model_validate(body)
    attacker = Ed25519PrivateKey.generate()
    swapped = charity().bundle(root=attacker)
    assert not code_proof_matches(code, request_id, swapped, genuine.code_proof)
    with pytest.raises(SignatureError):
        verify_bundle(swapped, public_key_b64(charity().root))


def test_without_an_installed_bundle_enrolment_waits_and_keeps_the_code(world: World) -> None:
    with world.engine.begin() as conn:
        conn.execute(delete(key_bundles_table))
    code = world.code(world.org_a)
    status, body = _enrol(world, code)
    assert status == 503 and body["code"] == "unavailable"
    with world.engine.begin() as conn:
        key_bundles.install(conn, charity().bundle(), world.clock)
    assert _enrol(world, code)[0] == 200


def test_devices_fetch_the_current_bundle_after_a_rotation(world: World) -> None:
    device = world.a
    with world.engine.begin() as conn:
        key_bundles.install(conn, charity().bundle(version=2), world.clock)
    reply = world.client.get("/v2/key-bundle", headers=device.headers)
    assert reply.status_code == 200
    assert SignedKeyBundle.model_validate(reply.json()).bundle.version == 2


def test_a_bundle_is_installed_only_when_signed_by_the_same_root_with_a_higher_version(world: World) -> None:
    with world.engine.begin() as conn, pytest.raises(key_bundles.BundleRefusedError, match="not newer"):
        key_bundles.install(conn, charity().bundle(version=1), world.clock)
    with world.engine.begin() as conn, pytest.raises(key_bundles.BundleRefusedError, match="another root"):
        key_bundles.install(conn, charity().bundle(version=5, root=Ed25519PrivateKey.generate()), world.clock)
    tampered = charity().bundle(version=6)
    tampered = tampered.model_copy(update={"bundle": tampered.bundle.model_copy(update={"version": 7})})
    with world.engine.begin() as conn, pytest.raises(key_bundles.BundleRefusedError, match="signature"):
        key_bundles.install(conn, tampered, world.clock)
    with world.engine.begin() as conn:
        assert key_bundles.current(conn) == charity().bundle(version=1)
