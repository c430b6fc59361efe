"""Per-gateway pacing: a token bucket that hands out as many sends as it can spare, and the
retry delay after a failed send (doubling per attempt up to the gateway's ceiling)."""

from __future__ import annotations

from outreach_app.server.core.clock import Monotonic
from outreach_app.server.notify.config import Gateway


class SendBucket:
    def __init__(self, gateway: Gateway, clock: Monotonic) -> None:
        self._burst = float(gateway.burst)
        self._rate = gateway.per_minute / 60.0
        self._clock = clock
        self._tokens = self._burst
        self._at = clock()

    def take(self, wanted: int) -> int:
        """Up to `wanted` sends allowed now (whole tokens only)."""
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        granted = min(wanted, int(self._tokens))
        self._tokens -= granted
        return granted

    def give_back(self, count: int) -> None:
        self._tokens = min(self._burst, self._tokens + count)


def retry_delay(gateway: Gateway, attempts: int) -> int:
    """Seconds before attempt number `attempts + 1` (after `attempts` failures so far)."""
    return int(min(gateway.max_backoff_s, gateway.backoff_s * 2 ** min(attempts, 30)))
