"""Storage fixtures: a real SQLCipher file on disk, keyed with a cheap random raw key (no KDF).

The empty migrated database is a copy of one made once per process (tests/vault_templates.py),
so the key is one random key per process rather than per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate
from tests.vault_templates import migrated_database

_PROCESS_KEY = os.urandom(32)


@pytest.fixture
def db_key() -> bytes:
    return _PROCESS_KEY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    folder.mkdir()
    return folder / "vault.db"


@pytest.fixture
def conn(db_path: Path, db_key: bytes) -> Iterator[Connection]:
    connection = open_database(migrated_database(db_path, db_key), db_key)
    assert migrate(connection) == []  # the copy is at the current schema already
    yield connection
    connection.close()


@pytest.fixture
def t0() -> datetime:
    return datetime(2026, 3, 14, 21, 30, tzinfo=UTC)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)
