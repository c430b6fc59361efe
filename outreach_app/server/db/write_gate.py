"""One envelope-intake writer at a time on a SQLite file, queued on a lock instead of
SQLite's busy sleeps.

When a second writer's `BEGIN IMMEDIATE` finds the database locked, SQLite's busy handler
sleeps 1, 2, 5, 10, 15, 20, 25, … ms between retries, so after each commit the write lock
can sit idle for tens of milliseconds while the next writer sleeps on. Intake of a batch of
1000 holds the lock for tens of milliseconds itself, and with several worker processes the
writers spent much of their time asleep (batch-1000 intake, two workers, eight devices:
12.4k reports/s with busy sleeps, 16-17k with the gate; docs/performance.md).

The gate is a process lock (threads of one worker) and then an exclusive `flock(2)` on a
file beside the database (the other workers): the next writer wakes the moment the last
one is done. It only orders writers: SQLite's own lock still decides, and a write that
does not pass the gate (admin commands, rare requests) queues on that as before. A
PostgreSQL or in-memory database needs no gate; without `fcntl` (Windows) only the
process lock applies.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from outreach_app.server.db.engine import is_sqlite

GATE_SUFFIX = "-write-gate"


class WriteGate:
    """Serialises the writers that pass through `held()`.

    Args:
        lock_file: the file to `flock` (other processes), or None for threads only.
        serialise: False makes `held()` a no-op (PostgreSQL takes concurrent writers).
    """

    def __init__(self, lock_file: Path | None, *, serialise: bool = True) -> None:
        self._lock_file = lock_file
        self._serialise = serialise
        self._threads = threading.Lock()
        self._fd: int | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        if not self._serialise:
            yield
            return
        with self._threads:
            fd = self._open()
            if fd is None:
                yield
                return
            _lock(fd)
            try:
                yield
            finally:
                _unlock(fd)

    def close(self) -> None:
        with self._threads:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def _open(self) -> int | None:
        if self._lock_file is None:
            return None
        if self._fd is None:
            # Empty, 0600 like the database; it holds nothing, only the lock.
            self._fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd


if sys.platform == "win32":  # pragma: no cover - the server's tests run on Linux

    def _lock(_fd: int) -> None:
        return None

    def _unlock(_fd: int) -> None:
        return None

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def write_gate_for(engine: Engine) -> WriteGate:
    """The gate for `engine`: none on PostgreSQL; threads only for an in-memory or URI
    SQLite database; threads and a lock file beside a SQLite database file."""
    if not is_sqlite(engine):
        return WriteGate(None, serialise=False)
    database = engine.url.database or ""
    if database in {"", ":memory:"} or database.startswith("file:"):
        return WriteGate(None)
    return WriteGate(Path(database + GATE_SUFFIX))
