"""The keys of the role design (slot keys, the coordinator key, the data key a removal or
rotation replaces) live in buffers that are zeroed once used, at lock and on re-key."""

from __future__ import annotations

from pathlib import Path

from outreach_app.core.vault import add_slot, remove_slot, rotate_data_key, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import open_any, read_key_file, unwrap_any
from outreach_app.domain.layout import VaultLayout
from tests.vault_templates import created_vault

COORDINATOR = "lantern orchard gravel nine"
WORKER = "copper whistle meadow plank"
ZERO = bytearray(32)


def _vault(tmp_path: Path) -> VaultLayout:
    layout = VaultLayout(tmp_path / "vault")
    return created_vault(layout, COORDINATOR, kdf=TEST_KDF)  # a copy of one (tests/vault_templates.py)


def test_lock_zeroes_the_data_key_and_the_coordinator_key(tmp_path: Path) -> None:
    layout = _vault(tmp_path)
    session = unlock_vault(layout, COORDINATOR)
    data_key, coordinator_key = session.data_key(), session.coordinator_key
    assert isinstance(coordinator_key, bytearray) and coordinator_key != ZERO and data_key != ZERO

    session.close()

    assert data_key == ZERO and coordinator_key == ZERO
    assert session.coordinator_key is None and session.role_check is None


def test_removing_a_slot_zeroes_the_old_data_key_and_keeps_the_new_one(tmp_path: Path) -> None:
    layout = _vault(tmp_path)
    with unlock_vault(layout, COORDINATOR) as session:
        worker = add_slot(session, WORKER, "worker", kdf=TEST_KDF)
        old = session.data_key()
        remove_slot(session, worker)
        new = session.data_key()
        assert old == ZERO and new is not old and new != ZERO
        reopened = unwrap_any(read_key_file(layout.key_file), COORDINATOR)
        assert reopened is not None and reopened[1] == new


def test_rotation_zeroes_the_old_data_key(tmp_path: Path) -> None:
    layout = _vault(tmp_path)
    with unlock_vault(layout, COORDINATOR) as session:
        old = session.data_key()
        # The test profile asked for again: without it the rotation raises the slot to the
        # production profile (a derivation at 256 MiB, ~0.8 CPU-s) that zeroes nothing more.
        rotate_data_key(session, COORDINATOR, kdf=TEST_KDF)
        assert old == ZERO and session.data_key() != ZERO


def test_what_a_passphrase_opens_is_zeroed_by_its_holder(tmp_path: Path) -> None:
    layout = _vault(tmp_path)
    key_file = read_key_file(layout.key_file)
    opened = open_any(key_file, COORDINATOR)
    assert opened is not None and opened.slot_key is not None and opened.coordinator_key is not None
    assert opened.slot_key != ZERO and opened.coordinator_key != ZERO

    opened.wipe(keep_data_key=True)

    assert opened.slot_key == ZERO and opened.coordinator_key == ZERO and opened.data_key != ZERO
    opened.wipe()
    assert opened.data_key == ZERO
