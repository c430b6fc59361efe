"""A small real disk for full-disk tests: a tmpfs mounted in the test's tmp dir.

CI runs as root on the same kind of machine, so these tests never skip: without root the
fixture fails and says why. `fill` leaves an exact number of bytes free.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

DISK_BYTES = 8 * 1024 * 1024
PAGE = 4096


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES},mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.fail(f"these tests need a tmpfs mount (root, as in CI): {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    """Fill the disk, then give back `leave_bytes` (tmpfs counts whole pages)."""
    filler = disk / "filler"
    chunk = b"\0" * (64 * 1024)
    # Unbuffered: a buffered file keeps the part of a chunk the full disk refused and raises
    # ENOSPC again when closed (whether it does depends on how many bytes happen to be free).
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError:
            pass
    with filler.open("r+b") as handle:
        size = os.fstat(handle.fileno()).st_size
        handle.truncate(max(0, size - leave_bytes))
    assert abs(os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize - leave_bytes) <= PAGE
    return filler
