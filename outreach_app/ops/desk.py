"""The charity desk's operations (issue 22), Qt-free, for the CLI (`outreach desk ...`) and the
desk's pages. Each takes a `VaultSession` of a desk vault (or a layout, to make one) and
returns values; run them off the GUI thread (they do SQL, KDF or HTTP).

A desk vault is an ordinary vault (own passphrase, slots, backups, wipe) whose DB holds the
desk's keys and work (charity/desk_store.py), with a `desk-mode` marker file beside it so
the app knows before unlocking that it opens a desk (`is_desk`; the marker holds no secret).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from outreach_app.charity import desk_alerts, desk_store, desk_transfer, disclosures
from outreach_app.charity.desk_alerts import AlertDraft
from outreach_app.charity.desk_client import StaffClient, StaffClientError
from outreach_app.charity.desk_keys import DeskKeys, new_desk_keys
from outreach_app.charity.desk_store import (
    AlertStatus,
    DeskAlert,
    DeskIdentity,
    DeskStoreError,
    QueueItem,
    QueueState,
)
from outreach_app.charity.desk_store import WithdrawnItem as WithdrawnItem
from outreach_app.charity.tools import CharityToolError, open_envelope
from outreach_app.crypto.atomic import write_private
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams
from outreach_app.domain.layout import VaultLayout
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.contents import AlertContent
from outreach_app.protocol.keys import DeskKey
from outreach_app.protocol.signed_alerts import alert_fingerprint
from outreach_app.protocol.staff import MAX_STAFF_IDS, StaffRole, staff_purposes

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession

DESK_MODE_FILE = "desk-mode"
T = TypeVar("T")
Transport = httpx.BaseTransport | None

__all__ = [
    "AlertDraft",
    "AlertStatus",
    "DeskAlert",
    "DeskError",
    "DeskIdentity",
    "PullReport",
    "QueueItem",
    "QueueState",
    "WithdrawnItem",
    "desk_role",
    "is_desk",
]


class DeskError(Exception):
    """What a desk operation refuses or could not do; the message is safe to show."""


def is_desk(layout: VaultLayout) -> bool:
    """The vault in `layout` is a charity desk (one stat: fine on the GUI thread)."""
    return (layout.data_dir / DESK_MODE_FILE).is_file()


def desk_role(layout: VaultLayout) -> StaffRole | None:
    """The role the `desk-mode` marker names (None: not a desk, or an unreadable marker);
    for the unlock screen to say which desk it opens, before any passphrase."""
    try:
        words = (layout.data_dir / DESK_MODE_FILE).read_text("ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(words) != 2 or words[0] != "desk":
        return None
    try:
        return StaffRole(words[1])
    except ValueError:
        return None


def _guard(action: Callable[[], T]) -> T:
    try:
        return action()
    except (DeskStoreError, StaffClientError, CharityToolError, desk_transfer.TransferError) as exc:
        raise DeskError(str(exc)) from None
    except ValueError as exc:  # a draft the Alert model refuses
        raise DeskError(f"not valid: {exc}") from None


def _create(
    layout: VaultLayout, passphrase: str, keys: DeskKeys, label: str, kdf: KdfParams, now: datetime
) -> None:
    from outreach_app.core.vault import create_vault, unlock_vault

    create_vault(layout, passphrase, kdf=kdf)
    session = unlock_vault(layout, passphrase, clock=lambda: now)
    try:
        _guard(lambda: desk_store.save_identity(session.conn, keys, label, now))
    finally:
        session.close()
    write_private(layout.data_dir / DESK_MODE_FILE, f"desk {keys.role.value}\n".encode("ascii"))


def init_desk(
    layout: VaultLayout,
    passphrase: str,
    role: StaffRole,
    desk_id: str,
    label: str,
    now: datetime,
    kdf: KdfParams = PRODUCTION_KDF,
) -> DeskKey | None:
    """A new desk vault holding fresh keys for `role`; returns its public keys for the bundle
    (None for an admin desk, which receives nothing)."""
    keys = new_desk_keys(role, desk_id)
    _create(layout, passphrase, keys, label, kdf, now)
    return keys.public()


def import_desk(
    layout: VaultLayout,
    passphrase: str,
    transfer: bytes,
    transfer_passphrase: str,
    label: str | None,
    now: datetime,
    kdf: KdfParams = PRODUCTION_KDF,
) -> DeskKey | None:
    """A second desk of the same role from a transfer file: the same envelope and signing keys,
    its own sign-in key (it enrols with its own desk code)."""
    keys, old_label = _guard(lambda: desk_transfer.open_keys(transfer, transfer_passphrase))
    own = DeskKeys(
        role=keys.role,
        desk_id=keys.desk_id,
        auth_private=new_desk_keys(StaffRole.ADMIN, keys.desk_id).auth_private,
        enc_private=keys.enc_private,
        sign_private=keys.sign_private,
    )
    _create(layout, passphrase, own, label or f"{old_label} (2)", kdf, now)
    return own.public()


def identity(session: VaultSession) -> DeskIdentity:
    return _guard(lambda: desk_store.require_identity(session.conn))


def public_keys(session: VaultSession) -> DeskKey:
    """The desk's public keys (`desk.json`) for the charity's root to sign into the bundle."""
    found = identity(session).keys.public()
    if found is None:
        raise DeskError("an admin desk has no keys for the bundle: it receives no envelopes")
    return found


def transfer_file(session: VaultSession, passphrase: str, kdf: KdfParams = PRODUCTION_KDF) -> bytes:
    me = identity(session)
    if me.role is StaffRole.ADMIN:
        raise DeskError("an admin desk has no private keys to hand on: enrol a second admin desk instead")
    return desk_transfer.seal_keys(me.keys, me.label, passphrase, kdf)


def _client(session: VaultSession, transport: Transport, *, signed_in: bool = True) -> StaffClient:
    me = identity(session)
    if me.server_url is None:
        raise DeskError("this desk is not enrolled with a server yet (`outreach desk enroll`)")
    client = StaffClient(me.server_url, me.keys, me.server_desk_id, transport=transport)
    if signed_in:
        try:
            client.sign_in()
        except StaffClientError as exc:
            client.close()
            raise DeskError(str(exc)) from None
    return client


def enroll(session: VaultSession, server_url: str, code: str, transport: Transport = None) -> str:
    """Enrol with the server with a desk code; returns the server's id for this desk."""
    me = identity(session)
    if me.server_desk_id is not None:
        raise DeskError("this desk is enrolled already")

    def run() -> str:
        with StaffClient(server_url, me.keys, None, transport=transport) as client:
            answer = client.enroll(code, me.label)
        desk_store.set_server(session.conn, client.url, str(answer.desk_id))
        return str(answer.desk_id)

    return _guard(run)


# --- triage ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PullReport:
    """What one pull did.

    Attributes:
        added: envelopes decrypted into the queue.
        acknowledged: envelopes the server now counts as received by a desk.
        refused: envelopes that did not open or did not match their header (left unacknowledged).
        withdrawn: decrypted copies deleted because the person withdrew (with `disclosed`).
        flagged: alerts flagged for review because their source report was withdrawn.
    """

    added: int
    acknowledged: int
    refused: int
    withdrawn: list[WithdrawnItem]
    flagged: int


def pull(
    session: VaultSession,
    now: datetime,
    transport: Transport = None,
    disclosed: desk_store.DisclosureCheck | None = None,
    *,
    catch_up: bool = False,
) -> PullReport:
    """Pull the new envelopes of the desk's purposes, decrypt them into the queue (one
    transaction per page, acknowledged only after it is stored), then ask which held reports
    were withdrawn and delete their decrypted copies.

    `catch_up`: also the envelopes another desk of the role already acknowledged (a second
    desk's first pull; the server keeps their ciphertext for its retention time).
    `disclosed`: by default the disclosure log's check, which also raises a "notify <force>"
    task for each force a withdrawn report went to."""
    check = disclosures.notify_on_withdrawal(now) if disclosed is None else disclosed
    me = identity(session)
    if me.role is StaffRole.ADMIN or me.keys.enc_private is None:
        raise DeskError("an admin desk receives no envelopes")
    private = me.keys.enc_private
    added = acknowledged = refused = 0

    def run() -> PullReport:
        nonlocal added, acknowledged, refused
        from outreach_app.storage.connection import transaction

        with _client(session, transport) as client:
            for purpose in sorted(staff_purposes(me.role)):
                after: str | None = None
                while True:
                    page = client.pull(purpose, after=after, acknowledged=catch_up)
                    stored: list[str] = []
                    with transaction(session.conn):
                        for envelope in page.envelopes:
                            header = envelope.header
                            try:
                                opened = open_envelope(envelope, private)
                            except (CharityToolError, ValueError):
                                refused += 1  # left unacknowledged on the server; paged past
                                continue
                            fresh = desk_store.add_to_queue(
                                session.conn,
                                envelope_id=str(header.envelope_id),
                                purpose=str(header.purpose),
                                org_id=str(header.org),
                                region_id=header.region,
                                month=header.month,
                                header=header.model_dump(mode="json", exclude_none=True),
                                content=opened.content.model_dump(mode="json", exclude_none=True),
                                now=now,
                            )
                            stored.append(str(header.envelope_id))
                            added += int(fresh)
                    if stored:  # acknowledged only once committed in the vault: nothing is lost
                        acknowledged += client.acknowledge(stored)
                    if not page.has_more or not page.envelopes:
                        break
                    after = str(page.envelopes[-1].header.envelope_id)
            held = sorted(
                set(desk_store.queue_ids(session.conn)) | set(desk_store.alert_source_ids(session.conn))
            )
            gone: list[str] = []
            for start in range(0, len(held), MAX_STAFF_IDS):
                gone += client.withdrawn(held[start : start + MAX_STAFF_IDS])
        removed = desk_store.remove_withdrawn(session.conn, gone, now, check)
        flagged = desk_store.flag_alerts_of(session.conn, gone, now)
        return PullReport(
            added, acknowledged, refused, removed, flagged + len(removed) and _flagged_count(session)
        )

    return _guard(run)


def _flagged_count(session: VaultSession) -> int:
    return sum(1 for a in desk_store.desk_alerts(session.conn) if a.flagged)


def queue(
    session: VaultSession,
    *,
    state: QueueState | None = None,
    purpose: str | None = None,
    region_id: str | None = None,
    month: str | None = None,
) -> list[QueueItem]:
    return desk_store.queue(session.conn, state=state, purpose=purpose, region_id=region_id, month=month)


def show(session: VaultSession, envelope_id: str) -> QueueItem:
    return _guard(lambda: desk_store.queue_item(session.conn, envelope_id))


def set_state(session: VaultSession, envelope_id: str, state: QueueState, now: datetime) -> QueueItem:
    return _guard(lambda: desk_store.set_state(session.conn, envelope_id, state, now))


def withdrawn(session: VaultSession) -> list[WithdrawnItem]:
    return desk_store.withdrawn_items(session.conn)


# --- alerts ------------------------------------------------------------------------------------


def _require_alerts(session: VaultSession) -> DeskIdentity:
    me = identity(session)
    if me.role is not StaffRole.ALERTS:
        raise DeskError("only an alerts desk drafts and publishes alerts")
    return me


def _save_draft(session: VaultSession, draft: AlertDraft, status: AlertStatus, now: datetime) -> DeskAlert:
    previous = _maybe_alert(session, draft.alert_id)
    return desk_store.save_alert(
        session.conn,
        alert_id=draft.alert_id,
        source_envelope_id=draft.source_envelope_id,
        version=draft.version,
        status=status,
        alert=desk_alerts.draft_to_json(draft),
        signed=None if previous is None else previous.signed,
        fingerprint=None if previous is None else previous.fingerprint,
        now=now,
    )


def _maybe_alert(session: VaultSession, alert_id: str) -> DeskAlert | None:
    try:
        return desk_store.desk_alert(session.conn, alert_id)
    except DeskStoreError:
        return None


def draft_alert(
    session: VaultSession, envelope_id: str, today: date, now: datetime, *, title: str | None = None
) -> AlertDraft:
    """A first draft from a queued alert envelope, saved on the desk (status draft)."""
    _require_alerts(session)
    item = show(session, envelope_id)
    if item.purpose != "alert":
        raise DeskError("only a report's alert envelope starts an alert")
    content = AlertContent.model_validate(item.content)
    draft = desk_alerts.draft_from_content(content, today, title=title)
    _guard(lambda: draft.to_alert())  # the draft must make a valid alert before it is kept
    _save_draft(session, draft, AlertStatus.DRAFT, now)
    return draft


def alert_draft(session: VaultSession, alert_id: str) -> AlertDraft:
    return desk_alerts.draft_from_json(_guard(lambda: desk_store.desk_alert(session.conn, alert_id)).alert)


def edit_alert(session: VaultSession, alert_id: str, now: datetime, **changes: Any) -> AlertDraft:
    """Change a draft; editing a published alert starts its next version (published when
    `publish_alert` runs)."""
    _require_alerts(session)
    stored = _guard(lambda: desk_store.desk_alert(session.conn, alert_id))
    if stored.status.ended:
        raise DeskError(f"the alert is {stored.status}: draft a new one")
    draft = desk_alerts.draft_from_json(stored.alert)
    if stored.status is AlertStatus.PUBLISHED:
        changes["version"] = stored.version + 1
    draft = _guard(lambda: draft.edited(**changes))
    _guard(lambda: draft.to_alert())
    _save_draft(session, draft, AlertStatus.DRAFT, now)
    return draft


def preview_alert(session: VaultSession, alert_id: str) -> Alert:
    """The Alert as it will be signed; the page (or the CLI) renders it with the handout's code."""
    return _guard(lambda: alert_draft(session, alert_id).to_alert())


def publish_alert(
    session: VaultSession, alert_id: str, now: datetime, transport: Transport = None
) -> DeskAlert:
    """Sign the alert's current draft with the desk's signing key and publish it."""
    me = _require_alerts(session)
    key = me.keys.sign_key()
    assert key is not None  # an alerts desk always has one
    draft = alert_draft(session, alert_id)
    signed = _guard(lambda: desk_alerts.sign(draft, key, me.keys.desk_id))

    def run() -> DeskAlert:
        with _client(session, transport) as client:
            client.publish(signed)
        return desk_store.save_alert(
            session.conn,
            alert_id=draft.alert_id,
            source_envelope_id=draft.source_envelope_id,
            version=draft.version,
            status=AlertStatus.PUBLISHED,
            alert=desk_alerts.draft_to_json(draft),
            signed=json.loads(signed.model_dump_json(exclude_none=True)),
            fingerprint=alert_fingerprint(signed.alert),
            now=now,
        )

    return _guard(run)


def end_alert(
    session: VaultSession, alert_id: str, action: str, now: datetime, transport: Transport = None
) -> DeskAlert:
    """`action` expire or withdraw: on the server, then on the desk."""
    _require_alerts(session)
    if action not in {"expire", "withdraw"}:
        raise DeskError("an alert is expired or withdrawn")
    stored = _guard(lambda: desk_store.desk_alert(session.conn, alert_id))

    def run() -> DeskAlert:
        with _client(session, transport) as client:
            change = client.set_alert_status(alert_id, action)
        # A status this desk does not know is refused (ValueError: "not valid"), not stored.
        status = AlertStatus(change.status)
        return desk_store.save_alert(
            session.conn,
            alert_id=alert_id,
            source_envelope_id=stored.source_envelope_id,
            version=stored.version,
            status=status,
            alert=stored.alert,
            signed=stored.signed,
            fingerprint=stored.fingerprint,
            now=now,
        )

    return _guard(run)


def alerts(session: VaultSession) -> list[DeskAlert]:
    return desk_store.desk_alerts(session.conn)


def staff(session: VaultSession, work: Callable[[StaffClient], T], transport: Transport = None) -> T:
    """Run `work` with a signed-in staff client of a desk of any role (what every desk may
    ask, e.g. the statistics); errors become DeskError."""

    def run() -> T:
        with _client(session, transport) as client:
            return work(client)

    return _guard(run)


def admin_client(session: VaultSession, transport: Transport = None) -> StaffClient:
    """A signed-in staff client for an admin desk's work (regions, orgs, codes, devices);
    close it after use. Its errors are StaffClientError (see `admin`)."""
    if identity(session).role is not StaffRole.ADMIN:
        raise DeskError("only an admin desk manages regions, organisations, codes and devices")
    return _client(session, transport)


def admin(session: VaultSession, work: Callable[[StaffClient], T], transport: Transport = None) -> T:
    """Run `work` with a signed-in admin client; errors become DeskError."""

    def run() -> T:
        with admin_client(session, transport) as client:
            return work(client)

    return _guard(run)
