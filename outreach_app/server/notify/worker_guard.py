"""Which notify workers may run together, and how a worker says it is alive.

PostgreSQL: any number. Each worker holds, on a connection of its own for its whole life, a
session advisory lock on its random id; another worker that can take that lock knows the
first is dead and puts its claimed messages back (db/deliveries.py: reclaim_orphans).

SQLite: exactly one, because every start puts back all claimed messages. A second one is
refused with a clear message, by an exclusive lock on a file beside the database (released
by the kernel when the holder dies, SIGKILL included).
"""

from __future__ import annotations

import fcntl
import os
import secrets
from pathlib import Path

from sqlalchemy import Connection, Engine

from outreach_app.server.db import deliveries


class AnotherWorkerRunning(RuntimeError):
    """A second notify process on one SQLite database."""


def new_worker_id() -> int:
    """A random positive int4 (the second key of a PostgreSQL advisory lock)."""
    return secrets.randbelow(2**31 - 2) + 1


class WorkerGuard:
    def __init__(self, engine: Engine, worker_id: int) -> None:
        self._session: Connection | None = None
        self._lock_fd: int | None = None
        self._worker_id = worker_id
        if engine.dialect.name == "postgresql":
            self._session = engine.connect()
            deliveries.hold_worker_lock(self._session, worker_id)
            self._session.commit()  # the session lock outlives this transaction
            return
        database = engine.url.database
        if database and database != ":memory:":
            path = Path(database).with_name(Path(database).name + ".notify-lock")
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise AnotherWorkerRunning(
                    "another notify process is running on this SQLite database; run one"
                    " (several need PostgreSQL, docs/warnings.md)"
                ) from None
            self._lock_fd = fd

    def release(self) -> None:
        if self._session is not None:
            # A pooled connection outlives close(): the session lock must be let go by name.
            deliveries.release_worker_lock(self._session, self._worker_id)
            self._session.commit()
            self._session.close()
            self._session = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
