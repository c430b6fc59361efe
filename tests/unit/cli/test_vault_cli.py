"""`outreach init|check|wipe|backup|restore|passphrase` run in-process with scripted stdin."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import PRODUCTION_KDF, TEST_KDF
from outreach_app.crypto.keyfile import read_key_file
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos.areas import add_area, list_areas
from tests.forks import ForkedProcess, preload
from tests.unit.core import vault_children
from tests.unit.production_kdf import derive_production_cheaply
from tests.vault_templates import created_vault
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

preload(vault_children.__name__)

PASS = "lantern orchard gravel nine"
NEW = "copper whistle meadow plank"


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(data_dir: Path, *argv: str, stdin: str = "") -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return Result(code, out.getvalue(), err.getvalue())


def lines(*values: str) -> str:
    return "".join(v + "\n" for v in values)


def digests(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
    }


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "test")
    monkeypatch.delenv("OUTREACH_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(data_dir: Path) -> VaultLayout:
    """What `init` with PASS leaves (the test profile): a copy of one made once per process
    (tests/vault_templates.py). `init` itself is tested by the test_init_* tests."""
    return created_vault(VaultLayout(data_dir), PASS)


def test_init_creates_a_private_vault_with_the_test_profile(data_dir: Path) -> None:
    result = cli(data_dir, "--json", "init", stdin=lines(PASS, PASS))
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"data_dir": str(data_dir), "role": "coordinator", "kdf_profile": "test"}
    layout = VaultLayout(data_dir)
    assert read_key_file(layout.key_file).slots[0].kdf.memory_kib == 8 * 1024
    if os.name != "nt":
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for path in data_dir.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert PASS not in result.out + result.err


def test_hidden_kdf_option_wins_over_the_environment(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "nonsense")
    assert cli(data_dir, "init", stdin=lines(PASS, PASS)).code == ExitCode.USAGE
    assert not data_dir.exists()
    assert cli(data_dir, "init", "--kdf-profile", "test", stdin=lines(PASS, PASS)).code == 0


@pytest.mark.parametrize(
    ("stdin", "needle"),
    [
        (lines("", ""), "empty"),
        (lines("Xq7#vL2p", "Xq7#vL2p"), "too short"),
        (lines("password123", "password123"), "too easy to guess"),
        (lines(PASS, NEW), "not the same"),
        (lines(PASS), "expected a line on stdin"),
    ],
)
def test_init_refuses_bad_passphrases_with_a_reason_and_creates_nothing(
    data_dir: Path, stdin: str, needle: str
) -> None:
    result = cli(data_dir, "init", stdin=stdin)
    assert result.code == ExitCode.USAGE
    assert needle in result.err
    for typed in {line for line in stdin.splitlines() if line}:
        assert typed not in result.err + result.out
    assert not data_dir.exists()


def test_init_refuses_an_existing_vault(vault: VaultLayout) -> None:
    before = digests(vault.data_dir)
    result = cli(vault.data_dir, "init", stdin=lines(NEW, NEW))
    assert result.code == ExitCode.CONFLICT and "already exists" in result.err
    assert digests(vault.data_dir) == before


def test_check_healthy_wrong_passphrase_and_missing_vault(vault: VaultLayout, tmp_path: Path) -> None:
    ok = cli(vault.data_dir, "--json", "check", stdin=lines(PASS))
    assert ok.code == 0 and json.loads(ok.out)["ok"] is True
    before = digests(vault.data_dir)
    wrong = cli(vault.data_dir, "check", stdin=lines(NEW))
    assert wrong.code == ExitCode.AUTH and "not correct" in wrong.err
    after = digests(vault.data_dir)
    after.pop("unlock-failures.json")
    assert after == before
    missing = cli(tmp_path / "nothing", "check", stdin=lines(PASS))
    assert missing.code == ExitCode.NOT_FOUND and "outreach init" in missing.err
    assert not (tmp_path / "nothing").exists()


def test_check_reports_a_plain_sqlite_file_and_never_overwrites_it(vault: VaultLayout) -> None:
    vault.db.unlink()
    plain = sqlite3.connect(vault.db)
    plain.execute("CREATE TABLE notes(x)")
    plain.commit()
    plain.close()
    before = digests(vault.data_dir)
    result = cli(vault.data_dir, "check", stdin=lines(PASS))
    assert result.code == ExitCode.DAMAGED and "plain" in result.err
    assert digests(vault.data_dir) == before
    assert cli(vault.data_dir, "init", stdin=lines(NEW, NEW)).code == ExitCode.CONFLICT
    assert digests(vault.data_dir) == before


def test_check_reports_truncated_db_and_damaged_key_file(vault: VaultLayout) -> None:
    raw = vault.db.read_bytes()
    vault.db.write_bytes(raw[: len(raw) // 3])
    before = digests(vault.data_dir)
    assert cli(vault.data_dir, "check", stdin=lines(PASS)).code == ExitCode.DAMAGED
    assert digests(vault.data_dir) == before
    vault.db.write_bytes(raw)
    key = vault.key_file.read_bytes()
    vault.key_file.write_bytes(key[:50])
    before = digests(vault.data_dir)
    result = cli(vault.data_dir, "check", stdin=lines(PASS))
    assert result.code == ExitCode.DAMAGED and "key file" in result.err
    assert digests(vault.data_dir) == before


def test_check_reports_a_damaged_page_inside_the_db(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASS) as session, transaction(session.conn):  # one commit, not 300 fsyncs
        for n in range(300):
            add_area(session.conn, Area(name=f"{'x' * 150} {n}"))
    raw = bytearray(vault.db.read_bytes())
    pages = len(raw) // 4096
    raw[4096 * (pages - 2) + 100] ^= 0xFF
    vault.db.write_bytes(bytes(raw))
    before = digests(vault.data_dir)
    result = cli(vault.data_dir, "--json", "check", stdin=lines(PASS))
    assert result.code == ExitCode.DAMAGED
    report = json.loads(result.out)
    assert report["ok"] is False and report["problems"]
    assert digests(vault.data_dir) == before


def test_wipe_needs_confirmation_then_leaves_nothing(vault: VaultLayout) -> None:
    before = digests(vault.data_dir)
    refused = cli(vault.data_dir, "wipe")
    assert refused.code == ExitCode.USAGE and "--yes" in refused.err
    assert digests(vault.data_dir) == before
    done = cli(vault.data_dir, "--json", "wipe", "--yes")
    assert done.code == 0 and json.loads(done.out)["found_vault"] is True
    assert not vault.data_dir.exists()
    assert cli(vault.data_dir, "wipe", "--yes").code == 0  # idempotent for panic scripts


def test_wipe_revoke_reads_the_credential_first_and_revokes_after_the_key_is_gone(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`wipe --revoke`: prepare reads from the open vault; the network call comes after the crypto-erase."""
    from outreach_app.cli import sync_cmds

    events: list[str] = []

    class RecordingHooks:
        revoked = True

        def __init__(self, conn: Any) -> None:
            # Phase one: the vault is open, so whatever the revocation needs can be read now.
            events.append(f"prepare: areas readable={list_areas(conn) == []}, key={vault.key_file.exists()}")

        def revoke(self) -> None:
            events.append(f"revoke: key={vault.key_file.exists()}")

        def wipe_kwargs(self) -> dict[str, Any]:
            return {"before_destroy": self.revoke}

        def message(self) -> str:
            return "revoked on the server"

    monkeypatch.setattr(sync_cmds, "prepare_quick_delete", RecordingHooks)
    done = cli(vault.data_dir, "wipe", "--yes", "--revoke", stdin=lines(PASS))
    assert done.code == ExitCode.OK, done.err
    assert events == ["prepare: areas readable=True, key=True", "revoke: key=False"]
    assert "revoked on the server" in done.out
    assert not vault.data_dir.exists()


def test_backup_wipe_restore_round_trip(vault: VaultLayout, tmp_path: Path) -> None:
    with unlock_vault(vault, PASS) as session:
        for n in range(5):
            add_area(session.conn, Area(name=f"Area {n}"))
        expected = sorted(list_areas(session.conn), key=lambda a: str(a.id))
    backup = tmp_path / "vault.backup"
    made = cli(vault.data_dir, "--json", "backup", str(backup), stdin=lines(PASS))
    assert made.code == 0, made.err
    assert json.loads(made.out)["bytes"] == backup.stat().st_size
    assert cli(vault.data_dir, "backup", str(backup), stdin=lines(PASS)).code == ExitCode.CONFLICT
    assert cli(vault.data_dir, "restore", str(backup), stdin=lines(PASS)).code == ExitCode.CONFLICT
    assert cli(vault.data_dir, "wipe", "--yes").code == 0
    assert cli(vault.data_dir, "restore", str(backup), stdin=lines(NEW)).code == ExitCode.AUTH
    assert not vault.data_dir.exists()
    restored = cli(vault.data_dir, "restore", str(backup), stdin=lines(PASS))
    assert restored.code == 0, restored.err
    with unlock_vault(vault, PASS) as session:
        assert sorted(list_areas(session.conn), key=lambda a: str(a.id)) == expected
    assert (
        cli(vault.data_dir, "restore", str(tmp_path / "nope"), stdin=lines(PASS)).code == ExitCode.NOT_FOUND
    )


def test_restore_replace_needs_confirmation(vault: VaultLayout, tmp_path: Path) -> None:
    backup = tmp_path / "vault.backup"
    assert cli(vault.data_dir, "backup", str(backup), stdin=lines(PASS)).code == 0
    assert cli(vault.data_dir, "restore", "--replace", str(backup), stdin=lines(PASS)).code == ExitCode.USAGE
    # First line: a current coordinator passphrase of the vault; second: the backup's.
    replaced = cli(vault.data_dir, "restore", "--replace", "--yes", str(backup), stdin=lines(PASS, PASS))
    assert replaced.code == 0, replaced.err


def test_restore_replace_needs_a_current_coordinator_passphrase(vault: VaultLayout, tmp_path: Path) -> None:
    from outreach_app.core.vault import add_slot, remove_slot

    worker = "saffron glacier tumble oar"
    with unlock_vault(vault, PASS) as session:
        worker_slot = add_slot(session, worker, "worker", kdf=TEST_KDF)
    backup = tmp_path / "with-the-worker.backup"
    assert cli(vault.data_dir, "backup", str(backup), stdin=lines(PASS)).code == 0
    with unlock_vault(vault, PASS) as session:
        remove_slot(session, worker_slot)
        add_area(session.conn, Area(name="Later Road"))
    before = {p.name: p.read_bytes() for p in vault.data_dir.iterdir() if p.is_file() and p.suffix != ".lock"}

    # The removed worker tries to roll the vault back to a backup that still has their slot.
    as_worker = cli(vault.data_dir, "restore", "--replace", "--yes", str(backup), stdin=lines(worker, worker))
    assert as_worker.code == ExitCode.AUTH, as_worker.err
    wrong = cli(vault.data_dir, "restore", "--replace", "--yes", str(backup), stdin=lines(NEW, PASS))
    assert wrong.code == ExitCode.AUTH
    nothing = cli(vault.data_dir, "restore", "--replace", "--yes", str(backup), stdin=lines("", PASS))
    assert nothing.code == ExitCode.AUTH and "coordinator passphrase" in nothing.err
    with unlock_vault(vault, PASS) as session:
        assert [a.name for a in list_areas(session.conn)] == ["Later Road"]
    assert vault.key_file.read_bytes() == before[vault.key_file.name]

    allowed = cli(vault.data_dir, "restore", "--replace", "--yes", str(backup), stdin=lines(PASS, PASS))
    assert allowed.code == 0, allowed.err


def _pages(data: bytes, size: int = 4096) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_passphrase_change_keeps_db_bytes_and_retires_the_old_one(vault: VaultLayout) -> None:
    db_before = _pages(vault.db.read_bytes())
    mismatch = cli(vault.data_dir, "passphrase", stdin=lines(PASS, NEW, NEW + "x"))
    assert mismatch.code == ExitCode.USAGE
    weak = cli(vault.data_dir, "passphrase", stdin=lines(PASS, "password123", "password123"))
    assert weak.code == ExitCode.USAGE and "too easy" in weak.err
    wrong = cli(vault.data_dir, "passphrase", stdin=lines(NEW, NEW, NEW))
    assert wrong.code == ExitCode.AUTH
    changed = cli(vault.data_dir, "--json", "passphrase", stdin=lines(PASS, NEW, NEW))
    assert changed.code == 0, changed.err
    assert json.loads(changed.out) == {"rotated": False, "removed_slots": []}
    # Each CLI unlock appends to the audit chain, so a few pages change; re-encrypting the DB
    # would change every page. The first page (with SQLCipher's salt) stays as it was.
    db_after = _pages(vault.db.read_bytes())
    unchanged = sum(1 for old, new in zip(db_before, db_after, strict=False) if old == new)
    assert db_after[0][:16] == db_before[0][:16]
    assert unchanged >= len(db_before) - 8, (unchanged, len(db_before))
    assert cli(vault.data_dir, "check", stdin=lines(PASS)).code == ExitCode.AUTH
    assert cli(vault.data_dir, "check", stdin=lines(NEW)).code == 0


def test_rotate_key_re_encrypts_the_database(vault: VaultLayout, tmp_path: Path) -> None:
    old_key_file = vault.key_file.read_bytes()
    db_before = vault.db.read_bytes()
    rotated = cli(vault.data_dir, "--json", "passphrase", "--rotate-key", stdin=lines(PASS, NEW, NEW))
    assert rotated.code == 0, rotated.err
    assert json.loads(rotated.out)["rotated"] is True
    assert vault.db.read_bytes() != db_before
    vault.key_file.write_bytes(old_key_file)
    assert cli(vault.data_dir, "check", stdin=lines(PASS)).code == ExitCode.DAMAGED


def test_a_second_instance_is_told_who_holds_the_vault(vault: VaultLayout) -> None:
    holder = ForkedProcess(
        vault_children.hold, str(vault.data_dir), stdin=(PASS + "\n").encode(), stdout=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"unlocked"
        result = cli(vault.data_dir, "check", stdin=lines(PASS))
        assert result.code == ExitCode.CONFLICT
        assert f"PID {holder.pid}" in result.err
    finally:
        holder.kill()
        holder.communicate(timeout=30)


HARDENING_PROBE = """
import resource
import outreach_app.cli as cli
from outreach_app.core.hardening import is_dumpable

def report():
    print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
    return 0

cli.run = report
cli.main()
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE are Linux checks"
)
def test_the_entry_point_disables_core_dumps_before_running_a_command() -> None:
    # main() must harden the process before dispatching: the probe replaces run() and reports.
    done = subprocess.run(
        [sys.executable, "-c", HARDENING_PROBE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(0, 0) False"


def test_init_with_the_test_profile_warns_on_stderr(data_dir: Path) -> None:
    result = cli(data_dir, "--json", "init", stdin=lines(PASS, PASS))
    assert result.code == ExitCode.OK, result.err
    assert "test profile: weak key derivation, for tests and demos only" in result.err
    assert json.loads(result.out)["kdf_profile"] == "test"  # stdout stays machine-readable


def test_init_with_the_production_profile_does_not_warn(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OUTREACH_KDF_PROFILE")
    production = derive_production_cheaply(monkeypatch)  # tests/unit/production_kdf.py
    result = cli(data_dir, "init", stdin=lines(PASS, PASS))
    assert result.code == ExitCode.OK, result.err
    assert "weak key derivation" not in result.err
    assert read_key_file(VaultLayout(data_dir).key_file).slots[0].kdf == PRODUCTION_KDF
    assert production.count >= 1


def test_passphrase_change_upgrades_a_test_profile_vault_unless_asked_again(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OUTREACH_KDF_PROFILE")
    production = derive_production_cheaply(monkeypatch)  # tests/unit/production_kdf.py
    assert read_key_file(vault.key_file).slots[0].kdf == TEST_KDF
    upgraded = cli(vault.data_dir, "passphrase", stdin=lines(PASS, NEW, NEW))
    assert upgraded.code == ExitCode.OK, upgraded.err
    assert "weak key derivation" not in upgraded.err
    assert read_key_file(vault.key_file).slots[0].kdf == PRODUCTION_KDF
    assert production.count >= 1
    again = cli(vault.data_dir, "passphrase", "--kdf-profile", "test", stdin=lines(NEW, PASS, PASS))
    assert again.code == ExitCode.OK, again.err
    assert "test profile: weak key derivation" in again.err
    assert read_key_file(vault.key_file).slots[0].kdf == TEST_KDF
