"""Bad input gets a clear error, changes nothing and is never echoed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from outreach_app.protocol.errors import ErrorBody
from outreach_app.server.app import OPEN_MAX_BODY_BYTES
from outreach_app.server.db.tables import envelopes
from tests.server.asgi_client import asgi_client
from tests.server.support import FakeClock, World, build_world, make_envelope

LIMIT = 64 * 1024


@pytest.fixture
def small_world(db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    w = build_world(db_url, engine, clock, max_body_bytes=LIMIT)
    with asgi_client(w.app) as client:
        w.client = client
        yield w


ORG = str(uuid.uuid4())  # the size and shape checks come before the organisation's


def _nothing_stored(world: World) -> None:
    with world.engine.begin() as conn:
        assert conn.execute(select(envelopes)).all() == []


def _error(reply: object, status: int, code: str) -> None:
    assert reply.status_code == status, reply.text  # type: ignore[attr-defined]
    body = ErrorBody.model_validate(reply.json())  # type: ignore[attr-defined]
    assert body.code == code and body.message


def test_declared_oversized_body_is_413_before_reading(small_world: World) -> None:
    items = [make_envelope(ORG) for _ in range(120)]
    body = json.dumps({"envelopes": items}).encode()
    assert len(body) > LIMIT
    reply = small_world.client.post(
        "/v2/envelopes",
        content=body,
        headers={**small_world.a.headers, "content-type": "application/json"},
    )
    _error(reply, 413, "payload_too_large")
    _nothing_stored(small_world)


def test_streamed_oversized_body_is_413(small_world: World) -> None:
    items = [make_envelope(ORG) for _ in range(120)]
    body = json.dumps({"envelopes": items}).encode()

    async def chunks():  # no Content-Length: a chunked upload counted as it arrives
        for start in range(0, len(body), 4096):
            yield body[start : start + 4096]

    reply = small_world.client.post(
        "/v2/envelopes",
        content=chunks(),
        headers={**small_world.a.headers, "content-type": "application/json"},
    )
    _error(reply, 413, "payload_too_large")
    _nothing_stored(small_world)


def test_body_under_the_limit_passes(small_world: World) -> None:
    reply = small_world.client.post(
        "/v2/envelopes", json={"envelopes": [make_envelope(ORG)]}, headers=small_world.a.headers
    )
    assert reply.status_code == 200


def test_a_request_without_a_credential_may_send_only_a_small_body(world: World) -> None:
    """Enrolment (no credential) takes 16 KiB at most, declared or streamed: strangers
    cannot fill the server's body budget with a few large uploads."""
    code = world.code(world.org_a)
    padded = json.dumps({"code": code, "device_label": "Laptop", "pad": " " * OPEN_MAX_BODY_BYTES}).encode()

    async def chunks():  # no Content-Length
        for start in range(0, len(padded), 1024):
            yield padded[start : start + 1024]

    for content in (padded, chunks()):
        reply = world.client.post("/v2/enroll", content=content, headers={"content-type": "application/json"})
        _error(reply, 413, "payload_too_large")
        assert reply.headers["connection"] == "close"
    # Nothing was spent: the code still enrols, and a device's batch may still be large.
    enrol = {"code": code, "device_label": "Laptop", "request_id": str(uuid.uuid4())}
    assert world.client.post("/v2/enroll", json=enrol).status_code == 200
    batch = {"envelopes": [make_envelope(ORG) for _ in range(40)]}
    assert len(json.dumps(batch)) > OPEN_MAX_BODY_BYTES
    assert world.client.post("/v2/envelopes", json=batch, headers=world.a.headers).status_code == 200


def test_malformed_json_is_400(world: World) -> None:
    for body in (b'{"envelopes": [', b"\xff\xfe", b"not json", b'{"envelopes": [{"a": 1}]'):
        reply = world.client.post(
            "/v2/envelopes", content=body, headers={**world.a.headers, "content-type": "application/json"}
        )
        _error(reply, 400, "bad_request")
    _nothing_stored(world)


def test_deep_nesting_is_400_before_parsing(world: World) -> None:
    for depth in (17, 100, 100_000):
        body = b'{"envelopes": ' + b"[" * depth + b"]" * depth + b"}"
        reply = world.client.post(
            "/v2/envelopes", content=body, headers={**world.a.headers, "content-type": "application/json"}
        )
        _error(reply, 400, "bad_request")


def test_not_json_media_type_is_415(world: World) -> None:
    reply = world.client.post(
        "/v2/envelopes",
        content=json.dumps({"envelopes": [make_envelope(ORG)]}),
        headers={**world.a.headers, "content-type": "text/plain"},
    )
    _error(reply, 415, "unsupported_media_type")
    _nothing_stored(world)


def test_validation_errors_never_echo_input(world: World, canary: str) -> None:
    item = make_envelope(ORG)
    item["header"]["region"] = canary * 100  # too long
    item["header"]["desk_id"] = canary
    item["unexpected_" + canary] = canary
    reply = world.client.post("/v2/envelopes", json={"envelopes": [item]}, headers=world.a.headers)
    _error(reply, 422, "validation_failed")
    assert canary not in reply.text and "unexpected" not in reply.text
    enrol = world.client.post(
        "/v2/enroll", json={"code": canary, "device_label": canary * 10, "request_id": str(uuid.uuid4())}
    )
    assert enrol.status_code == 422 and canary not in enrol.text


def test_too_long_strings_are_refused(world: World) -> None:
    item = make_envelope(ORG)
    item["ciphertext"] = "A" * (300 * 1024)
    reply = world.client.post("/v2/envelopes", json={"envelopes": [item]}, headers=world.a.headers)
    _error(reply, 422, "validation_failed")


def test_unknown_paths_and_methods_use_the_error_body(world: World) -> None:
    _error(world.client.get("/v2/nothing-here"), 404, "not_found")
    _error(world.client.get("/v2/envelopes", headers=world.a.headers), 405, "method_not_allowed")


def test_nesting_hidden_behind_brackets_in_strings_is_still_refused(world: World) -> None:
    # Every "]" inside a string cancels the "[" before it for a count that ignores strings:
    # the nesting is 20_001 deep while a naive bracket count never passes 1.
    depth = 20_000
    hidden = b"[" + b'"]",[' * depth + b"]" * (depth + 1)
    for path, body in (
        ("/v2/envelopes", b'{"envelopes": ' + hidden + b"}"),
        ("/v2/withdrawals", b'{"verifiers": ' + hidden + b"}"),
    ):
        reply = world.client.post(
            path, content=body, headers={**world.a.headers, "content-type": "application/json"}
        )
        _error(reply, 400, "bad_request")
    _nothing_stored(world)
