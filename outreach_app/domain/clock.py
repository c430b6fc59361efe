"""The wall clock, on its own: the desktop start-up path needs `utcnow` before anything else of
`domain.timeutil` (whose zone database and enums cost the unlock screen a few milliseconds)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, aware, in UTC (the default clock; tests inject their own)."""
    return datetime.now(UTC)
