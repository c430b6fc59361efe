"""Best-effort erasure helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from outreach_app.crypto.erase import ReplacedFileEraser, overwrite_prefix


def test_overwrite_prefix_replaces_only_the_leading_bytes(tmp_path: Path) -> None:
    path = tmp_path / "archive"
    path.write_bytes(b"K" * 1000 + b"D" * 3000)
    assert overwrite_prefix(path, 1000)
    data = path.read_bytes()
    assert len(data) == 4000  # not truncated, not grown
    assert data[1000:] == b"D" * 3000
    assert data[:1000].count(b"K") < 50  # random bytes, not the old ones


def test_overwrite_prefix_longer_than_the_file_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "small"
    path.write_bytes(b"K" * 10)
    assert overwrite_prefix(path, 1 << 20)
    assert len(path.read_bytes()) == 10
    assert not overwrite_prefix(tmp_path / "missing", 10)
    assert not overwrite_prefix(tmp_path, 10)  # a folder is not overwritten


@pytest.mark.skipif(
    os.name == "nt", reason="Windows cannot rename over an open file; no handle is kept there"
)
def test_replaced_file_eraser_overwrites_the_old_content_after_the_rename(tmp_path: Path) -> None:
    old = tmp_path / "vault.key"
    old.write_bytes(b"OLD KEY " * 100)
    witness = tmp_path / "witness"
    os.link(old, witness)  # a second name for the old inode, to look at its blocks afterwards
    new = tmp_path / "staged"
    new.write_bytes(b"new")
    with ReplacedFileEraser(old) as eraser:
        new.replace(old)
        eraser.erase()
    assert old.read_bytes() == b"new"
    assert b"OLD KEY" not in witness.read_bytes() and len(witness.read_bytes()) == 800


def test_replaced_file_eraser_leaves_the_file_alone_without_erase(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    path.write_bytes(b"still the vault")
    with ReplacedFileEraser(path):
        pass  # the replacement failed: nothing may be overwritten
    assert path.read_bytes() == b"still the vault"
    with ReplacedFileEraser(tmp_path / "missing") as eraser:
        eraser.erase()  # nothing to hold, nothing to do
