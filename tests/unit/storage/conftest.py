"""Storage fixtures: a real SQLCipher file on disk, keyed with a cheap random raw key (no KDF)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    folder.mkdir()
    return folder / "vault.db"


@pytest.fixture
def conn(db_path: Path, db_key: bytes) -> Iterator[Connection]:
    connection = open_database(db_path, db_key, create=True)
    migrate(connection)
    yield connection
    connection.close()


@pytest.fixture
def t0() -> datetime:
    return datetime(2026, 3, 14, 21, 30, tzinfo=UTC)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)
