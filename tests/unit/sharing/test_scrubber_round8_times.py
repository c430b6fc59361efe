"""Times and dates the eighth round looked at (issue 14, branch tune8s), with the look-alikes
that must stay.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose end has minutes keeps them: no ".30pm" left behind a range cut at "10"
        # (one span, read by its end's "pm": not its first hour alone, read as the morning)
        ("between 10 and 10.30pm she was there", "between [night] she was there"),
        ("seen between 9 and 9.45pm", "seen between [evening]"),
        # ... or ends on the half hour
        ("between 10 and half 10 pm, outside", "between [night], outside"),
        ("from 10 till half 11.", "from [morning]."),
        # ... while counts stay
        ("between 2 and 3 times a week", "between 2 and 3 times a week"),
        ("from 10 to 12 people came", "from 10 to 12 people came"),
    ],
)
def test_a_range_of_hours_goes_whole(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare hour after "by"/"before" that says when to ring, or when she is due to ring
        ("ring her tomorrow before 11.", "ring her tomorrow before [morning]."),
        ("if she's not on here by 2 call the desk", "if she's not on here by [night] call the desk"),
        ("check in today by 4 or we ring", "check in today by [night] or we ring"),
        # midnight with "by": a moment, as "before midnight" is
        ("she said she'd be home by midnight.", "she said she'd be home by [night]."),
        # ... but not a count, nor a bare "home by 11." (as often the team's end of shift)
        ("contacts up by 2 this week", "contacts up by 2 this week"),
        ("numbers down by 3.", "numbers down by 3."),
        ("Home by 11. Quiet.", "Home by 11. Quiet."),
        ("at midnight the van left", "at midnight the van left"),
    ],
)
def test_a_bare_hour_by_which_to_ring(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday last past goes with a date that names its month, as with a bare ordinal
        ("it was Tuesday gone, the 1st December, late", "it was [date], late"),
        ("robbed Saturday just gone 28 November", "robbed [date]"),
        # ... a weekday alone still stays
        ("robbed Saturday gone, no plate", "robbed Saturday gone, no plate"),
    ],
)
def test_the_weekday_gone_goes_with_its_date(text: str, expected: str) -> None:
    assert scrub(text).text == expected
