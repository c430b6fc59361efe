"""The Alembic migration builds exactly the tables the code queries, on both databases."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import make_url

from outreach_app.server.db import migrate
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import alerts, metadata
from tests.server.pg_drop import drop_later


def test_migrated_schema_matches_the_tables(engine: Engine) -> None:
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), metadata
        )
    assert differences == []


def test_upgrade_is_idempotent(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all (to run the migrations from the start)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    admin = make_url(request.getfixturevalue("pg_admin_url"))
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"outreach_server_migr_{worker}_{secrets.token_hex(4)}"
    plain = admin.set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield admin.set(database=name).render_as_string(hide_password=False)
    drop_later(plain, name)  # not waited for (tests/server/pg_drop.py)


def _upgrade_to(engine: Engine, revision: str) -> None:
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def test_0008_drops_v1_report_storage_and_unsigned_alerts(empty_db_url: str) -> None:
    """No deployment ran v1, but a test or demo database may hold readable reports: they
    leave with their tables, and unsigned alerts (every v1 alert) are deleted."""
    engine = make_engine(empty_db_url)
    _upgrade_to(engine, "0007")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO orgs (id, name, created_on, regions_seq) VALUES ('o1', 'One', '2026-03-04', 0)")
        )
        conn.execute(
            text(
                "INSERT INTO reports (pk, org_id, report_id, content_hash, received_on, payload,"
                " withdrawn_purposes) VALUES (1, 'o1', 'r1', :h, '2026-03-04', :p, '')"
            ),
            {"h": "0" * 64, "p": json.dumps({"alert": {"summary": "readable"}})},
        )
        conn.execute(
            text(
                "INSERT INTO alerts (id, version, status, content, source_withdrawn, created_on, updated_on)"
                " VALUES ('a1', 1, 'published', '{}', false, '2026-03-04', '2026-03-04')"
            )
        )
    migrate.upgrade(engine)
    names = set(inspect(engine).get_table_names())
    assert {"reports", "withdrawals", "superseded", "stats"}.isdisjoint(names)
    assert {
        "envelopes",
        "envelope_tombstones",
        "stats_sums",
        "stats_contributions",
        "key_bundles",
        "rate_buckets",
    } <= names
    with engine.begin() as conn:
        assert conn.execute(select(alerts)).all() == []
    engine.dispose()


def test_only_envelopes_that_supersede_one_are_in_the_supersedes_index(engine: Engine) -> None:
    """Migration 0022: the index is partial, and intake's lookup of superseded envelopes
    still uses it."""
    from outreach_app.server.db.envelopes import among, envelopes

    with engine.connect() as conn:
        lookup = select(envelopes.c.supersedes).where(
            envelopes.c.org_id == "o", among(conn, envelopes.c.supersedes, ["a", "b"])
        )
        compiled = lookup.compile(conn)
        if conn.dialect.name == "sqlite":
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_envelopes_org_supersedes'"
            ).scalar_one()
            assert "WHERE supersedes IS NOT NULL" in sql
            params = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
        else:
            definition = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_envelopes_org_supersedes'")
            ).scalar_one()
            assert "WHERE (supersedes IS NOT NULL)" in definition
            conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: force the choice
            plan = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).all()
        assert "ix_envelopes_org_supersedes" in " ".join(str(row) for row in plan)
