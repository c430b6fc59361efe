"""Retry a short transaction that lost an insert race (two requests creating the same row)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

T = TypeVar("T")
ATTEMPTS = 3


def retry_on_race(work: Callable[[], T]) -> T:
    """Run `work` (which opens its own transaction); on a unique-key race, run it again,
    when it will read the row the other request stored."""
    for _ in range(ATTEMPTS - 1):
        try:
            return work()
        except IntegrityError:
            continue
    return work()
