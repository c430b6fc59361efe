"""Helpers for the server tests: the charity's keys, an app with two organisations and an
installed key bundle, and sealed envelopes (protocol v2).

The clock is the shared one (tests/fake_clock.py), re-exported for the server tests' imports.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi import FastAPI
from sqlalchemy import Engine

from outreach_app.crypto.sealing import seal
from outreach_app.protocol.device_auth import TokenRequest, b64url, challenge_message
from outreach_app.protocol.envelopes import ciphertext_hash
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifier
from outreach_app.server.app import create_app
from outreach_app.server.core.config import RateLimit, ServerSettings
from outreach_app.server.db import device_auth, key_bundles, orgs
from tests import fastapi_fields
from tests.fake_clock import FakeClock as FakeClock
from tests.server.asgi_client import AsgiClient
from tests.server_harness import TestCharity

SERVER_START = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
"""Where the server tests' clocks start (the `clock_start` fixture; FakeClock(SERVER_START))."""


@dataclass
class Enrolled:
    """A device that enrolled, registered its key and signed in.

    Attributes:
        credential: its current bearer token (POST /v2/auth/token).
        key: its Ed25519 private key (in a real device: only inside the vault).
        enrolment_credential: the one-time credential of POST /v2/enroll (spent on the key).
    """

    device_id: str
    credential: str
    org_id: str
    key: Ed25519PrivateKey | None = None
    enrolment_credential: str = ""
    world: World | None = None
    token_until: datetime | None = None

    @property
    def headers(self) -> dict[str, str]:
        """Bearer headers; signs in again once the token has expired on the world's clock, as a
        device does (tests of expiry itself use `credential` directly)."""
        if self.world is not None and self.token_until is not None and self.world.clock() >= self.token_until:
            self.world.sign_in(self)
        return {"Authorization": f"Bearer {self.credential}"}


TOKEN_LIFETIME_S = 3600


def public_key_of(key: Ed25519PrivateKey) -> str:
    return b64url(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def register_key(client: Any, credential: str, key: Ed25519PrivateKey) -> httpx.Response:
    return client.post(  # type: ignore[no-any-return]
        "/v2/device/key",
        json={"public_key": public_key_of(key)},
        headers={"Authorization": f"Bearer {credential}"},
    )


def challenge(client: Any, device_id: str) -> dict[str, Any]:
    reply = client.post("/v2/auth/challenge", json={"device_id": device_id})
    assert reply.status_code == 200, reply.text
    body: dict[str, Any] = reply.json()
    return body


def answer(client: Any, key: Ed25519PrivateKey, issued: dict[str, Any]) -> httpx.Response:
    message = challenge_message(issued["device_id"], issued["nonce"], issued["expires_at"])
    return client.post(  # type: ignore[no-any-return]
        "/v2/auth/token",
        json={
            "device_id": issued["device_id"],
            "nonce": issued["nonce"],
            "signature": b64url(key.sign(message)),
        },
    )


def sign_in(client: Any, device_id: str, key: Ed25519PrivateKey) -> str:
    """A fresh bearer token for the device (challenge, signature, token)."""
    reply = answer(client, key, challenge(client, device_id))
    assert reply.status_code == 200, reply.text
    token: str = reply.json()["token"]
    return token


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
        """Enrol, register a fresh key and sign in, as a device does."""
        reply = self.client.post(
            "/v2/enroll",
            json={"code": self.code(org_id), "device_label": label, "request_id": str(uuid.uuid4())},
        )
        assert reply.status_code == 200, reply.text
        body = reply.json()
        key = Ed25519PrivateKey.generate()
        registered = register_key(self.client, body["credential"], key)
        assert registered.status_code == 204, registered.text
        device = Enrolled(body["device_id"], "", org_id, key, body["credential"], self)
        return self.sign_in(device)

    def sign_in(self, device: Enrolled) -> Enrolled:
        """The same device with a fresh token (after the old one expired)."""
        assert device.key is not None
        device.token_until = self.clock() + timedelta(seconds=TOKEN_LIFETIME_S)
        device.credential = sign_in(self.client, device.device_id, device.key)
        return device

    def enrolled(self, org_id: str, label: str) -> Enrolled:
        """A device as `enrol` leaves it (enrolled with a one-time code, its key registered,
        signed in), made through the database functions the three routes call, with this
        app's token and challenge lifetimes, but without the four requests. Over HTTP `a` and
        `b` cost ~28 and ~16 ms of CPU in every test that needs them, here ~11 and ~4 (the
        test's first request then pays ~4 ms more: the statements it shares with enrolment
        are compiled for this engine there); issue 19. What it skips is what the routes add
        around those calls (the per-address and per-device request buckets, the HTTP layer):
        test_enroll.py, test_enroll_idempotent.py and test_device_auth.py drive those over
        HTTP (`enrol`, `sign_in`)."""
        settings: ServerSettings = self.app.state.outreach.settings
        key = Ed25519PrivateKey.generate()
        with self.engine.begin() as conn:
            code = orgs.create_enroll_code(conn, org_id, 24, self.clock)
            granted = orgs.enroll_device(conn, code, label, str(uuid.uuid4()), self.clock)
            assert granted is not None
            registered = device_auth.register_key(conn, granted.credential, public_key_of(key), self.clock)
            assert registered is not None
            lifetime = settings.challenge_lifetime_s
            issued = device_auth.issue_challenge(conn, granted.device_id, self.clock, lifetime)
            assert issued is not None
            message = challenge_message(granted.device_id, issued.nonce, issued.expires_at)
            request = TokenRequest(
                device_id=granted.device_id,  # type: ignore[arg-type]
                nonce=issued.nonce,
                signature=b64url(key.sign(message)),
            )
            token = device_auth.redeem_challenge(conn, request, self.clock, settings.token_lifetime_s)
            assert token is not None
        device = Enrolled(granted.device_id, token[0].token, org_id, key, granted.credential, self)
        device.token_until = self.clock() + timedelta(seconds=TOKEN_LIFETIME_S)
        return device

    @property
    def a(self) -> Enrolled:
        if "a" not in self.devices:
            self.devices["a"] = self.enrolled(self.org_a, "A laptop")
        return self.devices["a"]

    @property
    def b(self) -> Enrolled:
        if "b" not in self.devices:
            self.devices["b"] = self.enrolled(self.org_b, "B laptop")
        return self.devices["b"]


# --- the charity's keys ---------------------------------------------------------------------


@cache
def charity() -> TestCharity:
    """The test session's charity (tests/server_harness.py)."""
    return TestCharity()


def make_alert(region_ids: list[str] | None = None, **changes: Any) -> dict[str, Any]:
    """A valid Alert as wire JSON."""
    alert: dict[str, Any] = {
        "alert_id": str(uuid.uuid4()),
        "version": 1,
        "title": "Warning: physical assault",
        "body": "Reported for the week beginning 2026-03-02.",
        "incident_types": ["physical_assault"],
        "perpetrators": [{"gender": "man", "online_handles": ["dodgydave"]}],
        "vehicles": [{"make": "Ford", "colour": "blue", "registration": "AB12CDE"}],
        "issued_on": "2026-03-04",
        "expires_on": "2026-06-02",
        "region_ids": region_ids or ["north"],
    }
    alert.update(changes)
    return alert


# --- envelopes -------------------------------------------------------------------------------


def make_content(purpose: str, envelope_id: str, region: str = "north", marker: str = "") -> dict[str, Any]:
    """A content of `purpose` (as protocol.contents has it), with `marker` in its free text."""
    summary = f"Took money back with a knife {marker}".strip()
    common: dict[str, Any] = {
        "content_version": 2,
        "envelope_id": envelope_id,
        "incident_types": ["physical_assault"],
        "part_of_day": "night",
        "region_id": region,
        "summary": summary,
        "purpose": purpose,
    }
    if purpose == "alert":
        return {**common, "date": "2026-03-02", "perpetrators": [{"online_handles": [f"h{marker}"[:30]]}]}
    return {**common, "month": "2026-03"}


def make_envelope(
    org: str,
    region: str = "north",
    purpose: str = "alert",
    *,
    code: str | None = None,
    marker: str = "",
    envelope_id: str | None = None,
    supersedes: str | None = None,
    month: str = "2026-03",
    content: bytes | None = None,
    **header_changes: Any,
) -> dict[str, Any]:
    """An envelope as wire JSON: content sealed to the desk of `purpose` (tests/server
    hold the desk keys, so a test can open it again)."""
    envelope_id = envelope_id or str(uuid.uuid4())
    desk_id, enc_public = charity().desk_for(purpose)
    plaintext = (
        content
        if content is not None
        else canonical_json_bytes(make_content(purpose, envelope_id, region, marker))
    )
    sealed = seal(plaintext, enc_public)
    header: dict[str, Any] = {
        "content_hash": ciphertext_hash(sealed),
        "desk_id": desk_id,
        "envelope_id": envelope_id,
        "month": month,
        "org": org,
        "purpose": purpose,
        "region": region,
        "supersedes": supersedes,
        "verifier": purpose_verifier(code or new_withdrawal_code(), purpose),
    }
    header.update(header_changes)
    return {"header": header, "ciphertext": base64.b64encode(sealed).decode("ascii")}


def canonical_json_bytes(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def post_envelopes(world: World, device: Enrolled, envelopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    reply = world.client.post("/v2/envelopes", json={"envelopes": envelopes}, headers=device.headers)
    assert reply.status_code == 200, reply.text
    receipts: list[dict[str, Any]] = reply.json()["receipts"]
    return receipts


def settings_for(db_url: str, **overrides: Any) -> ServerSettings:
    return ServerSettings(
        db_url=db_url,
        **{
            "device_limit": RateLimit(burst=1000, per_minute=1000),
            "enroll_ip_limit": RateLimit(burst=1000, per_minute=1000),
            "auth_limit": RateLimit(burst=1000, per_minute=1000),
            "verifier_org_limit": RateLimit(burst=1000, per_minute=1000),
            "verifier_device_limit": RateLimit(burst=1000, per_minute=1000),
            "verifier_ip_limit": RateLimit(burst=1000, per_minute=1000),
            **overrides,
        },
    )


def world_rows(engine: Engine, clock: FakeClock) -> tuple[str, str]:
    """The world's rows: regions north, east and south, org A (north, east), org B (south),
    the session charity's key bundle; (org A's id, org B's id)."""
    with engine.begin() as conn:
        for region_id, name in (("north", "North"), ("east", "East"), ("south", "South")):
            orgs.add_region(conn, region_id, name, clock)
        org_a = orgs.create_org(conn, "Project A", ["north", "east"], clock).id
        org_b = orgs.create_org(conn, "Project B", ["south"], clock).id
        key_bundles.install(conn, charity().bundle(), clock)
    return org_a, org_b


def build_world(
    db_url: str, engine: Engine, clock: FakeClock, *, rows: tuple[str, str] | None = None, **overrides: Any
) -> World:
    """A World on `engine`. `rows`: (org A, org B) when the database holds `world_rows`
    already (a copy of a template that does, tests/server/conftest.py); else they are made."""
    fastapi_fields.install()  # one app per test: its route fields from the process's cache
    app = create_app(
        settings_for(db_url, **overrides), engine=engine, clock=clock, bucket_clock=clock.monotonic
    )
    org_a, org_b = rows if rows is not None else world_rows(engine, clock)
    return World(app, None, engine, clock, org_a, org_b)  # type: ignore[arg-type]


def admin(db_url: str, *args: str) -> str:
    """`outreach-server ARGS --db DB_URL` in this process; its stdout (asserts exit code 0).

    For the set-up of tests that start a real `serve` subprocess: the admin CLI is not what
    they test (tests/server/test_cli.py does), and a subprocess per command paid a Python
    start-up and the CLI's imports (0.2-0.9 CPU-s each, measured under load; issue 19)."""
    from outreach_app.server.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([*args, "--db", db_url], out=out)
    assert code == 0, err.getvalue()
    return out.getvalue()


def bundle_file(folder: Path) -> Path:
    """The session charity's signed bundle in a file, for `outreach-server keys install-bundle`."""
    path = folder / "key-bundle.json"
    path.write_text(charity().bundle().model_dump_json(), encoding="utf-8")
    return path
