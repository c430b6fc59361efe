"""Telling a full disk apart from other failures, and what to tell the person.

A full disk is not damage: the vault is intact and nothing is lost, it only cannot grow.
Every layer that writes recognises it here (OS errors by errno, SQLite by its message) so
that unlocking can go on read-only and the message is always the same plain one.
"""

from __future__ import annotations

import errno

# ENOSPC: no space left on the device; EDQUOT: the user's disk quota is used up;
# EFBIG: the file may not grow (a file size limit, e.g. RLIMIT_FSIZE) — the same remedy.
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

# sqlite3/sqlcipher3 report SQLITE_FULL with this text (no errno reaches Python).
_SQLITE_FULL_TEXT = "database or disk is full"

DISK_FULL_MESSAGE = "the disk is full: the vault is intact, but nothing new can be saved until space is freed"
DISK_FULL_ADVICE = (
    "Free some space on the disk that holds the vault (empty the trash, delete large files), "
    "or copy the vault to another disk first: `outreach backup FILE` and `outreach export --out FILE` "
    "work while the disk is full, if FILE is on another disk."
)


def is_disk_full(exc: BaseException) -> bool:
    """True for an OSError with a disk-full errno or SQLite's SQLITE_FULL error."""
    if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
        return True
    return _SQLITE_FULL_TEXT in str(exc)
