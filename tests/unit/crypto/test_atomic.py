"""Atomic private writes: mode 0600 from the start, all-or-nothing replacement."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from outreach_app.crypto.atomic import ensure_private_dir, open_private_atomic, write_private
from outreach_app.crypto.erase import overwrite_and_unlink

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_private_creates_0600_even_with_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        target = tmp_path / "secret.json"
        write_private(target, b"first")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"first"
    assert _mode(target) == 0o600


def test_write_private_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "f"
    write_private(target, b"old")
    write_private(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]


def test_a_failed_write_keeps_the_old_version(tmp_path: Path) -> None:
    target = tmp_path / "f"
    write_private(target, b"old")
    with pytest.raises(RuntimeError), open_private_atomic(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("power cut")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]


def test_ensure_private_dir_is_0700(tmp_path: Path) -> None:
    d = tmp_path / "a" / "vault"
    d.parent.mkdir(mode=0o755)
    ensure_private_dir(d)
    assert _mode(d) == 0o700
    d.chmod(0o755)
    ensure_private_dir(d)
    assert _mode(d) == 0o700


def test_overwrite_and_unlink_removes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "k"
    target.write_bytes(b"x" * 5000)
    assert overwrite_and_unlink(target) is True
    assert not target.exists()
    assert overwrite_and_unlink(target) is False
