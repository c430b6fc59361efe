"""The files the app wrote outside the vault (migration 0016), for quick delete to destroy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction


class OutsideKind(StrEnum):
    EXPORT = "export"  # identifiable records (outreach export --out)
    STATISTICS = "statistics"  # a statistics CSV or PDF
    BACKUP = "backup"  # an encrypted backup: it opens with the vault's passphrases
    HANDOUT = "handout"  # an alerts handout saved as PDF
    PRINT = "print"  # anything printed to a PDF file (no printer)


@dataclass(frozen=True)
class OutsideFile:
    path: Path
    kind: OutsideKind
    written_at: datetime


def record_outside_file(conn: Connection, path: Path, kind: OutsideKind, at: datetime) -> None:
    """Remember a file just written outside the vault (absolute path; a rewrite updates the row)."""
    with transaction(conn):
        conn.execute(
            "INSERT INTO outside_files(path, kind, written_at) VALUES (?, ?, ?)"
            " ON CONFLICT(path) DO UPDATE SET kind = excluded.kind, written_at = excluded.written_at",
            (str(Path(path).absolute()), kind.value, to_db_time(at)),
        )


def list_outside_files(conn: Connection) -> list[OutsideFile]:
    rows = conn.execute("SELECT path, kind, written_at FROM outside_files ORDER BY written_at, path")
    return [OutsideFile(Path(path), OutsideKind(kind), from_db_time(at)) for path, kind, at in rows]


def forget_outside_files(conn: Connection, paths: Iterable[Path]) -> int:
    """Stop tracking files (destroyed, or the user removed them); returns how many rows went."""
    with transaction(conn):
        return sum(
            conn.execute("DELETE FROM outside_files WHERE path = ?", (str(path),)).rowcount for path in paths
        )
