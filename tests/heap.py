"""The collected suite's heap, frozen once collection ends (issue 19).

After collection a pytest worker holds every collected module, its test items and fixtures,
the app's imported stack, and they stay alive until the run ends. Each full collection the
tests then cause walked all of it again: in a run of tests/server and tests/unit/{cli,storage}
in one process, 13 full collections took 3.6 of its 65 CPU-s. Frozen, those objects are out of
the collector's sight (what the app does for its own start-up heap: core/gc_tuning.py); what
the tests make afterwards is collected as before: gc total 5.0 -> 3.7 CPU-s in that run, and
5.5 -> 4.1 over four untouched modules run after collecting tests/server, unit and e2e (more
full collections, 11 -> 20, each walking less: 4.2 -> 2.7 CPU-s of them).
A test that thaws the heap to check the app's own freezing (test_gc_tuning, the e2e sync
settling) leaves it thawed, which only costs what it did before.
"""

from __future__ import annotations

import gc

import pytest


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()  # what collection left as garbage is not frozen with the rest
    gc.freeze()
