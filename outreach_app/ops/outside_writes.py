"""Writing a file outside the vault on the user's request, recorded for quick delete.

Every file the app writes into the user's folders is recorded inside the vault first
(`storage.repos.outside_files`), then written 0600 atomically (`crypto.atomic`), so quick
delete can find and destroy it. Recorded before it is written: a write that fails leaves a
path quick delete reports as not found, never a file it does not know about. Runs on the
DB thread (it needs the session); imports no Qt.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from outreach_app.core.outside_files import OutsideTarget, targets_from
from outreach_app.core.vault import VaultSession
from outreach_app.crypto.atomic import write_private
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.outside_files import OutsideKind, record_outside_file

__all__ = ["OutsideKind", "OutsideTarget", "outside_targets", "write_export", "write_outside"]


def write_outside(
    session: VaultSession, path: Path, data: bytes, kind: OutsideKind, now: datetime
) -> OpResult[Path]:
    """Record `path` in the vault, then write `data` there (0600, atomic). Returns the path."""
    target = Path(path).absolute()
    record_outside_file(session.conn, target, kind, now)
    write_private(target, data)
    return OpResult(target, Changes.of(Kind.OUTSIDE_FILES))  # quick delete's list grew


def write_export(
    session: VaultSession,
    path: Path,
    data: bytes,
    kind: OutsideKind,
    now: datetime,
    detail: dict[str, object],
) -> Path:
    """An export the user confirmed: recorded for quick delete and audited (`detail`: what and
    counts, never record text), then written (0600, atomic) last, in one transaction — a failed
    write rolls the record and the audit back (and whatever the caller's transaction holds,
    e.g. the disclosure log); the file is complete or absent. Returns the absolute path."""
    target = Path(path).absolute()
    with transaction(session.conn):
        record_outside_file(session.conn, target, kind, now)
        audit.append_event(session.conn, audit.AuditKind.EXPORT, at=now, role=session.role, detail=detail)
        write_private(target, data)
    return target


def outside_targets(session: VaultSession) -> list[OutsideTarget]:
    """What quick delete would destroy besides the vault (kept in memory while locked)."""
    return targets_from(session.conn)
