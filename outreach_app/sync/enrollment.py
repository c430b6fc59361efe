"""Enrolment: a one-time code turns into a device credential, the link and the server's regions.

Enrolment is idempotent (protocol: EnrollRequest.request_id). The request id is chosen and
stored in the vault before the first attempt, keyed by the server and the code, so a retry —
in the same command after a lost reply, or a later `outreach enroll` with the same code —
gets the same device back instead of a refused code and an orphan device. The server spends
the code when the device confirms (right after the link is stored, or at its first sync).

The server address and the code come from a prompt or stdin (never argv); the address
is normalised (https only; http on loopback for tests and the demo) and kept inside the
encrypted DB, like everything that says who the user works with.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID, uuid4

from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.enrollment import EnrollResponse, normalise_enrollment_code
from outreach_app.protocol.errors import ClientAction
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import sync_state
from outreach_app.storage.repos.settings import delete_setting, get_setting, set_setting
from outreach_app.sync.client import (
    HttpStatusError,
    InvalidReplyError,
    NetworkError,
    SyncClient,
    SyncTransportError,
    UntrustedServerError,
)
from outreach_app.sync.credentials import (
    BackendFinder,
    ReenrolRequiredError,
    StoredCredential,
    copy_keyring_entry,
    forget_credential,
    keyring_entry_for_data_dir,
    load_credential,
    store_credential,
)
from outreach_app.sync.server_address import ServerAddressError, normalise_server_url

DEFAULT_DEVICE_LABEL = "Outreach device"
# The pending enrolment's request id, and which server and code it is for (a hash).
REQUEST_SETTING = "sync.enrolment_request"
# Retries of a lost enrolment reply within one attempt (then the person tries again later).
ENROL_RETRY_DELAYS_S = (1.0, 3.0)

ClientFactory = Callable[..., SyncClient]


@dataclass(frozen=True)
class EnrolResult:
    """Attributes:
    device_id: the server's id for this device.
    organisation: the organisation's name.
    regions: (id, name) of the organisation's regions.
    areas_mapped: local areas given the region of the same name.
    notice: one line saying where the credential is kept.
    credential_store: "keyring" or "vault".
    """

    device_id: str
    organisation: str | None
    regions: list[tuple[str, str]]
    areas_mapped: int
    notice: str
    credential_store: str


def enroll(
    conn: Connection,
    server_address: str,
    code: str,
    *,
    device_label: str = DEFAULT_DEVICE_LABEL,
    ca_bundle: Path | None = None,
    make_client: ClientFactory = SyncClient,
    find_backend: BackendFinder | None = None,
    clock: Callable[[], datetime] = utcnow,
    sleep: Callable[[float], None] = time.sleep,
) -> EnrolResult:
    """Enrol with the server at `server_address` using the one-time `code`.

    Raises ServerAddressError (bad address), client errors (network, 403 for a bad code).
    Nothing but the request id is stored unless the server answered with a valid
    EnrollResponse. An earlier link is replaced (its keyring entry deleted). The desktop app
    runs the steps on different threads: `enrolment_request_id` (DB), `request_enrolment`
    (network, keyring), then `store_enrolment` (DB).
    """
    request_id = enrolment_request_id(conn, server_address, code)
    granted = request_enrolment(
        server_address,
        code,
        device_label=device_label,
        ca_bundle=ca_bundle,
        make_client=make_client,
        find_backend=find_backend,
        data_dir=data_dir_of(conn),
        request_id=request_id,
        sleep=sleep,
    )
    result = store_enrolment(conn, granted, find_backend=find_backend, clock=clock)
    confirm_enrolment(granted, make_client=make_client)
    return result


def _request_key(url: str, code: str) -> str:
    """What a stored request id belongs to: this server and this code (hashed: the code is a
    secret, even inside the vault)."""
    canonical = normalise_enrollment_code(code)
    return hashlib.sha256(f"{url}\n{canonical}".encode()).hexdigest()


def enrolment_request_id(conn: Connection, server_address: str, code: str) -> UUID:
    """The request id for enrolling with this server and code: the stored one if an earlier
    attempt used the same pair, else a new one, stored before anything is sent."""
    key = _request_key(normalise_server_url(server_address), code)
    stored = get_setting(conn, REQUEST_SETTING)
    if isinstance(stored, dict) and stored.get("for") == key:
        with contextlib.suppress(ValueError, TypeError):
            return UUID(str(stored.get("request_id")))
    request_id = uuid4()
    set_setting(conn, REQUEST_SETTING, {"for": key, "request_id": str(request_id)})
    return request_id


def confirm_enrolment(granted: GrantedEnrolment, *, make_client: ClientFactory = SyncClient) -> bool:
    """Tell the server the credential is stored, so it spends the code. Best effort: if this
    reply is lost too, the device's first sync confirms it."""
    try:
        with make_client(granted.url, granted.reply.credential, ca_bundle=granted.ca_bundle) as client:
            client.confirm_enrolment()
    except SyncTransportError:
        return False
    return True


@dataclass(frozen=True)
class GrantedEnrolment:
    """The server's answer, with the credential already placed (keyring, or to go in the vault)."""

    url: str
    ca_bundle: Path | None
    reply: EnrollResponse
    stored: StoredCredential

    def __repr__(self) -> str:
        return f"<GrantedEnrolment {self.reply.device_id}>"


def request_enrolment(
    server_address: str,
    code: str,
    *,
    device_label: str = DEFAULT_DEVICE_LABEL,
    ca_bundle: Path | None = None,
    make_client: ClientFactory = SyncClient,
    find_backend: BackendFinder | None = None,
    data_dir: Path | None = None,
    request_id: UUID | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> GrantedEnrolment:
    """The network half: redeem the code and place the credential (no DB access).

    `data_dir` (the vault's folder) names the keyring entry so a wipe can find it without
    unlocking (`credentials.keyring_entry_for_data_dir`). A lost reply (reset, timeout, 5xx)
    is retried with the same `request_id` (a new one when none is given) a few times.
    """
    url = normalise_server_url(server_address)
    if ca_bundle is not None and not ca_bundle.is_file():
        raise FileNotFoundError("the CA bundle file does not exist")
    request_id = request_id or uuid4()
    with make_client(url, None, ca_bundle=ca_bundle) as client:
        reply = _enroll_with_retries(client, code, device_label, request_id, sleep)
    finder = {} if find_backend is None else {"find_backend": find_backend}
    entry = None if data_dir is None else keyring_entry_for_data_dir(data_dir)
    stored = store_credential(str(reply.device_id), reply.credential, entry=entry, **finder)
    return GrantedEnrolment(url, ca_bundle, reply, stored)


def _enroll_with_retries(
    client: SyncClient, code: str, label: str, request_id: UUID, sleep: Callable[[float], None]
) -> EnrollResponse:
    """Safe to repeat because the request id makes it idempotent on the server."""
    for delay in (*ENROL_RETRY_DELAYS_S, None):
        try:
            return client.enroll(code, label, request_id)
        except UntrustedServerError:
            raise  # trying again changes nothing
        except (NetworkError, HttpStatusError) as exc:
            if delay is None or exc.action is not ClientAction.RETRY:
                raise
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def store_enrolment(
    conn: Connection,
    granted: GrantedEnrolment,
    *,
    find_backend: BackendFinder | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> EnrolResult:
    """The DB half: the link, the regions, areas mapped by name; stale alerts dropped."""
    reply, stored, ca_bundle = granted.reply, granted.stored, granted.ca_bundle
    previous = sync_state.get_link(conn)
    regions = [(region.id, region.name) for region in reply.regions]
    with transaction(conn):
        delete_setting(conn, REQUEST_SETTING)  # used up: the next enrolment is a new request
        sync_state.save_link(
            conn,
            sync_state.ServerLink(
                server_url=granted.url,
                device_id=str(reply.device_id),
                organisation=reply.organisation_name,
                credential_store=stored.store,
                keyring_backend=stored.keyring_backend,
                keyring_entry=stored.keyring_entry,
                credential=stored.credential,
                ca_bundle=None if ca_bundle is None else str(ca_bundle.resolve()),
                enrolled_at=clock(),
            ),
        )
        sync_state.save_regions(conn, regions)
        alerts_repo.drop_all(conn)  # another server's (or a stale) alerts must not linger
        mapped = sync_state.map_unmapped_areas_by_name(conn)
    # The old entry goes unless it is the one just written (same folder: same entry name).
    if (
        previous is not None
        and previous.device_id != str(reply.device_id)
        and not (previous.keyring_entry and previous.keyring_entry == stored.keyring_entry)
    ):
        _forget_quietly(previous, find_backend)
    return EnrolResult(
        str(reply.device_id), reply.organisation_name, regions, mapped, stored.notice, stored.store
    )


def _forget_quietly(link: sync_state.ServerLink, find_backend: BackendFinder | None) -> None:
    finder = {} if find_backend is None else {"find_backend": find_backend}
    # A stale keyring entry is harmless: the link no longer names it.
    with contextlib.suppress(Exception):
        forget_credential(link, **finder)


def client_for_link(
    conn: Connection,
    *,
    make_client: ClientFactory = SyncClient,
    find_backend: BackendFinder | None = None,
    **client_options: object,
) -> SyncClient:
    """A client for the stored link. Raises NotEnrolledError or ReenrolRequiredError."""
    link = sync_state.get_link(conn)
    if link is None:
        raise NotEnrolledError("this device is not linked to a server (run `outreach enroll`)")
    state = sync_state.get_state(conn)
    if state.needs_reenrol:
        raise ReenrolRequiredError(state.needs_reenrol)
    finder = {} if find_backend is None else {"find_backend": find_backend}
    credential = load_credential(link, **finder)
    _rename_keyring_entry(conn, link, find_backend)
    ca_bundle = Path(link.ca_bundle) if link.ca_bundle else None
    return make_client(link.server_url, credential, ca_bundle=ca_bundle, **client_options)


def data_dir_of(conn: Connection) -> Path | None:
    """The folder of the vault whose database `conn` has open (None: in memory)."""
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    return None


def _rename_keyring_entry(
    conn: Connection, link: sync_state.ServerLink, find_backend: BackendFinder | None
) -> None:
    """Migration: a keyring entry named after the device (older enrolments) moves to the
    folder-derived name, so a wipe without the passphrase can remove it. Best effort: if
    anything fails the old entry stays, named in the link, and keeps working."""
    data_dir = data_dir_of(conn)
    if link.credential_store != "keyring" or data_dir is None:
        return
    wanted = keyring_entry_for_data_dir(data_dir)
    if link.keyring_entry == wanted:
        return
    finder = {} if find_backend is None else {"find_backend": find_backend}
    if not copy_keyring_entry(link, wanted, **finder):
        return
    sync_state.set_keyring_entry(conn, wanted)
    _forget_quietly(link, find_backend)  # the old entry, now that the link names the new one


class NotEnrolledError(Exception):
    """No server link is stored."""


def unenroll(conn: Connection, *, find_backend: BackendFinder | None = None) -> sync_state.ServerLink | None:
    """Forget the link, the credential (vault copy and keyring entry), regions and alerts.

    Revoking on the server first is the caller's choice (`engine.revoke_self`).
    """
    link = sync_state.get_link(conn)
    with transaction(conn):
        sync_state.delete_link(conn)
        sync_state.save_regions(conn, [])
        alerts_repo.drop_all(conn)
    if link is not None:
        _forget_quietly(link, find_backend)
    return link


def describe_enrolment_error(exc: BaseException) -> str:
    """Plain words for why linking failed (the app and `outreach enroll` show the same).

    Built from the error's kind, HTTP status and protocol code only: never from a reply body.
    """
    if isinstance(exc, ServerAddressError):
        text = str(exc)
        if "https" in text:
            return f"the address is not HTTPS: {text}"
        return f"the server address is not valid: {text}"
    if isinstance(exc, HttpStatusError):
        if exc.status == 403:
            return (
                "the server refused the enrolment code (unknown, already used or expired); ask for a new one"
            )
        if exc.status == 429:
            wait = f" (about {exc.retry_after_s:.0f} s)" if exc.retry_after_s else ""
            return f"too many attempts: the server asks this device to wait{wait} before trying again"
        if exc.status >= 500:
            return f"the server is having trouble (HTTP {exc.status}); try again later"
        if exc.status == 404:
            return "that address is not an Outreach server (nothing answered the enrolment request)"
        return f"the server refused to link this device ({exc.reason()})"
    if isinstance(exc, UntrustedServerError):
        return (
            "the server's certificate is not trusted: check the address, or ask the charity for its CA bundle"
        )
    if isinstance(exc, NetworkError):
        return "the server could not be reached: check the address and the internet connection"
    if isinstance(exc, InvalidReplyError):
        return "that address did not answer like an Outreach server (a Wi-Fi login page or a proxy?)"
    if isinstance(exc, FileNotFoundError):
        return "the CA bundle file does not exist"
    if isinstance(exc, PermissionError):  # core.permissions.PermissionDeniedError
        return str(exc)
    return f"linking failed unexpectedly ({type(exc).__name__})"
