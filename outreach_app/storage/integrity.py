"""`outreach check`: SQLite's structural check and SQLCipher's page authentication check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlcipher3 import dbapi2

from outreach_app.storage.connection import Connection


def check(conn: Connection) -> list[str]:
    """Problems found, as short messages (page numbers, never record text); empty when healthy."""
    problems = _rows(conn, "quick_check", lambda row: None if row[0] == "ok" else str(row[0]))
    problems += _rows(conn, "cipher_integrity_check", lambda row: str(row[0]))
    problems += _rows(
        conn, "foreign_key_check", lambda row: f"{row[0]} row {row[1]} refers to a missing {row[2]}"
    )
    return problems


def _rows(conn: Connection, pragma: str, describe: Callable[[Any], str | None]) -> list[str]:
    """`pragma: problem` per row; a check that SQLite aborts (a damaged page it cannot walk
    past: "database disk image is malformed") is a problem too, and the next check still runs."""
    try:
        found = [describe(row) for row in conn.execute(f"PRAGMA {pragma}")]
    except dbapi2.DatabaseError as exc:
        return [f"{pragma}: {exc}"]  # SQLite's own words: page numbers at most, never record text
    return [f"{pragma}: {text}" for text in found if text is not None]
