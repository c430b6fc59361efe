"""Server settings: one frozen object built from the CLI, the environment or a test.

pydantic-settings is not a dependency, so `ServerSettings.from_env()` reads the few
environment variables itself. Every limit the protocol documents lives here so a test or
a deployment can change it without touching code.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, model_validator

from outreach_app.protocol import limits
from outreach_app.protocol.device_auth import MAX_TOKEN_LIFETIME_S

DB_ENV = "OUTREACH_SERVER_DB"
VALIDATORS_ENV = "OUTREACH_SERVER_VALIDATORS"
OPENAPI_ENV = "OUTREACH_SERVER_OPENAPI"
PEER_KEY_FILE_ENV = "OUTREACH_SERVER_PEER_KEY_FILE"
MIN_PEER_KEY_BYTES = 16
MAX_VALIDATORS = 64
DEFAULT_DB_NAME = "outreach-server.db"
BODY_IDLE_TIMEOUT_S = 15.0
BODY_TOTAL_TIMEOUT_S = 120.0
"""A full 16 MiB batch at 1 Mbit/s takes about two minutes; a device's batches are far
smaller (1000 reports are about 1.5 MB)."""
MAX_BODY_BYTES_IN_FLIGHT = 8 * limits.MAX_BODY_BYTES
"""128 MiB: eight full bodies at once, or a hundred devices sending typical batches."""


class RateLimit(BaseModel):
    """A token bucket: `burst` requests at once, refilled at `per_minute`."""

    model_config = ConfigDict(frozen=True)

    burst: int = Field(ge=1)
    per_minute: float = Field(gt=0)


class ServerSettings(BaseModel):
    """Everything `create_app` needs besides the clock.

    Attributes:
        db_url: SQLAlchemy-style URL; `sqlite:///file.db` or `postgresql://…` (psycopg 3 is used).
        max_body_bytes: request bodies above this are refused with 413 before any parsing.
        max_json_depth: deeper JSON nesting is refused with 422 before model validation.
        body_idle_timeout_s / body_total_timeout_s: a body with a longer gap between two
            chunks, or not complete this long after the request started, is cut (408).
        max_body_bytes_in_flight: body bytes all requests of one process may hold at once;
            a request that would pass it gets 503 with Retry-After (core/body_limit.py).
        enroll_code_hours: default validity of a one-time enrolment code.
        token_lifetime_s: how long a device's bearer token works (at most an hour).
        challenge_lifetime_s: how long a challenge may be answered.
        device_limit: every authenticated request, per device (generous: a sync is a few calls).
        enroll_ip_limit: enrolment attempts per client address.
        auth_limit: challenges and token requests per device id, apart from `device_limit`.
            The app signs in once per sync pass (a pass that fails on a bad network is retried
            after a backoff, so a rough hour can mean many); the limit bounds the signature
            checks and challenge rows a caller can cause, not who may sign in.
        verifier_device_limit / verifier_ip_limit / verifier_org_limit: withdrawals by
            verifier alone, per device, per client address and per organisation.
        All rate limits are kept in the database, one bucket for every serving process
            (db/rate_buckets.py); per-address limits need the same `peer_key` in every
            process to be global (core/ratelimit.py).
        peer_key: the secret that keys client addresses (from the file named by
            OUTREACH_SERVER_PEER_KEY_FILE); None: a random one per process.
        envelope_retention_days: days an acknowledged envelope's ciphertext is kept
            (`outreach-server envelopes delete-acknowledged`).
        validator_processes: processes that validate and hash envelope batches for this
            serving process (0: it does so itself; api/batch_prep.py says when more helps).
    """

    model_config = ConfigDict(frozen=True)

    db_url: str
    max_body_bytes: int = Field(default=limits.MAX_BODY_BYTES, ge=1024)
    max_json_depth: int = Field(default=limits.MAX_JSON_DEPTH, ge=4)
    body_idle_timeout_s: float = Field(default=BODY_IDLE_TIMEOUT_S, gt=0)
    body_total_timeout_s: float = Field(default=BODY_TOTAL_TIMEOUT_S, gt=0)
    max_body_bytes_in_flight: int = Field(default=MAX_BODY_BYTES_IN_FLIGHT, ge=1024)
    enroll_code_hours: int = Field(default=24, ge=1)
    token_lifetime_s: int = Field(default=MAX_TOKEN_LIFETIME_S, ge=60, le=MAX_TOKEN_LIFETIME_S)
    challenge_lifetime_s: int = Field(default=120, ge=10, le=600)
    device_limit: RateLimit = RateLimit(burst=2000, per_minute=6000)
    enroll_ip_limit: RateLimit = RateLimit(burst=10, per_minute=10)
    auth_limit: RateLimit = RateLimit(burst=200, per_minute=60)
    verifier_device_limit: RateLimit = RateLimit(burst=10, per_minute=5)
    verifier_ip_limit: RateLimit = RateLimit(burst=20, per_minute=10)
    verifier_org_limit: RateLimit = RateLimit(burst=30, per_minute=20)
    validator_processes: int = Field(default=0, ge=0, le=MAX_VALIDATORS)
    serve_openapi: bool = False
    peer_key: bytes | None = Field(default=None, min_length=MIN_PEER_KEY_BYTES, repr=False)
    envelope_retention_days: int = Field(default=30, ge=0)

    @model_validator(mode="after")
    def _one_body_fits_in_flight(self) -> ServerSettings:
        if self.max_body_bytes_in_flight < self.max_body_bytes:
            raise ValueError("max_body_bytes_in_flight must be at least max_body_bytes")
        return self

    @classmethod
    def from_env(cls, db: str | None = None) -> ServerSettings:
        """Settings with the DB from `db`, else OUTREACH_SERVER_DB, else the default file;
        validator processes from OUTREACH_SERVER_VALIDATORS (default 0); the OpenAPI document
        served when OUTREACH_SERVER_OPENAPI is 1."""
        return cls(
            db_url=resolve_db_url(db),
            validator_processes=int(os.environ.get(VALIDATORS_ENV) or 0),
            serve_openapi=os.environ.get(OPENAPI_ENV) == "1",
            peer_key=read_peer_key(os.environ.get(PEER_KEY_FILE_ENV)),
        )


def read_peer_key(path: str | None) -> bytes | None:
    """The peer key in the file `path` (its bytes, surrounding whitespace dropped), or None
    when no file is named. Raises ValueError for a key shorter than MIN_PEER_KEY_BYTES."""
    if not path:
        return None
    secret = Path(path).read_bytes().strip()
    if len(secret) < MIN_PEER_KEY_BYTES:
        raise ValueError(f"the peer key file must hold at least {MIN_PEER_KEY_BYTES} bytes")
    return secret


def default_db_path() -> Path:
    """A SQLite file in the current directory if one is there, else in the platform data dir."""
    here = Path.cwd() / DEFAULT_DB_NAME
    if here.exists():
        return here
    data_dir = Path(platformdirs.user_data_dir("OutreachServer", appauthor=False))
    return data_dir / DEFAULT_DB_NAME


def default_db_url() -> str:
    return f"sqlite:///{default_db_path()}"


def resolve_db_url(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return from_env
    return default_db_url()
