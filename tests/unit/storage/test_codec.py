"""Column encodings: UTC text that sorts as time, and sort keys that fit SQLite's int64."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.storage.codec import SEQ_SLOTS, from_db_time, local_date, seq_base, to_db_time

INT64_MAX = 2**63 - 1
aware = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC))


def test_times_are_utc_text_and_naive_times_are_refused() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert to_db_time(datetime(2026, 1, 1, 1, 0, tzinfo=plus_two)) == "2025-12-31T23:00:00.000000Z"
    assert to_db_time(datetime(5, 1, 1, tzinfo=UTC)) == "0005-01-01T00:00:00.000000Z"
    with pytest.raises(ValueError, match="time zone"):
        to_db_time(datetime(2026, 1, 1))  # naive: refused


def test_local_date_is_the_shift_day() -> None:
    assert local_date(datetime(2026, 7, 1, 23, 30, tzinfo=UTC), "Europe/London") == "2026-07-01"  # 00:30 BST
    assert local_date(datetime(2026, 7, 2, 4, 59, tzinfo=UTC), "Europe/London") == "2026-07-01"  # 05:59 BST
    assert local_date(datetime(2026, 7, 2, 5, 0, tzinfo=UTC), "Europe/London") == "2026-07-02"  # 06:00 BST


@settings(max_examples=200, deadline=None)
@given(aware, aware)
def test_text_and_sort_keys_order_like_the_times(a: datetime, b: datetime) -> None:
    assert from_db_time(to_db_time(a)) == a
    if a < b:
        assert to_db_time(a) < to_db_time(b)
        assert seq_base(a) <= seq_base(b)
    assert abs(seq_base(a)) + SEQ_SLOTS < INT64_MAX
