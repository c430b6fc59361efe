"""The client's garbage-collector settings (`core/gc_tuning.py`)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from outreach_app.core.gc_tuning import CLIENT_THRESHOLDS, settle_heap


@pytest.fixture(autouse=True)
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_settling_freezes_what_is_alive_and_collects_young_objects_less_often() -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    settle_heap()
    assert gc.get_threshold() == CLIENT_THRESHOLDS
    assert CLIENT_THRESHOLDS[0] > 700  # CPython's default gen-0 threshold
    # Everything alive now (modules, pytest, the app's code) is out of the collector's sight.
    assert gc.get_freeze_count() > 10_000


def test_a_cycle_frozen_alive_and_dead_since_is_collected_at_the_next_settling() -> None:
    # A locked vault's pages were alive (and frozen) at the unlock's settling: the lock's
    # settling must not keep them, or memory would grow by one session per unlock.
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    alive = weakref.ref(first)
    settle_heap()
    del first, second
    gc.collect()
    assert alive() is not None  # frozen: even a full collection leaves it
    settle_heap()
    assert alive() is None
