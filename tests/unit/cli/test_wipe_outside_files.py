"""Quick delete destroys the files the app wrote outside the vault (issue 16): exports,
statistics and backups are recorded inside the vault, `outreach wipe` destroys them (an old
backup no longer opens), lists what it could not reach, and says plainly when it could not
look (no passphrase)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_app.cli.common import ExitCode
from outreach_app.core.vault import unlock_vault
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.repos.outside_files import OutsideKind, list_outside_files
from tests.unit.cli.test_vault_cli import PASS, cli, lines
from tests.vault_templates import created_vault


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "test")
    monkeypatch.delenv("OUTREACH_DATA_DIR", raising=False)


@pytest.fixture
def written(tmp_path: Path) -> tuple[VaultLayout, dict[str, Path]]:
    """A vault that wrote an export, a statistics CSV and a backup into the user's folders."""
    layout = created_vault(VaultLayout(tmp_path / "vault"), PASS)  # what `init` makes (test_vault_cli)
    documents = tmp_path / "Documents"
    documents.mkdir()
    files = {
        "export": documents / "incidents.csv",
        "statistics": documents / "funders.csv",
        "backup": documents / "vault.backup",
    }
    done = cli(
        layout.data_dir,
        "export",
        "--what",
        "incidents",
        "--format",
        "csv",
        "--out",
        str(files["export"]),
        "--yes",
        stdin=lines(PASS),
    )
    assert done.code == ExitCode.OK, done.err
    stats = cli(
        layout.data_dir, "stats", "--format", "csv", "--out", str(files["statistics"]), stdin=lines(PASS)
    )
    assert stats.code == ExitCode.OK, stats.err
    assert cli(layout.data_dir, "backup", str(files["backup"]), stdin=lines(PASS)).code == ExitCode.OK
    return layout, files


def test_every_file_written_outside_is_recorded_inside_the_vault(
    written: tuple[VaultLayout, dict[str, Path]],
) -> None:
    layout, files = written
    with unlock_vault(layout, PASS) as session:
        recorded = {(found.path, found.kind) for found in list_outside_files(session.conn)}
    assert recorded == {
        (files["export"], OutsideKind.EXPORT),
        (files["statistics"], OutsideKind.STATISTICS),
        (files["backup"], OutsideKind.BACKUP),
    }


def test_wipe_destroys_them_and_lists_what_it_could_not_reach(
    written: tuple[VaultLayout, dict[str, Path]], tmp_path: Path
) -> None:
    layout, files = written
    moved = tmp_path / "moved.csv"
    files["statistics"].rename(moved)  # the user moved it: quick delete cannot know where
    wiped = cli(layout.data_dir, "--json", "wipe", "--yes", "--keep-device", stdin=lines(PASS))
    assert wiped.code == ExitCode.OK, wiped.err
    body = json.loads(wiped.out)
    assert sorted(body["outside_files"]["destroyed"]) == sorted([str(files["export"]), str(files["backup"])])
    assert body["outside_files"]["unreachable"] == [
        {"path": str(files["statistics"]), "why": "not found (moved or already deleted)"}
    ]
    assert f"Could not destroy {files['statistics']}" in wiped.err
    assert not files["export"].exists() and not files["backup"].exists() and moved.exists()
    assert not layout.data_dir.exists()
    # The old backup no longer opens with the (coerced) passphrase: it is gone.
    assert cli(layout.data_dir, "restore", str(files["backup"]), stdin=lines(PASS)).code == ExitCode.NOT_FOUND


def test_keep_files_leaves_them(written: tuple[VaultLayout, dict[str, Path]]) -> None:
    layout, files = written
    wiped = cli(layout.data_dir, "wipe", "--yes", "--keep-device", "--keep-files")
    assert wiped.code == ExitCode.OK, wiped.err
    assert all(path.exists() for path in files.values())
    assert "outside the vault" not in wiped.err


def test_without_the_passphrase_it_says_the_files_were_not_looked_for(
    written: tuple[VaultLayout, dict[str, Path]],
) -> None:
    layout, files = written
    wiped = cli(layout.data_dir, "wipe", "--yes", stdin="\n")
    assert wiped.code == ExitCode.OK
    assert "without the passphrase they were not looked for" in wiped.err
    assert all(path.exists() for path in files.values())
    assert not layout.data_dir.exists()


def test_a_link_put_in_place_of_a_file_is_left_alone(
    written: tuple[VaultLayout, dict[str, Path]], tmp_path: Path
) -> None:
    layout, files = written
    precious = tmp_path / "precious.txt"
    precious.write_text("not the app's", encoding="utf-8")
    files["export"].unlink()
    files["export"].symlink_to(precious)
    wiped = cli(layout.data_dir, "wipe", "--yes", "--keep-device", stdin=lines(PASS))
    assert wiped.code == ExitCode.OK
    assert f"Could not destroy {files['export']}: no longer a plain file (left alone)" in wiped.err
    assert precious.read_text(encoding="utf-8") == "not the app's"
