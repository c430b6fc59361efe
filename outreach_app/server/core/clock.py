"""Clocks are injected so tests control expiry and rate limits without sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from outreach_app.domain.timeutil import utcnow

Clock = Callable[[], datetime]
Monotonic = Callable[[], float]

__all__ = ["Clock", "Monotonic", "epoch_seconds", "monotonic", "today", "utcnow", "wall_seconds"]


def monotonic() -> float:
    return time.monotonic()


def wall_seconds() -> float:
    """Epoch seconds: what rate-limit buckets shared between processes count in."""
    return time.time()


def today(clock: Clock) -> date:
    """The UTC day: what the server records instead of a time."""
    return clock().date()


def epoch_seconds(clock: Clock) -> int:
    return int(clock().timestamp())
