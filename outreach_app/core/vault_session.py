"""An unlocked vault: the writer connection, the role, and the process lock that keeps others out."""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import TYPE_CHECKING

from outreach_app.crypto.keyfile import Role
from outreach_app.crypto.process_lock import ProcessLock
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import open_database

if TYPE_CHECKING:
    from sqlite3 import Connection  # sqlcipher3's Connection has exactly this API


class VaultClosedError(RuntimeError):
    """The session was used after close()."""


class VaultSession:
    """What `unlock_vault` returns; close it (or use `with`) to drop the key and the lock.

    Attributes:
        layout: the vault's files.
        role: the role of the slot whose passphrase opened the vault.
        slot_id: that slot's id.
        conn: the one writer connection (only the DB-writer thread may use it).
    """

    def __init__(
        self,
        *,
        layout: VaultLayout,
        role: Role,
        slot_id: str,
        conn: Connection,
        data_key: bytes,
        lock: ProcessLock,
    ) -> None:
        self.layout = layout
        self.role: Role = role
        self.slot_id = slot_id
        self.conn = conn
        # Python cannot scrub bytes from memory; we drop our reference on close and rely on
        # core dumps being disabled (core.hardening) so the key never lands on disk.
        self._data_key: bytes | None = data_key
        self._lock = lock

    def __repr__(self) -> str:  # never show the key
        state = "closed" if self.closed else "open"
        return f"<VaultSession {self.layout.data_dir} role={self.role} {state}>"

    @property
    def closed(self) -> bool:
        return self._data_key is None

    def data_key(self) -> bytes:
        """The raw data key, for vault operations in `core` only (rotation, backups)."""
        if self._data_key is None:
            raise VaultClosedError("the vault session is closed")
        return self._data_key

    def replace_data_key(self, new_key: bytes) -> None:
        """After a successful re-key: readers opened from now on use the new key."""
        self.data_key()
        self._data_key = new_key

    def open_reader(self) -> Connection:
        """A new read-only connection (small cache, `query_only`) for a reader thread."""
        return open_database(self.layout.db, self.data_key(), reader=True)

    def close(self) -> None:
        """Close the writer, forget the key, release the lock. Safe to call twice."""
        if self._data_key is None:
            return
        self._data_key = None
        with contextlib.suppress(Exception):
            self.conn.close()
        self._lock.release()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
