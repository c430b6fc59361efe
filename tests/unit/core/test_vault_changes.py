"""Passphrase change, data-key rotation (and its crash recovery), slots and roles."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from outreach_app.core.vault import (
    RoleRefusedError,
    SlotNotFoundError,
    SlotRefusedError,
    VaultDamagedError,
    VaultSession,
    WeakPassphraseError,
    WrongPassphraseError,
    add_slot,
    change_passphrase,
    list_slots,
    remove_slot,
    rotate_data_key,
    unlock_vault,
)
from outreach_app.core.vault_files import rotating_key_file
from outreach_app.core.vault_keys import kdf_for_rewrap
from outreach_app.crypto.kdf import PRODUCTION_KDF, TEST_KDF, KdfParams
from outreach_app.crypto.keyfile import (
    VERSION,
    KeyFile,
    new_data_key,
    read_key_file,
    unwrap_any,
    wrap_slot,
    write_key_file,
)
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area
from outreach_app.storage.connection import WrongKeyError, open_database
from outreach_app.storage.repos.areas import add_area, list_areas
from tests.unit.production_kdf import derive_production_cheaply

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, THIRD_PASSPHRASE


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seed(vault: VaultLayout) -> list[Area]:
    areas = [Area(name=f"Area {n}", region_id=f"R{n}") for n in range(3)]
    with unlock_vault(vault, PASSPHRASE) as session:
        for area in areas:
            add_area(session.conn, area)
    return areas


def test_passphrase_change_rewraps_without_touching_the_database(vault: VaultLayout) -> None:
    areas = _seed(vault)
    db_before = _sha(vault.db)
    key_before = vault.key_file.read_bytes()
    with unlock_vault(vault, PASSPHRASE) as session:
        change_passphrase(session, PASSPHRASE, OTHER_PASSPHRASE, kdf=TEST_KDF)
    assert _sha(vault.db) == db_before
    assert vault.key_file.read_bytes() != key_before
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, PASSPHRASE)
    with unlock_vault(vault, OTHER_PASSPHRASE) as session:
        assert sorted(a.name for a in list_areas(session.conn)) == sorted(a.name for a in areas)


def test_passphrase_change_needs_the_current_passphrase_and_a_strong_new_one(vault: VaultLayout) -> None:
    key_before = vault.key_file.read_bytes()
    with unlock_vault(vault, PASSPHRASE) as session:
        with pytest.raises(WrongPassphraseError):
            change_passphrase(session, THIRD_PASSPHRASE, OTHER_PASSPHRASE)
        with pytest.raises(WeakPassphraseError):
            change_passphrase(session, PASSPHRASE, "password123")
    assert vault.key_file.read_bytes() == key_before


def test_rotation_leaves_the_old_key_file_and_passphrase_opening_nothing(
    vault: VaultLayout, tmp_path: Path
) -> None:
    areas = _seed(vault)
    old_key_file = tmp_path / "old.key"
    shutil.copyfile(vault.key_file, old_key_file)
    with unlock_vault(vault, PASSPHRASE) as session:
        assert rotate_data_key(session, PASSPHRASE, OTHER_PASSPHRASE, kdf=TEST_KDF) == []
        # The session keeps working, and readers opened now get the new key.
        assert len(list_areas(session.conn)) == 3
        reader = session.open_reader()
        assert len(list_areas(reader)) == 3
        reader.close()
    old = unwrap_any(read_key_file(old_key_file), PASSPHRASE)
    assert old is not None
    with pytest.raises(WrongKeyError):
        open_database(vault.db, old[1])
    # Putting the old key file back does not help either.
    shutil.copyfile(vault.key_file, tmp_path / "new.key")
    shutil.copyfile(old_key_file, vault.key_file)
    with pytest.raises(VaultDamagedError):
        unlock_vault(vault, PASSPHRASE)
    shutil.copyfile(tmp_path / "new.key", vault.key_file)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, PASSPHRASE)
    with unlock_vault(vault, OTHER_PASSPHRASE) as session:
        assert sorted(a.id for a in list_areas(session.conn)) == sorted(a.id for a in areas)
    assert not rotating_key_file(vault).exists()


def test_rotation_keeps_only_the_slots_whose_passphrases_are_given(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        worker_a = add_slot(session, OTHER_PASSPHRASE, "worker")
        worker_b = add_slot(session, THIRD_PASSPHRASE, "worker")
        with pytest.raises(WrongPassphraseError):
            rotate_data_key(session, PASSPHRASE, keep={worker_a: THIRD_PASSPHRASE})
        removed = rotate_data_key(session, PASSPHRASE, keep={worker_a: OTHER_PASSPHRASE}, kdf=TEST_KDF)
    assert removed == [worker_b]
    assert {slot_id for slot_id, _ in list_slots(vault)} == {session.slot_id, worker_a}
    with unlock_vault(vault, OTHER_PASSPHRASE) as worker:
        assert worker.role == "worker" and worker.slot_id == worker_a
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, THIRD_PASSPHRASE)


def _crash_after_rekey(session: VaultSession) -> None:
    def crash(_key: bytes) -> None:
        raise KeyboardInterrupt("power cut")

    session.replace_data_key = crash  # type: ignore[method-assign]


def test_rotation_interrupted_after_the_rekey_is_finished_at_next_unlock(vault: VaultLayout) -> None:
    areas = _seed(vault)
    session = unlock_vault(vault, PASSPHRASE)
    _crash_after_rekey(session)
    with pytest.raises(KeyboardInterrupt):
        rotate_data_key(session, PASSPHRASE, OTHER_PASSPHRASE, kdf=TEST_KDF)
    session.conn.close()
    session._lock.release()
    assert rotating_key_file(vault).exists()
    with pytest.raises(VaultDamagedError) as info:
        unlock_vault(vault, PASSPHRASE)  # the DB already has the new key; the old passphrase cannot know it
    assert "interrupted" in str(info.value)
    with unlock_vault(vault, OTHER_PASSPHRASE) as recovered:
        assert len(list_areas(recovered.conn)) == len(areas)
    assert not rotating_key_file(vault).exists()
    with unlock_vault(vault, OTHER_PASSPHRASE):
        pass


def test_rotation_interrupted_before_the_rekey_keeps_the_old_key(vault: VaultLayout) -> None:
    _seed(vault)
    # The state a crash leaves between writing the next key file and re-keying the DB.
    next_file = KeyFile(
        VERSION, (wrap_slot(new_data_key(), OTHER_PASSPHRASE, role="coordinator", kdf=TEST_KDF),)
    )
    write_key_file(rotating_key_file(vault), next_file)
    db_before = _sha(vault.db)
    with pytest.raises(VaultDamagedError):
        unlock_vault(vault, OTHER_PASSPHRASE)  # opens the next key file, but the DB never got that key
    assert _sha(vault.db) == db_before
    with unlock_vault(vault, PASSPHRASE) as recovered:
        assert len(list_areas(recovered.conn)) == 3
    assert not rotating_key_file(vault).exists()


def test_coordinator_adds_and_removes_worker_slots(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASSPHRASE) as coordinator:
        worker_id = add_slot(coordinator, OTHER_PASSPHRASE, "worker")
        with pytest.raises(SlotRefusedError):
            add_slot(coordinator, OTHER_PASSPHRASE, "coordinator")  # same passphrase twice
        with pytest.raises(WeakPassphraseError):
            add_slot(coordinator, "password123", "worker")
    with unlock_vault(vault, OTHER_PASSPHRASE) as worker:
        assert worker.role == "worker" and worker.slot_id == worker_id
        key_before = vault.key_file.read_bytes()
        with pytest.raises(RoleRefusedError):
            add_slot(worker, THIRD_PASSPHRASE, "coordinator")
        with pytest.raises(RoleRefusedError):
            remove_slot(worker, coordinator.slot_id)
        with pytest.raises(RoleRefusedError):
            rotate_data_key(worker, OTHER_PASSPHRASE, kdf=TEST_KDF)
        assert vault.key_file.read_bytes() == key_before
    with unlock_vault(vault, PASSPHRASE) as coordinator:
        with pytest.raises(SlotRefusedError):
            remove_slot(coordinator, coordinator.slot_id)
        with pytest.raises(SlotNotFoundError):
            remove_slot(coordinator, "no-such-slot")
        remove_slot(coordinator, worker_id)
    assert list_slots(vault) == [(coordinator.slot_id, "coordinator")]
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, OTHER_PASSPHRASE)


# --- a test-profile vault does not stay cheap (review finding 4) -------------------------------


def test_a_passphrase_change_upgrades_a_test_profile_slot_to_production(vault: VaultLayout) -> None:
    # Argon2id at the production profile for real, twice: the slot wrapped with it, then opened.
    assert not read_key_file(vault.key_file).slots[0].kdf.meets_production_floor()
    with unlock_vault(vault, PASSPHRASE) as session:
        change_passphrase(session, PASSPHRASE, OTHER_PASSPHRASE)
    assert read_key_file(vault.key_file).slots[0].kdf == PRODUCTION_KDF
    with unlock_vault(vault, OTHER_PASSPHRASE) as session:
        assert session.role == "coordinator"


def test_a_production_slot_changed_with_the_test_profile_asked_for_stays_cheap(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The third production derivation the test above once made (the old passphrase checked
    # again at this change) runs at the test profile's cost here (tests/unit/production_kdf.py).
    production = derive_production_cheaply(monkeypatch)
    with unlock_vault(vault, PASSPHRASE) as session:
        change_passphrase(session, PASSPHRASE, OTHER_PASSPHRASE)
    assert read_key_file(vault.key_file).slots[0].kdf == PRODUCTION_KDF
    with unlock_vault(vault, OTHER_PASSPHRASE) as session:
        # Asked for again, explicitly: the cheap profile stays possible for tests and demos.
        change_passphrase(session, OTHER_PASSPHRASE, THIRD_PASSPHRASE, kdf=TEST_KDF)
    assert read_key_file(vault.key_file).slots[0].kdf == TEST_KDF
    assert production.count >= 3
    with unlock_vault(vault, THIRD_PASSPHRASE) as session:
        assert session.role == "coordinator"


def test_rewrapping_keeps_parameters_at_or_above_the_floor_and_raises_those_below() -> None:
    stronger = KdfParams(time_cost=4, memory_kib=256 * 1024, parallelism=2)
    assert kdf_for_rewrap(stronger, None) == stronger
    assert kdf_for_rewrap(PRODUCTION_KDF, None) == PRODUCTION_KDF
    assert kdf_for_rewrap(TEST_KDF, None) == PRODUCTION_KDF
    assert (
        kdf_for_rewrap(KdfParams(time_cost=2, memory_kib=256 * 1024, parallelism=2), None) == PRODUCTION_KDF
    )
    assert kdf_for_rewrap(PRODUCTION_KDF, TEST_KDF) == TEST_KDF


def test_a_key_rotation_upgrades_test_profile_slots_too(
    vault: VaultLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Argon2id at the production cost runs in test_a_passphrase_change_upgrades_...; here the
    # slots record the production profile but derive at the test profile's cost
    # (tests/unit/production_kdf.py).
    production = derive_production_cheaply(monkeypatch)
    with unlock_vault(vault, PASSPHRASE) as session:
        worker = add_slot(session, THIRD_PASSPHRASE, "worker", kdf=TEST_KDF)
        rotate_data_key(session, PASSPHRASE, OTHER_PASSPHRASE, keep={worker: THIRD_PASSPHRASE})
    assert [slot.kdf for slot in read_key_file(vault.key_file).slots] == [PRODUCTION_KDF, PRODUCTION_KDF]
    assert production.count >= 2
