"""One key derivation per unlock attempt, however many passphrase slots the vault has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from outreach_app.core.vault import (
    WrongPassphraseError,
    add_slot,
    change_passphrase,
    rotate_data_key,
    unlock_vault,
)
from outreach_app.crypto import keyfile
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import KeyFile, new_data_key, read_key_file, wrap_slot, write_key_file
from outreach_app.domain.layout import VaultLayout

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, THIRD_PASSPHRASE

FOURTH_PASSPHRASE = "velvet harbour juniper kettle"


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """The salts of every Argon2id run the key file makes (the real function still runs)."""
    real = keyfile.derive_key
    salts: list[bytes] = []

    def counting(passphrase: str, salt: bytes, params: keyfile.KdfParams) -> bytes:
        salts.append(salt)
        return real(passphrase, salt, params)

    monkeypatch.setattr(keyfile, "derive_key", counting)
    yield salts


def _team_vault(vault: VaultLayout) -> dict[str, str]:
    """A coordinator slot and two worker slots; slot id → passphrase."""
    with unlock_vault(vault, PASSPHRASE) as session:
        ids = {session.slot_id: PASSPHRASE}
        ids[add_slot(session, OTHER_PASSPHRASE, "worker")] = OTHER_PASSPHRASE
        ids[add_slot(session, THIRD_PASSPHRASE, "worker")] = THIRD_PASSPHRASE
    return ids


def test_slots_added_to_a_vault_share_its_salt(vault: VaultLayout) -> None:
    _team_vault(vault)
    slots = read_key_file(vault.key_file).slots
    assert len(slots) == 3
    assert len({slot.salt for slot in slots}) == 1
    # The passphrases stay independent: each slot's wrapping differs and opens with its own only.
    assert len({slot.wrapped_key for slot in slots}) == 3


@pytest.mark.parametrize("passphrase", [PASSPHRASE, OTHER_PASSPHRASE, THIRD_PASSPHRASE])
def test_unlock_derives_once_whichever_slot_opens(
    vault: VaultLayout, derivations: list[bytes], passphrase: str
) -> None:
    _team_vault(vault)
    derivations.clear()
    with unlock_vault(vault, passphrase) as session:
        assert session.role == ("coordinator" if passphrase == PASSPHRASE else "worker")
    assert len(derivations) == 1


def test_a_wrong_passphrase_costs_one_derivation_not_one_per_slot(
    vault: VaultLayout, derivations: list[bytes]
) -> None:
    _team_vault(vault)
    derivations.clear()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, FOURTH_PASSPHRASE)
    assert len(derivations) == 1


def test_a_changed_passphrase_keeps_the_shared_salt_and_opens_alone(
    vault: VaultLayout, derivations: list[bytes]
) -> None:
    ids = _team_vault(vault)
    worker_id = next(slot_id for slot_id, p in ids.items() if p == OTHER_PASSPHRASE)
    with unlock_vault(vault, OTHER_PASSPHRASE) as session:
        change_passphrase(session, OTHER_PASSPHRASE, FOURTH_PASSPHRASE, kdf=TEST_KDF)
    slots = read_key_file(vault.key_file).slots
    assert len({slot.salt for slot in slots}) == 1
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, OTHER_PASSPHRASE)
    derivations.clear()
    with unlock_vault(vault, FOURTH_PASSPHRASE) as session:
        assert session.slot_id == worker_id
    assert len(derivations) == 1


def test_a_rotated_key_file_shares_one_fresh_salt(vault: VaultLayout) -> None:
    ids = _team_vault(vault)
    old_salt = read_key_file(vault.key_file).slots[0].salt
    keep = {slot_id: p for slot_id, p in ids.items() if p == OTHER_PASSPHRASE}
    with unlock_vault(vault, PASSPHRASE) as session:
        rotate_data_key(session, PASSPHRASE, keep=keep, kdf=TEST_KDF)
    slots = read_key_file(vault.key_file).slots
    assert len(slots) == 2
    assert len({slot.salt for slot in slots}) == 1 and slots[0].salt != old_salt
    for passphrase in (PASSPHRASE, OTHER_PASSPHRASE):
        with unlock_vault(vault, passphrase):
            pass


def test_an_older_file_with_a_salt_per_slot_still_opens_every_slot(
    vault: VaultLayout, derivations: list[bytes]
) -> None:
    """Key files written before slots shared a salt: one derivation per distinct salt."""
    with unlock_vault(vault, PASSPHRASE) as session:
        data_key = bytes(session.data_key())  # the session zeroes its own buffer at close
        own = read_key_file(vault.key_file).slots[0]
    legacy = KeyFile(
        keyfile.VERSION,
        (
            own,
            wrap_slot(data_key, OTHER_PASSPHRASE, role="worker", kdf=TEST_KDF),
            wrap_slot(data_key, THIRD_PASSPHRASE, role="worker", kdf=TEST_KDF),
        ),
    )
    assert len({slot.salt for slot in legacy.slots}) == 3
    write_key_file(vault.key_file, legacy)
    derivations.clear()
    with unlock_vault(vault, THIRD_PASSPHRASE) as session:
        assert session.role == "worker"
    assert len(derivations) == 3
    derivations.clear()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, FOURTH_PASSPHRASE)
    assert len(derivations) == 3


def test_a_salt_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="128 bits"):
        wrap_slot(new_data_key(), PASSPHRASE, role="worker", kdf=TEST_KDF, salt=b"short")
