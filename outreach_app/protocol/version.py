"""Protocol versions, paths and the health reply (docs/protocol.md, "Versioning").

v1 lives under `/v1/`. A later major version gets its own prefix (`/v2/`) and its own
`schema_version`; a server that speaks both lists them in `GET /v1/health`, and a sealed v1
payload is always sent to a v1 path (its hash covers its bytes, so it is never upgraded).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from outreach_app.protocol.base import ResponseModel

PROTOCOL_VERSION = 1
"""The major version this code speaks."""
SCHEMA_VERSION = 1
"""`schema_version` of every v1 request body that carries one."""
SUPPORTED_PROTOCOL_VERSIONS: tuple[int, ...] = (1,)

API_PREFIX = "/v1"
HEALTH_PATH = f"{API_PREFIX}/health"
ENROLL_PATH = f"{API_PREFIX}/enroll"
ENROLL_CONFIRM_PATH = f"{API_PREFIX}/enroll/confirm"
DEVICE_PATH = f"{API_PREFIX}/device"
DEVICE_KEY_PATH = f"{API_PREFIX}/device/key"
AUTH_CHALLENGE_PATH = f"{API_PREFIX}/auth/challenge"
AUTH_TOKEN_PATH = f"{API_PREFIX}/auth/token"
REPORTS_BATCH_PATH = f"{API_PREFIX}/reports/batch"
WITHDRAWALS_PATH = f"{API_PREFIX}/withdrawals"
ALERTS_PATH = f"{API_PREFIX}/alerts"
STATS_PATH = f"{API_PREFIX}/stats"
AUDIT_HEAD_PATH = f"{API_PREFIX}/audit-head"
REGIONS_PATH = f"{API_PREFIX}/regions"

SchemaVersion = Literal[1]

# --- protocol v2 (issue 21): replaces v1; a v1 request is answered 426 `update_required` ---
V2_PROTOCOL_VERSION = 2
V2_PREFIX = "/v2"
V2_HEALTH_PATH = f"{V2_PREFIX}/health"
V2_ENROLL_PATH = f"{V2_PREFIX}/enroll"
V2_ENROLL_CONFIRM_PATH = f"{V2_PREFIX}/enroll/confirm"
V2_DEVICE_PATH = f"{V2_PREFIX}/device"
V2_DEVICE_KEY_PATH = f"{V2_PREFIX}/device/key"
V2_AUTH_CHALLENGE_PATH = f"{V2_PREFIX}/auth/challenge"
V2_AUTH_TOKEN_PATH = f"{V2_PREFIX}/auth/token"
V2_KEY_BUNDLE_PATH = f"{V2_PREFIX}/key-bundle"
"""GET: the server's installed SignedKeyBundle (a device takes a rotation only if its pinned
root signed it with a higher version)."""
V2_ENVELOPES_PATH = f"{V2_PREFIX}/envelopes"
V2_WITHDRAWALS_PATH = f"{V2_PREFIX}/withdrawals"
V2_ALERTS_PATH = f"{V2_PREFIX}/alerts"
V2_STATS_PATH = f"{V2_PREFIX}/stats"
V2_AUDIT_HEAD_PATH = f"{V2_PREFIX}/audit-head"
V2_REGIONS_PATH = f"{V2_PREFIX}/regions"


class HealthResponse(ResponseModel):
    """`GET /v1/health` (no authentication).

    Attributes:
        status: always "ok" when the server answers at all.
        protocol_versions: the major versions the server speaks; a client uses the highest
            it also speaks, and sends each sealed payload to the version it was sealed in.
    """

    protocol_versions: Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=1, max_length=16)] = (
        Field(default_factory=lambda: [PROTOCOL_VERSION])
    )
    status: Literal["ok"] = "ok"
