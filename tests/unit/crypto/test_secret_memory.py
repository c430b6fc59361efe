"""Zeroing secrets in place: buffers, immutable bytes and str, and a KDF that copies nothing."""

from __future__ import annotations

import ctypes

import pytest
from argon2.low_level import Type, hash_secret_raw

from outreach_app.crypto.kdf import KEY_BYTES, TEST_KDF, derive_key
from outreach_app.crypto.keyfile import new_data_key, unwrap_slot, wrap_slot
from outreach_app.crypto.secret_memory import utf8_buffer, wipe, wipe_bytes, wipe_str


def test_wipe_zeroes_a_bytearray_and_a_memoryview() -> None:
    buffer = bytearray(b"secret key bytes")
    wipe(buffer)
    assert buffer == bytearray(16)
    other = bytearray(b"abcdefgh")
    wipe(memoryview(other)[2:6])
    assert other == bytearray(b"ab\0\0\0\0gh")


def test_wipe_bytes_overwrites_the_object_in_place() -> None:
    value = bytes(range(1, 33))
    alias = value
    wipe_bytes(value)
    assert alias == bytes(32) and len(alias) == 32


def test_single_byte_and_empty_bytes_are_left_alone() -> None:
    one = bytes([7])
    wipe_bytes(one)
    wipe_bytes(b"")
    assert one == b"\x07" and bytes([7]) == b"\x07"


@pytest.mark.parametrize(
    "parts", [("lantern ", "orchard"), ("caf", "é crème"), ("ключ ", "замок"), ("key ", "🔑 lock")]
)
def test_wipe_str_overwrites_every_character_and_the_utf8_copy(parts: tuple[str, str]) -> None:
    text = "".join(parts)  # built at run time: never a shared constant
    length = len(text)
    address, size = utf8_buffer(text)
    assert ctypes.string_at(address, size) == "".join(parts).encode("utf-8")
    wipe_str(text)
    # Compared character by character: a wide str of NULs never equals the narrow "\0" * n.
    assert len(text) == length and all(character == "\0" for character in text)
    assert ctypes.string_at(address, size) == bytes(size)


def test_derive_key_matches_argon2_cffi_and_returns_a_buffer() -> None:
    for passphrase in ("lantern orchard gravel nine", "café crème brûlée"):
        ours = derive_key(passphrase, b"s" * 16, TEST_KDF)
        reference = hash_secret_raw(
            passphrase.encode("utf-8"),
            b"s" * 16,
            time_cost=TEST_KDF.time_cost,
            memory_cost=TEST_KDF.memory_kib,
            parallelism=TEST_KDF.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
        assert isinstance(ours, bytearray) and bytes(ours) == reference


def test_unwrapped_keys_are_buffers_we_can_zero() -> None:
    key = new_data_key()
    assert isinstance(key, bytearray) and len(key) == KEY_BYTES
    slot = wrap_slot(key, "lantern orchard gravel nine", role="worker", kdf=TEST_KDF)
    opened = unwrap_slot(slot, "lantern orchard gravel nine")
    assert isinstance(opened, bytearray) and opened == key
    wipe(opened)
    assert opened == bytearray(KEY_BYTES) and key != opened
