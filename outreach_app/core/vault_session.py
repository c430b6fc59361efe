"""An unlocked vault: the writer connection, the role, and the process lock that keeps others out."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from outreach_app.crypto.keyfile import Role
from outreach_app.crypto.process_lock import ProcessLock
from outreach_app.crypto.secret_memory import scrub_free_memory, wipe
from outreach_app.domain.disk_full import is_disk_full
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
        full_disk: opened on a full disk (`open_database(full_disk=True)`): reads work, writes
            fail unless they fit, and no reader connection can be opened.
        on_unwritten: called at close with the descriptions of deferred writes that still
            did not fit (the CLI prints them).
    """

    def __init__(
        self,
        *,
        layout: VaultLayout,
        role: Role,
        slot_id: str,
        conn: Connection,
        data_key: bytearray,
        lock: ProcessLock,
        full_disk: bool = False,
    ) -> None:
        self.layout = layout
        self.role: Role = role
        self.slot_id = slot_id
        self.conn = conn
        # The session owns this buffer and zeroes it at close (crypto.secret_memory); core
        # dumps are disabled (core.hardening) so it never lands on disk meanwhile.
        self._data_key: bytearray | None = data_key
        self._lock = lock
        self.full_disk = full_disk
        self._deferred: list[tuple[str, Callable[[Connection], object]]] = []
        self.on_unwritten: Callable[[list[str]], None] | None = None
        # Set by unlock_vault from the seal check (core.vault_roles): the verified coordinator
        # key (None for workers and for coordinator slots that could not prove theirs), and
        # what the check found, for the CLI and the app to tell.
        # Both keys are buffers the session zeroes at close.
        self.coordinator_key: bytearray | None = None
        self.role_check: object | None = None

    def __repr__(self) -> str:  # never show the key
        state = "closed" if self.closed else "open"
        return f"<VaultSession {self.layout.data_dir} role={self.role} {state}>"

    @property
    def closed(self) -> bool:
        return self._data_key is None

    def data_key(self) -> bytearray:
        """The raw data key, for vault operations in `core` only (rotation, backups).

        The session's own buffer, zeroed at close: use it, never copy it into `bytes`."""
        if self._data_key is None:
            raise VaultClosedError("the vault session is closed")
        return self._data_key

    def replace_data_key(self, new_key: bytearray) -> None:
        """After a successful re-key: readers opened from now on use the new key; the old
        one is zeroed."""
        old = self.data_key()
        self._data_key = new_key
        if old is not new_key:
            wipe(old)

    def open_reader(self) -> Connection:
        """A new read-only connection (small cache, `query_only`) for a reader thread."""
        if self.full_disk:
            raise VaultClosedError("no reader connections while the disk is full")
        return open_database(self.layout.db, self.data_key(), reader=True)

    def defer(self, description: str, write: Callable[[Connection], object]) -> None:
        """Keep a write the disk had no room for (e.g. the unlock's audit entry); it is tried
        again by `write_deferred()` and, at the latest, when the session closes."""
        self._deferred.append((description, write))

    def write_or_defer(self, description: str, write: Callable[[Connection], object]) -> bool:
        """`write(conn)` now, or — when the disk has no room — `defer` it. True if written now."""
        try:
            write(self.conn)
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            self.defer(description, write)
            return False
        return True

    def write_deferred(self) -> list[str]:
        """Try the deferred writes in order; return the descriptions of those still waiting."""
        waiting: list[tuple[str, Callable[[Connection], object]]] = []
        for description, write in self._deferred:
            if waiting:  # keep their order: the audit chain is a sequence
                waiting.append((description, write))
                continue
            try:
                write(self.conn)
            except Exception as exc:
                if not is_disk_full(exc):
                    raise
                waiting.append((description, write))
        self._deferred = waiting
        return [description for description, _ in waiting]

    def close(self) -> None:
        """Write what was deferred if it fits now, close the writer, zero the key, release
        the lock, and zero the memory the C allocator holds as free. Safe to call twice.

        Closing the connection frees SQLite's page cache (plaintext pages; zeroed first when
        `cipher_memory_security` is on, see storage.connection) and SQLCipher's key copies
        (always zeroed)."""
        if self._data_key is None:
            return
        if self._deferred:
            unwritten = [description for description, _ in self._deferred]
            with contextlib.suppress(Exception):
                unwritten = self.write_deferred()
            if unwritten and self.on_unwritten is not None:
                self.on_unwritten(unwritten)
        key, self._data_key = self._data_key, None
        coordinator_key, self.coordinator_key = self.coordinator_key, None
        check, self.role_check = self.role_check, None
        with contextlib.suppress(Exception):
            self.conn.close()
        wipe(key)
        # The coordinator key, and a contested session's unverified key (core.vault_roles.RoleCheck).
        for other in (coordinator_key, getattr(check, "contested_key", None)):
            if isinstance(other, bytearray):
                wipe(other)
        self._deferred = []  # closures may hold record text
        self._lock.release()
        scrub_free_memory()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
