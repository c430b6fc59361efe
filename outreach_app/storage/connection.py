"""Open the SQLCipher database with a raw 256-bit key and the PRAGMAs the threat model needs.

Every setting that protects data is read back after it is applied, and the
connection is refused if the library or the file does not honour it: an
older SQLCipher, temp storage on disk, or a file that is not ours. A file at
the DB path that is not a vault (plain SQLite, damaged, truncated) is never
written to: we raise before the first write.

Connections are opened with `isolation_level=None` (SQLite's autocommit);
writes go through `transaction(conn)`, which issues `BEGIN IMMEDIATE`.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlcipher3 import dbapi2

from outreach_app.domain.aliases import alias_key

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its Connection has exactly sqlite3's API.
    from sqlite3 import Connection as Connection
else:
    Connection = dbapi2.Connection

KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4 default; we never change it
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
WRITER_CACHE_KIB = 65_536  # 64 MiB keeps hot indexes cached: an 8 MB cache makes keyed inserts 3.5x slower
READER_CACHE_KIB = 8_192
BUSY_TIMEOUT_S = 5.0
TEMP_STORE_MEMORY = 2
AUTO_VACUUM_INCREMENTAL = 2


class StorageError(Exception):
    """Base of every error raised by the storage layer. Messages never contain record text."""


class NotAVaultError(StorageError):
    """The file at the DB path is not one of our databases (e.g. a plain SQLite file)."""


class WrongKeyError(StorageError):
    """The key does not open the database (or its first page is damaged: SQLCipher cannot tell)."""


class DamagedDatabaseError(StorageError):
    """The database is truncated, corrupt or otherwise unreadable. It was not modified."""


class UnsupportedSqlcipherError(StorageError):
    """The SQLCipher library is not 4.x, or it does not keep temp storage in memory."""


class DatabaseBusyError(StorageError):
    """Another connection holds a lock longer than the busy timeout (nothing is wrong with the file)."""


class DatabaseMissingError(StorageError):
    """No database at the path and `create` was not requested."""


def open_database(
    path: Path, key: bytes | bytearray, *, create: bool = False, reader: bool = False, full_disk: bool = False
) -> Connection:
    """Open (or, with `create=True`, create when absent) the encrypted database at `path`.

    Args:
        path: the database file; its `-wal` and `-shm` sidecars live beside it.
        key: the raw 32-byte data key (never a passphrase).
        create: allow creating the database when the file is missing or empty.
            An existing non-empty file is opened, never replaced.
        reader: a read-only connection (`query_only`) with a small page cache.
        full_disk: the disk has no room for the `-shm` file: keep the WAL index in this
            process's memory (exclusive locking: no other connection can open the file
            meanwhile) and leave the journal mode as it is. Reads work; a write works only
            if it fits, else it fails with SQLite's "database or disk is full".

    Raises:
        DatabaseMissingError, NotAVaultError, WrongKeyError, DamagedDatabaseError,
        UnsupportedSqlcipherError.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    path = Path(path)
    is_new = _inspect_existing_file(path, create=create and not reader)
    conn: Connection = sqlcipher3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )
    try:
        _configure(conn, key, path, is_new=is_new, reader=reader, full_disk=full_disk)
    except BaseException:
        conn.close()
        raise
    return conn


def _inspect_existing_file(path: Path, *, create: bool) -> bool:
    """Classify the file before SQLCipher touches it; return True when a new DB will be created."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        if create:
            return True
        raise DatabaseMissingError("no database at the vault path") from None
    if size == 0:
        if create:
            return True
        raise DamagedDatabaseError("the database file is empty")
    with path.open("rb") as handle:
        head = handle.read(len(PLAIN_SQLITE_HEADER))
    if head == PLAIN_SQLITE_HEADER:
        raise NotAVaultError(
            "the file at the vault path is a plain (unencrypted) SQLite database, not a vault"
        )
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise DamagedDatabaseError("the database file is truncated or damaged")
    return False


def _hex_key_pragma(key: bytes | bytearray) -> str:
    # A raw key skips SQLCipher's own PBKDF2: our key is already random (the KDF is in crypto/).
    return f"\"x'{key.hex()}'\""


_HEX_DIGITS = b"0123456789abcdef"


def _raw_key_literal(key: bytes | bytearray) -> bytearray:
    """x'<64 hex digits>' in a buffer we zero after use: SQLCipher's raw-key form.

    Built digit by digit: `key.hex()` and an f-string would leave immutable copies of the
    key's hex form behind, and a `PRAGMA key` statement keeps its SQL text in SQLite's
    heap and in the driver's statement cache. `set_key` hands the buffer to sqlite3_key,
    whose copy SQLCipher zeroes when the connection closes.
    """
    literal = bytearray(3 + 2 * len(key))
    literal[0:2], literal[-1] = b"x'", ord("'")
    for i, byte in enumerate(key):
        literal[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        literal[3 + 2 * i] = _HEX_DIGITS[byte & 0xF]
    return literal


def _zero(buffer: bytearray) -> None:
    ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


def _set_key(conn: Connection, key: bytes | bytearray, *, rekey: bool = False) -> None:
    literal = _raw_key_literal(key)
    try:
        if rekey:
            conn.reset_key(literal)  # type: ignore[attr-defined]  # sqlcipher3's sqlite3_rekey
        else:
            conn.set_key(literal)  # type: ignore[attr-defined]  # sqlcipher3's sqlite3_key
    finally:
        _zero(literal)


def _configure(
    conn: Connection,
    key: bytes | bytearray,
    path: Path,
    *,
    is_new: bool,
    reader: bool,
    full_disk: bool = False,
) -> None:
    # Silence SQLCipher's own logging (it writes to stderr on failed decrypts) before anything else.
    conn.execute("PRAGMA cipher_log_level = NONE")
    version = _scalar(conn, "PRAGMA cipher_version")
    if not isinstance(version, str) or not version.startswith("4."):
        raise UnsupportedSqlcipherError("SQLCipher 4.x is required")
    _set_key(conn, key)
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA temp_store = MEMORY")
    if _scalar(conn, "PRAGMA temp_store") != TEMP_STORE_MEMORY:
        raise UnsupportedSqlcipherError("temp storage could not be kept in memory")
    if full_disk:
        # Before the first read: the WAL index then lives in memory and no -shm is created.
        _expect(conn, "PRAGMA locking_mode = EXCLUSIVE", "exclusive")
    _first_read(conn, path, is_new=is_new)
    if str(_scalar(conn, "PRAGMA cipher_plaintext_header_size")) != "0":
        raise UnsupportedSqlcipherError("the database must not keep a plaintext header")
    if is_new:
        # auto_vacuum can only be chosen before the first table exists.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    # WAL persists in the file; a restored backup (a single rollback-journal file) is switched here.
    if not full_disk:  # switching the journal mode writes the header; WAL is kept if it is set
        _expect(conn, "PRAGMA journal_mode = WAL", "wal")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    # Migration 0015 fills people.alias_key with the same normaliser the repository uses.
    conn.create_function("outreach_alias_key", 1, alias_key, deterministic=True)
    cache = READER_CACHE_KIB if reader else WRITER_CACHE_KIB
    conn.execute(f"PRAGMA cache_size = -{cache}")
    if reader:
        conn.execute("PRAGMA query_only = ON")
    checks = {
        "PRAGMA synchronous": 2,
        "PRAGMA secure_delete": 1,
        "PRAGMA foreign_keys": 1,
        "PRAGMA cache_size": -cache,
    }
    for pragma, wanted in checks.items():
        if _scalar(conn, pragma) != wanted:
            raise UnsupportedSqlcipherError(f"{pragma.removeprefix('PRAGMA ')} could not be set")
    if is_new and _scalar(conn, "PRAGMA auto_vacuum") != AUTO_VACUUM_INCREMENTAL:
        raise UnsupportedSqlcipherError("auto_vacuum could not be set to INCREMENTAL")


def _first_read(conn: Connection, path: Path, *, is_new: bool) -> None:
    """The first read decrypts page 1: this is where a wrong key or a damaged file shows."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pages = _scalar(conn, "PRAGMA page_count")
    except dbapi2.DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongKeyError("the key does not open this database") from None
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError("the database is busy in another connection; try again") from None
        raise DamagedDatabaseError("the database could not be read") from None
    if is_new:
        return
    wal = path.with_name(path.name + "-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 0
    # With no WAL to supply pages, a file shorter than its own page count has been truncated.
    if not wal_has_frames and isinstance(pages, int) and path.stat().st_size < pages * PAGE_SIZE:
        raise DamagedDatabaseError("the database file is truncated")


def _scalar(conn: Connection, sql: str) -> object:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]


def _expect(conn: Connection, sql: str, wanted: str) -> None:
    value = _scalar(conn, sql)
    if not isinstance(value, str) or value.lower() != wanted:
        raise UnsupportedSqlcipherError(f"{sql.removeprefix('PRAGMA ').split(' ')[0]} must be {wanted}")


def rekey(conn: Connection, new_key: bytes | bytearray) -> None:
    """Re-encrypt every page under `new_key` (used by data-key rotation)."""
    if len(new_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    if conn.in_transaction:
        raise StorageError("cannot re-key inside a transaction")
    _set_key(conn, new_key, rekey=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_database(conn: Connection, dest: Path, key: bytes | bytearray) -> None:
    """Write an encrypted copy of the database to `dest` (which must not exist) under `key`.

    `sqlcipher_export` copies schema and rows into a freshly keyed file; the
    schema version (user_version) is copied by hand because export skips it.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    dest = Path(dest)
    if dest.exists():
        raise StorageError("the backup destination already exists")
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("ATTACH DATABASE ? AS backup_target KEY " + _hex_key_pragma(key), (str(dest),))
    try:
        conn.execute("PRAGMA backup_target.cipher_compatibility = 4")
        conn.execute("PRAGMA backup_target.auto_vacuum = INCREMENTAL")
        # The target is a fresh file that is fsynced once at the end: a journal and per-commit
        # syncs only slow the copy (about 70x for a small vault) and protect nothing, since a
        # copy interrupted half-way is discarded either way.
        conn.execute("PRAGMA backup_target.journal_mode = OFF")
        conn.execute("PRAGMA backup_target.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('backup_target')")
        conn.execute(f"PRAGMA backup_target.user_version = {int(user_version)}")
    finally:
        conn.execute("DETACH DATABASE backup_target")
    with dest.open("rb") as handle:
        os.fsync(handle.fileno())


_savepoint_ids = itertools.count(1)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """`BEGIN IMMEDIATE` … `COMMIT`, or `ROLLBACK` on any exception.

    Nested use (a repository call inside a caller's transaction) becomes a
    SAVEPOINT, so the outer transaction stays all-or-nothing.
    """
    if conn.in_transaction:
        name = f"sp_{next(_savepoint_ids)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
