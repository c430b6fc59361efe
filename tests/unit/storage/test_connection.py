"""The connection refuses unsafe settings and never writes to a file that is not ours."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from outreach_app.storage.connection import (
    DamagedDatabaseError,
    DatabaseMissingError,
    NotAVaultError,
    StorageError,
    WrongKeyError,
    backup_database,
    open_database,
    rekey,
    transaction,
)
from outreach_app.storage.migrations import migrate, schema_version


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(conn, name: str):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_writer_reads_back_every_protective_pragma(db_path: Path, db_key: bytes) -> None:
    conn = open_database(db_path, db_key, create=True)
    try:
        assert _pragma(conn, "cipher_version").startswith("4.")
        assert _pragma(conn, "temp_store") == 2  # MEMORY
        assert _pragma(conn, "journal_mode") == "wal"
        assert _pragma(conn, "synchronous") == 2  # FULL
        assert _pragma(conn, "secure_delete") == 1
        assert _pragma(conn, "auto_vacuum") == 2  # INCREMENTAL
        assert _pragma(conn, "foreign_keys") == 1
        assert _pragma(conn, "cache_size") == -65536
        assert _pragma(conn, "cipher_log_level") == "NONE"
        assert str(_pragma(conn, "cipher_plaintext_header_size")) == "0"
        assert conn.isolation_level is None
    finally:
        conn.close()


def test_reader_has_small_cache_and_cannot_write(conn, db_path: Path, db_key: bytes) -> None:
    reader = open_database(db_path, db_key, reader=True)
    try:
        assert _pragma(reader, "cache_size") == -8192
        assert _pragma(reader, "query_only") == 1
        with pytest.raises(dbapi2.OperationalError, match="readonly"):
            reader.execute("INSERT INTO settings(key, value) VALUES ('a', '1')")
    finally:
        reader.close()


def test_file_on_disk_is_encrypted_from_the_first_byte(conn, db_path: Path) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('plain-marker', '\"visible?\"')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"plain-marker" not in data
    assert b"settings" not in data


def test_auto_vacuum_survives_reopen(db_path: Path, db_key: bytes) -> None:
    conn = open_database(db_path, db_key, create=True)
    migrate(conn)
    conn.close()
    again = open_database(db_path, db_key)
    assert _pragma(again, "auto_vacuum") == 2
    again.close()


def test_wrong_key_is_a_clear_error_and_changes_nothing(conn, db_path: Path) -> None:
    conn.close()
    before = _digest(db_path)
    with pytest.raises(WrongKeyError):
        open_database(db_path, os.urandom(32))
    assert _digest(db_path) == before


def test_plain_sqlite_file_is_refused_and_left_unchanged(db_path: Path, db_key: bytes) -> None:
    plain = sqlite3.connect(db_path)
    plain.execute("CREATE TABLE other_app(x)")
    plain.execute("INSERT INTO other_app VALUES ('theirs')")
    plain.commit()
    plain.close()
    before = _digest(db_path)
    for create in (False, True):
        with pytest.raises(NotAVaultError, match="plain"):
            open_database(db_path, db_key, create=create)
    assert _digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["vault.db"]


@pytest.mark.parametrize("cut", [100, 4096 + 17, "half"])
def test_truncated_database_is_damaged_and_unchanged(conn, db_path: Path, db_key: bytes, cut) -> None:
    with transaction(conn):
        conn.executemany(
            "INSERT INTO settings(key, value) VALUES (?, ?)",
            [(f"k{i}", '"' + "v" * 500 + '"') for i in range(200)],
        )
    conn.close()
    size = db_path.stat().st_size
    new_size = size // 8192 * 4096 if cut == "half" else cut
    with db_path.open("r+b") as handle:
        handle.truncate(new_size)
    before = _digest(db_path)
    with pytest.raises(DamagedDatabaseError):
        open_database(db_path, db_key, create=True)
    assert _digest(db_path) == before
    assert (
        not db_path.with_name("vault.db-wal").exists()
        or db_path.with_name("vault.db-wal").stat().st_size == 0
    )


def test_missing_database_is_not_created_without_create(db_path: Path, db_key: bytes) -> None:
    with pytest.raises(DatabaseMissingError):
        open_database(db_path, db_key)
    assert not db_path.exists()


def test_empty_file_is_damaged_unless_creating(db_path: Path, db_key: bytes) -> None:
    db_path.touch()
    with pytest.raises(DamagedDatabaseError):
        open_database(db_path, db_key)
    created = open_database(db_path, db_key, create=True)
    assert _pragma(created, "auto_vacuum") == 2
    created.close()


def test_create_never_replaces_an_existing_vault(conn, db_path: Path, db_key: bytes) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('keep', '1')")
    conn.close()
    with pytest.raises(WrongKeyError):
        open_database(db_path, os.urandom(32), create=True)
    again = open_database(db_path, db_key, create=True)
    assert again.execute("SELECT value FROM settings WHERE key = 'keep'").fetchone() == ("1",)
    again.close()


def test_key_must_be_32_bytes(db_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_database(db_path, b"short", create=True)


def test_rekey_makes_the_old_key_useless(conn, db_path: Path, db_key: bytes) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('a', '1')")
    new_key = os.urandom(32)
    rekey(conn, new_key)
    conn.close()
    with pytest.raises(WrongKeyError):
        open_database(db_path, db_key)
    reopened = open_database(db_path, new_key)
    assert reopened.execute("SELECT value FROM settings").fetchall() == [("1",)]
    reopened.close()


def test_backup_opens_with_its_key_and_keeps_schema_version(conn, tmp_path: Path, db_key: bytes) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('a', '\"kept\"')")
    dest = tmp_path / "backup.db"
    backup_key = os.urandom(32)
    backup_database(conn, dest, backup_key)
    with pytest.raises(StorageError):
        backup_database(conn, dest, backup_key)  # never over an existing file
    with pytest.raises(WrongKeyError):
        open_database(dest, db_key)
    copy = open_database(dest, backup_key)
    assert copy.execute("SELECT value FROM settings").fetchall() == [('"kept"',)]
    assert schema_version(copy) == schema_version(conn) >= 1
    assert _pragma(copy, "user_version") == _pragma(conn, "user_version")
    assert _pragma(copy, "auto_vacuum") == 2
    assert _pragma(copy, "journal_mode") == "wal"
    copy.close()


def test_transaction_rolls_back_and_nests_as_savepoint(conn) -> None:
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
        raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM settings").fetchone() == (0,)
    assert not conn.in_transaction
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError), transaction(conn):
            conn.execute("INSERT INTO settings(key, value) VALUES ('inner', '1')")
            raise RuntimeError("inner fails")
    assert conn.execute("SELECT key FROM settings").fetchall() == [("outer",)]


def test_sqlcipher_logging_is_silent_on_wrong_key(conn, db_path: Path, capfd) -> None:
    conn.close()
    with pytest.raises(WrongKeyError):
        open_database(db_path, os.urandom(32))
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""


def test_copy_of_a_vault_with_its_wal_opens(conn, db_path: Path, db_key: bytes, tmp_path: Path) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES ('w', '1')")
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    for path in db_path.parent.iterdir():
        shutil.copy(path, copy_dir / path.name)
    copy = open_database(copy_dir / "vault.db", db_key)
    assert copy.execute("SELECT key FROM settings").fetchall() == [("w",)]
    copy.close()


def test_a_lock_held_elsewhere_is_busy_not_damage(
    conn, db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from outreach_app.storage import connection as connection_module

    monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_S", 0)  # fail at once instead of waiting
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO settings(key, value) VALUES ('held', '1')")
    try:
        with pytest.raises(connection_module.DatabaseBusyError):
            open_database(db_path, db_key)
    finally:
        conn.execute("COMMIT")
    assert conn.execute("SELECT value FROM settings WHERE key = 'held'").fetchone() == ("1",)
