"""The names in a vault that a passphrase must not be built from: organisation, regions, areas.

They are what someone who knows whose laptop this is would try first; the passphrase
policy (crypto.passphrase_policy) adds the app, the vocabulary of the work and the year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3's Connection has exactly this API


def vault_names(conn: Connection) -> list[str]:
    """The organisation (when enrolled), the server's region names and the local area names."""
    rows = conn.execute(
        "SELECT organisation FROM sync_link WHERE organisation IS NOT NULL"
        " UNION SELECT name FROM server_regions UNION SELECT name FROM areas"
    ).fetchall()
    return sorted({str(row[0]) for row in rows if row[0]})
