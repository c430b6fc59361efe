"""A small HTTP client of the staff API for a desk (protocol/staff.py).

Like the device's SyncClient: TLS certificates always verified (plain http only to a
loopback address), redirects never followed, every 2xx reply validated against its model,
the bearer token (at most an hour) held in this object only. Errors carry the HTTP status
and the server's error code and message (the server's messages never echo the request).
"""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from outreach_app.charity.desk_keys import DeskKeys
from outreach_app.protocol.device_auth import Challenge, DeviceToken
from outreach_app.protocol.errors import ErrorBody
from outreach_app.protocol.signed_alerts import SignedAlert
from outreach_app.protocol.staff import (
    STAFF_ACK_PATH,
    STAFF_ALERTS_PATH,
    STAFF_CHALLENGE_PATH,
    STAFF_DEVICES_PATH,
    STAFF_ENROLL_CODES_PATH,
    STAFF_ENROLL_PATH,
    STAFF_ENVELOPES_PATH,
    STAFF_ORGS_PATH,
    STAFF_REGIONS_PATH,
    STAFF_STATS_PATH,
    STAFF_TOKEN_PATH,
    STAFF_WITHDRAWN_PATH,
    AckResult,
    AlertChange,
    DeskEnrollResponse,
    EnrollCode,
    EnvelopePage,
    StaffDevice,
    StaffOrg,
    StaffRegion,
    StaffStats,
    WithdrawnResult,
)

M = TypeVar("M", bound=BaseModel)
TIMEOUT_S = 30.0


class StaffClientError(Exception):
    """The server could not be reached, refused, or answered something that is not the protocol."""

    def __init__(self, message: str, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def check_server_url(url: str) -> str:
    """`url` without a trailing slash; https, or http to a loopback address only."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url.rstrip("/")
    if parts.scheme == "http":
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if loopback:
            return url.rstrip("/")
    raise StaffClientError("the server address must be https:// (plain http only to this machine)")


class StaffClient:
    def __init__(
        self, url: str, keys: DeskKeys, desk_id: str | None, *, transport: httpx.BaseTransport | None = None
    ):
        self.url = check_server_url(url)
        self.keys = keys
        self.desk_id = desk_id
        self._token: str | None = None
        self._http = httpx.Client(
            base_url=self.url, timeout=TIMEOUT_S, follow_redirects=False, verify=True, transport=transport
        )

    def __repr__(self) -> str:
        return f"<StaffClient {self.url}>"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> StaffClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ---

    def _send(
        self, method: str, path: str, *, json: Any = None, params: dict[str, str] | None = None
    ) -> bytes:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            reply = self._http.request(method, path, json=json, params=params, headers=headers)
        except httpx.HTTPError as exc:
            raise StaffClientError(f"could not reach the server ({type(exc).__name__})") from None
        if reply.status_code >= 300:
            code = message = None
            try:
                body = ErrorBody.model_validate_json(reply.content)
                code, message = body.code, body.message
            except ValidationError:
                pass
            raise StaffClientError(
                f"the server refused ({reply.status_code}{' ' + code if code else ''})"
                + (f": {message}" if message else ""),
                reply.status_code,
                code,
            )
        return reply.content

    def _call(self, model: type[M], method: str, path: str, **kwargs: Any) -> M:
        raw = self._send(method, path, **kwargs)
        try:
            return model.model_validate_json(raw)
        except ValidationError:
            raise StaffClientError("the server's reply is not the staff protocol") from None

    def _call_list(self, model: type[M], method: str, path: str) -> list[M]:
        raw = self._send(method, path)
        try:
            return TypeAdapter(list[model]).validate_json(raw)  # type: ignore[valid-type]
        except ValidationError:
            raise StaffClientError("the server's reply is not the staff protocol") from None

    # --- enrolment and sign-in ---

    def enroll(self, code: str, label: str) -> DeskEnrollResponse:
        body = {
            "code": code,
            "label": label,
            "public_key": self.keys.auth_public(),
            "request_id": str(uuid.uuid4()),
            "role": self.keys.role.value,
        }
        answer = self._call(DeskEnrollResponse, "POST", STAFF_ENROLL_PATH, json=body)
        if answer.role.value != self.keys.role.value:
            raise StaffClientError(
                f"the code is for a {answer.role.value} desk, this desk is {self.keys.role.value}"
            )
        self.desk_id = str(answer.desk_id)
        return answer

    def sign_in(self) -> None:
        if self.desk_id is None:
            raise StaffClientError("this desk is not enrolled with a server yet (`outreach desk enroll`)")
        challenge = self._call(Challenge, "POST", STAFF_CHALLENGE_PATH, json={"device_id": self.desk_id})
        signature = self.keys.answer(challenge)
        body = {"device_id": self.desk_id, "nonce": challenge.nonce, "signature": signature}
        token = self._call(DeviceToken, "POST", STAFF_TOKEN_PATH, json=body)
        self._token = token.token

    # --- envelopes ---

    def pull(self, purpose: str, *, after: str | None = None, acknowledged: bool = False) -> EnvelopePage:
        params = {"purpose": purpose}
        if after is not None:
            params["after"] = after
        if acknowledged:
            params["acknowledged"] = "true"
        return self._call(EnvelopePage, "GET", STAFF_ENVELOPES_PATH, params=params)

    def acknowledge(self, envelope_ids: Sequence[str]) -> int:
        return self._call(
            AckResult, "POST", STAFF_ACK_PATH, json={"envelope_ids": list(envelope_ids)}
        ).acknowledged

    def withdrawn(self, envelope_ids: Sequence[str]) -> list[str]:
        answer = self._call(
            WithdrawnResult, "POST", STAFF_WITHDRAWN_PATH, json={"envelope_ids": list(envelope_ids)}
        )
        return [str(i) for i in answer.withdrawn]

    # --- alerts ---

    def publish(self, signed: SignedAlert) -> AlertChange:
        document = signed.model_dump(mode="json", exclude_none=True)
        return self._call(AlertChange, "POST", STAFF_ALERTS_PATH, json=document)

    def set_alert_status(self, alert_id: str, action: str) -> AlertChange:
        return self._call(AlertChange, "POST", f"{STAFF_ALERTS_PATH}/{alert_id}/{action}")

    def alerts(self) -> list[AlertChange]:
        return self._call_list(AlertChange, "GET", STAFF_ALERTS_PATH)

    # --- admin ---

    def regions(self) -> list[StaffRegion]:
        return self._call_list(StaffRegion, "GET", STAFF_REGIONS_PATH)

    def add_region(self, region_id: str, name: str) -> StaffRegion:
        return self._call(StaffRegion, "POST", STAFF_REGIONS_PATH, json={"id": region_id, "name": name})

    def orgs(self) -> list[StaffOrg]:
        return self._call_list(StaffOrg, "GET", STAFF_ORGS_PATH)

    def create_org(self, name: str, region_ids: Sequence[str]) -> StaffOrg:
        return self._call(
            StaffOrg, "POST", STAFF_ORGS_PATH, json={"name": name, "region_ids": list(region_ids)}
        )

    def enroll_code(self, org: str, expires_hours: int) -> EnrollCode:
        body = {"org": org, "expires_hours": expires_hours}
        return self._call(EnrollCode, "POST", STAFF_ENROLL_CODES_PATH, json=body)

    def devices(self) -> list[StaffDevice]:
        return self._call_list(StaffDevice, "GET", STAFF_DEVICES_PATH)

    def revoke_device(self, device_id: str) -> None:
        self._send("POST", f"{STAFF_DEVICES_PATH}/{device_id}/revoke")

    # --- statistics (any desk) ---

    def stats(self, first_month: str, last_month: str) -> StaffStats:
        """The monthly aggregates summed across organisations for first..last (YYYY-MM)."""
        params = {"from": first_month, "to": last_month}
        return self._call(StaffStats, "GET", STAFF_STATS_PATH, params=params)
