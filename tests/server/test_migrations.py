"""The Alembic migration builds exactly the tables the code queries, on both databases."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, insert, select

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


def test_0002_marks_versions_already_superseded(tmp_path: Path) -> None:
    """Reports stored before the markers existed: a version named by a later one stays not live."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
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
