"""Backups of a vault: on request, automatically before migrations, and restoring one.

The file format is in `vault_backup`; this module decides what goes in and when.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from outreach_app.core.vault_backup import read_backup_archive, write_backup_archive
from outreach_app.core.vault_common import (
    Clock,
    acquire_lock,
    integrity_problems,
    leave_no_new_folder,
    make_private,
    require_open,
)
from outreach_app.core.vault_errors import (
    BackupInvalidError,
    BackupMissingError,
    DestinationExistsError,
    KeyFileDamagedError,
    RoleRefusedError,
    VaultDamagedError,
    VaultExistsError,
    WrongPassphraseError,
)
from outreach_app.core.vault_files import (
    move_into_place,
    private_workdir,
    restoring_key_file,
    rotating_key_file,
    vault_exists,
)
from outreach_app.core.vault_session import VaultSession
from outreach_app.crypto.atomic import ensure_private_dir, fsync_dir
from outreach_app.crypto.erase import ReplacedFileEraser, overwrite_and_unlink
from outreach_app.crypto.failures import FailureCounter
from outreach_app.crypto.keyfile import (
    KeyFile,
    KeyFileFormatError,
    SlotTamperedError,
    loads,
    open_any,
    read_key_file,
    unwrap_any,
    write_key_file,
)
from outreach_app.crypto.secret_memory import wipe
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.timeutil import utcnow
from outreach_app.storage.connection import (
    DamagedDatabaseError,
    DatabaseMissingError,
    NotAVaultError,
    WrongKeyError,
    backup_database,
    open_database,
)
from outreach_app.storage.migrations import schema_version
from outreach_app.storage.repos.outside_files import OutsideKind, record_outside_file

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3's Connection has exactly this API


AUTO_BACKUPS_KEPT = 3
AUTO_BACKUP_SUFFIX = ".outreach-backup"


def _write_backup(layout: VaultLayout, conn: Connection, data_key: bytes | bytearray, dest: Path) -> None:
    key_file_bytes = layout.key_file.read_bytes()
    with private_workdir(layout, dest.parent) as work:
        copy = work / "vault.db"
        backup_database(conn, copy, data_key)
        write_backup_archive(dest, key_file_bytes, copy)


def backup_before_migration(
    layout: VaultLayout, conn: Connection, data_key: bytes | bytearray, pending: list[int], clock: Clock
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
    data_key = require_open(session)
    dest = Path(dest)
    if dest.exists():
        raise DestinationExistsError(f"{dest} already exists; choose a new file name")
    _write_backup(session.layout, session.conn, data_key, dest)
    # Quick delete destroys it too: it opens with the passphrases, coerced ones included.
    # On a full vault disk the record waits in the session (a backup to another disk is the
    # way out of a full disk, so it must not fail for want of room to note it).
    at, path = utcnow(), dest.absolute()
    session.write_or_defer(
        "this backup's path", lambda conn: record_outside_file(conn, path, OutsideKind.BACKUP, at)
    )


def restore_vault(
    layout: VaultLayout,
    backup_file: Path,
    passphrase: str,
    *,
    replace: bool = False,
    coordinator_passphrase: str | None = None,
) -> None:
    """Put the vault from `backup_file` in place, after proving the passphrase opens it.

    Nothing in the data dir changes unless the backup is intact, the passphrase
    opens it and its database passes the integrity checks. Replacing an existing vault
    also needs a current coordinator passphrase of *that* vault (`require_coordinator_of`):
    otherwise a worker could roll the vault back to a backup from before their slot was
    removed, or from before a coordinator tightened its settings.

    Args:
        layout: where to restore.
        backup_file: a file written by `backup_vault` (or an automatic pre-migration backup).
        passphrase: a passphrase of one of the backup's slots.
        replace: allow replacing an existing vault (swapped crash-safely, see `_swap_in`).
        coordinator_passphrase: with `replace` over an existing vault, a coordinator
            passphrase of the current vault.

    Raises:
        BackupMissingError, BackupInvalidError, WrongPassphraseError, VaultExistsError, VaultInUseError,
        RoleRefusedError (replacing without a current coordinator passphrase).
    """
    src = Path(backup_file)
    if not src.is_file():
        raise BackupMissingError(f"there is no backup file at {src}")
    if vault_exists(layout) and not replace:
        raise VaultExistsError(
            f"a vault already exists in {layout.data_dir}; restoring would replace it (ask for replace)"
        )
    if vault_exists(layout):
        require_coordinator_of(layout, coordinator_passphrase)
    dir_was_there = layout.data_dir.exists()
    ensure_private_dir(layout.data_dir)
    lock = acquire_lock(layout)
    try:
        _restore_locked(layout, src, passphrase, replace=replace)
    except BaseException:
        if not dir_was_there:  # leave no empty vault folder behind a refused restore
            leave_no_new_folder(layout, lock)
        raise
    finally:
        lock.release()


def require_coordinator_of(layout: VaultLayout, passphrase: str | None) -> None:
    """Prove `passphrase` is a current coordinator's of the vault in `layout` (which exists).

    It must unlock the vault as a coordinator whose slot carries the coordinator key (a
    coordinator slot forged by a worker acts as a worker, core.vault_roles). A vault whose
    database cannot be opened any more is checked against its key file alone; one whose
    key file is gone or unreadable protects nothing any longer (its data key is lost), so
    it may be replaced: that is what quick delete followed by a restore would do anyway.

    Raises:
        RoleRefusedError, WrongPassphraseError (counted like any failed unlock), LockedOutError,
        VaultInUseError.
    """
    from outreach_app.core.vault import unlock_vault  # vault imports this module

    if not passphrase:
        raise RoleRefusedError("replacing a vault needs a current coordinator passphrase of that vault")
    try:
        session = unlock_vault(layout, passphrase)
    except (VaultDamagedError, KeyFileDamagedError):
        try:
            key_file = read_key_file(layout.key_file)
        except (OSError, KeyFileFormatError):
            return
        try:
            opened = open_any(key_file, passphrase)
        except SlotTamperedError:
            return  # the current key file no longer opens for anyone: nothing left to protect
        if opened is None:
            raise WrongPassphraseError() from None
        role = opened.slot.role if opened.coordinator_key is not None else "worker"
        opened.wipe()
    else:
        with session:
            role = session.role
    if role != "coordinator":
        raise RoleRefusedError("only a coordinator of the current vault may replace it with a backup")


def _restore_locked(layout: VaultLayout, src: Path, passphrase: str, *, replace: bool) -> None:
    if vault_exists(layout) and not replace:  # re-checked under the lock
        raise VaultExistsError(f"a vault already exists in {layout.data_dir}")
    with private_workdir(layout) as work:
        key_bytes, db_copy = read_backup_archive(src, work)
        try:
            key_file = loads(key_bytes)
        except KeyFileFormatError as exc:
            raise BackupInvalidError(f"the backup's key file is damaged: {exc}") from None
        try:
            opened = unwrap_any(key_file, passphrase)
        except SlotTamperedError:
            raise BackupInvalidError("the backup's key file was edited after it was written") from None
        if opened is None:
            raise WrongPassphraseError()
        try:
            conn = open_database(db_copy, opened[1])
        except (WrongKeyError, NotAVaultError, DamagedDatabaseError, DatabaseMissingError):
            raise BackupInvalidError("the backup's database is damaged or does not match its key") from None
        finally:
            wipe(opened[1])  # SQLCipher keeps its own copy, which it zeroes at close
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise BackupInvalidError(
                "the backup's database failed its integrity check: " + "; ".join(problems)
            )
        _swap_in(layout, key_file, db_copy)
        FailureCounter(layout.failures, utcnow).reset()


def _swap_in(layout: VaultLayout, key_file: KeyFile, db_copy: Path) -> None:
    """Replace the vault (if any) by the checked copy so that a crash at any point leaves one that opens.

    1. the new key file is written as `vault.key.restoring`; 2. the new database is renamed
    over `vault.db`; 3. the new key file is renamed over `vault.key`. Until 3 the old key
    file stands beside the pending one, and unlock keeps whichever of the two opens the
    database it finds (vault._settle_pending_key_files). The old files' content is
    overwritten through handles held across the renames, once the new vault is complete.
    """
    staged = restoring_key_file(layout)
    with ReplacedFileEraser(layout.key_file) as old_key, ReplacedFileEraser(layout.db) as old_db:
        write_key_file(staged, key_file)
        try:
            # The old database's WAL and shared memory belong to it alone: SQLite must never
            # apply them to the new file. Losing them only matters if we stop before step 2,
            # and then they hold at most what a crash of the old vault would have lost.
            for sidecar in layout.db_sidecars():
                overwrite_and_unlink(sidecar)
            move_into_place(db_copy, layout.db)
        except BaseException:
            if db_copy.exists():  # the rename did not happen: the old vault is whole, keep it alone
                overwrite_and_unlink(staged)
            raise
        make_private([layout.db])
        staged.replace(layout.key_file)  # last: from here the restored vault is the vault
        fsync_dir(layout.data_dir)
        old_key.erase()
        old_db.erase()
    # An old vault's interrupted rotation belongs to the database that is gone.
    overwrite_and_unlink(rotating_key_file(layout))
