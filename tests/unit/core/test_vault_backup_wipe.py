"""Backups (manual and before migrations), restore, and quick delete."""

from __future__ import annotations

import os
import stat
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach_app.core import vault_copies
from outreach_app.core.vault import (
    BackupInvalidError,
    BackupMissingError,
    DestinationExistsError,
    VaultDamagedError,
    VaultExistsError,
    WrongPassphraseError,
    backup_vault,
    change_passphrase,
    restore_vault,
    unlock_vault,
    wipe_vault,
)
from outreach_app.core.vault_backup import read_backup_archive
from outreach_app.core.vault_keys import add_slot, remove_slot, rotate_data_key
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import KeyFile, KeyFileFormatError, loads, read_key_file, unwrap_any
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Person
from outreach_app.storage import migrations
from outreach_app.storage.migrations import Migration, schema_version
from outreach_app.storage.repos.areas import add_area, list_areas
from outreach_app.storage.repos.people import add_person, get_people, list_person_ids
from tests.vault_templates import created_vault

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, THIRD_PASSPHRASE

Digests = Callable[[Path], dict[str, str]]


def _seed(vault: VaultLayout, canary: str) -> tuple[list[Area], list[Person]]:
    areas = [Area(name=f"Area {n}", region_id=f"R{n}") for n in range(3)]
    people = [Person(alias=f"alias-{n}", notes=f"{canary} note {n}") for n in range(4)]
    with unlock_vault(vault, PASSPHRASE) as session:
        for area in areas:
            add_area(session.conn, area)
        for person in people:
            add_person(session.conn, person)
    return areas, people


def _records(session_layout: VaultLayout, passphrase: str) -> tuple[list[Area], list[Person]]:
    with unlock_vault(session_layout, passphrase) as session:
        areas = sorted(list_areas(session.conn), key=lambda a: str(a.id))
        people = sorted(get_people(session.conn, list_person_ids(session.conn)), key=lambda p: str(p.id))
    return areas, people


def _app_files(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*")) if directory.exists() else []


def test_backup_wipe_restore_gives_back_every_record(vault: VaultLayout, tmp_path: Path, canary: str) -> None:
    areas, people = _seed(vault, canary)
    backup = tmp_path / "out" / "vault.outreach-backup"
    backup.parent.mkdir()
    with unlock_vault(vault, PASSPHRASE) as session:
        backup_vault(session, backup)
        with pytest.raises(DestinationExistsError):
            backup_vault(session, backup)
    if os.name != "nt":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert canary.encode() not in backup.read_bytes()
    assert sorted(p.name for p in backup.parent.iterdir()) == ["vault.outreach-backup"]  # no temp left

    wipe_vault(vault)
    assert _app_files(vault.data_dir) == []

    restore_vault(vault, backup, PASSPHRASE)
    got_areas, got_people = _records(vault, PASSPHRASE)
    assert got_areas == sorted(areas, key=lambda a: str(a.id))
    assert got_people == sorted(people, key=lambda p: str(p.id))
    assert sorted(p.name for p in vault.data_dir.iterdir() if p.is_file()) == [
        "vault.db",
        "vault.key",
        "vault.lock",
    ]


def test_restore_checks_the_passphrase_before_touching_anything(
    vault: VaultLayout, tmp_path: Path, digests: Digests, canary: str
) -> None:
    _seed(vault, canary)
    backup = tmp_path / "b.outreach-backup"
    with unlock_vault(vault, PASSPHRASE) as session:
        backup_vault(session, backup)
        change_passphrase(session, PASSPHRASE, OTHER_PASSPHRASE, kdf=TEST_KDF)
    before = digests(vault.data_dir)
    with pytest.raises(VaultExistsError):
        restore_vault(vault, backup, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        # The backup has the old passphrase (the current vault's coordinator now uses the new one).
        restore_vault(vault, backup, OTHER_PASSPHRASE, replace=True, coordinator_passphrase=OTHER_PASSPHRASE)
    assert digests(vault.data_dir) == before
    fresh = VaultLayout(tmp_path / "fresh")
    with pytest.raises(WrongPassphraseError):
        restore_vault(fresh, backup, OTHER_PASSPHRASE)
    assert not fresh.data_dir.exists()
    with pytest.raises(BackupMissingError):
        restore_vault(fresh, tmp_path / "nope", PASSPHRASE)


def test_restore_with_replace_puts_the_backup_in_place(
    vault: VaultLayout, tmp_path: Path, canary: str
) -> None:
    areas, _ = _seed(vault, canary)
    backup = tmp_path / "b.outreach-backup"
    with unlock_vault(vault, PASSPHRASE) as session:
        backup_vault(session, backup)
        add_area(session.conn, Area(name="added after the backup"))
    restore_vault(vault, backup, PASSPHRASE, replace=True, coordinator_passphrase=PASSPHRASE)
    got_areas, _ = _records(vault, PASSPHRASE)
    assert [a.name for a in got_areas] == [a.name for a in sorted(areas, key=lambda a: str(a.id))]


def _tamper(backup: Path, dest: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    with tarfile.open(backup) as src, tarfile.open(dest, "w") as out:
        for info in src:
            data = src.extractfile(info).read()  # type: ignore[union-attr]
            if info.name == member:
                data = change(data)
                info.size = len(data)
            import io

            out.addfile(info, io.BytesIO(data))


def test_damaged_backups_are_refused_and_change_nothing(
    vault: VaultLayout, tmp_path: Path, canary: str
) -> None:
    _seed(vault, canary)
    backup = tmp_path / "b.outreach-backup"
    with unlock_vault(vault, PASSPHRASE) as session:
        backup_vault(session, backup)
    target = VaultLayout(tmp_path / "target")
    truncated = tmp_path / "truncated"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    flipped = tmp_path / "flipped"
    _tamper(backup, flipped, "vault.db", lambda d: d[:5000] + bytes([d[5000] ^ 1]) + d[5001:])
    not_tar = tmp_path / "plain.txt"
    not_tar.write_text("hello")
    for bad in (truncated, flipped, not_tar):
        with pytest.raises(BackupInvalidError):
            restore_vault(target, bad, PASSPHRASE)
        assert not target.data_dir.exists()


def test_a_backup_is_taken_before_pending_migrations(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch, canary: str
) -> None:
    areas, _ = _seed(vault, canary)
    with unlock_vault(vault, PASSPHRASE) as session:
        version_before = schema_version(session.conn)
    shipped = migrations.available_migrations()
    extra = Migration(9001, "9001_test_only.sql", "CREATE TABLE test_only_extra(x INTEGER);")
    monkeypatch.setattr(migrations, "available_migrations", lambda: [*shipped, extra])
    with unlock_vault(vault, PASSPHRASE) as session:
        assert schema_version(session.conn) == 9001
    taken = sorted(vault.backups.iterdir())
    assert len(taken) == 1 and f"{version_before:04d}-to-9001" in taken[0].name
    if os.name != "nt":
        assert stat.S_IMODE(taken[0].stat().st_mode) == 0o600
    # The automatic backup is a normal backup of the schema before the migration.
    monkeypatch.setattr(migrations, "available_migrations", lambda: shipped)
    other = VaultLayout(vault.data_dir.parent / "from-auto-backup")
    restore_vault(other, taken[0], PASSPHRASE)
    got_areas, _ = _records(other, PASSPHRASE)
    assert len(got_areas) == len(areas)
    # Unlocking again with nothing pending takes no further backup.
    monkeypatch.setattr(migrations, "available_migrations", lambda: [*shipped, extra])
    with unlock_vault(vault, PASSPHRASE):
        pass
    assert len(list(vault.backups.iterdir())) == 1


def test_wipe_crypto_erases_first_and_leaves_nothing_of_the_app(vault: VaultLayout, canary: str) -> None:
    _seed(vault, canary)
    vault.ui_prefs.write_text('{"theme": "dark"}')
    vault.failures.write_text('{"count": 1, "last_failure": "2026-01-01T00:00:00+00:00"}')
    vault.backups.mkdir()
    (vault.backups / "before-migration-0001-to-0002-x.outreach-backup").write_bytes(b"x" * 100)
    (vault.data_dir / ".vault.key.abc123.tmp").write_bytes(b"half-written")
    (vault.data_dir / ".work-leftover").mkdir()
    foreign = vault.data_dir / "not-ours.txt"
    foreign.write_text("the user's own file")
    events: list[str] = []

    def revoke() -> None:
        # The revocation may wait on the network: by then no copy of the wrapped key may be left.
        events.append(f"revoke: key file present={vault.key_file.exists()}, session closed={session.closed}")

    def forget_credentials() -> None:
        events.append(f"forget: key file present={vault.key_file.exists()}")

    session = unlock_vault(vault, PASSPHRASE)
    report = wipe_vault(vault, before_destroy=revoke, forget_credentials=forget_credentials, session=session)
    assert session.closed
    assert report.found_vault and report.in_use_by is None and report.hook_failures == []
    assert events == [
        "revoke: key file present=False, session closed=True",
        "forget: key file present=False",
    ]
    assert _app_files(vault.data_dir) == ["not-ours.txt"]
    foreign.unlink()
    wipe_vault(vault)
    assert not vault.data_dir.exists()


def test_wipe_goes_ahead_when_a_hook_fails(vault: VaultLayout) -> None:
    def broken() -> None:
        raise ConnectionError("server unreachable")

    report = wipe_vault(vault, before_destroy=broken, forget_credentials=broken)
    assert report.hook_failures == ["ConnectionError", "ConnectionError"]
    assert not vault.data_dir.exists()


def test_wipe_while_this_process_still_has_a_session_open(vault: VaultLayout) -> None:
    # The desktop app's panic path may call wipe before its session is closed.
    session = unlock_vault(vault, PASSPHRASE)
    session.conn.execute("CREATE TABLE t(x)")
    session.conn.execute("INSERT INTO t VALUES (1)")
    report = wipe_vault(vault)
    assert report.in_use_by == os.getpid()
    session.close()
    assert _app_files(vault.data_dir) == []


def test_wipe_destroys_every_key_file_before_any_hook_runs(vault: VaultLayout) -> None:
    """Both hook names run only once no key file, pending or half-written, is left."""
    from outreach_app.core.vault_files import rotating_key_file

    rotating_key_file(vault).write_bytes(vault.key_file.read_bytes())
    (vault.data_dir / ".vault.key.def456.tmp").write_bytes(vault.key_file.read_bytes())
    seen: list[tuple[str, list[str], bool]] = []

    def record(name: str) -> Callable[[], None]:
        def hook() -> None:
            keys = sorted(p.name for p in vault.data_dir.iterdir() if "vault.key" in p.name)
            seen.append((name, keys, vault.db.exists()))

        return hook

    wipe_vault(
        vault, after_key_destroyed=record("after_key_destroyed"), before_destroy=record("before_destroy")
    )
    # Key material gone, the (slow to overwrite) database not yet: the network wait comes in between.
    assert seen == [("after_key_destroyed", [], True), ("before_destroy", [], True)]
    assert not vault.data_dir.exists()


# --- no copy of the key outlives a change (review finding 2) ----------------------------------


def _key_file_in(path: Path, scratch: Path) -> KeyFile | None:
    """The key file `path` is, or the one inside it if it is a backup archive; None otherwise."""
    try:
        return read_key_file(path)
    except (KeyFileFormatError, OSError):
        pass
    work = scratch / f"unpack-{len(list(scratch.iterdir()))}"
    work.mkdir()
    try:
        key_bytes, _db = read_backup_archive(path, work)
        return loads(key_bytes)
    except (BackupInvalidError, KeyFileFormatError):
        return None


def _opening_with(directory: Path, passphrase: str, scratch: Path) -> list[str]:
    """Every file under `directory` (key file or backup) that `passphrase` unwraps a data key from."""
    scratch.mkdir(exist_ok=True)
    found = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        key_file = _key_file_in(path, scratch)
        if key_file is not None and unwrap_any(key_file, passphrase) is not None:
            found.append(str(path.relative_to(directory)))
    return found


def _take_automatic_backup(vault: VaultLayout, monkeypatch: pytest.MonkeyPatch, version: int = 9001) -> None:
    """Make the next unlock find a pending migration, so it writes a pre-migration backup."""
    shipped = migrations.available_migrations()
    extra = Migration(version, f"{version}_test_only.sql", f"CREATE TABLE test_only_{version}(x INTEGER);")
    monkeypatch.setattr(migrations, "available_migrations", lambda: [*shipped, extra])
    with unlock_vault(vault, PASSPHRASE):
        pass
    assert len(list(vault.backups.iterdir())) == 1


def test_after_a_passphrase_change_no_file_opens_with_the_old_passphrase(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, canary: str
) -> None:
    _seed(vault, canary)
    _take_automatic_backup(vault, monkeypatch)
    scratch = tmp_path / "scratch"
    before = _opening_with(vault.data_dir, PASSPHRASE, scratch)
    assert "vault.key" in before and any(name.startswith("backups/") for name in before)  # the check can see
    with unlock_vault(vault, PASSPHRASE) as session:
        change_passphrase(session, PASSPHRASE, OTHER_PASSPHRASE, kdf=TEST_KDF)
    assert _opening_with(vault.data_dir, PASSPHRASE, scratch) == []
    assert _opening_with(vault.data_dir, OTHER_PASSPHRASE, scratch) == ["vault.key"]
    assert not vault.backups.exists()


def test_after_a_slot_removal_or_key_rotation_no_file_opens_with_the_old_passphrases(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, canary: str
) -> None:
    _seed(vault, canary)
    with unlock_vault(vault, PASSPHRASE) as session:
        worker = add_slot(session, THIRD_PASSPHRASE, "worker", kdf=TEST_KDF)
    _take_automatic_backup(vault, monkeypatch, 9001)
    scratch = tmp_path / "scratch"
    assert _opening_with(vault.data_dir, THIRD_PASSPHRASE, scratch) == [
        *(f"backups/{p.name}" for p in vault.backups.iterdir()),
        "vault.key",
    ]
    with unlock_vault(vault, PASSPHRASE) as session:
        remove_slot(session, worker)
    assert _opening_with(vault.data_dir, THIRD_PASSPHRASE, scratch) == []  # the removed passphrase

    _take_automatic_backup(vault, monkeypatch, 9002)
    with unlock_vault(vault, PASSPHRASE) as session:
        rotate_data_key(session, PASSPHRASE, OTHER_PASSPHRASE, kdf=TEST_KDF)
    assert _opening_with(vault.data_dir, PASSPHRASE, scratch) == []
    assert _opening_with(vault.data_dir, OTHER_PASSPHRASE, scratch) == ["vault.key"]


def test_wipe_crypto_erases_the_automatic_backups_before_the_hook(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, canary: str
) -> None:
    _seed(vault, canary)
    _take_automatic_backup(vault, monkeypatch)
    scratch = tmp_path / "scratch"
    assert len(_opening_with(vault.data_dir, PASSPHRASE, scratch)) == 2
    seen: list[list[str]] = []
    wipe_vault(
        vault, after_key_destroyed=lambda: seen.append(_opening_with(vault.data_dir, PASSPHRASE, scratch))
    )
    assert seen == [[]]
    assert not vault.data_dir.exists()


# --- restore with replace is crash-safe (review finding 3) -------------------------------------


def _backup_of_another_vault(tmp_path: Path) -> Path:
    """A backup of a different vault (own data key, OTHER_PASSPHRASE) holding one area, 'backup's'."""
    # A copy of the OTHER_PASSPHRASE template: its own data key, not the `vault` fixture's.
    other = created_vault(VaultLayout(tmp_path / "other"), OTHER_PASSPHRASE, kdf=TEST_KDF)
    backup = tmp_path / "other.outreach-backup"
    with unlock_vault(other, OTHER_PASSPHRASE) as session:
        add_area(session.conn, Area(name="backup's"))
        backup_vault(session, backup)
    return backup


def _area_names(vault: VaultLayout, passphrase: str) -> list[str]:
    with unlock_vault(vault, passphrase) as session:
        return [a.name for a in list_areas(session.conn)]


class InjectedCrash(RuntimeError):
    pass


def _pending(vault: VaultLayout) -> list[str]:
    return sorted(p.name for p in vault.data_dir.iterdir() if p.name.startswith("vault.key."))


def test_a_restore_failing_before_the_database_swap_leaves_the_old_vault(
    vault: VaultLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        add_area(session.conn, Area(name="old vault's"))
    backup = _backup_of_another_vault(tmp_path)

    def fail(src: Path, dest: Path) -> None:
        raise InjectedCrash("disk full")

    monkeypatch.setattr(vault_copies, "move_into_place", fail)
    with pytest.raises(InjectedCrash):
        restore_vault(vault, backup, OTHER_PASSPHRASE, replace=True, coordinator_passphrase=PASSPHRASE)
    assert _pending(vault) == []
    assert _area_names(vault, PASSPHRASE) == ["old vault's"]
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, OTHER_PASSPHRASE)


def test_a_restore_stopping_right_after_the_database_swap_leaves_the_restored_vault(
    vault: VaultLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        add_area(session.conn, Area(name="old vault's"))
    backup = _backup_of_another_vault(tmp_path)
    real_move = vault_copies.move_into_place

    def move_then_crash(src: Path, dest: Path) -> None:
        real_move(src, dest)
        raise InjectedCrash("power cut")

    monkeypatch.setattr(vault_copies, "move_into_place", move_then_crash)
    with pytest.raises(InjectedCrash):
        restore_vault(vault, backup, OTHER_PASSPHRASE, replace=True, coordinator_passphrase=PASSPHRASE)
    assert _pending(vault) == ["vault.key.restoring"]
    # The old passphrase now opens a key that fits no database here: a clear error, nothing changed.
    with pytest.raises(VaultDamagedError, match="restore was interrupted"):
        unlock_vault(vault, PASSPHRASE)
    assert _area_names(vault, OTHER_PASSPHRASE) == ["backup's"]  # settles: the new key is promoted
    assert _pending(vault) == []
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, PASSPHRASE)


def test_a_restore_stopping_right_after_staging_the_key_still_opens_the_old_vault(
    vault: VaultLayout, tmp_path: Path
) -> None:
    """A crash (no cleanup) after step 1: the staged key fits no database here and is dropped."""
    with unlock_vault(vault, PASSPHRASE) as session:
        add_area(session.conn, Area(name="old vault's"))
    backup = _backup_of_another_vault(tmp_path)
    with tarfile.open(backup) as tar:
        staged = tar.extractfile("vault.key").read()  # type: ignore[union-attr]
    (vault.data_dir / "vault.key.restoring").write_bytes(staged)
    assert _area_names(vault, PASSPHRASE) == ["old vault's"]
    assert _pending(vault) == []


def test_a_completed_restore_leaves_no_pending_key_files(vault: VaultLayout, tmp_path: Path) -> None:
    backup = _backup_of_another_vault(tmp_path)
    (vault.data_dir / "vault.key.rotating").write_bytes(vault.key_file.read_bytes())  # old, interrupted
    restore_vault(vault, backup, OTHER_PASSPHRASE, replace=True, coordinator_passphrase=PASSPHRASE)
    assert _pending(vault) == []
    assert _area_names(vault, OTHER_PASSPHRASE) == ["backup's"]


@pytest.mark.skipif(
    os.name == "nt", reason="Windows cannot rename over an open file; no handle is kept there"
)
def test_a_completed_restore_still_overwrites_the_replaced_key_file_and_database(
    vault: VaultLayout, tmp_path: Path
) -> None:
    backup = _backup_of_another_vault(tmp_path)
    witnesses = {}
    for path in (vault.key_file, vault.db):
        witnesses[path.name] = (tmp_path / f"witness-{path.name}", path.read_bytes())
        os.link(path, witnesses[path.name][0])  # a second name for the old inode
    restore_vault(vault, backup, OTHER_PASSPHRASE, replace=True, coordinator_passphrase=PASSPHRASE)
    for witness, old_content in witnesses.values():
        now = witness.read_bytes()
        assert len(now) == len(old_content) and now[:64] != old_content[:64]
