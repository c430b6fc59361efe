"""Synthetic contacts for the storage benchmarks: a Zipf-like vocabulary so word queries
range from very common to rare, times spread over five years, fixed seed."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from outreach_app.domain.enums import ContactKind, ReferralKind, SupplyKind
from outreach_app.domain.models import Contact

VOCABULARY_SIZE = 5_000
START = datetime(2021, 1, 1, tzinfo=UTC)
SPAN_S = 5 * 365 * 24 * 3600


def vocabulary() -> list[str]:
    rng = random.Random(1)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        words.add("".join(rng.choice(letters) for _ in range(rng.randrange(3, 10))))
    return sorted(words)


def make_contacts(count: int, seed: int = 7) -> Iterator[Contact]:
    rng = random.Random(seed)
    words = vocabulary()
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    supplies = list(SupplyKind)
    referrals = list(ReferralKind)
    for _ in range(count):
        notes = " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randrange(4, 30)))
        yield Contact(
            occurred_at=START + timedelta(seconds=rng.randrange(SPAN_S), microseconds=rng.randrange(10**6)),
            kind=rng.choice(list(ContactKind)),
            supplies={rng.choice(supplies): rng.randrange(1, 20) for _ in range(rng.randrange(0, 4))},
            referrals=rng.sample(referrals, rng.randrange(0, 2)),
            notes=notes,
        )
