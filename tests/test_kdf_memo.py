"""The unit tests' remembered test-profile derivations give what Argon2id gives (tests/kdf_memo.py)."""

from __future__ import annotations

import pytest

from outreach_app.crypto import kdf
from outreach_app.crypto.kdf import TEST_KDF, KdfParams, KdfParamsError
from tests import kdf_memo

SALT = bytes(range(16))


def test_a_remembered_key_is_argon2id_s_key_in_a_new_buffer_each_time() -> None:
    first = kdf_memo.remembered("lantern orchard gravel nine", SALT, TEST_KDF)
    again = kdf_memo.remembered("lantern orchard gravel nine", SALT, TEST_KDF)
    argon2id = kdf.derive_key("lantern orchard gravel nine", SALT, TEST_KDF)
    assert bytes(first) == bytes(again) == bytes(argon2id)
    assert isinstance(again, bytearray) and again is not first
    again[:] = bytes(len(again))  # the caller zeroes its buffer: the next one is whole
    assert bytes(kdf_memo.remembered("lantern orchard gravel nine", SALT, TEST_KDF)) == bytes(first)


def test_another_passphrase_salt_or_profile_is_derived_for_real() -> None:
    key = bytes(kdf_memo.remembered("lantern orchard gravel nine", SALT, TEST_KDF))
    other_passphrase = kdf_memo.remembered("copper whistle meadow plank", SALT, TEST_KDF)
    other_salt = kdf_memo.remembered("lantern orchard gravel nine", bytes(16), TEST_KDF)
    dearer = KdfParams(time_cost=2, memory_kib=TEST_KDF.memory_kib, parallelism=1)
    other_cost = kdf_memo.remembered("lantern orchard gravel nine", SALT, dearer)
    assert len({key, bytes(other_passphrase), bytes(other_salt), bytes(other_cost)}) == 4
    assert bytes(other_cost) == bytes(kdf.derive_key("lantern orchard gravel nine", SALT, dearer))
    with pytest.raises(KdfParamsError):  # other parameters are validated every time
        kdf_memo.remembered("lantern orchard gravel nine", SALT, KdfParams(1, 1, 1))


def test_a_passphrase_zeroed_after_use_leaves_the_remembered_key_findable() -> None:
    typed = "".join(list("saffron glacier tumble oar"))  # a fresh object, as the app zeroes
    key = bytes(kdf_memo.remembered(typed, SALT, TEST_KDF))
    from outreach_app.crypto.secret_memory import wipe_str

    wipe_str(typed)
    assert bytes(kdf_memo.remembered("saffron glacier tumble oar", SALT, TEST_KDF)) == key
    assert bytes(kdf_memo.remembered(typed, SALT, TEST_KDF)) != key  # the NULs are another input


def test_argon2id_runs_once_per_passphrase_and_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[str] = []

    def counted(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
        runs.append(passphrase)
        return kdf.derive_key(passphrase, salt, params)

    monkeypatch.setattr(kdf_memo, "real_derive_key", counted)
    monkeypatch.setattr(kdf_memo, "_KEYS", {})  # nothing remembered from earlier tests
    for _ in range(3):
        kdf_memo.remembered("velvet harbour juniper kettle", SALT, TEST_KDF)
        kdf_memo.remembered("velvet harbour juniper kettle", bytes(16), TEST_KDF)
    assert runs == ["velvet harbour juniper kettle"] * 2
