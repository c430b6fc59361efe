"""Enrolment: one-time codes (hashed, single use, expiring), credentials (hashed), revocation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from outreach_app.protocol.enrollment import EnrollResponse, Region, RegionList
from outreach_app.server.core import tokens
from outreach_app.server.db import orgs
from outreach_app.server.db.tables import devices, enroll_codes
from tests.server.support import World

AUTH_ENDPOINTS = [
    ("POST", "/v1/reports/batch", {"reports": []}),
    ("POST", "/v1/withdrawals", {"withdrawals": []}),
    ("GET", "/v1/alerts", None),
    ("GET", "/v1/regions", None),
    ("POST", "/v1/stats", {"rows": []}),
    ("POST", "/v1/audit-head", {"sequence": 1, "chain_hash": "0" * 64}),
    ("GET", "/v1/audit-head", None),
    ("DELETE", "/v1/device", None),
]


def _enrol(world: World, code: str, label: str = "Laptop 2") -> tuple[int, dict[str, object]]:
    reply = world.client.post("/v1/enroll", json={"code": code, "device_label": label})
    return reply.status_code, reply.json()


def test_enrolment_returns_device_credential_and_the_orgs_regions(world: World) -> None:
    status, body = _enrol(world, tokens.group_code(world.code(world.org_a)))
    assert status == 200
    reply = EnrollResponse.model_validate(body)
    assert reply.organisation_name == "Project A"
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
    reply = world.client.get("/v1/regions", headers=device.headers)
    assert reply.status_code == 200
    assert RegionList.model_validate(reply.json()) == RegionList(
        regions=[Region(id="north", name="North"), Region(id="west", name="West")]
    )
    other = world.client.get("/v1/regions", headers=world.b.headers).json()
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
    reply = world.client.post("/v1/enroll", json={"code": "ZZZZ-ZZZZ-ZZZZ-QQQQ-ZZZZ", "device_label": "x"})
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
    assert world.client.get("/v1/alerts", headers=device.headers).status_code == 200
    with world.engine.begin() as conn:
        orgs.revoke_device(conn, device.device_id, world.clock)
    reply = world.client.get("/v1/alerts", headers=device.headers)
    assert reply.status_code == 401
    other = world.b
    assert world.client.get("/v1/alerts", headers=other.headers).status_code == 200


def test_device_can_revoke_itself(world: World) -> None:
    device = world.a
    assert world.client.delete("/v1/device", headers=device.headers).status_code == 204
    assert world.client.get("/v1/alerts", headers=device.headers).status_code == 401
    assert world.client.delete("/v1/device", headers=device.headers).status_code == 401
    with world.engine.begin() as conn:
        listed = orgs.list_devices(conn, world.org_a)
    assert [d.revoked_on for d in listed if d.id == device.device_id] == [world.clock().date()]


def test_a_device_revoking_itself_touches_no_other_device(world: World) -> None:
    a, b = world.a, world.b
    a2 = world.enrol(world.org_a, "A laptop 2")
    assert world.client.delete("/v1/device", headers=b.headers).status_code == 204
    assert world.client.get("/v1/alerts", headers=a.headers).status_code == 200
    assert world.client.get("/v1/alerts", headers=a2.headers).status_code == 200
    with world.engine.begin() as conn:
        revoked = [d.id for d in orgs.list_devices(conn) if d.revoked_on is not None]
    assert revoked == [b.device_id]
