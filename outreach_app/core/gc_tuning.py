"""Garbage-collector settings for the desktop app and the CLI (the client's twin of
`server/core/gc_tuning.py`, which the server may not import).

A sync pass keeps its claimed items and parsed receipts alive across a few steps, so they
reach the oldest generation, and past a quarter of it they set off a full collection that
walks the whole heap: Qt's and pydantic's objects, every module. In a 10,000-report pass that
was one collection of ~0.1 s of CPU (~14 % of the pass), holding the GIL while the posting
thread waited to read a reply, and it found nothing to free (docs/performance.md, sync).
What exists once the app is built (and again once a vault is unlocked) lives until the
process ends, so it is frozen out of the collector's sight, and young collections run less
often.

Memory stays bounded: reference counting still frees frozen objects; a collection still runs
every `CLIENT_THRESHOLDS[0]` net allocations; and each call first thaws what an earlier call
froze, so cycles that died since (a locked vault's pages) are collected then. The app calls
`settle_heap` after its first paint, after each unlock and after each lock (`app.run_app`),
so what a locked vault's objects held is not kept from the collector; the CLI calls it
before a sync pass.
"""

from __future__ import annotations

import gc

CLIENT_THRESHOLDS = (20_000, 10, 10)
"""gen 0 every 20,000 net allocations (CPython's default: 700), then CPython's ratios."""


STARTUP_THRESHOLDS = (200_000, 10, 10)
"""While the desktop app starts: every object made before the unlock screen paints (modules,
classes, Qt wrappers) lives until the process ends, and CPython's default threshold walked them
~40 times (6-11 ms of a ~0.3 s start) to free nothing. High enough that no collection runs
before the first paint, low enough that memory stays bounded if `settle_heap` never came."""


def defer_collection_for_start_up() -> None:
    """Set `STARTUP_THRESHOLDS` until the app's first `settle_heap` (after its first paint)."""
    gc.set_threshold(*STARTUP_THRESHOLDS)


def settle_heap() -> None:
    """Collect everything that died (what an earlier call froze included), freeze what is
    left and set `CLIENT_THRESHOLDS`. A full collection: call it at a pause the user does
    not wait on (after a paint, after an unlock or lock, before a sync pass), not per item."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*CLIENT_THRESHOLDS)
