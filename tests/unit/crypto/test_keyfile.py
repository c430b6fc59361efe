"""The slotted key file: wrapping, unwrapping, binding of slot metadata, damage detection."""

from __future__ import annotations

import json
import secrets

import pytest

from outreach_app.crypto import keyfile
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import (
    KeyFile,
    KeyFileFormatError,
    dumps,
    loads,
    unwrap_any,
    unwrap_slot,
    wrap_slot,
)

PASS_A = "lantern orchard gravel nine"
PASS_B = "copper whistle meadow plank"


def _file_with_two_slots(data_key: bytes) -> KeyFile:
    a = wrap_slot(data_key, PASS_A, role="coordinator", kdf=TEST_KDF)
    b = wrap_slot(data_key, PASS_B, role="worker", kdf=TEST_KDF)
    return KeyFile(keyfile.VERSION, (a, b))


def test_each_slot_opens_with_its_own_passphrase_only() -> None:
    data_key = secrets.token_bytes(32)
    kf = loads(dumps(_file_with_two_slots(data_key)))
    found_a = unwrap_any(kf, PASS_A)
    found_b = unwrap_any(kf, PASS_B)
    assert found_a is not None and found_a[1] == data_key and found_a[0].role == "coordinator"
    assert found_b is not None and found_b[1] == data_key and found_b[0].role == "worker"
    assert unwrap_any(kf, "not the passphrase at all") is None


def test_serialised_file_records_version_kdf_and_no_key() -> None:
    data_key = secrets.token_bytes(32)
    raw = dumps(_file_with_two_slots(data_key))
    body = json.loads(raw)
    assert body["format"] == "outreach-vault-key" and body["version"] == 2
    assert body["slots"][0]["kdf"] == TEST_KDF.to_json()
    assert data_key not in raw and data_key.hex().encode() not in raw
    assert PASS_A.encode() not in raw


def test_relabelling_a_worker_slot_as_coordinator_stops_it_opening() -> None:
    data_key = secrets.token_bytes(32)
    body = json.loads(dumps(_file_with_two_slots(data_key)))
    body["slots"][1]["role"] = "coordinator"
    tampered = loads(json.dumps(body).encode())
    assert unwrap_slot(tampered.slots[1], PASS_B) is None


def test_changing_a_slot_id_stops_it_opening() -> None:
    body = json.loads(dumps(_file_with_two_slots(secrets.token_bytes(32))))
    body["slots"][0]["id"] = "0123456789abcdef"
    tampered = loads(json.dumps(body).encode())
    assert unwrap_slot(tampered.slots[0], PASS_A) is None


def test_flipped_ciphertext_bit_fails_the_tag() -> None:
    kf = _file_with_two_slots(secrets.token_bytes(32))
    slot = kf.slots[0]
    flipped = bytearray(slot.wrapped_key)
    flipped[3] ^= 1
    from dataclasses import replace

    assert unwrap_slot(replace(slot, wrapped_key=bytes(flipped)), PASS_A) is None


@pytest.mark.parametrize("cut", [0, 1, 40, -30, -2])
def test_truncated_key_file_is_reported_as_damaged(cut: int) -> None:
    raw = dumps(_file_with_two_slots(secrets.token_bytes(32)))
    with pytest.raises(KeyFileFormatError):
        loads(raw[:cut])


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b.update(version=3),
        lambda b: b.update(version=1),  # a version-1 file cannot hold version-2 slots
        lambda b: b.update(format="something-else"),
        lambda b: b.update(slots=[]),
        lambda b: b["slots"][0].update(role="admin"),
        lambda b: b["slots"][0].update(salt="!!notbase64!!"),
        lambda b: b["slots"][0].update(nonce="AAAA"),
        lambda b: b["slots"][0].pop("wrapped_key"),
        lambda b: b["slots"][1].update(id=b["slots"][0]["id"]),
    ],
)
def test_malformed_key_files_are_refused(mutate: object) -> None:
    body = json.loads(dumps(_file_with_two_slots(secrets.token_bytes(32))))
    mutate(body)  # type: ignore[operator]
    with pytest.raises(KeyFileFormatError):
        loads(json.dumps(body).encode())


def test_binary_garbage_and_huge_files_are_refused() -> None:
    with pytest.raises(KeyFileFormatError):
        loads(b"\xff\xfe\x00garbage")
    with pytest.raises(KeyFileFormatError):
        loads(b" " * (keyfile.MAX_KEY_FILE_BYTES + 1))
