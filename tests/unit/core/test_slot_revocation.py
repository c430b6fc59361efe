"""Removing a passphrase slot revokes it: the database is re-keyed, a kept copy of the old key
file with the removed passphrase opens nothing, and the other passphrases keep working without
being asked for. A failure injected at each step of the re-key leaves a vault that opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from outreach_app.core import vault_keys
from outreach_app.core.vault import (
    RoleRefusedError,
    SlotRefusedError,
    VaultDamagedError,
    WrongPassphraseError,
    add_slot,
    list_slots,
    remove_slot,
    unlock_vault,
)
from outreach_app.core.vault_session import VaultSession
from outreach_app.crypto import erase
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import KeyFile, loads, read_key_file, unwrap_any, write_key_file
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import WrongKeyError, open_database
from outreach_app.storage.repos.people import add_person, list_aliases
from tests.unit.core.conftest import OTHER_PASSPHRASE, PASSPHRASE, THIRD_PASSPHRASE
from tests.unit.core.legacy import make_legacy
from tests.unit.storage.records import person

REMOVED = OTHER_PASSPHRASE  # the worker who leaves
STAYING = THIRD_PASSPHRASE  # a worker who stays (never asked for during the removal)


def _team(layout: VaultLayout) -> tuple[str, str]:
    with unlock_vault(layout, PASSPHRASE) as session:
        leaving = add_slot(session, REMOVED, "worker", kdf=TEST_KDF)
        staying = add_slot(session, STAYING, "worker", kdf=TEST_KDF)
        add_person(session.conn, person("Before"))
    return leaving, staying


def _aliases(layout: VaultLayout, passphrase: str) -> list[str]:
    with unlock_vault(layout, passphrase) as session:
        return sorted(list_aliases(session.conn))


def test_a_kept_copy_of_the_old_key_file_and_the_removed_passphrase_open_nothing(
    vault: VaultLayout, tmp_path: Path
) -> None:
    leaving, staying = _team(vault)
    kept_copy = tmp_path / "kept-by-the-leaver.key"
    shutil.copyfile(vault.key_file, kept_copy)  # what the leaving worker took home

    with unlock_vault(vault, PASSPHRASE) as session:
        assert remove_slot(session, leaving) == []
        add_person(session.conn, person("After"))

    # The leaver's attack: their old key file, their passphrase, the current database.
    old = unwrap_any(loads(kept_copy.read_bytes()), REMOVED)
    assert old is not None  # the copy still opens *its* data key ...
    with pytest.raises(WrongKeyError):
        open_database(vault.db, old[1])  # ... which opens nothing now
    attacker = VaultLayout(tmp_path / "attacker")
    attacker.data_dir.mkdir()
    shutil.copyfile(kept_copy, attacker.key_file)
    shutil.copyfile(vault.db, attacker.db)
    with pytest.raises(VaultDamagedError):
        unlock_vault(attacker, REMOVED)
    # The current key file has no slot for them either.
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, REMOVED)
    assert [s for s, _ in list_slots(vault)].count(leaving) == 0

    # Everyone else opens the re-keyed database, later records included, without having been asked.
    assert _aliases(vault, PASSPHRASE) == ["After", "Before"]
    assert _aliases(vault, STAYING) == ["After", "Before"]
    assert staying in [s for s, _ in list_slots(vault)]


def test_the_old_key_file_content_is_overwritten_once_replaced(vault: VaultLayout) -> None:
    leaving, _staying = _team(vault)
    old_bytes = vault.key_file.read_bytes()
    # A hard link reaches the old inode the way the blocks of a replaced file remain reachable.
    link = vault.data_dir / "old-inode"
    link.hardlink_to(vault.key_file)
    with unlock_vault(vault, PASSPHRASE) as session:
        remove_slot(session, leaving)
    left = link.read_bytes()
    assert len(left) == len(old_bytes) and left != old_bytes
    assert b"wrapped_key" not in left  # random bytes, not the old slots


def test_only_a_coordinator_with_the_key_removes_and_not_its_own_slot(vault: VaultLayout) -> None:
    leaving, _staying = _team(vault)
    with unlock_vault(vault, STAYING) as worker, pytest.raises(RoleRefusedError):
        remove_slot(worker, leaving)
    with unlock_vault(vault, PASSPHRASE) as session, pytest.raises(SlotRefusedError):
        remove_slot(session, session.slot_id)
    assert len(list_slots(vault)) == 3


def test_slots_from_before_the_coordinator_key_need_their_passphrase_or_consent(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        data_key = bytes(session.data_key())  # the session zeroes its own buffer at close
    _coordinator, old_worker, leaving = make_legacy(
        vault, data_key, [(PASSPHRASE, "coordinator"), (STAYING, "worker"), (REMOVED, "worker")]
    )
    with unlock_vault(vault, PASSPHRASE) as session:  # the first coordinator unlock makes the key
        with pytest.raises(SlotRefusedError, match=old_worker):
            remove_slot(session, leaving)
        assert remove_slot(session, leaving, keep={old_worker: STAYING}) == []
    assert _aliases(vault, STAYING) == []
    kept = read_key_file(vault.key_file).slot(old_worker)
    assert kept is not None and kept.escrow is not None  # now escrowed like the others
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, REMOVED)


def test_unescrowed_slots_may_be_removed_along_when_the_coordinator_says_so(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        data_key = bytes(session.data_key())  # the session zeroes its own buffer at close
    _coordinator, old_worker, leaving = make_legacy(
        vault, data_key, [(PASSPHRASE, "coordinator"), (STAYING, "worker"), (REMOVED, "worker")]
    )
    with unlock_vault(vault, PASSPHRASE) as session:
        assert remove_slot(session, leaving, drop_unescrowed=True) == [old_worker]
    assert [r for _s, r in list_slots(vault)] == ["coordinator"]
    for gone in (STAYING, REMOVED):
        with pytest.raises(WrongPassphraseError):
            unlock_vault(vault, gone)


class Injected(OSError):
    pass


def _fail(*_args: object, **_kwargs: object) -> None:
    raise Injected("injected failure")


# Each step of `vault_keys._rekey_to`, made to fail in turn.
STEPS = {
    "erase backups": ("destroy_automatic_backups", vault_keys),
    "write the rotating key file": ("_write_key_file", vault_keys),
    "rekey the database": ("rekey", vault_keys),
    "after the rekey": ("replace_data_key", VaultSession),
    "flush the directory after the rename": ("fsync_dir", vault_keys),
    "overwrite the old key file": ("_overwrite", erase),
}


@pytest.mark.parametrize("step", list(STEPS))
def test_a_failure_at_any_step_leaves_a_vault_the_remaining_passphrases_open(
    vault: VaultLayout, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    leaving, _staying = _team(vault)
    name, owner = STEPS[step]
    with unlock_vault(vault, PASSPHRASE) as session:
        monkeypatch.setattr(owner, name, _fail)
        try:
            remove_slot(session, leaving)
            finished = True
        except Injected:
            finished = False
        monkeypatch.undo()
    # An overwrite failure is best effort (swallowed): the removal completes.
    assert finished == (step == "overwrite the old key file")
    for passphrase in (PASSPHRASE, STAYING):
        assert _aliases(vault, passphrase) == ["Before"]
    # Either the old state (the slot still there and its key still the database's) or the new one.
    still_there = leaving in [s for s, _ in list_slots(vault)]
    if still_there:
        assert _aliases(vault, REMOVED) == ["Before"]
        with unlock_vault(vault, PASSPHRASE) as session:
            remove_slot(session, leaving)  # and the removal can simply be done again
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, REMOVED)
    assert not list(vault.data_dir.glob("*.rotating"))


def test_the_removed_slot_is_missing_from_a_key_file_rewritten_by_hand(vault: VaultLayout) -> None:
    """Putting the removed slot back into the current key file (it was copied) opens nothing."""
    leaving, _staying = _team(vault)
    old_slot = read_key_file(vault.key_file).slot(leaving)
    assert old_slot is not None
    with unlock_vault(vault, PASSPHRASE) as session:
        remove_slot(session, leaving)
    current = read_key_file(vault.key_file)
    write_key_file(vault.key_file, KeyFile(current.version, (*current.slots, old_slot)))
    with pytest.raises(VaultDamagedError):
        unlock_vault(vault, REMOVED)
