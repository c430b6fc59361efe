"""A real migrated SQLCipher database on disk for the coordinator reports tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate


@pytest.fixture
def report_db(tmp_path: Path) -> Iterator[Connection]:
    folder = tmp_path / "vault"
    folder.mkdir()
    connection = open_database(folder / "vault.db", os.urandom(32), create=True)
    migrate(connection)
    yield connection
    connection.close()
