"""Best-effort destruction of files: overwrite in place, flush, then unlink.

On SSDs and journaling or copy-on-write file systems an overwrite may land on
different blocks than the original, so this cannot promise the old bytes are
gone (docs/security.md, "Limits of erasure"). What makes quick delete safe is
that the key file is destroyed first: the database is only ever ciphertext
under a key that no longer exists anywhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

_CHUNK = 1024 * 1024


def overwrite_and_unlink(path: Path) -> bool:
    """Overwrite `path` with random bytes, fsync, then delete it.

    Returns:
        True if a file was there and has been removed.
    """
    if not path.exists():
        return False
    with contextlib.suppress(OSError):
        # A file we cannot open for writing is still deleted below.
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            _overwrite(fd)
        finally:
            os.close(fd)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _overwrite(fd: int, length: int | None = None) -> None:
    """Overwrite the first `length` bytes (default: all) of an open file with random bytes, fsync."""
    import secrets  # here: it loads OpenSSL, which the unlock screen (asking "is there a vault?") need not

    remaining = os.fstat(fd).st_size if length is None else min(length, os.fstat(fd).st_size)
    os.lseek(fd, 0, os.SEEK_SET)
    while remaining > 0:
        remaining -= os.write(fd, secrets.token_bytes(min(remaining, _CHUNK)))
    os.fsync(fd)


class ReplacedFileEraser:
    """Keeps a handle on a file that is about to be renamed over, to overwrite its old content after.

    A rename that replaces a file drops its name, not its blocks; the open handle
    still reaches them. Where an open file cannot be renamed over (Windows) no
    handle is kept and the old content is left to the file system, as with any
    best-effort erasure (see the module docstring). Use as a context manager: the
    handle is closed on exit; `erase()` only when the replacement succeeded.
    """

    def __init__(self, path: Path) -> None:
        self._fd: int | None = None
        if os.name != "nt":
            with contextlib.suppress(OSError):
                self._fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))

    def __enter__(self) -> ReplacedFileEraser:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def erase(self) -> None:
        """Overwrite the old content (best effort: an I/O error leaves it to the file system)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _overwrite(self._fd)
        self.close()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def overwrite_prefix(path: Path, length: int) -> bool:
    """Overwrite the first `length` bytes of `path` with random bytes and fsync; the file stays.

    For crypto-erasing a file whose secret part sits at its start (a backup's key
    member) in milliseconds, before the whole file is overwritten at leisure.

    Returns:
        True if a file was there and has been overwritten.
    """
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return False
    try:
        _overwrite(fd, length)
    finally:
        os.close(fd)
    return True


def erase_tree(directory: Path) -> None:
    """Overwrite and delete every file under `directory`, then remove the folders."""
    if not directory.exists():
        return
    for root, _dirs, files in os.walk(directory, topdown=False):
        for name in files:
            overwrite_and_unlink(Path(root) / name)
    shutil.rmtree(directory, ignore_errors=True)
