"""Engines for SQLite (WAL, busy timeout, write transactions that take the lock up front)
and PostgreSQL (psycopg 3).

SQLite: a deferred transaction that reads and then writes can fail at once with
"database is locked" when another writer got there first, whatever the busy timeout,
so every transaction starts with `BEGIN IMMEDIATE` unless a connection asks for
`sqlite_begin="DEFERRED"` (read-only work).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url

SQLITE_BUSY_TIMEOUT_MS = 10_000


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


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        in_memory = database in {"", ":memory:"}
        if not in_memory and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
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
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql("BEGIN DEFERRED" if mode == "DEFERRED" else "BEGIN IMMEDIATE")
