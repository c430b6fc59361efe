"""HTTP transport to the charity server (protocol v1), with every reply validated.

- The credential travels only in `Authorization: Bearer …`; never in a URL or a log.
- TLS certificates are always verified (the system's trust store, or a CA bundle the
  charity gave); plain http is only accepted for loopback (`server_address`).
- Redirects are never followed: a 3xx is a captive portal or a proxy, never our server.
- A 2xx reply counts only if it is JSON that validates against the protocol model;
  anything else (an HTML login page with 200, a truncated body) is `InvalidReplyError`,
  which the engine treats like a network failure: everything stays queued.

Errors carry only HTTP statuses, protocol error codes and fixed texts (never the reply body).
"""

from __future__ import annotations

import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import httpx
from pydantic import ValidationError

from outreach_app.protocol.alerts import AlertFeed
from outreach_app.protocol.audit import AuditHead, AuditHeadReceipt
from outreach_app.protocol.base import ResponseModel
from outreach_app.protocol.enrollment import EnrollRequest, EnrollResponse
from outreach_app.protocol.errors import ClientAction, ErrorBody, action_for_status
from outreach_app.protocol.limits import ALERT_FEED_DEFAULT_LIMIT
from outreach_app.protocol.receipts import BatchReceipts
from outreach_app.protocol.stats import StatsReceipt, StatsUpload
from outreach_app.protocol.version import (
    ALERTS_PATH,
    AUDIT_HEAD_PATH,
    DEVICE_PATH,
    ENROLL_PATH,
    HEALTH_PATH,
    REPORTS_BATCH_PATH,
    STATS_PATH,
    WITHDRAWALS_PATH,
    HealthResponse,
)
from outreach_app.protocol.withdrawals import WithdrawalBatch, WithdrawalResults
from outreach_app.sync.backoff import parse_retry_after
from outreach_app.sync.server_address import normalise_server_url

M = TypeVar("M", bound=ResponseModel)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)
USER_AGENT = "outreach-device/1"


class SyncTransportError(Exception):
    """Base of everything the client raises. `action` says what the engine does next."""

    action: ClientAction = ClientAction.RETRY
    retry_after_s: float | None = None


class NetworkError(SyncTransportError):
    """No reply: connect/read timeout, reset, DNS or TLS failure. Retry."""


class UntrustedServerError(NetworkError):
    """The server's certificate could not be verified (never accepted; retried like any
    network failure, but named so the worker sees why)."""


class InvalidReplyError(SyncTransportError):
    """A reply that is not the protocol's: a redirect, HTML, a body that does not validate. Retry."""


@dataclass
class HttpStatusError(SyncTransportError):
    """A non-2xx reply.

    Attributes:
        status: the HTTP status.
        action: from `protocol.errors.action_for_status` (batch size considered).
        code: the protocol error code when the body was an ErrorBody (else None).
        retry_after_s: from Retry-After, if given.
    """

    status: int
    action: ClientAction
    code: str | None = None
    retry_after_s: float | None = None

    def __post_init__(self) -> None:
        super().__init__(f"the server answered HTTP {self.status}")

    def reason(self) -> str:
        """A readable reason to show the worker (a fixed text by status and code)."""
        code = f" ({self.code})" if self.code else ""
        return f"refused by the server: HTTP {self.status}{code}"


def _ssl_context(ca_bundle: Path | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca_bundle) if ca_bundle is not None else None)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


class SyncClient:
    """One server, one credential (None before enrolment). Close it (or use `with`).

    Args:
        server_url: any form `normalise_server_url` accepts.
        credential: the bearer token; never logged, never in a URL.
        ca_bundle: a PEM file of CA certificates to trust instead of the system's.
        timeout: httpx timeouts (tests use small ones).
        transport: an httpx transport (MockTransport in protocol edge-case tests).
        keepalive: reuse connections (the fault tests turn it off so each request gets
            its own connection).
    """

    def __init__(
        self,
        server_url: str,
        credential: str | None = None,
        *,
        ca_bundle: Path | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        keepalive: bool = True,
    ) -> None:
        self.base_url = normalise_server_url(server_url)
        self._credential = credential
        limits = httpx.Limits(max_keepalive_connections=5 if keepalive else 0)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        self._http = httpx.Client(
            base_url=self.base_url,
            headers=headers,
            timeout=timeout,
            verify=_ssl_context(ca_bundle),
            follow_redirects=False,
            transport=transport,
            limits=limits,
            trust_env=False,  # no proxy or netrc credentials picked up from the environment
        )

    def __repr__(self) -> str:
        return f"<SyncClient {self.base_url}>"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- endpoints ---------------------------------------------------------------------

    def health(self) -> HealthResponse:
        return self._request("GET", HEALTH_PATH, HealthResponse, auth=False)

    def enroll(self, code: str, device_label: str) -> EnrollResponse:
        body = EnrollRequest(code=code, device_label=device_label).model_dump_json().encode()
        return self._request("POST", ENROLL_PATH, EnrollResponse, content=body, auth=False)

    def post_reports(self, payloads: Sequence[str]) -> BatchReceipts:
        """POST the sealed payloads exactly as stored (their bytes are what was hashed)."""
        body = ('{"reports":[' + ",".join(payloads) + "]}").encode("utf-8")
        return self._request(
            "POST", REPORTS_BATCH_PATH, BatchReceipts, content=body, batch_size=len(payloads)
        )

    def post_withdrawals(self, batch: WithdrawalBatch) -> WithdrawalResults:
        body = batch.model_dump_json(exclude_none=True).encode()
        return self._request(
            "POST", WITHDRAWALS_PATH, WithdrawalResults, content=body, batch_size=len(batch.withdrawals)
        )

    def get_alerts(self, since: str | None, limit: int = ALERT_FEED_DEFAULT_LIMIT) -> AlertFeed:
        params: dict[str, str | int] = {"limit": limit}
        if since:
            params["since"] = since
        return self._request("GET", ALERTS_PATH, AlertFeed, params=params)

    def post_stats(self, upload: StatsUpload) -> StatsReceipt:
        body = upload.model_dump_json(exclude_none=True).encode()
        return self._request("POST", STATS_PATH, StatsReceipt, content=body, batch_size=len(upload.rows))

    def post_audit_head(self, head: AuditHead) -> AuditHeadReceipt:
        return self._request(
            "POST", AUDIT_HEAD_PATH, AuditHeadReceipt, content=head.model_dump_json().encode()
        )

    def revoke_device(self) -> None:
        """`DELETE /v1/device`: revoke this device's own credential (204)."""
        self._send("DELETE", DEVICE_PATH, auth=True, batch_size=1)

    # ----- plumbing ----------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        content: bytes | None = None,
        params: dict[str, str | int] | None = None,
        auth: bool = True,
        batch_size: int = 1,
    ) -> M:
        reply = self._send(method, path, content=content, params=params, auth=auth, batch_size=batch_size)
        content_type = reply.headers.get("content-type", "")
        if not content_type.startswith("application/json"):
            raise InvalidReplyError("the reply was not JSON (a captive portal or a proxy?)")
        try:
            return model.model_validate_json(reply.content)
        except ValidationError:
            raise InvalidReplyError("the reply does not match the protocol") from None

    def _send(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None = None,
        params: dict[str, str | int] | None = None,
        auth: bool,
        batch_size: int,
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"} if content is not None else {}
        if auth:
            if not self._credential:
                raise HttpStatusError(401, ClientAction.REENROL, "unauthorized")
            headers["Authorization"] = f"Bearer {self._credential}"
        try:
            reply = self._http.request(method, path, content=content, params=params, headers=headers)
        except httpx.ConnectError as exc:
            if _is_certificate_error(exc):
                raise UntrustedServerError("the server's certificate is not trusted") from None
            raise NetworkError("could not connect to the server") from None
        except httpx.TimeoutException:
            raise NetworkError("the server did not answer in time") from None
        except httpx.TransportError:
            raise NetworkError("the connection to the server failed") from None
        if 200 <= reply.status_code < 300:
            return reply
        if 300 <= reply.status_code < 400:
            raise InvalidReplyError(f"the reply was a redirect (HTTP {reply.status_code}), not the server")
        raise HttpStatusError(
            status=reply.status_code,
            action=action_for_status(reply.status_code, batch_size=batch_size),
            code=_error_code(reply),
            retry_after_s=parse_retry_after(reply.headers.get("retry-after"), datetime.now(UTC)),
        )


def _error_code(reply: httpx.Response) -> str | None:
    try:
        return ErrorBody.model_validate_json(reply.content).code
    except ValidationError:
        return None


def _is_certificate_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
