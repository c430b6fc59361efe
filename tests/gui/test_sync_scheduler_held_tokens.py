"""Locking the vault stops the scheduler, and the device tokens held in memory between passes
(`sync/held_tokens.py`) go with it: nothing signed in outlives the unlocked session."""

from __future__ import annotations

import time
from typing import Any

from outreach_app.services.sync_scheduler import SyncScheduler
from outreach_app.services.tasks import TaskManager
from outreach_app.sync.held_tokens import PROCESS_TOKENS


def test_stopping_the_scheduler_on_lock_forgets_the_tokens_held_between_passes(qtbot: Any) -> None:
    key = ("https://sync.example.org", "0b6f7d0e-5f7a-4c57-9d43-3c0f2f2d6a11", "public-key")
    PROCESS_TOKENS.hold(key, "token", time.monotonic() + 3600, time.monotonic)
    manager = TaskManager()
    try:
        scheduler = SyncScheduler(manager, tick_ms=3_600_000)
        assert PROCESS_TOKENS.take(key, time.monotonic) is not None
        scheduler.stop()
        assert PROCESS_TOKENS.take(key, time.monotonic) is None
    finally:
        PROCESS_TOKENS.drop(key)
        manager.shutdown()
