"""Best-effort erasure helpers."""

from __future__ import annotations

from pathlib import Path

from outreach_app.crypto.erase import overwrite_prefix


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
