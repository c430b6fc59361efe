"""Times and dates the sixth round left readable (issue 14, branch tune6t), with the look-alikes
that must stay.

Every sentence here is written for these tests from how such notes are typed (a 24-hour range
before a colon, "the" as texted or in patois before a day, a day's ordinal said right before
its hour), never copied from a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 24-hour range whose end is followed by a colon, a comma or a stop
        ("line between 2200 and 0200: 3 calls, all info.", "line between [night]: 3 calls, all info."),
        ("on shift between 2300 and 0300, quiet", "on shift between [night], quiet"),
        ("van out from 2100-0100.", "van out from [evening]."),
        # "the" as texted or in patois before a day's ordinal
        ("he hit her on da 29th.", "he hit her on [date]."),
        ("c u on tha 5th x", "c u on [date] x"),
        ("c u on d 3rd", "c u on [date]"),
        ("he come back de 5th at night", "he come back [date] at night"),
        ("him slap mi Friday gone, di 12th. Tall", "him slap mi [date]. Tall"),
        ("Thursday just gone 26th he came back", "[date] he came back"),
        # a day's ordinal right before its hour
        ("she says 5th, 10pm, outside", "she says [date], [night], outside"),
        ("it was 14th at 23:40 he came", "it was [date] at [night] he came"),
        ("came 3rd at quarter past 11", "came [date] at [morning]"),
    ],
)
def test_ranges_texted_days_and_a_day_before_its_hour_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal that places or counts, with no hour after it
        "finished 5th in the race",
        "da 3rd girl to say so",
        "on da 2nd floor",
        "on d 10th floor",
        "she came 2nd, 3 girls behind",
        "5th, 6th and 7th floors",
        # a weekday alone stays (by design)
        "Sunday gone she was fine",
    ],
)
def test_places_counts_and_weekdays_alone_stay(text: str) -> None:
    assert scrub(text).text == text
