"""Make deleted data leave the file: fold the WAL back, then release free pages.

`secure_delete` zeroes freed content inside the DB and FTS5's secure-delete
removes deleted words from index pages; this step moves the WAL's copies into
the DB and truncates the WAL, then gives free pages back to the file system.
(A full VACUUM with temp storage in memory would need RAM the size of the DB.)
What the SSD or a journaling file system keeps is outside our reach: see
docs/security.md.
"""

from __future__ import annotations

from outreach_app.storage.connection import Connection


def compact(conn: Connection) -> bool:
    """Checkpoint (TRUNCATE), release free pages, checkpoint again. False if a reader blocked it."""
    if conn.in_transaction:
        raise RuntimeError("compact must run outside a transaction")
    for fts in ("contacts_fts", "people_fts", "incidents_fts"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")  # noqa: S608 - fixed names
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.execute("PRAGMA incremental_vacuum").fetchall()
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return int(busy) == 0
