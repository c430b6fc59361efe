"""Write a private file so that a crash leaves either the old or the new version.

The temporary file is created with mode 0600 before any byte is written (so
secret material is never readable by others, not even for a moment), flushed
to disk, renamed over the target, and the directory entry is flushed too so
the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def fsync_dir(directory: Path) -> None:
    """Flush a directory entry (no-op where directories cannot be opened, i.e. Windows)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name_for(path: Path) -> Path:
    """Where the new version of `path` is written before the rename (a hidden sibling)."""
    import secrets  # here: it loads OpenSSL (via hmac), which the unlock screen need not wait for

    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


@contextlib.contextmanager
def open_private_atomic(path: Path) -> Iterator[BinaryIO]:
    """Yield a 0600 temp file; on a clean exit it is fsynced and renamed over `path`.

    On an exception the temp file is removed and `path` is left as it was.
    """
    tmp = temp_name_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
    try:
        if os.name != "nt":
            # The umask can only have narrowed the mode; make it exact all the same.
            os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def write_private(path: Path, data: bytes) -> None:
    """Atomically replace `path` with `data`, mode 0600.

    Args:
        path: the target; its directory must exist.
        data: the complete new content.
    """
    with open_private_atomic(path) as handle:
        handle.write(data)


def ensure_private_dir(directory: Path) -> None:
    """Create `directory` (and parents) and make the directory itself 0700."""
    directory.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name != "nt":
        directory.chmod(PRIVATE_DIR_MODE)
