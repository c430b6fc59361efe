"""Server hygiene (issue 16): protective headers on every reply, no OpenAPI document unless
enabled, and statistics only for the organisation's own regions."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Engine

from outreach_app.server.core.security_headers import HEADERS
from outreach_app.server.db import stats as stats_db
from tests.server.asgi_client import asgi_client
from tests.server.support import FakeClock, World, build_world

EXPECTED = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
}


def _assert_protected(reply: httpx.Response) -> None:
    assert {name: reply.headers.get(name) for name in EXPECTED} == EXPECTED, reply.status_code
    assert len(reply.headers.get_list("cache-control")) == 1


def test_the_expected_headers_are_the_ones_sent() -> None:
    assert {k.decode(): v.decode() for k, v in HEADERS} == EXPECTED


def _add_failing_route(app: FastAPI) -> None:
    def boom() -> dict[str, Any]:
        raise RuntimeError("a driver error that must not reach the client")

    app.add_api_route("/boom", boom)


def test_every_reply_carries_the_protective_headers(world: World) -> None:
    _add_failing_route(world.app)
    client = world.client
    replies = {
        200: client.get("/v2/health"),
        401: client.get("/v2/alerts"),
        404: client.get("/nowhere"),
        405: client.delete("/v2/health"),
        413: client.post(
            "/v2/envelopes",
            content=b"x" * (world.app.state.outreach.settings.max_body_bytes + 1),
            headers={**world.a.headers, "content-type": "application/json"},
        ),
        422: client.post("/v2/stats", json={"rows": []}, headers=world.a.headers),
        500: client.get("/boom"),
    }
    for status, reply in replies.items():
        assert reply.status_code == status
        _assert_protected(reply)


def test_openapi_is_not_served_by_default(world: World) -> None:
    reply = world.client.get("/openapi.json")
    assert (reply.status_code, reply.json()["code"]) == (404, "not_found")
    assert world.client.get("/docs").status_code == 404


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_openapi_is_served_when_the_setting_enables_it(db_url: str, engine: Engine, clock: FakeClock) -> None:
    world = build_world(db_url, engine, clock, serve_openapi=True)
    with asgi_client(world.app) as client:
        reply = client.get("/openapi.json")
    assert reply.status_code == 200
    paths = reply.json()["paths"]
    assert "/v2/envelopes" in paths
    assert "EnvelopeBatch" in json.dumps(paths["/v2/envelopes"])  # the documented body
    assert not any(path.startswith("/v1/") for path in paths)
    _assert_protected(reply)


def _post_stats(world: World, region: str | None) -> httpx.Response:
    row: dict[str, Any] = {"month": "2026-03", "contacts": 4, "aggregate_key": "ab" * 32}
    if region is not None:
        row["region_id"] = region
    return world.client.post("/v2/stats", json={"rows": [row]}, headers=world.a.headers)


@pytest.mark.parametrize("region", ["south", "atlantis"])
def test_stats_for_another_organisations_region_or_an_unknown_one_are_refused(
    world: World, region: str
) -> None:
    assert _post_stats(world, "north").status_code == 200
    refused = _post_stats(world, region)
    assert (refused.status_code, refused.json()["code"]) == (422, "validation_failed")
    with world.engine.begin() as conn:
        rows = stats_db.combine(conn)
    # Nothing of the refused upload was stored, and the earlier month is intact.
    assert [(r["region_id"], r["measure"], r["count"]) for r in rows] == [("north", "contacts", 4)]


def test_stats_for_the_organisations_own_regions_or_none_are_stored(world: World) -> None:
    assert _post_stats(world, "east").status_code == 200
    assert _post_stats(world, None).status_code == 200
