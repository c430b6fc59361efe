"""Argon2id parameters: the production profile meets its floor, stored parameters are validated."""

from __future__ import annotations

import pytest

from outreach_app.crypto.kdf import (
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    PRODUCTION_KDF,
    TEST_KDF,
    KdfParams,
    KdfParamsError,
    derive_key,
)


def test_production_profile_meets_the_floor() -> None:
    # The one test that looks at the production cost (timing is a benchmark: bench_unlock.py).
    assert PRODUCTION_KDF.memory_kib >= MIN_MEMORY_KIB == 64 * 1024
    assert PRODUCTION_KDF.time_cost >= MIN_TIME_COST == 3
    assert PRODUCTION_KDF.meets_production_floor()
    assert (PRODUCTION_KDF.time_cost, PRODUCTION_KDF.memory_kib, PRODUCTION_KDF.parallelism) == (3, 262144, 2)


def test_test_profile_is_cheap_and_never_passes_for_production() -> None:
    assert not TEST_KDF.meets_production_floor()
    assert TEST_KDF.memory_kib <= 8 * 1024


def test_derivation_depends_on_passphrase_salt_and_params() -> None:
    salt = b"s" * 16
    key = derive_key("one two three four", salt, TEST_KDF)
    assert len(key) == 32
    assert derive_key("one two three four", salt, TEST_KDF) == key
    assert derive_key("one two three fouR", salt, TEST_KDF) != key
    assert derive_key("one two three four", b"t" * 16, TEST_KDF) != key
    other = KdfParams(time_cost=2, memory_kib=TEST_KDF.memory_kib, parallelism=1)
    assert derive_key("one two three four", salt, other) != key


def test_params_round_trip_through_json() -> None:
    assert KdfParams.from_json(PRODUCTION_KDF.to_json()) == PRODUCTION_KDF


@pytest.mark.parametrize(
    "body",
    [
        None,
        {"algorithm": "scrypt", "time_cost": 3, "memory_kib": 65536, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": True, "memory_kib": 65536, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": "3", "memory_kib": 65536, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 65536},
        # A tampered key file must not make unlock allocate absurd memory or loop for hours.
        {"algorithm": "argon2id", "time_cost": 3, "memory_kib": 64 * 1024 * 1024, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": 10_000, "memory_kib": 65536, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": 0, "memory_kib": 65536, "parallelism": 1},
    ],
)
def test_bad_stored_params_are_refused(body: object) -> None:
    with pytest.raises(KdfParamsError):
        KdfParams.from_json(body)
