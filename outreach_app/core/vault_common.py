"""What the vault operations share: locking, reading the key file, opening the DB with plain errors."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from outreach_app.core.vault_errors import (
    KeyFileDamagedError,
    VaultDamagedError,
    VaultInUseError,
    VaultMissingError,
)
from outreach_app.core.vault_files import remove_dir_if_empty
from outreach_app.core.vault_session import VaultSession
from outreach_app.crypto.atomic import PRIVATE_FILE_MODE
from outreach_app.crypto.keyfile import (
    KeyFile,
    KeyFileFormatError,
    read_key_file,
)
from outreach_app.crypto.process_lock import LockHeldError, ProcessLock
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage import integrity
from outreach_app.storage.connection import (
    DamagedDatabaseError,
    DatabaseMissingError,
    NotAVaultError,
    WrongKeyError,
    open_database,
)

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3's Connection has exactly this API


Clock = Callable[[], datetime]


def acquire_lock(layout: VaultLayout) -> ProcessLock:
    lock = ProcessLock(layout.lock)
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise VaultInUseError(exc.pid) from None
    return lock


def leave_no_new_folder(layout: VaultLayout, lock: ProcessLock) -> None:
    """After a refused create or restore in a folder that was not there before: release the
    lock, then remove the lock file and the folder (only if empty), so nothing is left."""
    lock.release()
    layout.lock.unlink(missing_ok=True)
    remove_dir_if_empty(layout.data_dir)


def load_key_file(path: Path) -> KeyFile:
    try:
        return read_key_file(path)
    except FileNotFoundError:
        raise VaultMissingError("there is no vault here (no key file); create one first") from None
    except KeyFileFormatError as exc:
        raise KeyFileDamagedError(f"the key file is damaged: {exc}") from None
    except OSError as exc:
        raise KeyFileDamagedError(f"the key file could not be read ({exc.strerror})") from None


# Below this much free space the vault opens in full-disk mode: SQLite's -shm file alone
# takes 32 KiB, each WAL frame a page, and a checkpoint more; writes would fail part-way.
LOW_SPACE_BYTES = 1024 * 1024


def disk_is_full(directory: Path) -> bool:
    """True when the disk holding `directory` has less than LOW_SPACE_BYTES free."""
    try:
        return shutil.disk_usage(directory).free < LOW_SPACE_BYTES
    except OSError:
        return False  # unknown: open normally; a write that fails still says "disk full"


def open_vault_db(
    path: Path, key: bytes | bytearray, *, create: bool = False, full_disk: bool = False
) -> Connection:
    """Open the DB, turning storage's open errors into vault errors with plain messages."""
    try:
        return open_database(path, key, create=create, full_disk=full_disk)
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


def make_private(paths: list[Path]) -> None:
    if os.name == "nt":
        return
    for path in paths:
        if path.exists():
            path.chmod(PRIVATE_FILE_MODE)


def precreate_private(path: Path) -> None:
    """Create an empty 0600 file so SQLite (which copies the DB's mode to -wal/-shm) never widens it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    os.close(fd)


def require_open(session: VaultSession) -> bytearray:
    return session.data_key()


def integrity_problems(conn: Connection) -> list[str]:
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
