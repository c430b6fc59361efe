"""Fixtures for the server tests: every test that takes `db_url` runs on SQLite and PostgreSQL.

PostgreSQL: one database per test session (named with the xdist worker id), migrated once
and its world snapshot taken before any test uses it (`pg_session`); tests are isolated by
emptying every table (and restarting its sequences) before each test.
SQLite: one file per test session, put back to a copy of a migrated template before each test.

One engine per session and backend (`engine`), its connections closed after each test: an
engine per test compiled every statement the test ran again (SQLAlchemy keeps compiled SQL
per engine), ~10 ms of CPU in a typical server test (issue 19). A server keeps one engine
for its life, so the statements compiled once per session are what production does too.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import psycopg
import pytest
from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url

from outreach_app.server.db import migrate
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import metadata
from outreach_app.server.db.write_gate import GATE_SUFFIX
from tests.server.asgi_client import asgi_client
from tests.server.pg_drop import drop_later
from tests.server.support import SERVER_START, FakeClock, World, build_world, world_rows


@pytest.fixture
def clock_start() -> datetime:
    """The server tests' dates are written for a Wednesday morning (report weeks, receipt days)."""
    return SERVER_START


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


class PgWorld(NamedTuple):
    org_a: str
    org_b: str
    restore: str
    """SQL that puts the rows back into an emptied database, in one round trip."""
    rows: dict[str, str]
    """Each table's rows as PostgreSQL wrote them to JSON (tables with rows only)."""


class PgSession(NamedTuple):
    url: str
    world: PgWorld
    """The world's rows, taken from the database before any test could write to it."""


@pytest.fixture(scope="session")
def pg_session(pg_admin_url: str) -> Iterator[PgSession]:
    """The session's PostgreSQL database, migrated, and its world snapshot, made there and then
    (on the engine that migrated it): making the snapshot empties the database, so it is made
    before any test has the database's URL. Made on first use by a test's fixtures, it wiped
    whatever that test had written before asking for `world`, and the world was then put
    over the lost rows."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"outreach_server_test_{worker}_{secrets.token_hex(4)}"
    admin = make_url(pg_admin_url)
    with psycopg.connect(admin.set(drivername="postgresql").render_as_string(False), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        world = make_pg_world(engine)
    finally:
        engine.dispose()
    yield PgSession(url, world)
    drop_later(admin.set(drivername="postgresql").render_as_string(False), name)  # not waited for


@pytest.fixture(scope="session")
def pg_session_db(pg_session: PgSession) -> str:
    return pg_session.url


def empty_all(engine: Engine) -> None:
    """Every table emptied and every sequence restarted: what `TRUNCATE ... RESTART IDENTITY`
    gives, at a tenth of its cost on tables of a few rows (TRUNCATE gives each table
    a new file: 630 ms a test at load 17 against 56 ms; 127 server tests run on PostgreSQL).
    The schema has no delete triggers, so DELETE, children first, leaves nothing behind."""
    with engine.begin() as conn:
        conn.exec_driver_sql(_EMPTY_ALL)  # one round trip: psycopg sends the statements together


_EMPTY_ALL = "; ".join(
    [
        *(f"DELETE FROM {table.name}" for table in reversed(metadata.sorted_tables)),
        "SELECT setval(c.oid::regclass, 1, false) FROM pg_class c WHERE c.relkind = 'S'",
        "INSERT INTO counters (name, value) VALUES ('alert_seq', 0)",
    ]
)


@pytest.fixture(scope="session")
def sqlite_session_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's SQLite file (one path, so one engine serves every test: `engine`)."""
    return tmp_path_factory.mktemp("sqlite-session") / "server.db"


def fresh_sqlite_file(path: Path, template: Path) -> None:
    """`path` becomes a new copy of `template`: the last test's file, its WAL and shared
    memory unlinked first, so a connection a test left open (on a file of its own making, not
    the session engine: that one's are closed after each test) keeps the old inodes and
    cannot write into this test's database. The app's write-gate lock file beside it
    (db/write_gate.py) goes too: nothing of one test's database outlives it."""
    for suffix in ("", "-wal", "-shm", GATE_SUFFIX):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, path)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty database: the session's SQLite file as a fresh copy of the template,
    or the session's emptied PG database."""
    if request.param == "sqlite":
        path: Path = request.getfixturevalue("sqlite_session_file")
        fresh_sqlite_file(path, request.getfixturevalue("sqlite_template"))
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_db_url")
    return url


@pytest.fixture(scope="session")
def pg_emptier(pg_session_db: str) -> Iterator[Engine]:
    """One engine (one kept connection) for emptying the session's database before each test.
    An engine per test started a PostgreSQL backend per test for one statement: ~4 ms of
    this process's CPU, the backend's start-up in the server and ~30 ms of wall time (issue
    19). Idle between tests, in no transaction: it holds no lock; a test that ends every
    connection (test_postgres_restart.py) ends it too, and the pre-ping reconnects."""
    engine = make_engine(pg_session_db, pool_size=1)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_db_url(pg_session_db: str, pg_emptier: Engine) -> str:
    """The session's PostgreSQL database, truncated (for tests of PostgreSQL alone)."""
    empty_all(pg_emptier)
    return pg_session_db


@pytest.fixture(scope="session")
def session_engines() -> Iterator[dict[str, Engine]]:
    """The session's engines by URL (at most two: its SQLite file and its PG database)."""
    engines: dict[str, Engine] = {}
    yield engines
    for eng in engines.values():
        eng.dispose()


@pytest.fixture
def engine(db_url: str, session_engines: dict[str, Engine]) -> Iterator[Engine]:
    """The session's engine for `db_url`, with no connection open: each test's connections
    are new ones (closed after it, as an engine per test left them), only the compiled
    statements are kept."""
    eng = session_engines.get(db_url)
    if eng is None:
        eng = session_engines[db_url] = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def sqlite_world_template(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str, str]:
    """The migrated template with the world's rows (support.py:world_rows) at SERVER_START:
    (its path, org A's id, org B's id)."""
    path = tmp_path_factory.mktemp("sqlite-world") / "world.db"
    shutil.copyfile(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        org_a, org_b = world_rows(engine, FakeClock(SERVER_START))
    finally:
        engine.dispose()  # the last connection closed: the WAL is checkpointed into the file
    return path, org_a, org_b


def _world_from_template(
    request: pytest.FixtureRequest, db_url: str, engine: Engine, clock: FakeClock
) -> tuple[str, str] | None:
    """Put the world template in place of the test's SQLite file when nothing has used that
    file yet (byte for byte the empty template, no WAL beside it) and the clock is at
    SERVER_START, as `world_rows` would have left it: a copy costs ~3 ms, making the rows
    ~15 ms of CPU in each of ~160 SQLite tests (issue 19). The ids of orgs A and B it holds,
    or None: make the rows."""
    if not db_url.startswith("sqlite:///") or clock() != SERVER_START:
        return None
    path = Path(db_url.removeprefix("sqlite:///"))
    empty: Path = request.getfixturevalue("sqlite_template")
    if Path(f"{path}-wal").exists() or path.read_bytes() != empty.read_bytes():
        return None
    template, org_a, org_b = request.getfixturevalue("sqlite_world_template")
    engine.dispose()  # no connection was opened (no WAL): nothing to close, for certain
    shutil.copyfile(template, path)
    return org_a, org_b


@pytest.fixture(scope="session")
def pg_world_snapshot(pg_session: PgSession) -> PgWorld:
    """The world's rows on the session's PostgreSQL database (`make_pg_world`), made with the
    database (`pg_session`)."""
    return pg_session.world


def make_pg_world(engine: Engine) -> PgWorld:
    """The world's rows written to `engine`'s database at SERVER_START and kept as SQL that
    puts them back into an emptied database in one round trip. Each table's rows are read as
    PostgreSQL's own JSON of them and written back through `json_populate_recordset`, so
    every value returns as it was stored. The database is emptied first and left emptied:
    only for a database no test is using (`pg_session`)."""
    empty_all(engine)
    org_a, org_b = world_rows(engine, FakeClock(SERVER_START))
    statements = ["DELETE FROM counters"]  # empty_all's row is among the rows put back
    with engine.begin() as conn:
        held = pg_table_rows(conn)
        for name, rows in held.items():
            literal = "'" + rows.replace("'", "''") + "'"  # standard_conforming_strings: on
            records = f"json_populate_recordset(NULL::{name}, {literal})"
            statements.append(f"INSERT INTO {name} SELECT * FROM {records}")
        used = conn.exec_driver_sql(
            "SELECT sequencename, last_value FROM pg_sequences"
            " WHERE schemaname = 'public' AND last_value IS NOT NULL"
        ).all()
        statements += [f"SELECT setval('{name}', {value}, true)" for name, value in used]
    empty_all(engine)
    return PgWorld(org_a, org_b, "; ".join(statements), held)


def pg_table_rows(conn: Connection) -> dict[str, str]:
    """Each table's rows as PostgreSQL writes them to JSON, in the tables' order (children
    last), for the tables that have rows."""
    held = {}
    for table in metadata.sorted_tables:
        rows = conn.exec_driver_sql(f"SELECT json_agg(t)::text FROM {table.name} AS t").scalar()
        if rows is not None:
            held[table.name] = rows
    return held


# True when the session's PostgreSQL database is as `empty_all` left it: no row in any table
# but the counter at zero, no sequence used.
_PG_UNTOUCHED = "SELECT " + " AND ".join(
    [
        *(
            f"NOT EXISTS (SELECT 1 FROM {table.name})"
            for table in metadata.sorted_tables
            if table.name != "counters"
        ),
        "(SELECT array_agg(name || '=' || value) FROM counters) = ARRAY['alert_seq=0']",
        "NOT EXISTS (SELECT 1 FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL)",
    ]
)


def _world_from_pg_snapshot(
    request: pytest.FixtureRequest, db_url: str, clock: FakeClock
) -> tuple[str, str] | None:
    """PostgreSQL's twin of `_world_from_template`: when the session's database is still as
    `pg_db_url` emptied it and the clock is at SERVER_START, the world's rows are put back
    from `pg_world_snapshot` in one round trip (after one to check), on the emptier's kept
    connection: `world_rows` through the product's functions was ~6 ms of this process's CPU
    and a dozen statements and commits in PostgreSQL, in each of ~200 PostgreSQL tests
    (issue 19). The ids of orgs A and B, or None: make the rows."""
    if not db_url.startswith("postgresql") or clock() != SERVER_START:
        return None
    snapshot: PgWorld = request.getfixturevalue("pg_world_snapshot")
    emptier: Engine = request.getfixturevalue("pg_emptier")
    with emptier.begin() as conn:
        if not conn.exec_driver_sql(_PG_UNTOUCHED).scalar():
            return None
        conn.exec_driver_sql(snapshot.restore)
    return snapshot.org_a, snapshot.org_b


@pytest.fixture
def world(request: pytest.FixtureRequest, db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    rows = _world_from_template(request, db_url, engine, clock) or _world_from_pg_snapshot(
        request, db_url, clock
    )
    w = build_world(db_url, engine, clock, rows=rows)
    with asgi_client(w.app) as client:
        w.client = client
        yield w
