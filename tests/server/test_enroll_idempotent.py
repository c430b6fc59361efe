"""Idempotent enrolment (issue 17): a request id holds the code until the device confirms.

A reply lost on the way back must not burn the code or leave an orphan: the device retries
with the same code and request id and gets the same device (a fresh credential replaces the
lost one); the code is spent only when the device confirms; a device that never confirms
expires with its code and is listed as such.
"""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from outreach_app.server.core import tokens
from outreach_app.server.db import orgs
from tests.server.support import World, register_key


def _enrol(world: World, code: str, request_id: str | None, label: str = "Laptop 2") -> tuple[int, dict]:  # type: ignore[type-arg]
    body: dict[str, object] = {"code": code, "device_label": label}
    if request_id is not None:
        body["request_id"] = request_id
    reply = world.client.post("/v2/enroll", json=body)
    return reply.status_code, reply.json()


def _confirm(world: World, credential: str) -> int:
    """Confirm as a device does: register its key with the enrolment credential (issue 16)."""
    return register_key(world.client, credential, Ed25519PrivateKey.generate()).status_code


def _states(world: World) -> dict[str, str]:
    with world.engine.begin() as conn:
        return {d.id: d.state for d in orgs.list_devices(conn, world.org_a, world.clock)}


def test_a_retry_with_the_same_request_id_gets_the_same_device_and_the_lost_credential_dies(
    world: World,
) -> None:
    code, request_id = world.code(world.org_a), str(uuid.uuid4())
    status, first = _enrol(world, code, request_id)
    assert status == 200
    status, again = _enrol(world, tokens.group_code(code).lower(), request_id)
    assert status == 200
    assert again["device_id"] == first["device_id"] and again["credential"] != first["credential"]
    assert _states(world) == {first["device_id"]: "unconfirmed"}
    assert _confirm(world, first["credential"]) == 401, "the lost credential was replaced"
    assert _confirm(world, again["credential"]) == 204
    assert _states(world) == {first["device_id"]: "active"}
    # Confirmed: the code is spent, for this request id too.
    assert _enrol(world, code, request_id)[0] == 403
    # The enrolment credential was good for that one call: a second key is refused.
    assert _confirm(world, again["credential"]) == 401
    assert _states(world) == {first["device_id"]: "active"}


def test_another_request_id_cannot_take_a_held_code(world: World) -> None:
    code = world.code(world.org_a)
    assert _enrol(world, code, str(uuid.uuid4()))[0] == 200
    status, body = _enrol(world, code, str(uuid.uuid4()))
    assert status == 403 and body["code"] == "enrollment_code_invalid"
    assert len(_states(world)) == 1


def test_the_enrolment_credential_opens_nothing_but_key_registration(world: World) -> None:
    code = world.code(world.org_a)
    _, body = _enrol(world, code, str(uuid.uuid4()))
    bearer = {"Authorization": f"Bearer {body['credential']}"}
    assert world.client.get("/v2/alerts", headers=bearer).status_code == 401
    assert world.client.post("/v2/enroll/confirm", headers=bearer).status_code == 401
    assert _states(world) == {body["device_id"]: "unconfirmed"}
    assert _confirm(world, body["credential"]) == 204
    assert _states(world) == {body["device_id"]: "active"}
    assert _enrol(world, code, str(uuid.uuid4()))[0] == 403


def test_an_unconfirmed_device_expires_with_its_code_and_is_listed_as_expired(world: World) -> None:
    code, request_id = world.code(world.org_a), str(uuid.uuid4())
    _, body = _enrol(world, code, request_id)
    world.clock.advance(hours=24, minutes=1)
    assert _states(world) == {body["device_id"]: "expired"}
    assert _confirm(world, body["credential"]) == 401
    assert _enrol(world, code, request_id)[0] == 403


def test_a_request_without_a_request_id_is_refused_and_spends_nothing(world: World) -> None:
    """v2 needs the request id: the code proof covers it."""
    code = world.code(world.org_a)
    assert _enrol(world, code, None)[0] == 422 and _states(world) == {}
    assert _enrol(world, code, str(uuid.uuid4()))[0] == 200
