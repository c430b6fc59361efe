"""In-process token buckets for enrolment and withdrawal-by-verifier.

The state lives in this process's memory. With several workers (or several servers)
each keeps its own buckets, so the effective limit is multiplied by the worker count;
a deployment that needs one global limit must keep the buckets in a shared store
(a table in the DB, or Redis) — see docs/server.md. Client IP addresses are never kept
as such: keys are HMACs with a per-process random key, forgotten on restart.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
from dataclasses import dataclass

from outreach_app.server.core.clock import Monotonic, monotonic
from outreach_app.server.core.config import RateLimit

MAX_KEYS = 100_000


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucketLimiter:
    """`check(key, cost)` spends `cost` tokens or says how many seconds until they are there.

    Attributes:
        burst: the most tokens a bucket holds, so the most one `check` can ever spend.
    """

    def __init__(self, limit: RateLimit, clock: Monotonic = monotonic) -> None:
        self.burst = limit.burst
        self._burst = float(limit.burst)
        self._rate = limit.per_minute / 60.0
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def check(self, key: str, cost: int = 1) -> int | None:
        """None when allowed (`cost` tokens are spent), else Retry-After in whole seconds
        (≥ 1). A cost above `burst` can never be met: callers refuse it first."""
        if not 1 <= cost <= self.burst:
            raise ValueError("cost must be 1 to burst")
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= MAX_KEYS:
                    self._forget_full_buckets(now)
                bucket = _Bucket(self._burst, now)
                self._buckets[key] = bucket
            bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.updated) * self._rate)
            bucket.updated = now
            if bucket.tokens >= cost:
                bucket.tokens -= cost
                return None
            return max(1, math.ceil((cost - bucket.tokens) / self._rate))

    def refund(self, key: str, cost: int) -> None:
        """Give back tokens `check` spent for a request a later limit refused."""
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is not None:
                bucket.tokens = min(self._burst, bucket.tokens + cost)

    def _forget_full_buckets(self, now: float) -> None:
        # Buckets that have refilled carry no information; dropping them bounds memory.
        full = [
            key
            for key, bucket in self._buckets.items()
            if bucket.tokens + (now - bucket.updated) * self._rate >= self._burst
        ]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= MAX_KEYS:  # under attack: start afresh rather than grow
            self._buckets.clear()


class PeerKeys:
    """Turns a client address into an opaque key that never leaves memory."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    def key(self, address: str | None) -> str:
        return hmac.new(self._secret, (address or "?").encode(), hashlib.sha256).hexdigest()[:32]
