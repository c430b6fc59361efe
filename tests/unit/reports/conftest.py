"""A real migrated SQLCipher database on disk for the coordinator reports tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate
from tests.vault_templates import migrated_database

_PROCESS_KEY = os.urandom(32)  # one random key per process: the database is a copy of one made once


@pytest.fixture
def report_db(tmp_path: Path) -> Iterator[Connection]:
    folder = tmp_path / "vault"
    folder.mkdir()
    connection = open_database(migrated_database(folder / "vault.db", _PROCESS_KEY), _PROCESS_KEY)
    assert migrate(connection) == []
    yield connection
    connection.close()
