"""The SQLite engine's connection settings, read back from a real file database."""

from __future__ import annotations

from pathlib import Path

from outreach_app.server.db.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    SQLITE_CACHE_KIB,
    SQLITE_WAL_AUTOCHECKPOINT_PAGES,
    make_engine,
)

FULL = 2


def test_every_sqlite_connection_gets_the_server_settings(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}", pool_size=2)
    first, second = engine.raw_connection(), engine.raw_connection()  # two real connections
    try:
        for conn in (first, second):
            cursor = conn.cursor()
            read = {}
            for name in (
                "journal_mode",
                "synchronous",
                "busy_timeout",
                "cache_size",
                "wal_autocheckpoint",
                "foreign_keys",
            ):
                cursor.execute(f"PRAGMA {name}")
                read[name] = cursor.fetchone()[0]
            assert read == {
                "journal_mode": "wal",
                "synchronous": FULL,
                "busy_timeout": SQLITE_BUSY_TIMEOUT_MS,
                "cache_size": -SQLITE_CACHE_KIB,
                "wal_autocheckpoint": SQLITE_WAL_AUTOCHECKPOINT_PAGES,
                "foreign_keys": 1,
            }
    finally:
        first.close()
        second.close()
        engine.dispose()
