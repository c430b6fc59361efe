"""Engines for SQLite (WAL, busy timeout, write transactions that take the lock up front)
and PostgreSQL (psycopg 3).

SQLite: a deferred transaction that reads and then writes can fail at once with
"database is locked" when another writer got there first, whatever the busy timeout,
so every transaction starts with `BEGIN IMMEDIATE` unless a connection asks for
`sqlite_begin="DEFERRED"` (read-only work).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Report rows carry random keys (db/reports.py:new_row_key), so a batch touches pages all
# over the day's part of the table: with SQLite's default 2 MiB page cache every insert
# re-read its leaf page from the OS (a batch of 1000 into 20k rows: insert 25 -> 15 ms).
# Per connection and only as used; the auth connections touch a few pages.
SQLITE_CACHE_KIB = 16 * 1024
# A checkpoint copies every page the WAL holds back into the database file. Scattered rows
# dirty the same pages in consecutive batches; checkpointing every 4000 pages (16 MiB of
# WAL) instead of 1000 writes each such page back once, not up to four times (commit of a
# batch of 1000: 25 -> 19 ms). Readers pay a little more to search a longer WAL.
SQLITE_WAL_AUTOCHECKPOINT_PAGES = 4000


def normalise_url(url: str) -> URL:
    """Accept plain `postgresql://` and `sqlite:///` URLs; pick the drivers we ship."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    return parsed


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def url_has_password(url: str) -> bool:
    try:
        return make_url(url).password is not None
    except ArgumentError:
        return False  # not a URL at all; make_engine says so


def prepare_sqlite_file(path: Path, *, private: bool) -> None:
    """Create the database file 0600 (SQLite gives its -wal and -shm files the same mode)
    and a missing folder 0700. `private`: the server's own default location, whose folder
    and file are tightened to 0700/0600 even if they exist."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
    elif private:
        folder.chmod(0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    elif private:
        path.chmod(0o600)


def make_engine(url: str, *, pool_size: int = 10, private: bool = False) -> Engine:
    """An engine for `url`. `private`: the URL is the default SQLite file (see
    prepare_sqlite_file)."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        in_memory = database in {"", ":memory:"}
        if not in_memory and not database.startswith("file:"):
            prepare_sqlite_file(Path(database), private=private)
        pool_args: dict[str, Any] = {} if in_memory else {"pool_size": pool_size, "max_overflow": 20}
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False}, hide_parameters=True, **pool_args
        )
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(
            parsed, pool_size=pool_size, max_overflow=20, pool_pre_ping=True, hide_parameters=True
        )
    raise ValueError("only sqlite:/// and postgresql:// databases are supported")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module; "begin" below issues it.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a receipt promises the report is stored, even across a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_WAL_AUTOCHECKPOINT_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql("BEGIN DEFERRED" if mode == "DEFERRED" else "BEGIN IMMEDIATE")
