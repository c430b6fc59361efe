"""Numbered, forward-only schema migrations, each applied in its own transaction.

Migration files live in `storage/migrations/NNNN_name.sql`. Numbers are
reserved per package (0001 core, 0002 sharing, 0003 sync, 0004 coordinator);
a file is never edited once released: later changes go in a new number.
Applied numbers are recorded in `schema_migrations` (so a gap in the files
is applied when it appears) and the highest is mirrored in `user_version`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from outreach_app.storage.connection import Connection, StorageError

_FILE_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
"""


class MigrationError(StorageError):
    """A migration failed (it was rolled back) or the migration files are inconsistent."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """Every migration shipped with the app, in order."""
    return list(_shipped_migrations())


@functools.cache
def _shipped_migrations() -> tuple[Migration, ...]:
    """The migration files, read once per process: they are part of the installed app, and
    every open of a vault asked for them twice (19 files, ~1.4 ms a reading)."""
    folder = resources.files("outreach_app.storage") / "migrations"
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        match = _FILE_NAME.match(entry.name)
        if not match:
            continue
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"two migration files share the number {version:04d}")
        found[version] = Migration(version, entry.name, entry.read_text(encoding="utf-8"))
    return tuple(found[number] for number in sorted(found))


def applied_versions(conn: Connection) -> set[int]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {int(row[0]) for row in conn.execute("SELECT version FROM schema_migrations")}


def schema_version(conn: Connection) -> int:
    """The highest applied migration number (0 for a new database)."""
    return max(applied_versions(conn), default=0)


def pending_migrations(conn: Connection) -> list[Migration]:
    done = applied_versions(conn)
    return [migration for migration in available_migrations() if migration.version not in done]


def migrate(conn: Connection, before: Callable[[list[int]], None] | None = None) -> list[int]:
    """Apply every pending migration in order; return the numbers applied.

    Args:
        before: called with the pending numbers before anything changes (the vault
            takes its automatic backup here). Not called when nothing is pending.
    """
    pending = pending_migrations(conn)
    known = {migration.version for migration in available_migrations()}
    unknown = applied_versions(conn) - known
    if unknown:
        raise MigrationError(
            "the database has migrations this version does not know"
            f" ({', '.join(map(str, sorted(unknown)))}); it was written by a newer version of the app"
        )
    if not pending:
        return []
    if before is not None:
        before([migration.version for migration in pending])
    for migration in pending:
        _apply(conn, migration)
    return [migration.version for migration in pending]


def _apply(conn: Connection, migration: Migration) -> None:
    if conn.in_transaction:
        raise MigrationError("migrations must not run inside another transaction")
    mirrored = max(applied_versions(conn) | {migration.version})
    # One script, one transaction: executescript runs the statements in order and the
    # ledger row and user_version commit together with the schema change or not at all.
    script = (
        "BEGIN IMMEDIATE;\n"
        f"{_CREATE_LEDGER}\n"
        f"{migration.sql}\n;\n"
        f"INSERT INTO schema_migrations(version, name) VALUES ({migration.version}, '{migration.name}');\n"
        f"PRAGMA user_version = {mirrored};\n"
        "COMMIT;\n"
    )
    try:
        conn.executescript(script)
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(f"migration {migration.name} failed and was rolled back: {exc}") from exc
