"""Passphrases, slots and the data key of an unlocked vault: change, rotate, add, remove.

Every function takes the acting session; slot changes need a coordinator. A slot can only
be (re-)wrapped with its own passphrase, since its wrapping key is derived from it.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
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
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams
from outreach_app.crypto.keyfile import (
    VERSION,
    KeyFile,
    Role,
    Slot,
    new_data_key,
    new_salt,
    shared_salt,
    unwrap_any,
    unwrap_slot,
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


def _require_coordinator(session: VaultSession, action: str) -> None:
    if session.role != "coordinator":
        raise RoleRefusedError(f"only a coordinator may {action}")


def _verify_current(session: VaultSession, key_file: KeyFile, passphrase: str) -> Slot:
    """The session's slot, after checking `passphrase` still opens it (re-authentication)."""
    slot = key_file.slot(session.slot_id)
    if slot is None:
        raise KeyFileDamagedError("the key file no longer has the slot this session was opened with")
    unwrapped = unwrap_slot(slot, passphrase, key_file.version)
    matches = unwrapped is not None and hmac.compare_digest(unwrapped, session.data_key())
    if unwrapped is not None:
        wipe(unwrapped)
    if not matches:
        raise WrongPassphraseError()
    return slot


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

    Automatic pre-migration backups are deleted (see `destroy_automatic_backups`):
    they hold the old key file, which the old passphrase would still open.

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
    slot = _verify_current(session, key_file, current)
    new_kdf = kdf_for_rewrap(slot.kdf, kdf)
    new_slot = wrap_slot(
        data_key,
        new,
        role=slot.role,
        kdf=new_kdf,
        slot_id=slot.id,
        salt=shared_salt(key_file, new_kdf, excluding=slot.id),
    )
    # Before the new key file: automatic backups hold the old one, which the old passphrase opens.
    destroy_automatic_backups(session.layout)
    write_key_file(session.layout.key_file, key_file.with_slot(new_slot))


def rotate_data_key(
    session: VaultSession,
    current: str,
    new: str | None = None,
    *,
    keep: Mapping[str, str] | None = None,
    kdf: KdfParams | None = None,
) -> list[str]:
    """Re-key the database with a fresh data key and re-wrap the slots for it.

    A slot can only be re-wrapped with its own passphrase (its wrapping key is
    derived from it), so: the acting slot is re-wrapped under `new` (or
    `current`), each other slot whose passphrase is given in `keep` is re-wrapped
    under that, and every other slot is removed (as LUKS does) and must be added
    again. The old key file, with any old passphrase, opens nothing afterwards, and the
    automatic pre-migration backups (old key, old passphrases) are deleted.

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
    data_key = require_open(session)
    keep = dict(keep or {})
    layout = session.layout
    if new is not None:
        require_acceptable(new, vault_names(session.conn))
    key_file = load_key_file(layout.key_file)
    slot = _verify_current(session, key_file, current)
    others = [s for s in key_file.slots if s.id != slot.id]
    if others and session.role != "coordinator":
        raise RoleRefusedError("only a coordinator may change the data key while other slots exist")
    next_key = new_data_key()
    # One fresh salt per KDF profile for the whole new file, so its slots share derivations.
    salts: dict[KdfParams, bytes] = {}
    kept: list[Slot] = []
    removed: list[str] = []
    for other in others:
        other_passphrase = keep.get(other.id)
        if other_passphrase is None:
            removed.append(other.id)
            continue
        other_key = unwrap_slot(other, other_passphrase, key_file.version)
        if other_key is None:
            raise WrongPassphraseError()
        wipe(other_key)
        other_kdf = kdf_for_rewrap(other.kdf, kdf)
        kept.append(
            wrap_slot(
                next_key,
                other_passphrase,
                role=other.role,
                kdf=other_kdf,
                slot_id=other.id,
                salt=salts.setdefault(other_kdf, new_salt()),
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
    )
    next_file = KeyFile(VERSION, (acting, *kept))
    # Automatic backups hold the old data key under the old passphrases: they must not outlive it.
    destroy_automatic_backups(layout)
    rotating = rotating_key_file(layout)
    # Written before the re-key so a crash in between leaves a key for whichever state the DB is in;
    # unlock_vault finishes the job (see _finish_interrupted_rotation).
    write_key_file(rotating, next_file)
    try:
        rekey(session.conn, next_key)
    except BaseException:
        rotating.unlink(missing_ok=True)
        wipe(next_key)
        raise
    del data_key
    session.replace_data_key(next_key)
    rotating.replace(layout.key_file)
    fsync_dir(layout.data_dir)
    return removed


def list_slots(layout: VaultLayout) -> list[tuple[str, Role]]:
    """(slot id, role) for every slot. Ids and roles are not secret; they unlock nothing."""
    return [(s.id, s.role) for s in load_key_file(layout.key_file).slots]


def add_slot(session: VaultSession, passphrase: str, role: Role, *, kdf: KdfParams | None = None) -> str:
    """Add a passphrase slot (coordinator only); returns its id.

    Raises:
        RoleRefusedError, WeakPassphraseError, SlotRefusedError (the passphrase already opens a slot).
    """
    data_key = require_open(session)
    _require_coordinator(session, "add a passphrase")
    require_acceptable(passphrase, vault_names(session.conn))
    key_file = load_key_file(session.layout.key_file)
    opened = unwrap_any(key_file, passphrase)
    if opened is not None:
        wipe(opened[1])
        # Two slots with one passphrase would make the role at unlock depend on slot order.
        raise SlotRefusedError("that passphrase is already in use; choose a different one")
    acting = key_file.slot(session.slot_id)
    slot_kdf = kdf or (acting.kdf if acting else PRODUCTION_KDF)
    slot = wrap_slot(data_key, passphrase, role=role, kdf=slot_kdf, salt=shared_salt(key_file, slot_kdf))
    write_key_file(session.layout.key_file, key_file.with_slot(slot))
    return slot.id


def remove_slot(session: VaultSession, slot_id: str) -> None:
    """Remove another slot (coordinator only). The session's own slot cannot be removed.

    Automatic pre-migration backups are deleted: the removed passphrase would still open them.
    """
    require_open(session)
    _require_coordinator(session, "remove a passphrase")
    if slot_id == session.slot_id:
        raise SlotRefusedError("you cannot remove the passphrase you unlocked with")
    key_file = load_key_file(session.layout.key_file)
    if key_file.slot(slot_id) is None:
        raise SlotNotFoundError(f"there is no slot {slot_id}")
    destroy_automatic_backups(session.layout)  # they still hold the removed slot
    write_key_file(session.layout.key_file, key_file.without_slot(slot_id))
