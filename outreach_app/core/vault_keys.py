"""Passphrases, slots and the data key of an unlocked vault: change, rotate, add, remove.

Every function takes the acting session; slot changes need a coordinator whose session
holds the coordinator key (core.vault_roles). A slot's passphrase wrapping can only be
made with its own passphrase; its data-key wrapping can also be made by a coordinator,
from the slot key escrowed under the coordinator key (crypto.keyfile), which is how
removing a slot re-keys the database without asking for the other passphrases.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from outreach_app.core.passphrase_context import vault_names
from outreach_app.core.vault_common import (
    load_key_file,
    require_open,
)
from outreach_app.core.vault_errors import (
    KeyFileDamagedError,
    RoleRefusedError,
    SlotNotFoundError,
    SlotRefusedError,
    WrongPassphraseError,
)
from outreach_app.core.vault_files import (
    destroy_automatic_backups,
    rotating_key_file,
)
from outreach_app.core.vault_session import VaultSession
from outreach_app.crypto.atomic import fsync_dir
from outreach_app.crypto.erase import ReplacedFileEraser
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams
from outreach_app.crypto.keyfile import (
    VERSION,
    KeyFile,
    Opened,
    Role,
    Slot,
    SlotTamperedError,
    escrowed_slot_key,
    new_data_key,
    new_salt,
    open_any,
    open_slot,
    rewrap_passphrase,
    shared_salt,
    with_data_key,
    wrap_slot,
    write_key_file,
)
from outreach_app.crypto.passphrase_policy import require_acceptable
from outreach_app.crypto.secret_memory import wipe
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import (
    rekey,
)

if TYPE_CHECKING:
    pass  # sqlcipher3's Connection has exactly this API


def _write_key_file(path: Path, key_file: KeyFile) -> None:
    """Module-level seam so tests can fail a key-file write at a chosen step."""
    write_key_file(path, key_file)


def _require_coordinator(session: VaultSession, action: str) -> bytearray:
    """The session's coordinator key; refuses workers and coordinator slots without the key."""
    if session.role != "coordinator" or session.coordinator_key is None:
        raise RoleRefusedError(f"only a coordinator may {action}")
    return session.coordinator_key


def _opens(slot: Slot, passphrase: str) -> bool:
    """Whether `passphrase` opens `slot` (the keys it opened are zeroed at once), with an
    edited slot reported as a damaged key file."""
    try:
        opened = open_slot(slot, passphrase)
    except SlotTamperedError:
        raise KeyFileDamagedError(f"slot {slot.id} of the key file was edited after it was written") from None
    if opened is None:
        return False
    opened.wipe()
    return True


def _verify_current(session: VaultSession, key_file: KeyFile, passphrase: str) -> Opened:
    """The session's slot opened again with `passphrase` (re-authentication); the caller
    zeroes the keys it holds (`Opened.wipe`)."""
    slot = key_file.slot(session.slot_id)
    if slot is None:
        raise KeyFileDamagedError("the key file no longer has the slot this session was opened with")
    try:
        opened = open_slot(slot, passphrase)
    except SlotTamperedError:
        raise KeyFileDamagedError("this session's slot in the key file was edited since unlock") from None
    if opened is None:
        raise WrongPassphraseError()
    if not hmac.compare_digest(opened.data_key, session.data_key()):
        opened.wipe()
        raise WrongPassphraseError()
    return opened


def kdf_for_rewrap(current: KdfParams, requested: KdfParams | None) -> KdfParams:
    """The KDF parameters for a slot being wrapped again under a (new) passphrase.

    An explicit request wins (a test or demo may ask for the cheap profile again).
    Otherwise the slot keeps its parameters if they meet the production floor and is
    upgraded to the production profile if not: a vault made with the test profile
    must not stay cheap to attack once someone sets a real passphrase on it.
    """
    if requested is not None:
        return requested
    return current if current.meets_production_floor() else PRODUCTION_KDF


def change_passphrase(session: VaultSession, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Re-wrap this session's slot under `new`. The database file is not touched.

    Only the slot key's wrapping changes, so the slot's escrow and data-key wrapping stay
    valid; a legacy slot is upgraded to a version-2 slot on the way. Automatic
    pre-migration backups are deleted (see `destroy_automatic_backups`): they hold the
    old key file, which the old passphrase would still open.

    Args:
        session: the unlocked vault.
        current: the slot's current passphrase (asked again so an unattended session cannot be hijacked).
        new: the new passphrase (policy enforced).
        kdf: new KDF parameters; default keeps the slot's, or upgrades to the production
            profile when they are below its floor (see `kdf_for_rewrap`).
    """
    data_key = require_open(session)
    require_acceptable(new, vault_names(session.conn))
    key_file = load_key_file(session.layout.key_file)
    opened = _verify_current(session, key_file, current)
    slot = opened.slot
    new_kdf = kdf_for_rewrap(slot.kdf, kdf)
    salt = shared_salt(key_file, new_kdf, excluding=slot.id) or new_salt()
    try:
        if opened.slot_key is not None:
            new_slot = rewrap_passphrase(slot, opened.slot_key, new, kdf=new_kdf, salt=salt)
        else:
            new_slot = wrap_slot(
                data_key,
                new,
                role=slot.role,
                kdf=new_kdf,
                slot_id=slot.id,
                salt=salt,
                coordinator_key=session.coordinator_key,
            )
    finally:
        opened.wipe()
    # Before the new key file: automatic backups hold the old one, which the old passphrase opens.
    destroy_automatic_backups(session.layout)
    _write_key_file(session.layout.key_file, key_file.with_slot(new_slot))


def _rekey_to(session: VaultSession, next_key: bytearray, next_file: KeyFile) -> None:
    """Re-key the database to `next_key`, `next_file` becoming the key file. Crash-safe.

    The session takes `next_key` over (and zeroes the old key); if the re-key fails, it is
    zeroed here.

    Steps: 1. automatic backups (old key, old passphrases) erased; 2. `vault.key.rotating`
    written (0600, fsync, rename); 3. SQLCipher `PRAGMA rekey` (one transaction); 4. the
    rotating file renamed over `vault.key`, whose old content is then overwritten through a
    handle held across the rename; 5. the directory flushed. Until 4, both key files are
    there and unlock keeps whichever opens the database (vault._settle_pending_key_files):
    an interruption at any step leaves a vault that opens with the passphrases of one of them.
    """
    layout = session.layout
    # Automatic backups hold the old data key under the old passphrases: they must not outlive it.
    destroy_automatic_backups(layout)
    rotating = rotating_key_file(layout)
    _write_key_file(rotating, next_file)
    try:
        rekey(session.conn, next_key)
    except BaseException:
        rotating.unlink(missing_ok=True)
        wipe(next_key)
        raise
    session.replace_data_key(next_key)
    with ReplacedFileEraser(layout.key_file) as old:
        rotating.replace(layout.key_file)
        fsync_dir(layout.data_dir)
        old.erase()


def rotate_data_key(
    session: VaultSession,
    current: str,
    new: str | None = None,
    *,
    keep: Mapping[str, str] | None = None,
    kdf: KdfParams | None = None,
) -> list[str]:
    """Re-key the database with a fresh data key and re-wrap the slots for it.

    A slot's passphrase wrapping can only be made with its own passphrase, so: the acting
    slot is re-wrapped under `new` (or `current`), each other slot whose passphrase is
    given in `keep` is re-wrapped under that, and every other slot is removed (as LUKS
    does) and must be added again. The old key file, with any old passphrase, opens nothing
    afterwards, and the automatic pre-migration backups (old key, old passphrases) are deleted.
    (Removing one slot while keeping the rest needs no passphrases: `remove_slot`.)

    Args:
        session: the unlocked vault (its readers must be closed: they hold the old key).
        current: the acting slot's passphrase (re-authentication).
        new: a new passphrase for the acting slot; None keeps `current`.
        keep: slot id → passphrase for other slots to keep.
        kdf: KDF parameters for every re-wrapped slot; default keeps each slot's, or
            upgrades it to the production profile when below its floor (`kdf_for_rewrap`).

    Returns:
        The ids of the slots that were removed.

    Raises:
        RoleRefusedError: a worker may rotate only when theirs is the only slot.
    """
    require_open(session)
    keep = dict(keep or {})
    if new is not None:
        require_acceptable(new, vault_names(session.conn))
    key_file = load_key_file(session.layout.key_file)
    opened = _verify_current(session, key_file, current)
    opened.wipe()  # re-authentication only: the slot is wrapped afresh below
    slot = opened.slot
    others = [s for s in key_file.slots if s.id != slot.id]
    if others:
        _require_coordinator(session, "change the data key while other slots exist")
    coordinator_key = session.coordinator_key
    next_key = new_data_key()
    try:
        next_file, removed = _rotated_file(next_key, slot, others, current, new, keep, kdf, coordinator_key)
    except BaseException:
        wipe(next_key)
        raise
    _rekey_to(session, next_key, next_file)
    _reseal(session, next_file)
    return removed


def _rotated_file(
    next_key: bytearray,
    slot: Slot,
    others: list[Slot],
    current: str,
    new: str | None,
    keep: Mapping[str, str],
    kdf: KdfParams | None,
    coordinator_key: bytearray | None,
) -> tuple[KeyFile, list[str]]:
    """The key file of a rotation to `next_key`, and the ids of the slots it leaves out."""
    # One fresh salt per KDF profile for the whole new file, so its slots share derivations.
    salts: dict[KdfParams, bytes] = {}
    kept: list[Slot] = []
    removed: list[str] = []
    for other in others:
        other_passphrase = keep.get(other.id)
        if other_passphrase is None:
            removed.append(other.id)
            continue
        if not _opens(other, other_passphrase):
            raise WrongPassphraseError()
        other_kdf = kdf_for_rewrap(other.kdf, kdf)
        kept.append(
            wrap_slot(
                next_key,
                other_passphrase,
                role=other.role,
                kdf=other_kdf,
                slot_id=other.id,
                salt=salts.setdefault(other_kdf, new_salt()),
                coordinator_key=coordinator_key,
            )
        )
    acting_kdf = kdf_for_rewrap(slot.kdf, kdf)
    acting = wrap_slot(
        next_key,
        new or current,
        role=slot.role,
        kdf=acting_kdf,
        slot_id=slot.id,
        salt=salts.setdefault(acting_kdf, new_salt()),
        coordinator_key=coordinator_key,
    )
    return KeyFile(VERSION, (acting, *kept)), removed


def _reseal(session: VaultSession, key_file: KeyFile) -> None:
    """Seal the new slot table (coordinator sessions; a lone worker has no seal to keep)."""
    if session.coordinator_key is not None:
        from outreach_app.core.vault_roles import reseal

        reseal(session, key_file)


def list_slots(layout: VaultLayout) -> list[tuple[str, Role]]:
    """(slot id, role) for every slot. Ids and roles are not secret; they unlock nothing."""
    return [(s.id, s.role) for s in load_key_file(layout.key_file).slots]


def add_slot(session: VaultSession, passphrase: str, role: Role, *, kdf: KdfParams | None = None) -> str:
    """Add a passphrase slot (coordinator only), escrowed under the coordinator key; returns its id.

    Raises:
        RoleRefusedError, WeakPassphraseError, SlotRefusedError (the passphrase already opens a slot).
    """
    data_key = require_open(session)
    coordinator_key = _require_coordinator(session, "add a passphrase")
    require_acceptable(passphrase, vault_names(session.conn))
    key_file = load_key_file(session.layout.key_file)
    try:
        found = open_any(key_file, passphrase)  # one derivation per salt group
    except SlotTamperedError as exc:
        raise KeyFileDamagedError(
            f"slot {exc.slot_id} of the key file was edited after it was written"
        ) from None
    if found is not None:
        found.wipe()
        # Two slots with one passphrase would make the role at unlock depend on slot order.
        raise SlotRefusedError("that passphrase is already in use; choose a different one")
    acting = key_file.slot(session.slot_id)
    slot_kdf = kdf or (acting.kdf if acting else PRODUCTION_KDF)
    slot = wrap_slot(
        data_key,
        passphrase,
        role=role,
        kdf=slot_kdf,
        salt=shared_salt(key_file, slot_kdf),
        coordinator_key=coordinator_key,
    )
    next_file = key_file.with_slot(slot)
    # Seal first: a crash before the key file is written leaves a sealed slot that is not
    # there (silently re-sealed at the next coordinator unlock), never an unsealed one.
    _reseal(session, next_file)
    _write_key_file(session.layout.key_file, next_file)
    return slot.id


def _removal_key(session: VaultSession, slot_id: str) -> bytearray:
    """The coordinator key for removing `slot_id`: the session's, or in a contested session
    (core.vault_roles) the slot's own key when `slot_id` is one whose escrow it does not open."""
    from outreach_app.core.vault_roles import RoleCheck, RoleStatus

    check = session.role_check
    if (
        isinstance(check, RoleCheck)
        and check.status is RoleStatus.CONTESTED
        and check.contested_key is not None
        and slot_id in check.suspect_slots
    ):
        return check.contested_key
    return _require_coordinator(session, "remove a passphrase")


def slots_without_escrow(layout: VaultLayout, coordinator_key: bytes | bytearray) -> list[str]:
    """Slots whose escrow this coordinator key does not open (legacy slots, or forged ones)."""
    missing: list[str] = []
    for slot in load_key_file(layout.key_file).slots:
        slot_key = escrowed_slot_key(slot, coordinator_key)
        if slot_key is None:
            missing.append(slot.id)
        else:
            wipe(slot_key)
    return missing


def remove_slot(
    session: VaultSession,
    slot_id: str,
    *,
    keep: Mapping[str, str] | None = None,
    drop_unescrowed: bool = False,
) -> list[str]:
    """Remove another slot (coordinator only) and re-key the database so the slot is revoked.

    A copy of the old key file with the removed passphrase opens the old data key, which
    opens nothing after this: every remaining slot gets the new data key under its slot
    key, taken from its escrow (no passphrase needed). A slot without an escrow this key
    opens (made before the coordinator key existed) can be kept only with its passphrase
    in `keep`; otherwise the removal is refused unless `drop_unescrowed`, which removes it too.
    Runs on the DB thread (it re-keys the whole database: seconds on a large vault).

    Returns:
        The other slots removed with it (without escrow and not kept).

    Raises:
        RoleRefusedError, SlotRefusedError (own slot; unescrowed slots and not `drop_unescrowed`),
        SlotNotFoundError, WrongPassphraseError (a passphrase in `keep` is wrong).
    """
    require_open(session)
    coordinator_key = _removal_key(session, slot_id)
    keep = dict(keep or {})
    if slot_id == session.slot_id:
        raise SlotRefusedError("you cannot remove the passphrase you unlocked with")
    key_file = load_key_file(session.layout.key_file)
    if key_file.slot(slot_id) is None:
        raise SlotNotFoundError(f"there is no slot {slot_id}")
    next_key = new_data_key()
    try:
        remaining, dropped = _rewrapped_without(key_file, slot_id, next_key, coordinator_key, keep)
        if dropped and not drop_unescrowed:
            raise SlotRefusedError(
                "these passphrases were added before the coordinator key existed and cannot be kept"
                " without being typed again: "
                + ", ".join(dropped)
                + " (give them, or allow removing them too)"
            )
        if session.slot_id in dropped:  # the acting slot is always escrowed once unlocked as coordinator
            raise SlotRefusedError("this session's own passphrase would be removed; nothing was changed")
    except BaseException:
        wipe(next_key)
        raise
    next_file = KeyFile(VERSION, tuple(remaining))
    _rekey_to(session, next_key, next_file)
    from outreach_app.core.vault_roles import write_seal

    # Sealed with the key that vouched for the remaining slots (in a contested session too:
    # the next unlock of each remaining coordinator slot then verifies).
    write_seal(session.conn, coordinator_key, next_file)
    return dropped


def _rewrapped_without(
    key_file: KeyFile,
    slot_id: str,
    next_key: bytearray,
    coordinator_key: bytearray,
    keep: Mapping[str, str],
) -> tuple[list[Slot], list[str]]:
    """Every slot but `slot_id` wrapping `next_key` (from its escrow, or its passphrase in
    `keep`), and the ids of the slots that could not be (no escrow, no passphrase)."""
    remaining: list[Slot] = []
    dropped: list[str] = []
    for slot in key_file.slots:
        if slot.id == slot_id:
            continue
        slot_key = escrowed_slot_key(slot, coordinator_key)
        if slot_key is not None:
            try:
                remaining.append(with_data_key(slot, slot_key, next_key))
            finally:
                wipe(slot_key)
            continue
        passphrase = keep.get(slot.id)
        if passphrase is None:
            dropped.append(slot.id)
            continue
        if not _opens(slot, passphrase):
            raise WrongPassphraseError()
        remaining.append(
            wrap_slot(
                next_key,
                passphrase,
                role=slot.role,
                kdf=slot.kdf,
                slot_id=slot.id,
                salt=slot.salt,
                coordinator_key=coordinator_key,
            )
        )
    return remaining, dropped
