"""Times and dates the ninth round looked at (issue 14, branch tune9s).

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch of time written with a dash is one span, read by its start
        ("Van on Mill St 20.30-23.00, quiet.", "Van on [address] [evening], quiet."),
        ("out 9pm–2am again", "out [evening] again"),
        ("parked 22:00 - 01:00", "parked [night]"),
        # ... a dash between two sentences' times is no stretch
        ("left at 10pm, - at 11pm came back", "left at [night], - at [night] came back"),
    ],
)
def test_a_stretch_of_time_is_one_span(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday of another language, a day and a month with the dot Czech and Slovak put after it
        ("stalo se to v pátek 4.12. večer", "stalo se to v [date] večer"),
        ("he came on sobota 21.11. again", "he came on [date] again"),
        # ... a count with a dot after it stays
        ("see section 4.1. of the policy", "see section 4.1. of the policy"),
    ],
)
def test_a_dotted_day_and_month_after_a_foreign_weekday(text: str, expected: str) -> None:
    assert scrub(text).text == expected
