"""Creating, unlocking, changing and destroying a vault: the composition of crypto and storage.

A vault is a data dir holding a SQLCipher database opened with a random
256-bit data key, and a key file in which each passphrase slot wraps that key
(crypto.keyfile). Everything here is plain Python with no Qt, so the CLI and
the desktop app (through services/) use the same code.

Order matters for crash safety and is commented at each step; the rule is that
an interruption leaves either the old state or the new one, never a database
whose key is nowhere.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from outreach_app.core.vault_backup import read_backup_archive, write_backup_archive
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
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    WrongPassphraseError,
)
from outreach_app.core.vault_files import (
    destroy_database,
    destroy_everything_else,
    destroy_key_material,
    move_into_place,
    private_workdir,
    remove_dir_if_empty,
    rotating_key_file,
    vault_exists,
)
from outreach_app.core.vault_session import VaultClosedError, VaultSession
from outreach_app.crypto.atomic import PRIVATE_FILE_MODE, ensure_private_dir, fsync_dir
from outreach_app.crypto.erase import overwrite_and_unlink
from outreach_app.crypto.failures import FailureCounter
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams
from outreach_app.crypto.keyfile import (
    VERSION,
    KeyFile,
    KeyFileFormatError,
    Role,
    Slot,
    loads,
    new_data_key,
    read_key_file,
    unwrap_any,
    unwrap_slot,
    wrap_slot,
    write_key_file,
)
from outreach_app.crypto.passphrase_policy import WeakPassphraseError, require_acceptable
from outreach_app.crypto.process_lock import LockHeldError, ProcessLock
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.timeutil import utcnow
from outreach_app.storage import integrity
from outreach_app.storage.connection import (
    DamagedDatabaseError,
    DatabaseMissingError,
    NotAVaultError,
    WrongKeyError,
    backup_database,
    open_database,
    rekey,
)
from outreach_app.storage.migrations import migrate, schema_version

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3's Connection has exactly this API

__all__ = [
    "BackupInvalidError",
    "BackupMissingError",
    "DestinationExistsError",
    "KeyFileDamagedError",
    "LockedOutError",
    "RoleRefusedError",
    "SlotNotFoundError",
    "SlotRefusedError",
    "VaultClosedError",
    "VaultDamagedError",
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

Clock = Callable[[], datetime]
AUTO_BACKUPS_KEPT = 3
AUTO_BACKUP_SUFFIX = ".outreach-backup"


# --- small helpers -----------------------------------------------------------------------------


def _acquire_lock(layout: VaultLayout) -> ProcessLock:
    lock = ProcessLock(layout.lock)
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise VaultInUseError(exc.pid) from None
    return lock


def _read_key_file(path: Path) -> KeyFile:
    try:
        return read_key_file(path)
    except FileNotFoundError:
        raise VaultMissingError("there is no vault here (no key file); create one first") from None
    except KeyFileFormatError as exc:
        raise KeyFileDamagedError(f"the key file is damaged: {exc}") from None
    except OSError as exc:
        raise KeyFileDamagedError(f"the key file could not be read ({exc.strerror})") from None


def _open_db(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open the DB, turning storage's open errors into vault errors with plain messages."""
    try:
        return open_database(path, key, create=create)
    except DatabaseMissingError:
        raise VaultDamagedError(
            "the database file is missing: the key file alone opens nothing (restore a backup)"
        ) from None
    except WrongKeyError:
        raise VaultDamagedError(
            "the database does not match the key file, or its first page is damaged"
        ) from None
    except (NotAVaultError, DamagedDatabaseError) as exc:
        raise VaultDamagedError(str(exc)) from None


def _make_private(paths: list[Path]) -> None:
    if os.name == "nt":
        return
    for path in paths:
        if path.exists():
            path.chmod(PRIVATE_FILE_MODE)


def _precreate_private(path: Path) -> None:
    """Create an empty 0600 file so SQLite (which copies the DB's mode to -wal/-shm) never widens it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    os.close(fd)


def _require_open(session: VaultSession) -> bytes:
    return session.data_key()


def _require_coordinator(session: VaultSession, action: str) -> None:
    if session.role != "coordinator":
        raise RoleRefusedError(f"only a coordinator may {action}")


def _verify_current(session: VaultSession, key_file: KeyFile, passphrase: str) -> Slot:
    """The session's slot, after checking `passphrase` still opens it (re-authentication)."""
    slot = key_file.slot(session.slot_id)
    if slot is None:
        raise KeyFileDamagedError("the key file no longer has the slot this session was opened with")
    unwrapped = unwrap_slot(slot, passphrase, key_file.version)
    if unwrapped is None or not hmac.compare_digest(unwrapped, session.data_key()):
        raise WrongPassphraseError()
    return slot


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
    lock = _acquire_lock(layout)
    try:
        if vault_exists(layout):  # re-checked under the lock: another process may have won the race
            raise VaultExistsError(f"a vault already exists in {layout.data_dir}")
        data_key = new_data_key()
        key_file = KeyFile(VERSION, (wrap_slot(data_key, passphrase, role=role, kdf=kdf),))
        try:
            _precreate_private(layout.db)
            conn = open_database(layout.db, data_key, create=True)
            try:
                migrate(conn)
            finally:
                conn.close()
            _make_private([layout.db, *layout.db_sidecars()])
            # The key file comes last: until it exists there is no vault, only ciphertext.
            write_key_file(layout.key_file, key_file)
        except BaseException:
            destroy_database(layout)
            if not dir_was_there:
                lock.release()
                layout.lock.unlink(missing_ok=True)
                remove_dir_if_empty(layout.data_dir)
            raise
    finally:
        lock.release()


def _authenticate(
    layout: VaultLayout, passphrase: str, clock: Clock
) -> tuple[ProcessLock, Slot, bytes, Connection]:
    """Lock, honour the failure delay, unwrap, open the DB (finishing an interrupted rotation)."""
    rotating = rotating_key_file(layout)
    if not layout.key_file.exists() and not rotating.exists():
        if layout.db.exists():
            raise VaultDamagedError(
                "the database is here but its key file is gone: it cannot be opened (restore a backup)"
            )
        raise VaultMissingError(f"there is no vault in {layout.data_dir}; create one first")
    lock = _acquire_lock(layout)
    try:
        counter = FailureCounter(layout.failures, clock)
        wait = counter.retry_after()
        if wait > 0:
            raise LockedOutError(wait)
        if rotating.exists():
            slot, data_key, conn = _finish_interrupted_rotation(layout, passphrase, counter)
        else:
            key_file = _read_key_file(layout.key_file)
            opened = unwrap_any(key_file, passphrase)
            if opened is None:
                raise WrongPassphraseError(counter.record_failure())
            counter.reset()
            slot, data_key = opened
            conn = _open_db(layout.db, data_key)
    except BaseException:
        lock.release()
        raise
    return lock, slot, data_key, conn


def _finish_interrupted_rotation(
    layout: VaultLayout, passphrase: str, counter: FailureCounter
) -> tuple[Slot, bytes, Connection]:
    """A rotation stopped between writing the next key file and promoting it: find which key the DB has."""
    rotating = rotating_key_file(layout)
    candidates: list[tuple[Path, KeyFile]] = []
    for path in (rotating, layout.key_file):
        try:
            candidates.append((path, read_key_file(path)))
        except (FileNotFoundError, KeyFileFormatError):
            continue
    opened_any = False
    for path, key_file in candidates:
        opened = unwrap_any(key_file, passphrase)
        if opened is None:
            continue
        opened_any = True
        try:
            conn = open_database(layout.db, opened[1])
        except WrongKeyError:
            continue
        except (DatabaseMissingError, NotAVaultError, DamagedDatabaseError) as exc:
            raise VaultDamagedError(str(exc)) from None
        counter.reset()
        if path == rotating:
            rotating.replace(layout.key_file)  # the re-key had committed: promote the new key file
        else:
            rotating.unlink()  # the re-key never committed: the old key file is still the right one
        fsync_dir(layout.data_dir)
        return opened[0], opened[1], conn
    if not opened_any:
        raise WrongPassphraseError(counter.record_failure())
    raise VaultDamagedError(
        "a change of the data key was interrupted; try the passphrase from before that change,"
        " or the one set during it"
    )


def unlock_vault(layout: VaultLayout, passphrase: str, *, clock: Clock = utcnow) -> VaultSession:
    """Open the vault for this process: the only writer until the session is closed.

    Steps: lock → failure delay → derive and unwrap → open the DB → automatic
    backup if migrations are pending → migrate.

    Raises:
        VaultMissingError, LockedOutError, WrongPassphraseError (disk unchanged but for the
        failure counter), KeyFileDamagedError, VaultDamagedError, VaultInUseError.
    """
    lock, slot, data_key, conn = _authenticate(layout, passphrase, clock)
    try:
        migrate(conn, before=lambda pending: _backup_before_migration(layout, conn, data_key, pending, clock))
    except BaseException:
        conn.close()
        lock.release()
        raise
    return VaultSession(
        layout=layout, role=slot.role, slot_id=slot.id, conn=conn, data_key=data_key, lock=lock
    )


def check_vault(layout: VaultLayout, passphrase: str, *, clock: Clock = utcnow) -> list[str]:
    """Unlock without migrating and run SQLite's and SQLCipher's integrity checks.

    Returns:
        The problems found (empty when the database is sound).

    Raises:
        The same errors as `unlock_vault`; a damaged or foreign DB raises VaultDamagedError.
    """
    lock, _slot, _key, conn = _authenticate(layout, passphrase, clock)
    try:
        return _integrity_problems(conn)
    finally:
        conn.close()
        lock.release()


def _integrity_problems(conn: Connection) -> list[str]:
    try:
        return list(integrity.check(conn))
    except dbapi2.DatabaseError as exc:
        # A page that fails authentication can abort quick_check itself; report what SQLCipher
        # can still say page by page (its messages name pages, never content).
        problems = [f"the database could not be read to the end: {exc}"]
        with contextlib.suppress(dbapi2.DatabaseError):
            problems += [
                f"cipher_integrity_check: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")
            ]
        return problems


# --- backups ------------------------------------------------------------------------------------


def _write_backup(layout: VaultLayout, conn: Connection, data_key: bytes, dest: Path) -> None:
    key_file_bytes = layout.key_file.read_bytes()
    with private_workdir(layout) as work:
        copy = work / "vault.db"
        backup_database(conn, copy, data_key)
        write_backup_archive(dest, key_file_bytes, copy)


def _backup_before_migration(
    layout: VaultLayout, conn: Connection, data_key: bytes, pending: list[int], clock: Clock
) -> None:
    current = schema_version(conn)
    if current == 0 or not pending:
        return  # a brand-new DB has nothing to lose
    ensure_private_dir(layout.backups)
    stamp = clock().strftime("%Y%m%dT%H%M%SZ")
    dest = (
        layout.backups / f"before-migration-{current:04d}-to-{max(pending):04d}-{stamp}{AUTO_BACKUP_SUFFIX}"
    )
    _write_backup(layout, conn, data_key, dest)
    # Keep the newest few: each is a full copy of the DB.
    existing = sorted(
        layout.backups.glob(f"before-migration-*{AUTO_BACKUP_SUFFIX}"), key=lambda p: p.stat().st_mtime_ns
    )
    for old in existing[:-AUTO_BACKUPS_KEPT]:
        overwrite_and_unlink(old)


def backup_vault(session: VaultSession, dest: Path) -> None:
    """Write a self-contained encrypted backup (mode 0600) that the vault's passphrases open.

    Raises:
        DestinationExistsError: `dest` exists (it is never overwritten).
    """
    data_key = _require_open(session)
    dest = Path(dest)
    if dest.exists():
        raise DestinationExistsError(f"{dest} already exists; choose a new file name")
    _write_backup(session.layout, session.conn, data_key, dest)


def restore_vault(layout: VaultLayout, backup_file: Path, passphrase: str, *, replace: bool = False) -> None:
    """Put the vault from `backup_file` in place, after proving the passphrase opens it.

    Nothing in the data dir changes unless the backup is intact, the passphrase
    opens it and its database passes the integrity checks.

    Args:
        layout: where to restore.
        backup_file: a file written by `backup_vault` (or an automatic pre-migration backup).
        passphrase: a passphrase of one of the backup's slots.
        replace: allow replacing an existing vault (its key file is destroyed first).

    Raises:
        BackupMissingError, BackupInvalidError, WrongPassphraseError, VaultExistsError, VaultInUseError.
    """
    src = Path(backup_file)
    if not src.is_file():
        raise BackupMissingError(f"there is no backup file at {src}")
    if vault_exists(layout) and not replace:
        raise VaultExistsError(
            f"a vault already exists in {layout.data_dir}; restoring would replace it (ask for replace)"
        )
    dir_was_there = layout.data_dir.exists()
    ensure_private_dir(layout.data_dir)
    lock = _acquire_lock(layout)
    try:
        _restore_locked(layout, src, passphrase, replace=replace)
    except BaseException:
        if not dir_was_there:  # leave no empty vault folder behind a refused restore
            lock.release()
            layout.lock.unlink(missing_ok=True)
            remove_dir_if_empty(layout.data_dir)
        raise
    finally:
        lock.release()


def _restore_locked(layout: VaultLayout, src: Path, passphrase: str, *, replace: bool) -> None:
    if vault_exists(layout) and not replace:  # re-checked under the lock
        raise VaultExistsError(f"a vault already exists in {layout.data_dir}")
    with private_workdir(layout) as work:
        key_bytes, db_copy = read_backup_archive(src, work)
        try:
            key_file = loads(key_bytes)
        except KeyFileFormatError as exc:
            raise BackupInvalidError(f"the backup's key file is damaged: {exc}") from None
        opened = unwrap_any(key_file, passphrase)
        if opened is None:
            raise WrongPassphraseError()
        try:
            conn = open_database(db_copy, opened[1])
        except (WrongKeyError, NotAVaultError, DamagedDatabaseError, DatabaseMissingError):
            raise BackupInvalidError("the backup's database is damaged or does not match its key") from None
        try:
            problems = _integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise BackupInvalidError(
                "the backup's database failed its integrity check: " + "; ".join(problems)
            )
        if replace:
            # Same order as quick delete: the old key file goes first.
            destroy_key_material(layout)
            destroy_database(layout)
        move_into_place(db_copy, layout.db)
        _make_private([layout.db])
        write_key_file(layout.key_file, key_file)  # last: until now the old state (or none) stands
        FailureCounter(layout.failures, utcnow).reset()


# --- passphrases, slots, data key ----------------------------------------------------------------


def change_passphrase(session: VaultSession, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Re-wrap this session's slot under `new`. The database file is not touched.

    Args:
        session: the unlocked vault.
        current: the slot's current passphrase (asked again so an unattended session cannot be hijacked).
        new: the new passphrase (policy enforced).
        kdf: new KDF parameters; default keeps the slot's.
    """
    data_key = _require_open(session)
    require_acceptable(new)
    key_file = _read_key_file(session.layout.key_file)
    slot = _verify_current(session, key_file, current)
    new_slot = wrap_slot(data_key, new, role=slot.role, kdf=kdf or slot.kdf, slot_id=slot.id)
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
    again. The old key file, with any old passphrase, opens nothing afterwards.

    Args:
        session: the unlocked vault (its readers must be closed: they hold the old key).
        current: the acting slot's passphrase (re-authentication).
        new: a new passphrase for the acting slot; None keeps `current`.
        keep: slot id → passphrase for other slots to keep.
        kdf: KDF parameters for the acting slot; default keeps the slot's.

    Returns:
        The ids of the slots that were removed.

    Raises:
        RoleRefusedError: a worker may rotate only when theirs is the only slot.
    """
    data_key = _require_open(session)
    keep = dict(keep or {})
    layout = session.layout
    if new is not None:
        require_acceptable(new)
    key_file = _read_key_file(layout.key_file)
    slot = _verify_current(session, key_file, current)
    others = [s for s in key_file.slots if s.id != slot.id]
    if others and session.role != "coordinator":
        raise RoleRefusedError("only a coordinator may change the data key while other slots exist")
    next_key = new_data_key()
    kept: list[Slot] = []
    removed: list[str] = []
    for other in others:
        other_passphrase = keep.get(other.id)
        if other_passphrase is None:
            removed.append(other.id)
            continue
        if unwrap_slot(other, other_passphrase, key_file.version) is None:
            raise WrongPassphraseError()
        kept.append(wrap_slot(next_key, other_passphrase, role=other.role, kdf=other.kdf, slot_id=other.id))
    acting = wrap_slot(next_key, new or current, role=slot.role, kdf=kdf or slot.kdf, slot_id=slot.id)
    next_file = KeyFile(VERSION, (acting, *kept))
    rotating = rotating_key_file(layout)
    # Written before the re-key so a crash in between leaves a key for whichever state the DB is in;
    # unlock_vault finishes the job (see _finish_interrupted_rotation).
    write_key_file(rotating, next_file)
    try:
        rekey(session.conn, next_key)
    except BaseException:
        rotating.unlink(missing_ok=True)
        raise
    del data_key
    session.replace_data_key(next_key)
    rotating.replace(layout.key_file)
    fsync_dir(layout.data_dir)
    return removed


def list_slots(layout: VaultLayout) -> list[tuple[str, Role]]:
    """(slot id, role) for every slot. Ids and roles are not secret; they unlock nothing."""
    return [(s.id, s.role) for s in _read_key_file(layout.key_file).slots]


def add_slot(session: VaultSession, passphrase: str, role: Role, *, kdf: KdfParams | None = None) -> str:
    """Add a passphrase slot (coordinator only); returns its id.

    Raises:
        RoleRefusedError, WeakPassphraseError, SlotRefusedError (the passphrase already opens a slot).
    """
    data_key = _require_open(session)
    _require_coordinator(session, "add a passphrase")
    require_acceptable(passphrase)
    key_file = _read_key_file(session.layout.key_file)
    if unwrap_any(key_file, passphrase) is not None:
        # Two slots with one passphrase would make the role at unlock depend on slot order.
        raise SlotRefusedError("that passphrase is already in use; choose a different one")
    acting = key_file.slot(session.slot_id)
    slot = wrap_slot(data_key, passphrase, role=role, kdf=kdf or (acting.kdf if acting else PRODUCTION_KDF))
    write_key_file(session.layout.key_file, key_file.with_slot(slot))
    return slot.id


def remove_slot(session: VaultSession, slot_id: str) -> None:
    """Remove another slot (coordinator only). The session's own slot cannot be removed."""
    _require_open(session)
    _require_coordinator(session, "remove a passphrase")
    if slot_id == session.slot_id:
        raise SlotRefusedError("you cannot remove the passphrase you unlocked with")
    key_file = _read_key_file(session.layout.key_file)
    if key_file.slot(slot_id) is None:
        raise SlotNotFoundError(f"there is no slot {slot_id}")
    write_key_file(session.layout.key_file, key_file.without_slot(slot_id))


# --- quick delete --------------------------------------------------------------------------------


@dataclass
class WipeReport:
    """What `wipe_vault` did besides deleting.

    Attributes:
        found_vault: a key file or database was there.
        in_use_by: PID of another process that had the vault open (it can no longer read it).
        hook_failures: names of exceptions raised by the hooks; the wipe went ahead regardless.
    """

    found_vault: bool = False
    in_use_by: int | None = None
    hook_failures: list[str] = field(default_factory=list)


def wipe_vault(
    layout: VaultLayout,
    *,
    before_destroy: Callable[[], None] | None = None,
    forget_credentials: Callable[[], None] | None = None,
    session: VaultSession | None = None,
) -> WipeReport:
    """Quick delete: crypto-erase the key file first, then every other file of the vault.

    Runs even if another process has the vault open: in an emergency the key
    file must go regardless (the other process can no longer unlock anything).

    Args:
        layout: the vault.
        before_destroy: called first, while the vault is intact (sync revokes the device here).
        forget_credentials: called last, to remove the app's OS keyring entries.
        session: this process's open session, closed after `before_destroy`.
    """
    report = WipeReport(found_vault=vault_exists(layout))
    if before_destroy is not None:
        try:
            before_destroy()
        except Exception as exc:  # a failed revocation must never stop a quick delete
            report.hook_failures.append(type(exc).__name__)
    if session is not None:
        session.close()
    if not layout.data_dir.is_dir():
        return report
    lock = ProcessLock(layout.lock)
    try:
        lock.acquire()
    except LockHeldError as exc:
        report.in_use_by = exc.pid
    try:
        destroy_key_material(layout)
        destroy_database(layout)
        destroy_everything_else(layout, keep_lock=lock.held)
    finally:
        if lock.held:
            lock.release()
            layout.lock.unlink(missing_ok=True)
    remove_dir_if_empty(layout.data_dir)
    if forget_credentials is not None:
        try:
            forget_credentials()
        except Exception as exc:  # reported, not raised: the files are gone either way
            report.hook_failures.append(type(exc).__name__)
    return report
