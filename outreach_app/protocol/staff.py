"""The staff API (`/v2/staff/...`, issue 22): what the charity's desks send and receive.

A desk is a charity staff machine with a role: `alerts` (reads alert envelopes, publishes
signed alerts), `police` (reads police intelligence and referral envelopes) or `admin`
(manages regions, organisations, enrolment codes and devices; reads no envelope). It
enrols once with a desk code (`outreach-server desk-code --role R`) and its own Ed25519
public key, then signs in as a device does: a single-use challenge signed with its key
buys a token of at most an hour. The signed message has its own domain
(`DESK_CHALLENGE_DOMAIN`), so a desk's signature can never pass as a device's or the
other way round.

The server still cannot read an envelope: it hands the desk the clear header and the
ciphertext, and the desk opens it with its private key (which never leaves the desk).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import UUID4, Field, StrictInt

from outreach_app.protocol.base import Label, RegionId, RequestModel, ResponseModel, ShortText
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.device_auth import PublicKey
from outreach_app.protocol.envelopes import Envelope
from outreach_app.protocol.keys import ROLE_PURPOSES, DeskRole
from outreach_app.protocol.version import V2_PREFIX

STAFF_PREFIX = f"{V2_PREFIX}/staff"
STAFF_ENROLL_PATH = f"{STAFF_PREFIX}/enroll"
STAFF_CHALLENGE_PATH = f"{STAFF_PREFIX}/auth/challenge"
STAFF_TOKEN_PATH = f"{STAFF_PREFIX}/auth/token"
STAFF_ENVELOPES_PATH = f"{STAFF_PREFIX}/envelopes"
STAFF_ACK_PATH = f"{STAFF_PREFIX}/envelopes/ack"
STAFF_WITHDRAWN_PATH = f"{STAFF_PREFIX}/envelopes/withdrawn"
STAFF_ALERTS_PATH = f"{STAFF_PREFIX}/alerts"
STAFF_REGIONS_PATH = f"{STAFF_PREFIX}/regions"
STAFF_ORGS_PATH = f"{STAFF_PREFIX}/orgs"
STAFF_ENROLL_CODES_PATH = f"{STAFF_PREFIX}/enroll-codes"
STAFF_DEVICES_PATH = f"{STAFF_PREFIX}/devices"
STAFF_STATS_PATH = f"{STAFF_PREFIX}/stats"
STAFF_OPEN_PATHS = frozenset({STAFF_ENROLL_PATH, STAFF_CHALLENGE_PATH, STAFF_TOKEN_PATH})
"""Served without a token (their bodies are small)."""

DESK_CHALLENGE_DOMAIN = b"outreach-desk-token-v1\x00"
MAX_STAFF_PAGE = 500
"""Most envelopes one pull returns (a page: the desk acknowledges and asks again)."""
MAX_STAFF_IDS = 1000
MAX_STATS_MONTHS = 120
"""The longest period one statistics request covers (ten years, as the desk's report allows)."""
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


class StaffRole(StrEnum):
    ALERTS = "alerts"
    POLICE = "police"
    ADMIN = "admin"


def staff_purposes(role: StaffRole) -> frozenset[str]:
    """The envelope purposes a desk of `role` may read (none for admin)."""
    if role is StaffRole.ADMIN:
        return frozenset()
    return frozenset(p.value for p in ROLE_PURPOSES[DeskRole(role.value)])


def stats_period(first: str | None, last: str | None) -> tuple[str, str]:
    """The months of `GET /v2/staff/stats?from=..&to=..` checked: both given, `YYYY-MM`, in
    order, at most MAX_STATS_MONTHS. ValueError says what is wrong (never echoing the value)."""
    if not first or not last:
        raise ValueError("give the period as from=YYYY-MM and to=YYYY-MM")
    parts = []
    for name, value in (("from", first), ("to", last)):
        match = _MONTH.match(value)
        if match is None:
            raise ValueError(f"{name} is not a month (YYYY-MM)")
        parts.append(int(match.group(1)) * 12 + int(match.group(2)))
    if parts[1] < parts[0]:
        raise ValueError("the period ends before it starts")
    if parts[1] - parts[0] + 1 > MAX_STATS_MONTHS:
        raise ValueError(f"the period is longer than {MAX_STATS_MONTHS} months")
    return first, last


def desk_challenge_message(desk_id: str, nonce: str, expires_at: int) -> bytes:
    """The bytes a desk signs to answer a challenge (both sides build them the same way)."""
    body = {"desk_id": desk_id.lower(), "expires_at": expires_at, "nonce": nonce}
    return DESK_CHALLENGE_DOMAIN + canonical_json(body)


class DeskEnrollRequest(RequestModel):
    """Body of `POST /v2/staff/enroll`: the one-time desk code, the desk's label, role and
    public key, and a request id (a retry after a lost reply gets the same desk). A code of
    another role is refused and stays unspent."""

    code: Annotated[str, Field(min_length=16, max_length=64)]
    label: Label
    public_key: PublicKey
    request_id: UUID4
    role: StaffRole


class DeskEnrollResponse(ResponseModel):
    desk_id: UUID4
    role: StaffRole


class EnvelopePage(ResponseModel):
    """`GET /v2/staff/envelopes?purpose=P[&after=ID][&acknowledged=true]`: still sealed."""

    envelopes: Annotated[list[Envelope], Field(max_length=MAX_STAFF_PAGE)] = Field(default_factory=list)
    has_more: bool = False


class EnvelopeIds(RequestModel):
    envelope_ids: Annotated[list[UUID4], Field(min_length=1, max_length=MAX_STAFF_IDS)]


class AckResult(ResponseModel):
    acknowledged: Annotated[StrictInt, Field(ge=0)]


class WithdrawnResult(ResponseModel):
    """Which of the named envelopes were withdrawn by the person (or never existed)."""

    withdrawn: Annotated[list[UUID4], Field(max_length=MAX_STAFF_IDS)] = Field(default_factory=list)


class AlertChange(ResponseModel):
    alert_id: UUID4
    status: Annotated[str, Field(max_length=20)]
    version: Annotated[StrictInt, Field(ge=1)]
    fingerprint: Annotated[str, Field(max_length=64)]


class StaffRegion(RequestModel):
    id: RegionId
    name: ShortText


class StaffOrgRequest(RequestModel):
    name: ShortText
    region_ids: Annotated[list[RegionId], Field(min_length=1, max_length=200)]


class StaffOrg(ResponseModel):
    id: str
    name: str
    region_ids: list[str]


class EnrollCodeRequest(RequestModel):
    org: Annotated[str, Field(min_length=1, max_length=200)]
    expires_hours: Annotated[StrictInt, Field(ge=1, le=24 * 14)] = 24


class EnrollCode(ResponseModel):
    """Shown once: the server keeps only its hash."""

    code: str
    org_id: str
    expires_hours: int


class StaffDevice(ResponseModel):
    id: str
    org_id: str
    label: str
    enrolled_on: dt.date
    revoked_on: dt.date | None = None
    state: str


class StaffStatsRow(ResponseModel):
    """One cell of the charity's statistics: every organisation's exact count for a month,
    region (None: areas mapped to no region) and measure (`incidents`, `supplies.condoms`...).
    Exact: the desk applies the disclosure rule wherever it shows or prints them."""

    month: Annotated[str, Field(max_length=7)]
    region_id: Annotated[str, Field(max_length=64)] | None = None
    measure: Annotated[str, Field(max_length=81)]
    count: StrictInt


class StaffStats(ResponseModel):
    """`GET /v2/staff/stats?from=YYYY-MM&to=YYYY-MM` (any desk): the monthly aggregates summed
    across organisations (no organisation column), months inclusive, sorted."""

    first_month: str
    last_month: str
    rows: list[StaffStatsRow] = Field(default_factory=list)
