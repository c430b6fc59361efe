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
import secrets
import shutil
from pathlib import Path

_CHUNK = 1024 * 1024


def overwrite_and_unlink(path: Path) -> bool:
    """Overwrite `path` with random bytes, fsync, then delete it.

    Returns:
        True if a file was there and has been removed.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with contextlib.suppress(OSError):
        # A file we cannot open for writing is still deleted below.
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            remaining = size
            while remaining > 0:
                chunk = min(remaining, _CHUNK)
                os.write(fd, secrets.token_bytes(chunk))
                remaining -= chunk
            os.fsync(fd)
        finally:
            os.close(fd)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


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
        remaining = min(length, os.fstat(fd).st_size)
        while remaining > 0:
            remaining -= os.write(fd, secrets.token_bytes(min(remaining, _CHUNK)))
        os.fsync(fd)
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
