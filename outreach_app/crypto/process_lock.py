"""One process writes a vault at a time: an exclusive OS lock on a file holding our PID.

The lock is advisory (flock on POSIX, msvcrt byte-range lock on Windows) and
belongs to the open file, so it disappears when the process dies, even by
SIGKILL: a stale lock file never blocks the next start. The file is not
deleted on release, because deleting a lock file while others may have it open
lets two processes each lock a different inode.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from outreach_app.crypto.atomic import PRIVATE_FILE_MODE
from outreach_app.domain.disk_full import is_disk_full

# On Windows the locked range is unreadable to others, so lock a byte far past the PID.
_WINDOWS_LOCK_OFFSET = 1 << 20


class LockHeldError(RuntimeError):
    """Another process holds the lock.

    Attributes:
        pid: the holder's process id, if it could be read.
    """

    def __init__(self, pid: int | None) -> None:
        who = f"process {pid}" if pid is not None else "another process"
        super().__init__(f"the vault is in use by {who}")
        self.pid = pid


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(fd: int) -> int | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 32)
    try:
        return int(raw.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        return None


def _write_pid(fd: int) -> None:
    """Our PID, for the message another process shows. On a full disk the lock is held all
    the same (flock needs no space); the file just stays empty, and others name no PID."""
    try:
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError as exc:
        if not is_disk_full(exc):
            raise
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)


class ProcessLock:
    """The single-writer lock of one vault.

    Args:
        path: the lock file (created 0600 if missing).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise LockHeldError naming the holder."""
        if self._fd is not None:
            return
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, PRIVATE_FILE_MODE)
        try:
            if not _try_lock(fd):
                raise LockHeldError(_read_pid(fd))
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            _write_pid(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # no stale PID for the next reader
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> ProcessLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
