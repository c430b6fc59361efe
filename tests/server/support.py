"""Helpers for the server tests: a settable clock, an app with two organisations, reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import Engine

from outreach_app.protocol.verifier import new_withdrawal_code, withdrawal_verifier
from outreach_app.server.app import create_app
from outreach_app.server.core.config import RateLimit, ServerSettings
from outreach_app.server.db import orgs
from tests.server.asgi_client import AsgiClient


class FakeClock:
    """A settable UTC clock (and a monotonic one) so expiry and rate limits need no sleeps."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
        self.mono = 1000.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self.now += step
        self.mono += step.total_seconds()


@dataclass
class Enrolled:
    device_id: str
    credential: str
    org_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.credential}"}


@dataclass
class World:
    """A running in-process app with org A (regions north, east) and org B (region south)."""

    app: FastAPI
    client: AsgiClient
    engine: Engine
    clock: FakeClock
    org_a: str
    org_b: str
    devices: dict[str, Enrolled] = field(default_factory=dict)

    def code(self, org_id: str, hours: int = 24) -> str:
        with self.engine.begin() as conn:
            return orgs.create_enroll_code(conn, org_id, hours, self.clock)

    def enrol(self, org_id: str, label: str = "Laptop 1") -> Enrolled:
        reply = self.client.post("/v1/enroll", json={"code": self.code(org_id), "device_label": label})
        assert reply.status_code == 200, reply.text
        body = reply.json()
        return Enrolled(body["device_id"], body["credential"], org_id)

    @property
    def a(self) -> Enrolled:
        if "a" not in self.devices:
            self.devices["a"] = self.enrol(self.org_a, "A laptop")
        return self.devices["a"]

    @property
    def b(self) -> Enrolled:
        if "b" not in self.devices:
            self.devices["b"] = self.enrol(self.org_b, "B laptop")
        return self.devices["b"]


def make_report(region: str = "north", *, code: str | None = None, **changes: Any) -> dict[str, Any]:
    """A valid SharedReport as wire JSON (alert + statistics sections)."""
    report: dict[str, Any] = {
        "schema_version": 1,
        "report_id": str(uuid.uuid4()),
        "region_id": region,
        "date": "2026-03-02",
        "part_of_day": "night",
        "incident_types": ["physical_assault", "robbery_theft"],
        "withdrawal_verifier": withdrawal_verifier(code or new_withdrawal_code()),
        "alert": {
            "perpetrators": [
                {
                    "gender": "man",
                    "age_min": 30,
                    "age_max": 45,
                    "online_handles": ["dodgydave"],
                    "hair": "bald",
                }
            ],
            "vehicles": [{"make": "Ford", "colour": "blue", "registration": "AB12CDE"}],
            "weapon_used": True,
            "summary": "Took money back with a knife",
        },
        "statistics": {"age_band": "25_34", "gender": "woman", "injured": True, "weapon_used": True},
    }
    report.update(changes)
    return report


def settings_for(db_url: str, **overrides: Any) -> ServerSettings:
    return ServerSettings(
        db_url=db_url,
        **{
            "device_limit": RateLimit(burst=1000, per_minute=1000),
            "enroll_ip_limit": RateLimit(burst=1000, per_minute=1000),
            "verifier_org_limit": RateLimit(burst=1000, per_minute=1000),
            "verifier_device_limit": RateLimit(burst=1000, per_minute=1000),
            "verifier_ip_limit": RateLimit(burst=1000, per_minute=1000),
            **overrides,
        },
    )


def build_world(db_url: str, engine: Engine, clock: FakeClock, **overrides: Any) -> World:
    app = create_app(
        settings_for(db_url, **overrides), engine=engine, clock=clock, monotonic_clock=clock.monotonic
    )
    with engine.begin() as conn:
        for region_id, name in (("north", "North"), ("east", "East"), ("south", "South")):
            orgs.add_region(conn, region_id, name, clock)
        org_a = orgs.create_org(conn, "Project A", ["north", "east"], clock).id
        org_b = orgs.create_org(conn, "Project B", ["south"], clock).id
    return World(app, None, engine, clock, org_a, org_b)  # type: ignore[arg-type]
