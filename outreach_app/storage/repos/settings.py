"""Settings inside the encrypted DB: JSON values by key (only unlock-screen prefs live outside)."""

from __future__ import annotations

import json
from typing import Any

from outreach_app.storage.connection import Connection, transaction


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(conn: Connection, key: str, value: Any) -> None:
    text = json.dumps(value, sort_keys=True)
    with transaction(conn):
        conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, text),
        )


def delete_setting(conn: Connection, key: str) -> bool:
    with transaction(conn):
        return conn.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount > 0


def all_settings(conn: Connection) -> dict[str, Any]:
    return {
        key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM settings ORDER BY key")
    }
