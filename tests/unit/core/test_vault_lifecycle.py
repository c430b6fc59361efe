"""Create, unlock, refuse: wrong passphrases, lockout delay, damaged key files, second instance, modes."""

from __future__ import annotations

import multiprocessing
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach_app.core.vault import (
    KeyFileDamagedError,
    LockedOutError,
    VaultDamagedError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
    check_vault,
    create_vault,
    unlock_vault,
)
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import read_key_file
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.migrations import available_migrations, schema_version
from tests.fake_clock import FakeClock
from tests.forks import ForkedProcess, preload
from tests.unit.core import vault_children
from tests.xdist_groups import FORK_SERVER

from .conftest import OTHER_PASSPHRASE, PASSPHRASE

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

preload(vault_children.__name__)

Digests = Callable[[Path], dict[str, str]]


def test_created_vault_unlocks_at_the_current_schema(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        assert session.role == "coordinator"
        assert schema_version(session.conn) == max(m.version for m in available_migrations())
        assert session.conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        key_file = read_key_file(vault.key_file)
        assert [s.id for s in key_file.slots] == [session.slot_id]
        assert key_file.slots[0].kdf == TEST_KDF
    assert session.closed


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_data_dir_is_0700_and_every_file_0600(layout: VaultLayout) -> None:
    old = os.umask(0o022)
    try:
        create_vault(layout, PASSPHRASE, kdf=TEST_KDF)
        with unlock_vault(layout, PASSPHRASE) as session:
            session.conn.execute("CREATE TABLE t(x)")
            files = [p for p in layout.data_dir.iterdir() if p.is_file()]
            assert {p.name for p in files} >= {"vault.db", "vault.key", "vault.lock", "vault.db-wal"}
            for path in files:
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        os.umask(old)
    assert stat.S_IMODE(layout.data_dir.stat().st_mode) == 0o700


def test_create_refuses_an_existing_vault_and_a_lone_database(vault: VaultLayout, tmp_path: Path) -> None:
    with pytest.raises(VaultExistsError):
        create_vault(vault, OTHER_PASSPHRASE, kdf=TEST_KDF)
    lone = VaultLayout(tmp_path / "lone")
    lone.data_dir.mkdir()
    lone.db.write_bytes(b"something precious")
    with pytest.raises(VaultExistsError):
        create_vault(lone, PASSPHRASE, kdf=TEST_KDF)
    assert lone.db.read_bytes() == b"something precious"


@pytest.mark.parametrize("weak", ["", "Xq7#vL2p", "password123"])
def test_create_refuses_weak_passphrases_with_a_reason(layout: VaultLayout, weak: str) -> None:
    with pytest.raises(WeakPassphraseError) as info:
        create_vault(layout, weak, kdf=TEST_KDF)
    assert str(info.value)
    if weak:
        assert weak not in str(info.value)
    assert not layout.data_dir.exists()


def test_missing_vault(layout: VaultLayout) -> None:
    with pytest.raises(VaultMissingError):
        unlock_vault(layout, PASSPHRASE)
    assert not layout.data_dir.exists()


def test_wrong_passphrase_changes_neither_db_nor_key_file(vault: VaultLayout, digests: Digests) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        session.conn.execute("CREATE TABLE t(x)")
        session.conn.execute("INSERT INTO t VALUES ('kept')")
    before = digests(vault.data_dir)
    with pytest.raises(WrongPassphraseError) as info:
        unlock_vault(vault, OTHER_PASSPHRASE)
    assert "not correct" in str(info.value) and OTHER_PASSPHRASE not in str(info.value)
    after = digests(vault.data_dir)
    assert after.pop("unlock-failures.json")
    assert after == before


def test_failures_add_a_growing_delay_that_survives_a_restart(vault: VaultLayout, clock: FakeClock) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassphraseError) as info:
            unlock_vault(vault, OTHER_PASSPHRASE, clock=clock)
        assert info.value.retry_after_s == 0
    with pytest.raises(WrongPassphraseError) as info:
        unlock_vault(vault, OTHER_PASSPHRASE, clock=clock)
    assert info.value.retry_after_s == 1
    # Even the right passphrase waits: the delay is checked before any key derivation.
    with pytest.raises(LockedOutError) as locked:
        unlock_vault(vault, PASSPHRASE, clock=clock)
    assert locked.value.retry_after_s == 1
    clock.advance(1)
    with pytest.raises(WrongPassphraseError) as info:
        unlock_vault(vault, OTHER_PASSPHRASE, clock=clock)
    assert info.value.retry_after_s == 2
    # A restart is a new process reading the same counter file: run one for real.
    clock.advance(0.5)
    restarted = ForkedProcess(
        vault_children.unlock_after_restart,
        str(vault.data_dir),
        clock.now.isoformat(),
        stdin=(PASSPHRASE + "\n").encode(),
        stdout=True,
        text=True,
    )
    out, err = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, err
    assert float(out) == pytest.approx(1.5)
    clock.advance(1.5)
    with unlock_vault(vault, PASSPHRASE, clock=clock):
        pass
    assert not vault.failures.exists()  # success resets the counter


def test_delay_is_capped_at_a_minute(vault: VaultLayout, clock: FakeClock) -> None:
    delays = []
    for _ in range(12):
        with pytest.raises(WrongPassphraseError) as info:
            unlock_vault(vault, OTHER_PASSPHRASE, clock=clock)
        delays.append(info.value.retry_after_s)
        clock.advance(info.value.retry_after_s)
    assert delays == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: b"",  # emptied
        lambda raw: raw.replace(b'"slots"', b'"slits"'),  # corrupted structure
        lambda raw: bytes(b ^ 0x5A for b in raw),  # scrambled
    ],
    ids=["truncated", "empty", "corrupted", "scrambled"],
)
def test_damaged_key_file_is_reported_and_nothing_changes(
    vault: VaultLayout, digests: Digests, damage: Callable[[bytes], bytes]
) -> None:
    vault.key_file.write_bytes(damage(vault.key_file.read_bytes()))
    before = digests(vault.data_dir)
    with pytest.raises(KeyFileDamagedError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert "key file" in str(info.value)
    assert digests(vault.data_dir) == before


def test_flipped_wrapped_key_byte_counts_as_a_wrong_passphrase_not_success(vault: VaultLayout) -> None:
    raw = bytearray(vault.key_file.read_bytes())
    # Change one base64 character of the wrapped key: AES-GCM's tag must refuse it.
    at = raw.index(b'"wrapped_key": "') + len(b'"wrapped_key": "') + 5
    raw[at] = ord("A") if raw[at] != ord("A") else ord("B")
    vault.key_file.write_bytes(bytes(raw))
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, PASSPHRASE)


def test_damaged_and_foreign_databases_are_reported_never_recreated(
    vault: VaultLayout, digests: Digests, tmp_path: Path
) -> None:
    original = vault.db.read_bytes()
    vault.db.write_bytes(original[: len(original) // 2 - 100])
    before = digests(vault.data_dir)
    with pytest.raises(VaultDamagedError):
        unlock_vault(vault, PASSPHRASE)
    assert digests(vault.data_dir) == before

    import sqlite3

    vault.db.unlink()
    plain = sqlite3.connect(vault.db)
    plain.execute("CREATE TABLE mine(x)")
    plain.commit()
    plain.close()
    before = digests(vault.data_dir)
    with pytest.raises(VaultDamagedError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert "plain" in str(info.value)
    with pytest.raises(VaultDamagedError):
        check_vault(vault, PASSPHRASE)
    assert digests(vault.data_dir) == before

    vault.db.unlink()
    with pytest.raises(VaultDamagedError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert "missing" in str(info.value)
    assert not vault.db.exists()


def test_check_vault_reports_a_healthy_database(vault: VaultLayout) -> None:
    assert check_vault(vault, PASSPHRASE) == []


def test_second_instance_is_refused_naming_the_pid(vault: VaultLayout, digests: Digests) -> None:
    # The first instance is a real process of its own (its own pid and lock on the vault),
    # forked from the fork server (tests/forks.py) rather than a fresh Python: ~1.2 CPU-s of
    # imports less (issue 19). It closes the vault when told, as the app does at quit.
    told, child_end = multiprocessing.Pipe()
    child = ForkedProcess(
        vault_children.hold_until_told,
        str(vault.data_dir),
        child_end,
        stdin=(PASSPHRASE + "\n").encode(),
        stdout=True,
        text=True,
    )
    child_end.close()
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"unlocked"
        before = digests(vault.data_dir)
        with pytest.raises(VaultInUseError) as info:
            unlock_vault(vault, PASSPHRASE)
        assert info.value.pid == child.pid and str(child.pid) in str(info.value)
        assert digests(vault.data_dir) == before
        told.send("quit")
        _out, err = child.communicate(timeout=30)
        assert child.returncode == 0, err
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
        told.close()
    with unlock_vault(vault, PASSPHRASE):
        pass


def test_a_failed_create_leaves_nothing_behind(layout: VaultLayout, monkeypatch: pytest.MonkeyPatch) -> None:
    from outreach_app.core import vault as vault_module

    def failing_migrate(conn: object, before: object = None) -> list[int]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(vault_module, "migrate", failing_migrate)
    with pytest.raises(RuntimeError):
        create_vault(layout, PASSPHRASE, kdf=TEST_KDF)
    assert not layout.data_dir.exists()
