"""`outreach check`: SQLite's structural check and SQLCipher's page authentication check."""

from __future__ import annotations

from outreach_app.storage.connection import Connection


def check(conn: Connection) -> list[str]:
    """Problems found, as short messages (page numbers, never record text); empty when healthy."""
    problems = [f"quick_check: {row[0]}" for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
    problems += [f"cipher_integrity_check: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [
        f"foreign_key_check: {row[0]} row {row[1]} refers to a missing {row[2]}"
        for row in conn.execute("PRAGMA foreign_key_check")
    ]
    return problems
