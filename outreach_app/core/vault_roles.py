"""Roles that hold: the coordinator key, and the seal over protected settings and the slot table.

Any passphrase opens the data key, so a worker can change any row of the database and
add slots to the key file. What a worker does not have is the *coordinator key*: a
random 256-bit key that only coordinator slots carry (crypto.keyfile). With it a
coordinator session writes the *seal*, a settings row holding the protected settings
(whether reports need review, the retention policy), the slot table (id and role of
every slot) and an HMAC-SHA256 over both. Every coordinator unlock checks the seal:

- a protected setting that differs from the sealed value was changed without the key:
  the sealed value is put back;
- a slot missing from the sealed table (a coordinator slot forged by a worker) is
  removed from the key file;
- a seal that does not verify (edited or deleted) puts the safe defaults back
  (review on, retention at its documented defaults).

Each is written to the audit log as an `alarm` and told to the person (CLI on stderr,
app as a notice). A coordinator slot that does not carry the key that wrote the seal
(an old slot, or one a worker forged) acts as a worker for the session.

Limits (docs/security.md, "Roles"): worker sessions cannot check the seal (they do not
hold the key), so a change made from a worker session counts until the next coordinator
unlock. A worker can always destroy slots or the whole vault; what they cannot do is
change what the seal covers without a coordinator finding out.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from outreach_app.crypto.keyfile import (
    KeyFile,
    Opened,
    escrow_opens,
    new_data_key,
    with_coordinator_key,
    with_data_key,
    wrap_slot,
    write_key_file,
)
from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos.audit import AuditKind, append_event
from outreach_app.storage.repos.settings import delete_setting, get_setting, set_setting

if TYPE_CHECKING:
    from sqlite3 import Connection

    from outreach_app.core.vault_session import VaultSession
    from outreach_app.domain.layout import VaultLayout

SEAL_SETTING = "protected.seal"
# reports.retention.POLICY_SETTING (core may not import reports; a test keeps them equal).
RETENTION_POLICY_SETTING = "retention.policy"

# Protected setting → its safe default. None means "absent": the reader falls back to its
# documented defaults (retention: 12/12/24 months, 90 days).
SAFE_DEFAULTS: dict[str, Any] = {
    REVIEW_REQUIRED_SETTING: True,
    RETENTION_POLICY_SETTING: None,
}
_MAC_CONTEXT = b"outreach protected settings v1\x00"


class RoleStatus(StrEnum):
    """What the unlock's check of the seal concluded (RoleCheck.status)."""

    WORKER = "worker"  # not checked: a worker holds no key
    VERIFIED = "verified"
    CREATED = "created"  # first coordinator unlock of an older vault: key and seal made now
    UNVERIFIED = "unverified"  # a coordinator slot without the key: acts as worker
    CONTESTED = "contested"  # this slot's key is not the one of the other slots: acts as worker

    @property
    def acts_as_worker(self) -> bool:
        """A coordinator passphrase whose key could not be trusted: the session is a worker's."""
        return self in {RoleStatus.UNVERIFIED, RoleStatus.CONTESTED}


@dataclass(frozen=True)
class RoleCheck:
    """What the unlock's check of the seal found and did.

    Attributes:
        status: what the check concluded (RoleStatus: worker, verified, created, unverified,
            contested).
        alarms: alarm codes written to the audit log.
        message: what to tell the person, or None.
    """

    status: RoleStatus
    alarms: tuple[str, ...] = ()
    message: str | None = None
    restored: tuple[str, ...] = field(default=())
    removed_slots: tuple[str, ...] = field(default=())
    # Contested: the slots whose escrow this session's key does not open, and that key. The
    # session may remove those slots and nothing else (vault_keys.remove_slot): a worker can
    # delete slots from the file by hand anyway, so this gives a forger nothing new, and it
    # lets the real coordinator throw out a forged slot.
    suspect_slots: tuple[str, ...] = field(default=())
    contested_key: bytearray | None = field(default=None, repr=False)  # zeroed at session close


def new_coordinator_key() -> bytearray:
    return new_data_key()  # the same kind of key: 256 random bits in a buffer zeroed after use


def protected_values(conn: Connection) -> dict[str, Any]:
    return {key: get_setting(conn, key, None) for key in SAFE_DEFAULTS}


def slot_table(key_file: KeyFile) -> list[list[str]]:
    return sorted([slot.id, slot.role] for slot in key_file.slots)


def _mac(coordinator_key: bytes | bytearray, values: dict[str, Any], slots: list[list[str]]) -> str:
    body = json.dumps({"values": values, "slots": slots}, sort_keys=True, separators=(",", ":"))
    return hmac.new(coordinator_key, _MAC_CONTEXT + body.encode("utf-8"), hashlib.sha256).hexdigest()


def write_seal(conn: Connection, coordinator_key: bytes | bytearray, key_file: KeyFile) -> None:
    """Seal the current protected settings and `key_file`'s slot table."""
    values = protected_values(conn)
    slots = slot_table(key_file)
    set_setting(
        conn, SEAL_SETTING, {"values": values, "slots": slots, "mac": _mac(coordinator_key, values, slots)}
    )


def reseal(session: VaultSession, key_file: KeyFile | None = None) -> None:
    """After a coordinator changed a protected setting or a slot: seal the new state.

    Raises:
        PermissionError: the session holds no coordinator key (callers check the role first).
    """
    from outreach_app.core.vault_common import load_key_file

    if session.coordinator_key is None:
        raise PermissionError("this session holds no coordinator key")
    write_seal(session.conn, session.coordinator_key, key_file or load_key_file(session.layout.key_file))


@dataclass(frozen=True)
class _Seal:
    values: dict[str, Any]
    slots: list[list[str]]
    mac: str


def _read_seal(conn: Connection) -> _Seal | Literal["damaged"] | None:
    raw = get_setting(conn, SEAL_SETTING, None)
    if raw is None:
        return None
    if not isinstance(raw, dict):
        return "damaged"
    values, slots, mac = raw.get("values"), raw.get("slots"), raw.get("mac")
    if not isinstance(values, dict) or not isinstance(slots, list) or not isinstance(mac, str):
        return "damaged"
    if not all(isinstance(s, list) and len(s) == 2 and all(isinstance(x, str) for x in s) for s in slots):
        return "damaged"
    return _Seal(values, slots, mac)


def _put_values(conn: Connection, values: dict[str, Any]) -> list[str]:
    """Write `values` for the protected settings that differ; returns the keys written."""
    changed: list[str] = []
    for key in SAFE_DEFAULTS:
        wanted = values.get(key)
        if get_setting(conn, key, None) == wanted:
            continue
        if wanted is None:
            delete_setting(conn, key)
        else:
            set_setting(conn, key, wanted)
        changed.append(key)
    return changed


def _alarm(conn: Connection, what: str, now: datetime, role: str, **detail: object) -> None:
    append_event(conn, AuditKind.ALARM, at=now, role=role, detail={"alarm": what, **detail})


NOT_SEALED_MESSAGE = (
    "This vault's review and retention settings and its passphrase list are not sealed with a"
    " coordinator key yet: the next coordinator unlock creates the key and seals them. Until"
    " then a change made without a coordinator cannot be detected."
)
DISK_FULL_MESSAGE = (
    "The disk is full, so the coordinator key's check could not write what it found; this"
    " session acts as a worker until the vault is opened again with free space."
)

UNVERIFIED_MESSAGE = (
    "This coordinator passphrase does not carry the vault's coordinator key, so this session acts"
    " as a worker. If a coordinator did not add it, someone added it without permission: a"
    " coordinator should remove it (`outreach role list`, `outreach role remove`)."
)


def check_roles(
    conn: Connection, layout: VaultLayout, key_file: KeyFile, opened: Opened, passphrase: str, now: datetime
) -> tuple[RoleCheck, bytearray | None]:
    """The unlock's check (see the module docstring); returns it and the verified coordinator key.

    Repairs (settings put back, forged slots removed) and their alarms are written in one
    transaction before the key file is rewritten; a crash in between is found and repaired
    again at the next coordinator unlock.
    """
    slot = opened.slot
    seal = _read_seal(conn)
    if slot.role != "coordinator":
        return RoleCheck(RoleStatus.WORKER, (), NOT_SEALED_MESSAGE if seal is None else None), None
    key = opened.coordinator_key
    if seal is None and key is None and not any(s.escrow or s.coordinator_key for s in key_file.slots):
        return _create(conn, layout, key_file, opened, passphrase, now)
    if key is None:
        listed = isinstance(seal, _Seal) and [slot.id, slot.role] in seal.slots
        alarms: tuple[str, ...] = ()
        if not listed:
            with transaction(conn):
                _alarm(conn, "coordinator_slot_without_key", now, "coordinator", slot=slot.id)
            alarms = ("coordinator_slot_without_key",)
        return RoleCheck(RoleStatus.UNVERIFIED, alarms, UNVERIFIED_MESSAGE), None
    if isinstance(seal, _Seal) and hmac.compare_digest(seal.mac, _mac(key, seal.values, seal.slots)):
        check = _repair_from_seal(conn, layout, key_file, key, seal, now)
    else:
        check = _seal_broken(conn, key_file, key, seal is None, now)
    return check, (key if check.status is RoleStatus.VERIFIED else None)


def _create(
    conn: Connection, layout: VaultLayout, key_file: KeyFile, opened: Opened, passphrase: str, now: datetime
) -> tuple[RoleCheck, bytearray]:
    """First coordinator unlock of a vault from before the coordinator key: make it and seal.

    The acting slot is re-wrapped (same salt, same parameters) as a version-2 slot that
    carries the key. Seal first, key file second: a crash in between leaves a seal no slot
    can check, which the next coordinator unlock reports (and the person sees why).
    """
    key = new_coordinator_key()
    slot = opened.slot
    if opened.slot_key is None:
        upgraded = wrap_slot(
            opened.data_key,
            passphrase,
            role=slot.role,
            kdf=slot.kdf,
            slot_id=slot.id,
            salt=slot.salt,
            coordinator_key=key,
        )
    else:
        upgraded = with_data_key(
            with_coordinator_key(slot, opened.slot_key, key), opened.slot_key, opened.data_key
        )
    next_file = key_file.with_slot(upgraded)
    with transaction(conn):
        write_seal(conn, key, next_file)
        append_event(conn, AuditKind.COORDINATOR_KEY, at=now, role="coordinator", detail={"slot": slot.id})
    write_key_file(layout.key_file, next_file)
    others = [
        s.id
        for s in next_file.slots
        if s.id != slot.id and s.coordinator_key is None and s.role == "coordinator"
    ]
    message = (
        "Protected settings and roles are now sealed with the coordinator key, which this passphrase carries."
    )
    if others:
        message += (
            " Other coordinator passphrases (" + ", ".join(others) + ") do not carry it yet and act as"
            " workers until a coordinator adds them again."
        )
    return RoleCheck(RoleStatus.CREATED, (), message), key


def _repair_from_seal(
    conn: Connection, layout: VaultLayout, key_file: KeyFile, key: bytearray, seal: _Seal, now: datetime
) -> RoleCheck:
    sealed_slots = {(s[0], s[1]) for s in seal.slots}
    forged = [s.id for s in key_file.slots if (s.id, s.role) not in sealed_slots]
    # A sealed slot whose escrow this key does not open means the seal was written with
    # another key (a worker re-sealed under a forged slot's key): not this session's to repair.
    suspect = sorted(
        s.id
        for s in key_file.slots
        if (s.id, s.role) in sealed_slots and s.escrow is not None and not escrow_opens(s, key)
    )
    if suspect:
        return _contested(conn, key, "seal_key_mismatch", suspect, now)
    missing = sealed_slots - {(s.id, s.role) for s in key_file.slots}
    next_file = key_file
    for slot_id in forged:
        next_file = next_file.without_slot(slot_id)
    alarms: list[str] = []
    with transaction(conn):
        restored = _put_values(conn, seal.values)
        if restored:
            _alarm(conn, "protected_settings_changed", now, "coordinator", settings=sorted(restored))
            alarms.append("protected_settings_changed")
        if forged:
            _alarm(conn, "slot_added_without_coordinator", now, "coordinator", slots=sorted(forged))
            alarms.append("slot_added_without_coordinator")
        if restored or forged or missing:
            write_seal(conn, key, next_file)
    if forged:
        write_key_file(layout.key_file, next_file)
    if not alarms:
        return RoleCheck(RoleStatus.VERIFIED)
    parts = []
    if restored:
        parts.append(
            "protected settings were changed without the coordinator key and have been put back ("
            + ", ".join(sorted(restored))
            + ")"
        )
    if forged:
        parts.append(
            "passphrase slots were added without the coordinator key and have been removed ("
            + ", ".join(sorted(forged))
            + ")"
        )
    message = "Alarm: " + "; ".join(parts) + ". This is recorded in the audit log."
    return RoleCheck(
        RoleStatus.VERIFIED, tuple(alarms), message, tuple(sorted(restored)), tuple(sorted(forged))
    )


def _seal_broken(
    conn: Connection, key_file: KeyFile, key: bytearray, deleted: bool, now: datetime
) -> RoleCheck:
    """The seal is gone or does not verify with this session's key.

    Either someone without the key edited or deleted it, or this slot's key is not the
    vault's (a forged slot). If this key opens the escrow of every slot that has one, no
    other key wrote any of them: the session is the coordinator, puts the safe defaults
    back and re-seals. Otherwise it is contested.
    """
    what = "seal_missing" if deleted else "seal_invalid"
    mismatched = sorted(s.id for s in key_file.slots if s.escrow is not None and not escrow_opens(s, key))
    if mismatched:
        return _contested(conn, key, what, mismatched, now)
    # Slots without an escrow cannot be vouched for without the seal: older slots, or a
    # slot added in the old format by hand. They are named so the coordinator can check them.
    unescrowed = sorted(s.id for s in key_file.slots if s.escrow is None)
    with transaction(conn):
        restored = _put_values(conn, SAFE_DEFAULTS)
        _alarm(conn, what, now, "coordinator", settings=sorted(restored), unvouched_slots=unescrowed)
        write_seal(conn, key, key_file)
    told = (
        "Alarm: the seal over the protected settings and roles was "
        + ("deleted" if deleted else "changed")
        + " without the coordinator key. Review is on and retention is back at its defaults;"
        " check them in the settings. This is recorded in the audit log."
    )
    if unescrowed:
        told += (
            " These passphrase slots cannot be vouched for; remove any you do not recognise: "
            + ", ".join(unescrowed)
            + "."
        )
    return RoleCheck(RoleStatus.VERIFIED, (what,), told, tuple(restored))


def _contested(
    conn: Connection, key: bytearray, what: str, mismatched: list[str], now: datetime
) -> RoleCheck:
    """This session's coordinator key and some slots' escrows were not written by the same key.

    One side is forged and the software cannot tell which: the safe defaults go back, the
    alarm is written, and the session acts as a worker that may remove the mismatched slots.
    """
    with transaction(conn):
        restored = _put_values(conn, SAFE_DEFAULTS)
        _alarm(conn, what, now, "coordinator", settings=sorted(restored), slots=mismatched)
    told = (
        "Alarm: this passphrase's coordinator key does not match the passphrase slots "
        + ", ".join(mismatched)
        + ": one side was added without the coordinator key. Review is on and retention is back"
        " at its defaults, and this session acts as a worker. If you are the vault's coordinator,"
        " remove the slots you do not recognise (`outreach role remove`); otherwise tell them."
        " This is recorded in the audit log."
    )
    return RoleCheck(RoleStatus.CONTESTED, (what,), told, tuple(restored), (), tuple(mismatched), key)
