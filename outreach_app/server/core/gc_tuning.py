"""Garbage-collector settings for a serving process.

Validating a batch of 1000 reports allocates hundreds of thousands of container objects,
nearly all freed by reference counting. With CPython's default gen-0 threshold (700) that
runs hundreds of young collections per batch, and after every hundred of them a full
collection that walks the whole heap (FastAPI, SQLAlchemy and pydantic keep a large one).
None of them finds much: request data holds no reference cycles. A larger gen-0 threshold
and the startup heap frozen out of the collector's sight cut validation of a batch of 1000
by about a third (docs/performance.md); memory stays bounded, as a collection still runs
every `SERVING_THRESHOLDS[0]` net allocations.
"""

from __future__ import annotations

import gc

SERVING_THRESHOLDS = (50_000, 20, 100)


def tune_for_serving() -> None:
    """Freeze what exists now (imports, the app, its schemas) and collect less often.

    Call once per serving process, after the app is built and before it serves."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*SERVING_THRESHOLDS)
