"""Enrolment is rate-limited per client address (429 + Retry-After), with an injected clock."""

from __future__ import annotations

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
    bad = {"code": "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "device_label": "x"}
    assert world.client.post("/v1/enroll", json=bad).status_code == 403
    assert world.client.post("/v1/enroll", json=bad).status_code == 403
    limited = world.client.post("/v1/enroll", json=bad)
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    assert int(limited.headers["retry-after"]) == 60
    # Even a valid code waits: the limit is on attempts, not failures.
    good = {"code": world.code(world.org_a), "device_label": "x"}
    assert world.client.post("/v1/enroll", json=good).status_code == 429
    world.clock.advance(seconds=60)
    assert world.client.post("/v1/enroll", json=good).status_code == 200
