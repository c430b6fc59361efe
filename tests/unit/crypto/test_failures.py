"""Failed-unlock counter: free attempts, then a doubling delay capped at 60 s that survives restarts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_app.crypto.failures import FailureCounter, delay_after
from tests.fake_clock import FakeClock


def test_delay_schedule() -> None:
    assert [delay_after(n) for n in range(12)] == [0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert delay_after(10**9) == 60


def test_delay_grows_and_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "unlock-failures.json"
    counter = FailureCounter(path, clock)
    for _ in range(2):
        assert counter.record_failure() == 0
        assert counter.retry_after() == 0
    assert counter.record_failure() == 1
    # A fresh object on the same file: what an app restart sees.
    restarted = FailureCounter(path, clock)
    assert restarted.count == 3
    assert restarted.retry_after() == 1
    clock.advance(0.5)
    assert restarted.retry_after() == pytest.approx(0.5)
    clock.advance(0.5)
    assert restarted.retry_after() == 0
    assert restarted.record_failure() == 2
    assert FailureCounter(path, clock).retry_after() == 2
    clock.advance(2)
    assert restarted.record_failure() == 4


def test_counter_file_holds_only_a_count_and_a_time(tmp_path: Path) -> None:
    path = tmp_path / "unlock-failures.json"
    FailureCounter(path, FakeClock()).record_failure()
    assert set(json.loads(path.read_text())) == {"count", "last_failure"}


def test_success_resets(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "f.json"
    counter = FailureCounter(path, clock)
    for _ in range(5):
        counter.record_failure()
    counter.reset()
    assert not path.exists()
    assert counter.retry_after() == 0 and counter.count == 0


def test_clock_set_backwards_never_extends_the_delay(tmp_path: Path) -> None:
    clock = FakeClock()
    counter = FailureCounter(tmp_path / "f.json", clock)
    for _ in range(4):
        counter.record_failure()
    clock.advance(-3600)
    assert counter.retry_after() == 2


def test_damaged_counter_does_not_give_free_guesses(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text("{not json")
    counter = FailureCounter(path, FakeClock())
    assert counter.count == 3
    assert counter.retry_after() == 0  # never a permanent lock-out
    assert counter.record_failure() == 2  # but the next failure is delayed at once
