"""Enrolment in protocol v2: the reply is trusted only if the charity's root signed its key
bundle AND the server proved it holds the enrolment code.

The coordinator types the root key fingerprint printed on the enrolment code sheet. The
device checks, before storing anything: the bundle's root key has that fingerprint; the root
signed the bundle; the code proof (HMAC keyed by the code, over this request id and the
bundle) matches. A machine in the middle that swaps the bundle for its own keys fails the
signature (or the fingerprint, with its own root), and cannot recompute the proof without
the code. Any mismatch refuses the enrolment and changes nothing; on success the root key is
pinned with the organisation and the bundle (sharing/charity_keys.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from uuid import UUID

from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.enrollment_v2 import EnrollResponseV2, code_proof_matches
from outreach_app.protocol.errors import ClientAction
from outreach_app.protocol.keys import verify_bundle
from outreach_app.protocol.signing import SignatureError, key_fingerprint, normalise_fingerprint
from outreach_app.sharing import charity_keys
from outreach_app.storage.connection import Connection, transaction
from outreach_app.sync.client import HttpStatusError, NetworkError, SyncClient, UntrustedServerError
from outreach_app.sync.credentials import StoredCredential
from outreach_app.sync.enrollment import (
    DEFAULT_DEVICE_LABEL,
    ENROL_RETRY_DELAYS_S,
    ClientFactory,
    EnrolResult,
    GrantedEnrolment,
    confirm_enrolment,
    enrolment_request_id,
    store_enrolment,
)
from outreach_app.sync.server_address import normalise_server_url


class EnrolmentNotTrustedError(Exception):
    """The server's reply failed a check: its keys may have been swapped. Nothing was stored."""


def check_enrolment_reply(
    reply: EnrollResponseV2, code: str, request_id: UUID, root_fingerprint: str
) -> None:
    """Raise EnrolmentNotTrustedError unless the reply passes every check (module doc)."""
    try:
        expected = normalise_fingerprint(root_fingerprint)
    except ValueError as exc:
        raise EnrolmentNotTrustedError(str(exc)) from None
    signed = reply.key_bundle
    if key_fingerprint(signed.root_public) != expected:
        raise EnrolmentNotTrustedError(
            "the server's charity key does not have the fingerprint on the enrolment sheet: do not use this "
            "server, and tell the charity"
        )
    try:
        verify_bundle(signed, signed.root_public)
    except SignatureError:
        raise EnrolmentNotTrustedError(
            "the charity's key bundle is not signed by its root key: "
            "the keys may have been swapped on the way"
        ) from None
    if not code_proof_matches(code, str(request_id), signed, reply.code_proof):
        raise EnrolmentNotTrustedError(
            "the server could not prove it holds the enrolment code: "
            "the keys may have been swapped on the way"
        )


@dataclass(frozen=True)
class GrantedEnrolmentV2:
    granted: GrantedEnrolment
    reply: EnrollResponseV2

    def __repr__(self) -> str:
        return f"<GrantedEnrolmentV2 {self.reply.device_id}>"


def request_enrolment_v2(
    server_address: str,
    code: str,
    root_fingerprint: str,
    request_id: UUID,
    *,
    device_label: str = DEFAULT_DEVICE_LABEL,
    ca_bundle: Path | None = None,
    make_client: ClientFactory = SyncClient,
    sleep: Callable[[float], None] = time.sleep,
) -> GrantedEnrolmentV2:
    """The network half (no DB): redeem the code, then check the reply. Raises
    EnrolmentNotTrustedError, or the client's errors."""
    url = normalise_server_url(server_address)
    if ca_bundle is not None and not ca_bundle.is_file():
        raise FileNotFoundError("the CA bundle file does not exist")
    with make_client(url, None, ca_bundle=ca_bundle) as client:
        reply = _enroll_with_retries(client, code, device_label, request_id, sleep)
    check_enrolment_reply(reply, code, request_id, root_fingerprint)
    stored = StoredCredential(
        "vault",
        None,
        None,
        reply.credential,
        "The device's key is kept inside the encrypted vault only; nothing goes to the system keyring.",
    )
    return GrantedEnrolmentV2(GrantedEnrolment(url, ca_bundle, reply, stored), reply)


def _enroll_with_retries(
    client: SyncClient, code: str, label: str, request_id: UUID, sleep: Callable[[float], None]
) -> EnrollResponseV2:
    for delay in (*ENROL_RETRY_DELAYS_S, None):
        try:
            return client.enroll_v2(code, label, request_id)
        except UntrustedServerError:
            raise
        except (NetworkError, HttpStatusError) as exc:
            if delay is None or exc.action is not ClientAction.RETRY:
                raise
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def store_enrolment_v2(
    conn: Connection, granted: GrantedEnrolmentV2, *, clock: Callable[[], datetime] = utcnow
) -> EnrolResult:
    """The DB half: the link (as v1) and the pinned root, organisation and bundle, together."""
    reply = granted.reply
    with transaction(conn):
        result = store_enrolment(conn, granted.granted, clock=clock)
        keys = charity_keys.pin(conn, reply.key_bundle.root_public, reply.organisation_id, reply.key_bundle)
    return replace(result, root_fingerprint=keys.root_fingerprint)


def enroll_v2(
    conn: Connection,
    server_address: str,
    code: str,
    root_fingerprint: str,
    *,
    device_label: str = DEFAULT_DEVICE_LABEL,
    ca_bundle: Path | None = None,
    make_client: ClientFactory = SyncClient,
    clock: Callable[[], datetime] = utcnow,
    sleep: Callable[[float], None] = time.sleep,
) -> EnrolResult:
    """Enrol with a v2 server; refuses (EnrolmentNotTrustedError) when a check fails."""
    request_id = enrolment_request_id(conn, server_address, code)
    granted = request_enrolment_v2(
        server_address,
        code,
        root_fingerprint,
        request_id,
        device_label=device_label,
        ca_bundle=ca_bundle,
        make_client=make_client,
        sleep=sleep,
    )
    result = store_enrolment_v2(conn, granted, clock=clock)
    if confirm_enrolment(granted.granted, make_client=make_client, conn=conn):
        result = replace(result, credential_store="key")
    return result


def pinned_fingerprint(conn: Connection) -> str | None:
    """The pinned root key's fingerprint, for the coordinator to compare (settings, CLI)."""
    keys = charity_keys.charity_keys(conn)
    return None if keys is None else keys.root_fingerprint
