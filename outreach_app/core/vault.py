"""Creating, unlocking, changing and destroying a vault: the composition of crypto and storage.

A vault is a data dir holding a SQLCipher database opened with a random
256-bit data key, and a key file in which each passphrase slot wraps that key
(crypto.keyfile). Everything here is plain Python with no Qt, so the CLI and
the desktop app (through services/) use the same code.

This module creates, unlocks and checks a vault and is the one public face of
`core`: import every vault operation and error from here. The other operations
live beside it, one job per module: `vault_keys` (passphrases, slots, data-key
rotation), `vault_copies` (backup, restore, pre-migration backups), `vault_wipe`
(quick delete), `vault_session`, `vault_errors`.

Order matters for crash safety and is commented at each step; the rule is that
an interruption leaves either the old state or the new one, never a database
whose key is nowhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from outreach_app.core.vault_common import (
    Clock,
    acquire_lock,
    disk_is_full,
    integrity_problems,
    leave_no_new_folder,
    load_key_file,
    make_private,
    open_vault_db,
    precreate_private,
)
from outreach_app.core.vault_copies import backup_before_migration, backup_vault, restore_vault
from outreach_app.core.vault_errors import (
    BackupInvalidError,
    BackupMissingError,
    DestinationExistsError,
    KeyFileDamagedError,
    LockedOutError,
    RoleRefusedError,
    SlotNotFoundError,
    SlotRefusedError,
    VaultDamagedError,
    VaultDiskFullError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    WrongPassphraseError,
)
from outreach_app.core.vault_files import (
    destroy_database,
    pending_key_files,
    vault_exists,
)
from outreach_app.core.vault_keys import add_slot, change_passphrase, list_slots, remove_slot, rotate_data_key
from outreach_app.core.vault_roles import DISK_FULL_MESSAGE as DISK_FULL_ROLE_MESSAGE
from outreach_app.core.vault_roles import RoleCheck, RoleStatus, check_roles, new_coordinator_key, write_seal
from outreach_app.core.vault_session import VaultClosedError, VaultSession
from outreach_app.core.vault_wipe import WipeReport, wipe_vault
from outreach_app.crypto.atomic import ensure_private_dir, fsync_dir
from outreach_app.crypto.erase import overwrite_and_unlink
from outreach_app.crypto.failures import FailureCounter
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams
from outreach_app.crypto.keyfile import (
    VERSION,
    KeyFile,
    KeyFileFormatError,
    Opened,
    Role,
    SlotTamperedError,
    new_data_key,
    open_any,
    read_key_file,
    wrap_slot,
    write_key_file,
)
from outreach_app.crypto.passphrase_policy import WeakPassphraseError, require_acceptable
from outreach_app.crypto.process_lock import ProcessLock
from outreach_app.crypto.secret_memory import wipe
from outreach_app.domain.disk_full import is_disk_full
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.timeutil import utcnow
from outreach_app.storage.connection import (
    DamagedDatabaseError,
    DatabaseMissingError,
    NotAVaultError,
    WrongKeyError,
    open_database,
)
from outreach_app.storage.migrations import migrate, pending_migrations

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3's Connection has exactly this API

__all__ = [
    "BackupInvalidError",
    "BackupMissingError",
    "DestinationExistsError",
    "KeyFileDamagedError",
    "LockedOutError",
    "RoleCheck",
    "RoleRefusedError",
    "RoleStatus",
    "SlotNotFoundError",
    "SlotRefusedError",
    "VaultClosedError",
    "VaultDamagedError",
    "VaultDiskFullError",
    "VaultError",
    "VaultExistsError",
    "VaultInUseError",
    "VaultMissingError",
    "VaultSession",
    "WeakPassphraseError",
    "WipeReport",
    "WrongPassphraseError",
    "add_slot",
    "backup_vault",
    "change_passphrase",
    "check_vault",
    "create_vault",
    "list_slots",
    "remove_slot",
    "restore_vault",
    "rotate_data_key",
    "unlock_vault",
    "vault_exists",
    "wipe_vault",
]


# --- create / unlock ---------------------------------------------------------------------------


def create_vault(
    layout: VaultLayout, passphrase: str, *, kdf: KdfParams = PRODUCTION_KDF, role: Role = "coordinator"
) -> None:
    """Create a new vault: data dir 0700, an encrypted DB at the current schema, a one-slot key file.

    Raises:
        WeakPassphraseError: the passphrase is empty or too weak (the message says why).
        VaultExistsError: a key file or database is already there (nothing is overwritten).
        VaultInUseError: another process holds the lock.
    """
    require_acceptable(passphrase)
    if vault_exists(layout):
        raise VaultExistsError(f"a vault already exists in {layout.data_dir}")
    dir_was_there = layout.data_dir.exists()
    ensure_private_dir(layout.data_dir)
    lock = acquire_lock(layout)
    try:
        if vault_exists(layout):  # re-checked under the lock: another process may have won the race
            raise VaultExistsError(f"a vault already exists in {layout.data_dir}")
        data_key = new_data_key()
        # A coordinator's vault is sealed from the start (core.vault_roles).
        coordinator_key = new_coordinator_key() if role == "coordinator" else None
        key_file = KeyFile(
            VERSION, (wrap_slot(data_key, passphrase, role=role, kdf=kdf, coordinator_key=coordinator_key),)
        )
        try:
            precreate_private(layout.db)
            conn = open_database(layout.db, data_key, create=True)
            try:
                migrate(conn)
                if coordinator_key is not None:
                    write_seal(conn, coordinator_key, key_file)
            finally:
                conn.close()
            make_private([layout.db, *layout.db_sidecars()])
            # The key file comes last: until it exists there is no vault, only ciphertext.
            write_key_file(layout.key_file, key_file)
        except BaseException:
            destroy_database(layout)
            if not dir_was_there:
                leave_no_new_folder(layout, lock)
            raise
        finally:
            wipe(data_key)
            if coordinator_key is not None:
                wipe(coordinator_key)
    finally:
        lock.release()


def _authenticate(
    layout: VaultLayout, passphrase: str, clock: Clock
) -> tuple[ProcessLock, Opened, Connection, bool]:
    """Lock, honour the failure delay, unwrap, open the DB (settling an interrupted rotation or restore).

    The last value says the disk was full: the DB was opened in full-disk mode (nothing of
    the vault's own is written: the lock file keeps no PID, failures are not counted). The
    keys in the `Opened` are the caller's to zero.
    """
    pending = [path for path in pending_key_files(layout) if path.exists()]
    if not layout.key_file.exists() and not pending:
        if layout.db.exists():
            raise VaultDamagedError(
                "the database is here but its key file is gone: it cannot be opened (restore a backup)"
            )
        raise VaultMissingError(f"there is no vault in {layout.data_dir}; create one first")
    lock = acquire_lock(layout)
    full_disk = disk_is_full(layout.data_dir)
    try:
        counter = FailureCounter(layout.failures, clock)
        wait = counter.retry_after()
        if wait > 0:
            raise LockedOutError(wait)
        if pending:
            if full_disk:  # settling renames and erases files: not on a full disk
                raise VaultDiskFullError("an interrupted change of the key must be finished first")
            opened, conn = _settle_pending_key_files(layout, passphrase, counter)
        else:
            key_file = load_key_file(layout.key_file)
            found = _open_any(key_file, passphrase)
            if found is None:
                raise WrongPassphraseError(counter.record_failure())
            counter.reset()
            opened = found
            try:
                conn = open_vault_db(layout.db, opened.data_key, full_disk=full_disk)
            except BaseException:
                opened.wipe()
                raise
    except BaseException:
        lock.release()
        raise
    return lock, opened, conn, full_disk


def _open_any(key_file: KeyFile, passphrase: str) -> Opened | None:
    try:
        return open_any(key_file, passphrase)
    except SlotTamperedError:
        raise KeyFileDamagedError(
            "the passphrase is right, but its slot in the key file was edited afterwards (someone"
            " altered the key file): restore a backup, or ask your coordinator"
        ) from None


def _settle_pending_key_files(
    layout: VaultLayout, passphrase: str, counter: FailureCounter
) -> tuple[Opened, Connection]:
    """A rotation or restore stopped before its new key file was renamed into place.

    The database is in whichever state the interruption left it: the key file that
    `passphrase` opens and that opens the database becomes `vault.key`; the other
    candidates wrap keys of a database that is no longer there and are erased.
    """
    candidates: list[tuple[Path, KeyFile]] = []
    for path in (*pending_key_files(layout), layout.key_file):
        try:
            candidates.append((path, read_key_file(path)))
        except (FileNotFoundError, KeyFileFormatError):
            continue
    opened_any = False
    for path, key_file in candidates:
        opened = _open_any(key_file, passphrase)
        if opened is None:
            continue
        opened_any = True
        try:
            conn = open_database(layout.db, opened.data_key)
        except WrongKeyError:
            opened.wipe()
            continue
        except (DatabaseMissingError, NotAVaultError, DamagedDatabaseError) as exc:
            opened.wipe()
            raise VaultDamagedError(str(exc)) from None
        counter.reset()
        if path != layout.key_file:
            path.replace(layout.key_file)  # the database already has this key: promote it
        for other in pending_key_files(layout):
            overwrite_and_unlink(other)  # keys of a database state that no longer exists
        fsync_dir(layout.data_dir)
        return opened, conn
    if not opened_any:
        raise WrongPassphraseError(counter.record_failure())
    raise VaultDamagedError(
        "a change of the data key or a restore was interrupted; try the passphrase from before"
        " it, or the one of the new key or of the backup"
    )


def unlock_vault(layout: VaultLayout, passphrase: str, *, clock: Clock = utcnow) -> VaultSession:
    """Open the vault for this process: the only writer until the session is closed.

    Steps: lock → failure delay → derive and unwrap → open the DB → automatic
    backup if migrations are pending → migrate.

    Raises:
        VaultMissingError, LockedOutError, WrongPassphraseError (disk unchanged but for the
        failure counter), KeyFileDamagedError, VaultDamagedError, VaultInUseError.
    """
    lock, opened, conn, full_disk = _authenticate(layout, passphrase, clock)
    data_key = opened.data_key
    try:
        if full_disk and pending_migrations(conn):
            raise VaultDiskFullError("this version must update the vault first, which needs space")
        migrate(conn, before=lambda pending: backup_before_migration(layout, conn, data_key, pending, clock))
        check, coordinator_key = _check_roles(conn, layout, opened, passphrase, clock, full_disk=full_disk)
    except BaseException as exc:
        conn.close()
        opened.wipe()
        lock.release()
        if isinstance(exc, Exception) and is_disk_full(exc):
            raise VaultDiskFullError("this version must update the vault first, which needs space") from None
        raise
    session = VaultSession(
        layout=layout,
        # A coordinator slot that could not prove its key acts as a worker (vault_roles).
        role="worker" if check.status.acts_as_worker else opened.slot.role,
        slot_id=opened.slot.id,
        conn=conn,
        data_key=data_key,
        lock=lock,
        full_disk=full_disk,
    )
    session.coordinator_key = coordinator_key
    session.role_check = check
    _forget_unheld_keys(opened, session)
    return session


def _forget_unheld_keys(opened: Opened, session: VaultSession) -> None:
    """Zero what the unlock opened and the session does not keep: the slot key always, the
    coordinator key unless the session holds it (verified, or contested: vault_roles)."""
    if opened.slot_key is not None:
        wipe(opened.slot_key)
    key = opened.coordinator_key
    held = (session.coordinator_key, getattr(session.role_check, "contested_key", None))
    if key is not None and not any(key is k for k in held):
        wipe(key)


def _check_roles(
    conn: Connection, layout: VaultLayout, opened: Opened, passphrase: str, clock: Clock, *, full_disk: bool
) -> tuple[RoleCheck, bytearray | None]:
    """Coordinator unlocks check the seal over protected settings and roles (and repair it).

    A repair that does not fit on a full disk is rolled back, and the session acts as a worker
    (nothing is lost: the next unlock with free space finds and repairs the same thing).
    """
    try:
        return check_roles(conn, layout, load_key_file(layout.key_file), opened, passphrase, clock())
    except Exception as exc:
        if not (full_disk or is_disk_full(exc)):
            raise
        return RoleCheck(RoleStatus.UNVERIFIED, (), DISK_FULL_ROLE_MESSAGE), None


def check_vault(layout: VaultLayout, passphrase: str, *, clock: Clock = utcnow) -> list[str]:
    """Unlock without migrating and run SQLite's and SQLCipher's integrity checks.

    Returns:
        The problems found (empty when the database is sound).

    Raises:
        The same errors as `unlock_vault`; a damaged or foreign DB raises VaultDamagedError.
    """
    lock, opened, conn, _full_disk = _authenticate(layout, passphrase, clock)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()
        opened.wipe()
        lock.release()
