"""The failed-unlock counter: a growing delay after repeated wrong passphrases.

It lives in its own small file (`VaultLayout.failures`) that holds a count and
the time of the last failure, nothing else, so it can sit outside the
encrypted DB and survive a restart. After the third failure each attempt has
to wait 1, 2, 4 … seconds (capped at 60 s) from the previous failure.

This slows guessing through the app only; someone who copies the files can
guess offline, which is what the Argon2id cost is for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from outreach_app.crypto.atomic import write_private
from outreach_app.domain.disk_full import is_disk_full

FREE_ATTEMPTS = 3
MAX_DELAY_S = 60.0
Clock = Callable[[], datetime]


def delay_after(count: int) -> float:
    """Seconds to wait after `count` consecutive failures: 0,0,0 then 1, 2, 4 … 60."""
    if count < FREE_ATTEMPTS:
        return 0.0
    exponent = count - FREE_ATTEMPTS
    if exponent >= 6:  # 2**6 = 64 > cap; also keeps huge counts from overflowing
        return MAX_DELAY_S
    return min(MAX_DELAY_S, float(2**exponent))


class FailureCounter:
    """Reads and updates the counter file.

    Args:
        path: the counter file.
        clock: returns the current aware datetime (tests inject a fake).
    """

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock

    def _load(self) -> tuple[int, datetime | None]:
        try:
            body = json.loads(self.path.read_bytes().decode("utf-8"))
            count = body["count"]
            last = datetime.fromisoformat(body["last_failure"])
        except FileNotFoundError:
            return 0, None
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return self._damaged()
        if not isinstance(count, int) or isinstance(count, bool) or count < 0 or last.tzinfo is None:
            return self._damaged()
        return count, last

    @staticmethod
    def _damaged() -> tuple[int, datetime | None]:
        # Counted as a run that has reached the threshold, so the next failure is delayed
        # (damaging the file buys no free guesses), but with no failure time: a damaged file
        # must never lock the rightful user out for good.
        return FREE_ATTEMPTS, None

    @property
    def count(self) -> int:
        return self._load()[0]

    def retry_after(self) -> float:
        """Seconds until the next attempt is allowed (0 means now)."""
        count, last = self._load()
        delay = delay_after(count)
        if delay == 0 or last is None:
            return 0.0
        waited = (self.clock() - last).total_seconds()
        # A clock set backwards must not lock the user out for longer than the delay itself.
        remaining = delay - max(waited, 0.0)
        return max(0.0, min(delay, remaining))

    def record_failure(self) -> float:
        """Count one failure; return the delay before the next attempt."""
        count = self._load()[0] + 1
        now = self.clock().astimezone(UTC)
        body = {"count": count, "last_failure": now.isoformat()}
        try:
            write_private(self.path, json.dumps(body).encode("utf-8"))
        except OSError as exc:
            # A full disk must not turn a wrong passphrase into a crash: the attempt is
            # refused as usual, only not counted (each guess still costs the KDF).
            if not is_disk_full(exc):
                raise
        return delay_after(count)

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)
