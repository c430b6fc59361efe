"""HTTP transport to the charity server (protocol v2), with every reply validated.

- The credential travels only in `Authorization: Bearer …`; never in a URL or a log.
- With a device key (`signer`), the bearer is a token of at most an hour, got by signing a
  server challenge and held in this object only (`sign_in`); a key not yet registered is
  registered first with the one-time credential (`register_with`), which then dies.
- TLS certificates are always verified (the system's trust store, or a CA bundle the
  charity gave); plain http is only accepted for loopback (`server_address`).
- Redirects are never followed: a 3xx is a captive portal or a proxy, never our server.
- Replies are streamed and capped (`reply_cap`): a declared Content-Length over the cap is
  refused unread, and reading stops once the cap is passed, so a hostile server or a captive
  portal cannot make the device hold gigabytes. Over the cap is `InvalidReplyError`.
- A 2xx reply counts only if it is JSON that validates against the protocol model;
  anything else (an HTML login page with 200, a truncated body) is `InvalidReplyError`,
  which the engine treats like a network failure: everything stays queued.

Errors carry only HTTP statuses, protocol error codes and fixed texts (never the reply body).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar
from uuid import UUID

import httpx
from pydantic import ValidationError

from outreach_app.protocol.aggregates import AggregateReceipt, AggregateUpload
from outreach_app.protocol.audit import AuditHead, AuditHeadReceipt
from outreach_app.protocol.base import RequestModel, ResponseModel
from outreach_app.protocol.device_auth import (
    Challenge,
    ChallengeRequest,
    DeviceKeyRequest,
    DeviceToken,
    TokenRequest,
)
from outreach_app.protocol.enrollment import RegionList
from outreach_app.protocol.enrollment_v2 import EnrollRequestV2, EnrollResponseV2
from outreach_app.protocol.envelopes import EnvelopeReceipts
from outreach_app.protocol.errors import ClientAction, ErrorBody, action_for_status
from outreach_app.protocol.keys import SignedKeyBundle
from outreach_app.protocol.limits import (
    ALERT_FEED_DEFAULT_LIMIT,
    MAX_BATCH_SIZE,
    MAX_REGIONS,
    MAX_STATS_ROWS,
    MAX_WITHDRAWAL_BATCH,
)
from outreach_app.protocol.signed_alerts import SignedAlertFeed
from outreach_app.protocol.subscriptions import SUBSCRIPTIONS_PATH, SubscribeRequest, SubscribeResponse
from outreach_app.protocol.version import (
    API_PREFIX,
    AUDIT_HEAD_PATH,
    AUTH_CHALLENGE_PATH,
    AUTH_TOKEN_PATH,
    DEVICE_KEY_PATH,
    DEVICE_PATH,
    ENROLL_CONFIRM_PATH,
    HEALTH_PATH,
    REGIONS_PATH,
    V2_ALERTS_PATH,
    V2_ENROLL_PATH,
    V2_ENVELOPES_PATH,
    V2_KEY_BUNDLE_PATH,
    V2_PREFIX,
    V2_STATS_PATH,
    V2_WITHDRAWALS_PATH,
    HealthResponse,
)
from outreach_app.protocol.withdrawals_v2 import VerifierWithdrawalBatch, VerifierWithdrawalResults
from outreach_app.sync.backoff import parse_retry_after
from outreach_app.sync.device_key import DeviceKey
from outreach_app.sync.held_tokens import HeldTokens, TokenKey
from outreach_app.sync.server_address import normalise_server_url

M = TypeVar("M", bound=ResponseModel)
S = TypeVar("S", bound=RequestModel)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)
USER_AGENT = "outreach-device/1"

# ----- reply size caps ---------------------------------------------------------------------
# The largest valid reply of each endpoint, from the protocol's limits: items per reply times
# an upper bound on one item's JSON (every text field at its max_length, each character
# written as a 6-byte \uXXXX escape, plus ids, hashes, dates and keys). A reply may be up to
# CAP_FACTOR times that before it is refused: the bounds are estimates, and refusing a valid
# reply would stall sync for good, while refusing an invalid one only retries.
CAP_FACTOR = 4
ENVELOPE_BYTES = 4 * 1024  # braces, keys, cursors, counts around the items
ERROR_BODY_BYTES = 4 * 1024  # code + a 500-character message
RECEIPT_BYTES = 4 * 1024  # ids, hash, status, date, reason code + 500-character message
WITHDRAWAL_RESULT_BYTES = 4 * 1024
REGION_BYTES = 2 * 1024  # id + a 200-character name
MONTH_BYTES = 16
ALERT_ENTRY_BYTES = 96 * 1024  # 10,000-character body, 4 KiB signature, 10 people, 10 vehicles, 100 regions
SMALL_REPLY_BYTES = 16 * 1024  # health, audit head receipt, challenge, token
KEY_BUNDLE_BYTES = 64 * 1024  # 64 desks of two keys and an id each, plus the signature
TOKEN_MARGIN_S = 60.0
"""A token is renewed this long before the server's lifetime for it runs out (clock drift,
a slow request)."""


def reply_cap(valid_bytes: int) -> int:
    """The most bytes read of a reply whose largest valid form is `valid_bytes`."""
    return CAP_FACTOR * (ENVELOPE_BYTES + valid_bytes)


ERROR_REPLY_CAP = reply_cap(ERROR_BODY_BYTES)


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
    """One server, one device (no credential before enrolment). Close it (or use `with`).

    Args:
        server_url: any form `normalise_server_url` accepts.
        credential: a fixed bearer credential (only the enrolment credential, for
            `register_key`, in the app; tests); never logged, never in a URL.
        signer: the device key: authenticated calls then use short-lived tokens (`sign_in`).
        register_with: a credential to register `signer`'s public key with before the
            first sign-in (a new enrolment, or a link enrolled before keys).
        monotonic: measures token lifetimes (tests pass a fake).
        ca_bundle: a PEM file of CA certificates to trust instead of the system's.
        timeout: httpx timeouts (tests use small ones).
        transport: an httpx transport (MockTransport in protocol edge-case tests).
        keepalive: reuse connections (the fault tests turn it off so each request gets
            its own connection).
        tokens: where live tokens are kept between clients (passes): a live one held there
            for this server and key is used instead of signing in (`sync/held_tokens.py`).
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
        signer: DeviceKey | None = None,
        register_with: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        tokens: HeldTokens | None = None,
    ) -> None:
        self.base_url = normalise_server_url(server_url)
        self._tokens = tokens
        self._credential = credential
        self._signer = signer
        self._register_with = register_with
        self._monotonic = monotonic
        self._token: str | None = None
        self._token_until = 0.0
        self.key_registered_now = False
        """True once this client registered the key with `register_with` (the caller then
        records that in the vault: the credential is dead)."""
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

    @staticmethod
    def _path(v1_path: str) -> str:
        """A shared endpoint's path under `/v2/` (the device speaks protocol v2 only; the
        endpoints both versions have keep their v1 names in `protocol.version`)."""
        return V2_PREFIX + v1_path.removeprefix(API_PREFIX)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- endpoints ---------------------------------------------------------------------

    def health(self) -> HealthResponse:
        return self._request(
            "GET", self._path(HEALTH_PATH), HealthResponse, auth=False, cap=reply_cap(SMALL_REPLY_BYTES)
        )

    def get_regions(self) -> RegionList:
        """`GET /v2/regions`: the organisation's regions now (refreshed at every sync)."""
        cap = reply_cap(SMALL_REPLY_BYTES + MAX_REGIONS * REGION_BYTES)
        return self._request("GET", self._path(REGIONS_PATH), RegionList, cap=cap)

    def post_audit_head(self, head: AuditHead) -> AuditHeadReceipt:
        return self._request(
            "POST",
            self._path(AUDIT_HEAD_PATH),
            AuditHeadReceipt,
            content=head.model_dump_json().encode(),
            cap=reply_cap(SMALL_REPLY_BYTES),
        )

    def confirm_enrolment(self) -> None:
        """`POST /v2/enroll/confirm` (204): a no-op since keys (registering the key confirms)."""
        self._send(
            "POST", self._path(ENROLL_CONFIRM_PATH), auth=True, batch_size=1, cap=reply_cap(SMALL_REPLY_BYTES)
        )

    def get_audit_head(self) -> AuditHeadReceipt | None:
        """`GET /v2/audit-head`: the head the server holds for this device (None: none yet)."""
        try:
            return self._request(
                "GET", self._path(AUDIT_HEAD_PATH), AuditHeadReceipt, cap=reply_cap(SMALL_REPLY_BYTES)
            )
        except HttpStatusError as exc:
            if exc.status == 404:
                return None
            raise

    # ----- the device key and its tokens --------------------------------------------------

    def register_key(self, credential: str, signer: DeviceKey) -> None:
        """`POST /v2/device/key` with the one-time `credential` (204); it is refused after."""
        body = DeviceKeyRequest(public_key=signer.public_key()).model_dump_json().encode()
        self._send(
            "POST",
            self._path(DEVICE_KEY_PATH),
            content=body,
            auth=False,
            bearer=credential,
            batch_size=1,
            cap=reply_cap(SMALL_REPLY_BYTES),
        )

    def sign_in(self) -> None:
        """Make sure a live token is held (registering the key first if that is still to do).

        A no-op without a signer. Raises HttpStatusError 401 (re-enrol) when the server does
        not know the key: revoked, or the old credential was spent by someone else first.
        """
        self._ensure_token()

    def _token_key(self, signer: DeviceKey) -> TokenKey:
        return self.base_url, signer.device_id, signer.public_key()

    def _ensure_token(self) -> bool:
        """`sign_in`; True when it signed in just now (a token the server refuses was then
        not an old one, and a fresh sign-in would not help)."""
        if self._signer is None or (self._token and self._monotonic() < self._token_until):
            return False
        self._token = None
        signer = self._signer
        if self._tokens is not None and self._register_with is None:
            held = self._tokens.take(self._token_key(signer), self._monotonic)
            if held is not None:
                self._token, self._token_until = held
                return False
        if self._register_with is not None:
            try:
                self.register_key(self._register_with, signer)
            except HttpStatusError as exc:
                # 401: spent already, maybe by this device in an attempt whose reply was lost;
                # the signed challenge below tells whether the server has this key.
                if exc.status != 401:
                    raise
        cap = reply_cap(SMALL_REPLY_BYTES)
        asked = ChallengeRequest(device_id=UUID(signer.device_id))
        challenge = self._request(
            "POST",
            self._path(AUTH_CHALLENGE_PATH),
            Challenge,
            content=asked.model_dump_json().encode(),
            auth=False,
            cap=cap,
        )
        try:
            signature = signer.answer(challenge)
        except ValueError:
            raise InvalidReplyError("the server's challenge named another device") from None
        answer = TokenRequest(
            device_id=challenge.device_id, nonce=challenge.nonce, signature=signature
        ).model_dump_json()
        started = self._monotonic()
        token = self._request(
            "POST", self._path(AUTH_TOKEN_PATH), DeviceToken, content=answer.encode(), auth=False, cap=cap
        )
        self._token = token.token
        self._token_until = started + max(1.0, token.expires_in - TOKEN_MARGIN_S)
        if self._tokens is not None:
            self._tokens.hold(self._token_key(signer), self._token, self._token_until, self._monotonic)
        if self._register_with is not None:
            self._register_with = None
            self.key_registered_now = True
        return True

    def forget_held_tokens(self) -> None:
        """Forget this device's tokens here and where tokens are held between passes."""
        self._token = None
        if self._tokens is not None and self._signer is not None:
            self._tokens.forget(self._signer.device_id)

    def revoke_device(self) -> None:
        """`DELETE /v2/device`: revoke this device's own credential (204)."""
        self._send(
            "DELETE", self._path(DEVICE_PATH), auth=True, batch_size=1, cap=reply_cap(SMALL_REPLY_BYTES)
        )

    # ----- plumbing ----------------------------------------------------------------------

    # --- protocol v2 (issue 21) ---------------------------------------------------------

    def enroll_v2(self, code: str, device_label: str, request_id: UUID) -> EnrollResponseV2:
        """`POST /v2/enroll`: the reply adds the signed key bundle and the code proof, which the
        caller must check (sync/enrollment_v2.check_enrolment_reply) before trusting anything."""
        request = EnrollRequestV2(code=code, device_label=device_label, request_id=request_id)
        body = request.model_dump_json(exclude_none=True).encode()
        cap = reply_cap(SMALL_REPLY_BYTES + MAX_REGIONS * REGION_BYTES + KEY_BUNDLE_BYTES)
        return self._request("POST", V2_ENROLL_PATH, EnrollResponseV2, content=body, auth=False, cap=cap)

    def get_key_bundle(self) -> SignedKeyBundle:
        """`GET /v2/key-bundle`: the server's installed bundle (checked by the caller)."""
        return self._request_strict(
            "GET", V2_KEY_BUNDLE_PATH, SignedKeyBundle, cap=reply_cap(KEY_BUNDLE_BYTES)
        )

    def post_envelopes(self, envelopes: Sequence[tuple[str, str]]) -> EnvelopeReceipts:
        """POST sealed envelopes exactly as stored: (canonical header JSON, base64 ciphertext)."""
        return envelope_receipts(self.post_envelope_body(envelope_body(envelopes), len(envelopes)))

    def post_envelope_body(self, body: bytes, count: int) -> bytes:
        """POST a body built by `envelope_body` of `count` envelopes; the reply's JSON bytes,
        not parsed yet (`envelope_receipts` does that). The sync engine's posting thread only
        sends: the next batch leaves as soon as this reply is read, and the reply is checked
        on the engine's thread while it is on the wire."""
        cap = reply_cap(min(count, MAX_BATCH_SIZE) * RECEIPT_BYTES)
        content_type, reply = self._send(
            "POST", V2_ENVELOPES_PATH, content=body, auth=True, batch_size=count, cap=cap
        )
        if not content_type.startswith("application/json"):
            raise InvalidReplyError("the reply was not JSON (a captive portal or a proxy?)")
        return reply

    def post_verifier_withdrawals(self, batch: VerifierWithdrawalBatch) -> VerifierWithdrawalResults:
        body = batch.model_dump_json().encode()
        cap = reply_cap(min(len(batch.verifiers), MAX_WITHDRAWAL_BATCH) * WITHDRAWAL_RESULT_BYTES)
        return self._request(
            "POST",
            V2_WITHDRAWALS_PATH,
            VerifierWithdrawalResults,
            content=body,
            batch_size=len(batch.verifiers),
            cap=cap,
        )

    def get_signed_alerts(self, since: str | None, limit: int = ALERT_FEED_DEFAULT_LIMIT) -> SignedAlertFeed:
        """`GET /v2/alerts`: each alert with its desk's signature, checked by the caller against
        the pinned bundle (sync/alert_signatures.py)."""
        params: dict[str, str | int] = {"limit": limit}
        if since:
            params["since"] = since
        cap = reply_cap(max(1, limit) * ALERT_ENTRY_BYTES)
        return self._request("GET", V2_ALERTS_PATH, SignedAlertFeed, params=params, cap=cap)

    def post_aggregates(self, upload: AggregateUpload) -> AggregateReceipt:
        body = upload.model_dump_json(exclude_none=True).encode()
        cap = reply_cap(MAX_STATS_ROWS * RECEIPT_BYTES)
        return self._request(
            "POST", V2_STATS_PATH, AggregateReceipt, content=body, batch_size=len(upload.rows), cap=cap
        )

    def post_subscription(self, request: SubscribeRequest) -> SubscribeResponse:
        """`POST /v2/subscriptions`: sign a person up for warnings (issue 23). The contact
        detail travels in this one request body and is kept nowhere on the device."""
        return self._request(
            "POST",
            SUBSCRIPTIONS_PATH,
            SubscribeResponse,
            content=request.model_dump_json().encode(),
            cap=reply_cap(SMALL_REPLY_BYTES),
        )

    def _request_strict(self, method: str, path: str, model: type[S], *, cap: int) -> S:
        """As `_request`, for a signed model (unknown fields refused, not ignored)."""
        content_type, body = self._send(method, path, auth=True, batch_size=1, cap=cap)
        if not content_type.startswith("application/json"):
            raise InvalidReplyError("the reply was not JSON (a captive portal or a proxy?)")
        try:
            return model.model_validate_json(body)
        except ValidationError:
            raise InvalidReplyError("the reply does not match the protocol") from None

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
        cap: int,
    ) -> M:
        content_type, body = self._send(
            method, path, content=content, params=params, auth=auth, batch_size=batch_size, cap=cap
        )
        if not content_type.startswith("application/json"):
            raise InvalidReplyError("the reply was not JSON (a captive portal or a proxy?)")
        try:
            return model.model_validate_json(body)
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
        cap: int,
        bearer: str | None = None,
    ) -> tuple[str, bytes]:
        """Send, and return (content type, body) of a 2xx reply read up to `cap` bytes.

        With a signer, a token the server refuses (401: it expired early, the server's clock
        runs ahead, or one held from an earlier pass was revoked) is replaced once by a fresh
        sign-in and the request sent again.
        """
        send = partial(self._send_once, method, path, content, params, batch_size, cap)
        if not auth:
            return send(bearer)
        if self._signer is None:
            if not self._credential:
                raise HttpStatusError(401, ClientAction.REENROL, "unauthorized")
            return send(self._credential)
        fresh = self._ensure_token()
        try:
            return send(self._token)
        except HttpStatusError as exc:
            if exc.status != 401 or fresh:
                raise
        self._drop_token()
        self._ensure_token()
        return send(self._token)

    def _drop_token(self) -> None:
        """Forget the token the server refused, here and where tokens are held."""
        if self._tokens is not None and self._signer is not None:
            self._tokens.drop(self._token_key(self._signer), self._token)
        self._token = None

    def _send_once(
        self,
        method: str,
        path: str,
        content: bytes | None,
        params: dict[str, str | int] | None,
        batch_size: int,
        cap: int,
        bearer: str | None,
    ) -> tuple[str, bytes]:
        headers = {"Content-Type": "application/json"} if content is not None else {}
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer}"
        request = self._http.build_request(method, path, content=content, params=params, headers=headers)
        try:
            reply = self._http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _network_error(exc) from None
        try:
            status = reply.status_code
            if 300 <= status < 400:
                raise InvalidReplyError(f"the reply was a redirect (HTTP {status}), not the server")
            success = 200 <= status < 300
            body = _read_capped(reply, cap if success else ERROR_REPLY_CAP)
        finally:
            reply.close()
        if success:
            return reply.headers.get("content-type", ""), body
        raise HttpStatusError(
            status=status,
            action=action_for_status(status, batch_size=batch_size),
            code=_error_code(body),
            retry_after_s=parse_retry_after(reply.headers.get("retry-after"), datetime.now(UTC)),
        )


def envelope_body(envelopes: Sequence[tuple[str, str]]) -> bytes:
    """The `POST /v2/envelopes` body of sealed envelopes exactly as stored: (canonical header
    JSON, base64 ciphertext); nothing is parsed or re-encoded."""
    parts = [f'{{"ciphertext":"{ciphertext}","header":{header}}}' for header, ciphertext in envelopes]
    return ('{"envelopes":[' + ",".join(parts) + "]}").encode("utf-8")


def envelope_receipts(reply: bytes) -> EnvelopeReceipts:
    """The receipts of a `POST /v2/envelopes` reply; InvalidReplyError if it does not validate."""
    try:
        return EnvelopeReceipts.model_validate_json(reply)
    except ValidationError:
        raise InvalidReplyError("the reply does not match the protocol") from None


def _network_error(exc: httpx.TransportError) -> NetworkError:
    if isinstance(exc, httpx.ConnectError) and _is_certificate_error(exc):
        return UntrustedServerError("the server's certificate is not trusted")
    if isinstance(exc, httpx.ConnectError):
        return NetworkError("could not connect to the server")
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError("the server did not answer in time")
    return NetworkError("the connection to the server failed")


def _read_capped(reply: httpx.Response, cap: int) -> bytes:
    """The reply's body, refusing one that declares or delivers more than `cap` bytes.

    Counted after decoding (gzip), so a small compressed bomb is stopped too.
    """
    declared = reply.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise InvalidReplyError("the reply was far larger than any valid reply (refused unread)")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in reply.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise InvalidReplyError("the reply was far larger than any valid reply (reading stopped)")
            chunks.append(chunk)
    except httpx.TransportError as exc:
        raise _network_error(exc) from None
    return b"".join(chunks)


def _error_code(body: bytes) -> str | None:
    try:
        return ErrorBody.model_validate_json(body).code
    except ValidationError:
        return None


def _is_certificate_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
