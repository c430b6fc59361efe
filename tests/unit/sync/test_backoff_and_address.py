from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from outreach_app.sync.backoff import MAX_DELAY_S, Backoff, parse_retry_after
from outreach_app.sync.server_address import ServerAddressError, normalise_server_url


def test_backoff_grows_exponentially_within_full_jitter_and_caps(seed: int) -> None:
    backoff = Backoff(rng=random.Random(seed))
    for attempt in range(20):
        delay = backoff.next_delay()
        assert 0 <= delay <= min(MAX_DELAY_S, 2.0 * 2**attempt)
    assert backoff.failures == 20
    backoff.reset()
    assert backoff.failures == 0


def test_backoff_never_retries_sooner_than_retry_after(seed: int) -> None:
    backoff = Backoff(rng=random.Random(seed))
    assert backoff.next_delay(retry_after_s=30) >= 30
    assert backoff.next_delay(retry_after_s=10**9) == MAX_DELAY_S  # a hostile header cannot park us for ever


def test_retry_after_parses_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Sun, 29 Nov 2026 12:01:00 GMT", now) == 60
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://reports.example.org/", "https://reports.example.org"),
        ("https://reports.example.org:8443/api/", "https://reports.example.org:8443/api"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:9", "http://localhost:9"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_https_and_loopback_http_are_accepted(raw: str, expected: str) -> None:
    assert normalise_server_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "http://reports.example.org",
        "ftp://x",
        "",
        "https://user:pw@x.org",
        "https://x.org/?token=1",
        "x.org",
        "https://[::1",
        "https://x:abc",
        "https://x:99999",
        "https://x:0",
        "https://x y.org",
        "https://x.org/\x00",
    ],
)
def test_plain_http_to_the_network_and_odd_urls_are_refused(raw: str) -> None:
    with pytest.raises(ServerAddressError):
        normalise_server_url(raw)
