"""When to try again: exponential backoff with full jitter, and the server's Retry-After.

Full jitter (a uniform draw between 0 and the capped exponential) spreads devices that
lost the network together, so they do not all come back in the same second.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

BASE_DELAY_S = 2.0
MAX_DELAY_S = 15 * 60.0


@dataclass
class Backoff:
    """Delays for consecutive failures; `reset()` after a success.

    Attributes:
        failures: consecutive failures so far.
    """

    rng: random.Random
    base_s: float = BASE_DELAY_S
    cap_s: float = MAX_DELAY_S
    failures: int = 0

    def next_delay(self, retry_after_s: float | None = None) -> float:
        """The delay before the next attempt; never shorter than the server asked for."""
        ceiling = min(self.cap_s, self.base_s * (2**self.failures))
        self.failures += 1
        delay = self.rng.uniform(0, ceiling)
        if retry_after_s is not None:
            delay = max(delay, min(retry_after_s, self.cap_s))
        return delay

    def reset(self) -> None:
        self.failures = 0


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())
