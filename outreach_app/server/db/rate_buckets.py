"""Token buckets kept in the database, so every serving process on one database (several
`serve` processes, on one machine or several behind a load balancer) enforces one limit.

One statement spends the tokens or leaves the bucket as it was: an upsert whose update
only happens when the refilled bucket holds enough (`ON CONFLICT … DO UPDATE … WHERE`),
returning the row when it did. Two processes spending from one bucket at once are ordered
by the row lock (PostgreSQL) or the write lock (SQLite), so the sum of what they spend
never exceeds what the bucket held. Times are epoch seconds from an injected wall clock
(a monotonic clock means nothing to another process); a clock that goes back does not
refill a bucket. Buckets that have refilled carry no information and are deleted now and
then (`PRUNE_EVERY` checks), so the table stays as small as the set of recent callers.
"""

from __future__ import annotations

import math
import secrets
import threading
from collections.abc import Callable

from sqlalchemy import Engine, text

from outreach_app.server.core.config import RateLimit

WallClock = Callable[[], float]
PRUNE_EVERY = 1000
"""Checks per limiter (in one process) between two sweeps of its refilled buckets."""
MAX_KEY_LENGTH = 100

# Per dialect (SQLite's two-argument min/max are PostgreSQL's LEAST/GREATEST). The refilled
# bucket: what it held plus what it earned since (never less: a clock gone back earns 0).
_SPEND = {
    "sqlite": (
        "INSERT INTO rate_buckets (bucket, tokens, updated) VALUES (:bucket, :burst - :cost, :now)"
        " ON CONFLICT (bucket) DO UPDATE SET"
        " tokens = min(:burst, rate_buckets.tokens"
        " + max(0.0, :now - rate_buckets.updated) * :rate) - :cost,"
        " updated = max(:now, rate_buckets.updated)"
        " WHERE min(:burst, rate_buckets.tokens"
        " + max(0.0, :now - rate_buckets.updated) * :rate) >= :cost"
        " RETURNING tokens"
    ),
    "postgresql": (
        "INSERT INTO rate_buckets (bucket, tokens, updated) VALUES (:bucket, :burst - :cost, :now)"
        " ON CONFLICT (bucket) DO UPDATE SET"
        " tokens = LEAST(:burst, rate_buckets.tokens"
        " + GREATEST(0.0, :now - rate_buckets.updated) * :rate) - :cost,"
        " updated = GREATEST(:now, rate_buckets.updated)"
        " WHERE LEAST(:burst, rate_buckets.tokens"
        " + GREATEST(0.0, :now - rate_buckets.updated) * :rate) >= :cost"
        " RETURNING tokens"
    ),
}
_REFUND = {
    "sqlite": "UPDATE rate_buckets SET tokens = min(:burst, tokens + :cost) WHERE bucket = :bucket",
    "postgresql": "UPDATE rate_buckets SET tokens = LEAST(:burst, tokens + :cost) WHERE bucket = :bucket",
}
_PRUNE = {
    "sqlite": (
        "DELETE FROM rate_buckets WHERE substr(bucket, 1, :length) = :prefix"
        " AND tokens + max(0.0, :now - updated) * :rate >= :burst"
    ),
    "postgresql": (
        "DELETE FROM rate_buckets WHERE substr(bucket, 1, :length) = :prefix"
        " AND tokens + GREATEST(0.0, :now - updated) * :rate >= :burst"
    ),
}


class DatabaseBuckets:
    """`check(key, cost)` spends `cost` tokens from the bucket `name:key` or says how many
    seconds until they are there; the same interface the routes used with in-process buckets.

    Attributes:
        name: the limiter's name, the prefix of its bucket keys (`enroll_ip`, `device`, …).
        burst: the most tokens a bucket holds, so the most one `check` can ever spend.
    """

    def __init__(self, name: str, limit: RateLimit, engine: Engine, clock: WallClock) -> None:
        if not name.isidentifier():
            raise ValueError("a limiter name is an identifier")
        self.name = name
        self.burst = limit.burst
        self._rate = limit.per_minute / 60.0
        self._engine = engine
        self._clock = clock
        dialect = engine.dialect.name
        self._spend = text(_SPEND[dialect])
        self._refund = text(_REFUND[dialect])
        self._prune = text(_PRUNE[dialect])
        self._checks = secrets.randbelow(PRUNE_EVERY)  # processes do not all sweep at once
        self._count_lock = threading.Lock()

    def _bucket(self, key: str) -> str:
        return f"{self.name}:{key[:MAX_KEY_LENGTH]}"

    def check(self, key: str, cost: int = 1) -> int | None:
        """None when allowed (`cost` tokens are spent), else Retry-After in whole seconds
        (≥ 1). A cost above `burst` can never be met: callers refuse it first. Runs SQL."""
        if not 1 <= cost <= self.burst:
            raise ValueError("cost must be 1 to burst")
        now = self._clock()
        params = {
            "bucket": self._bucket(key),
            "burst": float(self.burst),
            "cost": float(cost),
            "now": now,
            "rate": self._rate,
        }
        with self._engine.begin() as conn:
            spent = conn.execute(self._spend, params).first()
            if spent is None:
                row = conn.execute(
                    text("SELECT tokens, updated FROM rate_buckets WHERE bucket = :bucket"),
                    {"bucket": params["bucket"]},
                ).one()
                held = min(
                    float(self.burst), float(row.tokens) + max(0.0, now - float(row.updated)) * self._rate
                )
        self._maybe_prune(now)
        if spent is not None:
            return None
        return max(1, math.ceil((cost - held) / self._rate))

    def refund(self, key: str, cost: int) -> None:
        """Give back tokens `check` spent for a request a later limit refused."""
        with self._engine.begin() as conn:
            conn.execute(
                self._refund, {"bucket": self._bucket(key), "burst": float(self.burst), "cost": float(cost)}
            )

    def _maybe_prune(self, now: float) -> None:
        with self._count_lock:
            self._checks += 1
            due = self._checks % PRUNE_EVERY == 0
        if due:
            self.prune(now)

    def prune(self, now: float | None = None) -> int:
        """Delete this limiter's buckets that have refilled; returns how many."""
        at = self._clock() if now is None else now
        with self._engine.begin() as conn:
            result = conn.execute(
                self._prune,
                {
                    "prefix": f"{self.name}:",
                    "length": len(self.name) + 1,
                    "now": at,
                    "rate": self._rate,
                    "burst": float(self.burst),
                },
            )
        return int(result.rowcount)
