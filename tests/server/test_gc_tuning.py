"""The serving process's garbage-collector settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from outreach_app.server.core.gc_tuning import SERVING_THRESHOLDS, tune_for_serving


@pytest.fixture
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("restored_gc")
def test_serving_freezes_the_startup_heap_and_collects_less_often() -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    tune_for_serving()
    assert gc.get_threshold() == SERVING_THRESHOLDS
    assert SERVING_THRESHOLDS[0] > 700  # CPython's default gen-0 threshold
    # Everything alive at start-up (modules, the app) is out of the collector's sight.
    assert gc.get_freeze_count() > 10_000
