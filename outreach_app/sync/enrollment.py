"""Enrolment: a one-time code turns into a device credential, the link and the server's regions.

The one enrolment is protocol v2's (`sync.enrollment_v2.enroll_v2`: the reply is checked
against the charity's root fingerprint and the root pinned); this module holds the halves it
shares: the idempotent request id, storing the link, confirming, the client for the link.

Enrolment is idempotent (protocol: EnrollRequest.request_id). The request id is chosen and
stored in the vault before the first attempt, keyed by the server and the code, so a retry —
in the same command after a lost reply, or a later `outreach enroll` with the same code —
gets the same device back instead of a refused code and an orphan device. The server spends
the code when the device confirms (right after the link is stored, or at its first sync).

The server address and the code come from a prompt or stdin (never argv); the address
is normalised (https only; http on loopback for tests and the demo) and kept inside the
encrypted DB, like everything that says who the user works with.

The device credential (issue 16) is an Ed25519 key made inside the vault when the link is
stored (`store_enrolment`); nothing goes to the OS keyring any more. The one-time credential
from the enrolment reply is kept in the vault only until it has registered the key's public
half (`POST /v2/device/key`, at the first sync or right after enrolling in `outreach
enroll`); the server then refuses it. A link enrolled before keys (a long-lived credential in
the keyring or the vault) gets a key at its next sync the same way: the old credential is
used once to register it, then the server refuses it and the keyring entry is deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID, uuid4

from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.enrollment import normalise_enrollment_code
from outreach_app.protocol.enrollment_v2 import EnrollResponseV2
from outreach_app.sharing.charity_keys import forget as forget_charity_keys
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
    forget_credential,
    load_credential,
)
from outreach_app.sync.device_key import DeviceKey, new_device_key
from outreach_app.sync.held_tokens import PROCESS_TOKENS, HeldTokens
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
    credential_store: "vault" until the key is registered, then "key".
    """

    device_id: str
    organisation: str | None
    regions: list[tuple[str, str]]
    areas_mapped: int
    notice: str
    credential_store: str
    root_fingerprint: str | None = None
    """The pinned charity root key's fingerprint (protocol v2 enrolment), for the coordinator."""


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


def confirm_enrolment(
    granted: GrantedEnrolment, *, make_client: ClientFactory = SyncClient, conn: Connection | None = None
) -> bool:
    """Register the device key stored with the link (this spends the code and the one-time
    credential) and record that in the vault. Best effort: if it fails, the first sync does it.
    Returns True when the key is registered."""
    if conn is None:
        return False
    link = sync_state.get_link(conn)
    if link is None or link.device_key is None or link.device_id != str(granted.reply.device_id):
        return False
    try:
        with client_for_link(conn, make_client=make_client) as client:
            client.sign_in()
            settle_device_key(conn, client)
    except (SyncTransportError, ReenrolRequiredError):
        return False
    return True


@dataclass(frozen=True)
class GrantedEnrolment:
    """The server's answer; its one-time credential goes into the vault with a new device key."""

    url: str
    ca_bundle: Path | None
    reply: EnrollResponseV2
    stored: StoredCredential

    def __repr__(self) -> str:
        return f"<GrantedEnrolment {self.reply.device_id}>"


def store_enrolment(
    conn: Connection,
    granted: GrantedEnrolment,
    *,
    find_backend: BackendFinder | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> EnrolResult:
    """The DB half: the link with a new device key, the regions, areas mapped by name; stale
    alerts dropped. The key is registered at the first sync (or by `confirm_enrolment`)."""
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
                device_key=new_device_key(),
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
    tokens: HeldTokens | None = PROCESS_TOKENS,
    **client_options: object,
) -> SyncClient:
    """A client for the stored link, signing in with the device key. Raises NotEnrolledError
    or ReenrolRequiredError.

    A live token an earlier client of this process got for the same server and key is used
    instead of signing in again (`tokens`; `sync/held_tokens.py`): each pass has a client of
    its own, and signing in cost every pass two requests before anything was sent.

    A link still holding a credential (a new enrolment's one-time one, or an old long-lived
    one, in the vault or the keyring) gets a client that registers the key with it before
    signing in; the caller records that with `settle_device_key` once it has happened. A link
    enrolled before keys is given its key here, in the vault, before anything is sent.
    """
    link = sync_state.get_link(conn)
    if link is None:
        raise NotEnrolledError("this device is not linked to a server (run `outreach enroll`)")
    state = sync_state.get_state(conn)
    if state.needs_reenrol:
        raise ReenrolRequiredError(state.needs_reenrol)
    register_with = None
    if link.credential_store != "key":
        finder = {} if find_backend is None else {"find_backend": find_backend}
        register_with = load_credential(link, **finder)
    if link.device_key is None:
        sync_state.set_device_key(conn, new_device_key())
        link = sync_state.get_link(conn)
        assert link is not None and link.device_key is not None
    ca_bundle = Path(link.ca_bundle) if link.ca_bundle else None
    return make_client(
        link.server_url,
        None,
        ca_bundle=ca_bundle,
        signer=DeviceKey(link.device_id, link.device_key),
        register_with=register_with,
        tokens=tokens,
        **client_options,
    )


def settle_device_key(
    conn: Connection, client: SyncClient, *, find_backend: BackendFinder | None = None
) -> bool:
    """After `client` registered the device key: drop the credential it used, from the vault
    and the keyring (the server refuses it now anyway). True when the link changed."""
    if not client.key_registered_now:
        return False
    link = sync_state.get_link(conn)
    if link is None or link.device_key is None:
        return False
    changed = sync_state.mark_key_registered(conn, link.device_key)
    if changed:
        _forget_quietly(link, find_backend)
    return changed


def data_dir_of(conn: Connection) -> Path | None:
    """The folder of the vault whose database `conn` has open (None: in memory)."""
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    return None


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
        forget_charity_keys(conn)
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
        if exc.status == 426:
            return (
                "the server speaks protocol v2: link again with the charity key fingerprint printed on "
                "the enrolment code sheet"
            )
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
    if type(exc).__name__ == "EnrolmentNotTrustedError":  # sync.enrollment_v2 (its own words)
        return str(exc)
    if isinstance(exc, PermissionError):  # core.permissions.PermissionDeniedError
        return str(exc)
    return f"linking failed unexpectedly ({type(exc).__name__})"
