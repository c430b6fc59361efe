"""The server tests' shortcuts to the `world` fixture's rows are the rows `world_rows` writes.

On SQLite the world is a copy of a template file; on PostgreSQL its rows are put back from a
snapshot in SQL (tests/server/conftest.py). Both stand in for `world_rows` only where the
database is untouched; here the PostgreSQL one is held to that.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.server.conftest import PgWorld, _world_from_pg_snapshot, empty_all, pg_table_rows
from tests.server.support import SERVER_START, FakeClock, World, world_rows

pytestmark = pytest.mark.postgres


def _parsed(held: dict[str, str], ids: dict[str, str] | None = None) -> dict[str, list[Any]]:
    """Each table's rows, in a fixed order, with the ids in `ids` replaced."""
    parsed = {}
    for name, rows in held.items():
        for old, new in (ids or {}).items():
            rows = rows.replace(old, new)
        parsed[name] = sorted(json.loads(rows), key=lambda row: json.dumps(row, sort_keys=True))
    return parsed


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_world_from_the_snapshot_holds_every_row_world_rows_wrote(
    world: World, pg_world_snapshot: PgWorld, pg_emptier: Engine
) -> None:
    assert (world.org_a, world.org_b) == (pg_world_snapshot.org_a, pg_world_snapshot.org_b)
    with pg_emptier.connect() as conn:
        restored = pg_table_rows(conn)
    assert set(restored) >= {"regions", "orgs", "org_regions", "key_bundles", "counters"}
    assert _parsed(restored) == _parsed(pg_world_snapshot.rows)

    # The same as writing them again through the product's functions (with their new ids).
    empty_all(pg_emptier)
    org_a, org_b = world_rows(pg_emptier, FakeClock(SERVER_START))
    with pg_emptier.connect() as conn:
        written = pg_table_rows(conn)
    assert _parsed(written, {org_a: world.org_a, org_b: world.org_b}) == _parsed(restored)


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_the_snapshot_is_not_used_on_a_database_already_written_to(
    request: pytest.FixtureRequest, db_url: str, pg_emptier: Engine
) -> None:
    clock = FakeClock(SERVER_START)
    with pg_emptier.begin() as conn:
        conn.exec_driver_sql("UPDATE counters SET value = 1 WHERE name = 'alert_seq'")
    assert _world_from_pg_snapshot(request, db_url, clock) is None
    empty_all(pg_emptier)
    assert _world_from_pg_snapshot(request, db_url, FakeClock(SERVER_START.replace(hour=11))) is None
    assert _world_from_pg_snapshot(request, db_url, clock) is not None
