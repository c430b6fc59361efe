"""Rate-limit buckets in the database: one limit for every process that shares it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine, func, select

from outreach_app.server.core.config import RateLimit
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.rate_buckets import DatabaseBuckets
from outreach_app.server.db.tables import rate_buckets


class Wall:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_spends_its_burst_then_says_when_to_retry(engine: Engine) -> None:
    wall = Wall()
    limiter = DatabaseBuckets("enroll_ip", RateLimit(burst=3, per_minute=6), engine, wall)
    assert [limiter.check("k") for _ in range(3)] == [None, None, None]
    assert limiter.check("k") == 10  # one token per 10 s
    assert limiter.check("other") is None  # buckets are per key
    wall.now += 10
    assert limiter.check("k") is None
    assert limiter.check("k") == 10


def test_two_engines_share_one_limit(db_url: str) -> None:
    """Two limiters on two engines (as two serving processes have) spend from one bucket."""
    wall = Wall()
    engines = [make_engine(db_url), make_engine(db_url)]
    try:
        limit = RateLimit(burst=5, per_minute=1)
        first, second = (DatabaseBuckets("device", limit, e, wall) for e in engines)
        answers = [(first if i % 2 else second).check("dev-1") for i in range(8)]
        assert answers.count(None) == 5
        assert all(a is not None and a >= 1 for a in answers[5:])
    finally:
        for e in engines:
            e.dispose()


def test_concurrent_checks_never_spend_more_than_the_burst(engine: Engine) -> None:
    limiter = DatabaseBuckets("device", RateLimit(burst=20, per_minute=1), engine, Wall())
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _i: limiter.check("dev"), range(60)))
    assert answers.count(None) == 20


def test_refund_gives_back_and_never_above_burst(engine: Engine) -> None:
    limiter = DatabaseBuckets("verifier_org", RateLimit(burst=4, per_minute=1), engine, Wall())
    assert limiter.check("org", cost=4) is None
    assert limiter.check("org") is not None
    limiter.refund("org", 4)
    limiter.refund("org", 4)
    assert limiter.check("org", cost=4) is None
    assert limiter.check("org") is not None


def test_a_clock_that_goes_back_does_not_refill(engine: Engine) -> None:
    wall = Wall()
    limiter = DatabaseBuckets("device", RateLimit(burst=1, per_minute=60), engine, wall)
    assert limiter.check("d") is None
    wall.now -= 3600
    assert limiter.check("d") is not None


def test_prune_deletes_only_refilled_buckets_of_its_limiter(engine: Engine) -> None:
    wall = Wall()
    limit = RateLimit(burst=2, per_minute=60)
    mine = DatabaseBuckets("enroll_ip", limit, engine, wall)
    other = DatabaseBuckets("enroll_ipx", limit, engine, wall)
    mine.check("old")
    other.check("old")
    wall.now += 5  # "old" has refilled
    mine.check("new")
    assert mine.prune() == 1
    with engine.connect() as conn:
        left = set(conn.execute(select(rate_buckets.c.bucket)).scalars())
        assert conn.execute(select(func.count()).select_from(rate_buckets)).scalar_one() == 2
    assert left == {"enroll_ip:new", "enroll_ipx:old"}
