"""The one fake clock every test uses (the `clock` fixture in tests/conftest.py hands out one).

The app and the server take their time from an injected callable returning an aware UTC
datetime (and the server's rate limits from a monotonic one), so tests move time by hand
instead of sleeping. One class for all of them, so a test reads the same everywhere:
`clock.now` is the time, `clock.advance(seconds)` or `clock.advance(hours=1)` moves it,
and `clock.monotonic()` moves with it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

START = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)
"""Where a clock starts unless a test needs another moment (late evening: a shift is on)."""


class FakeClock:
    """An aware UTC wall clock, and a monotonic one, that move only when told to.

    `tick`, when given, moves the clock on by that much before every reading: for code that
    must see time pass between two calls (each saved record a little later than the last).
    """

    def __init__(self, start: datetime = START, *, tick: timedelta = timedelta(0)) -> None:
        if start.tzinfo is None:
            raise ValueError("a fake clock starts at an aware datetime, as the app's clock returns")
        self.now = start
        self.mono = 1000.0
        self.tick = tick

    def __call__(self) -> datetime:
        if self.tick:
            self.advance(self.tick.total_seconds())
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float = 0, **delta: float) -> None:
        """Move both clocks on: `advance(90)`, `advance(minutes=5)`, `advance(-3600)` (back)."""
        step = timedelta(seconds=seconds, **delta)
        self.now += step
        self.mono += step.total_seconds()
