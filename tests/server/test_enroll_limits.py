"""Enrolment is rate-limited per client address (429 + Retry-After), with an injected clock."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from outreach_app.server.core.config import RateLimit
from tests.server.asgi_client import asgi_client
from tests.server.support import FakeClock, World, build_world


@pytest.fixture
def strict_world(db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    w = build_world(db_url, engine, clock, enroll_ip_limit=RateLimit(burst=2, per_minute=1))
    with asgi_client(w.app) as client:
        w.client = client
        yield w


def test_enrolment_attempts_are_rate_limited_per_address(strict_world: World) -> None:
    world = strict_world
    bad = {"code": "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "device_label": "x", "request_id": str(uuid.uuid4())}
    assert world.client.post("/v2/enroll", json=bad).status_code == 403
    assert world.client.post("/v2/enroll", json=bad).status_code == 403
    limited = world.client.post("/v2/enroll", json=bad)
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    assert int(limited.headers["retry-after"]) == 60
    # Even a valid code waits: the limit is on attempts, not failures.
    good = {"code": world.code(world.org_a), "device_label": "x", "request_id": str(uuid.uuid4())}
    assert world.client.post("/v2/enroll", json=good).status_code == 429
    world.clock.advance(seconds=60)
    assert world.client.post("/v2/enroll", json=good).status_code == 200


@pytest.fixture
def busy_world(db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    w = build_world(db_url, engine, clock, device_limit=RateLimit(burst=3, per_minute=60))
    with asgi_client(w.app) as client:
        w.client = client
        yield w


def test_every_authenticated_endpoint_is_rate_limited_per_device(busy_world: World) -> None:
    world = busy_world
    device, other = world.a, world.b
    for _ in range(3):
        assert world.client.get("/v2/alerts", headers=device.headers).status_code == 200
    limited = world.client.post("/v2/stats", json={"rows": [{"month": "2026-03"}]}, headers=device.headers)
    assert limited.status_code == 429 and limited.headers["retry-after"] == "1"
    assert world.client.get("/v2/alerts", headers=other.headers).status_code == 200
    world.clock.advance(seconds=1)
    assert world.client.get("/v2/alerts", headers=device.headers).status_code == 200
