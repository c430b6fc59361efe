"""A real SQLCipher vault database, migrated, in each test's own tmp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate
from tests.vault_templates import migrated_database

TEST_KEY = bytes(range(32))


def open_migrated(path: Path, *, durable: bool = True) -> Connection:
    """A migrated vault DB. `durable=False` skips fsync (for the many short-lived databases of
    the stateful test: crash durability is storage's subject, not what those tests check).
    The empty migrated file is a copy of one made once per process (tests/vault_templates.py)."""
    conn = open_database(migrated_database(path, TEST_KEY), TEST_KEY)
    if not durable:
        conn.execute("PRAGMA synchronous = OFF")
    migrate(conn)
    return conn


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    connection = open_migrated(tmp_path / "vault.db")
    try:
        yield connection
    finally:
        connection.close()
