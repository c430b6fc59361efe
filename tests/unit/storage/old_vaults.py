"""Vaults as an older version left them, for the tests of a later migration."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_app.storage import migrations
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate


def vault_before(db_path: Path, db_key: bytes, version: int) -> Connection:
    """A new vault migrated by the shipped migrations numbered below `version` only."""
    shipped = migrations.available_migrations()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrations, "available_migrations", lambda: [m for m in shipped if m.version < version])
        connection = open_database(db_path, db_key, create=True)
        migrate(connection)
    return connection
