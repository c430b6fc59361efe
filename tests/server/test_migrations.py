"""The Alembic migration builds exactly the tables the code queries, on both databases."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from outreach_app.server.db.reports import KEY_RANDOM_BITS
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from outreach_app.server.db import migrate
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import metadata, orgs, reports, superseded


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
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _upgrade_to(engine: Engine, revision: str) -> None:
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def test_0002_marks_versions_already_superseded(empty_db_url: str) -> None:
    """Reports stored before the markers existed: a version named by a later one stays not live."""
    engine = make_engine(empty_db_url)
    _upgrade_to(engine, "0001")
    day = date(2026, 3, 4)
    row = {"received_on": day, "content_hash": "0" * 64, "withdrawn_purposes": "", "region_id": "north"}
    with engine.begin() as conn:
        conn.execute(insert(orgs).values(id="o1", name="One", created_on=day, regions_seq=0))
        conn.execute(insert(reports).values(pk=1, org_id="o1", report_id="v1", payload="{}", **row))
        payload = json.dumps({"supersedes": "v1"})
        conn.execute(insert(reports).values(pk=2, org_id="o1", report_id="v2", payload=payload, **row))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        assert conn.execute(select(superseded.c.org_id, superseded.c.report_id)).all() == [("o1", "v1")]
    engine.dispose()


def test_0003_renumbers_existing_report_rows_at_random(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    _upgrade_to(engine, "0002")
    day = date(2026, 3, 4)
    row = {"received_on": day, "content_hash": "0" * 64, "withdrawn_purposes": "", "payload": "{}"}
    with engine.begin() as conn:
        conn.execute(insert(orgs).values(id="o1", name="One", created_on=day, regions_seq=0))
        for n in range(1, 21):
            conn.execute(insert(reports).values(pk=n, org_id="o1", report_id=f"r{n}", **row))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        keys = conn.execute(select(reports.c.pk)).scalars().all()
    assert len(set(keys)) == 20 and all(0 < k < 2**63 for k in keys)
    # The day received above random bits, as the server now chooses keys.
    assert {k >> KEY_RANDOM_BITS for k in keys} == {day.toordinal()}
    assert max(keys) - min(keys) > 2**30
    with engine.begin() as conn:
        conn.execute(insert(reports).values(pk=2**62 + 1, org_id="o1", report_id="new", **row))
    if engine.dialect.name == "postgresql":
        # New rows get their key from the server: the counting default is gone.
        no_key = text(
            "INSERT INTO reports (org_id, report_id, content_hash, received_on, withdrawn_purposes)"
            " VALUES ('o1', 'nokey', '', '2026-03-04', '')"
        )
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(no_key)
    engine.dispose()
