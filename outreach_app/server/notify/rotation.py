"""`outreach-server notify rotate-key`: re-seal every subscriber record under the current
(first) secret of the key file, and re-index its address, in place.

Crash-safe by construction: records are re-sealed in small batches, each batch one
transaction, and a record already under the current secret is skipped, so a run killed at
any moment leaves every record openable (the older secret is still in the key file) and a
second run finishes the job. The serving processes keep working meanwhile because they hold
both secrets (docs/warnings.md, "Changing the subscriber key").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from outreach_app.server.db import subscriptions
from outreach_app.server.notify.keys import SubscriberKeys

ROTATE_BATCH = 200


@dataclass(frozen=True)
class Rotation:
    resealed: int
    remaining: int


def rotate(
    engine: Engine,
    keys: SubscriberKeys,
    *,
    batch: int = ROTATE_BATCH,
    after_batch: Callable[[int], None] | None = None,
) -> Rotation:
    """Re-seal what an older secret sealed; returns how many, and how many the current
    secret still cannot open (0 unless a record was sealed under a secret no longer held,
    which `open` would have refused, or one arrived from an older server meanwhile).
    `after_batch(resealed so far)` runs after each committed batch (progress; tests crash there)."""
    resealed, cursor = 0, ""
    while True:
        with engine.begin() as conn:
            done, last = subscriptions.reseal_batch(conn, keys, cursor, batch)
        resealed += done
        if after_batch is not None:
            after_batch(resealed)
        if last is None:
            break
        cursor = last
    with engine.connect() as conn:
        remaining = subscriptions.count_not_current(conn, keys)
    return Rotation(resealed, remaining)
