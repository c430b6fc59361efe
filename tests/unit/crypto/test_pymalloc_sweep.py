"""The pymalloc sweep at lock: a freed small `str` (record text) no longer reads back."""

from __future__ import annotations

import ctypes
import secrets
import sys

import pytest

from outreach_app.crypto.pymalloc_sweep import available_blocks, scrub_pymalloc_free_blocks

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython's allocator")


def test_the_statistics_name_every_size_class() -> None:
    available = available_blocks()
    assert sorted(available) == list(range(16, 513, 16))
    assert all(count >= 0 for count in available.values())


def test_a_freed_small_string_is_zeroed_by_the_sweep() -> None:
    # Neighbours stay alive so the freed block's pool (and arena) stays mapped and readable.
    neighbours = [secrets.token_hex(30) for _ in range(64)]
    canary = ("RECORD-" + secrets.token_hex(30)).encode()
    text = canary.decode()
    address, size = id(text) + sys.getsizeof("") - 1, len(canary)
    del text
    # Proof that the test can fail: freed, the characters are still there.
    assert ctypes.string_at(address, size) == canary

    swept = scrub_pymalloc_free_blocks()

    assert swept > 0
    # The block may hold a new object by now (the sweep frees what it took): none of the text.
    after = ctypes.string_at(address, size)
    assert not any(canary[i : i + 8] in after for i in range(size - 8))
    assert len(neighbours) == 64
