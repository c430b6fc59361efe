"""Times and dates the seventh round looked at (issue 14, branch tune7s), with the look-alikes
that must stay: a clinic's "apt" (appointment) before a date, midnight with "before", a spelled
day of the month before its month without "of".

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "apt" is an appointment before a date written with dots: the date goes whole
        ("Smear test due. Next apt 03.02.27.", "Smear test due. Next apt [date]."),
        ("review booked, apt 14.12.26 with the nurse", "review booked, apt [date] with the nurse"),
        # ... and a flat's number before a street or a block is still an address
        ("She moved to apt 5, Quarry Court", "She moved to [address]"),
        ("incall at Apt 14, 3 Wellington Place", "incall at [address]"),
        ("back to flat 4/2, 12 Oak St", "back to [address]"),
        # midnight with "before": a moment, as "just before midnight" was
        ("he left before midnight without paying", "he left before [night] without paying"),
        ("she was back before midnight, fine", "she was back before [night], fine"),
        # ... "at midnight" and "after midnight" alone still stay (a part of the day, the small hours)
        ("van back at base at midnight", "van back at base at midnight"),
        ("quiet till after midnight", "quiet till after midnight"),
        # a spelled day of the month before its month, "of" left out
        ("it happened on twentieth November", "it happened on [date]"),
        ("attacked Monday the twenty-third November", "attacked [date]"),
        ("court on the first December", "court on [date]"),
        # ... but not before "may" or "march", words besides months
        ("the second march this month went past", "the second march this month went past"),
        ("it was the third may I ask", "it was the third may I ask"),
        ("for the first time in ages", "for the first time in ages"),
    ],
)
def test_appointments_midnight_and_spelled_days(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of years is no 24-hour range ("2019-2022" would be 20:19 to 20:22) nor a number
        ("she was with him 2019-2022, then left", "she was with him 2019-2022, then left"),
        ("from 2015 to 2020 she worked in Leeds", "from 2015 to 2020 she worked in Leeds"),
        ("between 2016 and 2021 he kept her passport", "between 2016 and 2021 he kept her passport"),
        # ... while a shift's 24-hour range still goes, on the quarter hours too
        ("van 2300-0100 quiet", "van [night] quiet"),
        ("line between 2200 and 0200: 4 calls", "line between [night]: 4 calls"),
        ("van out 2000-2030 only", "van out [evening] only"),
        ("from 2015-2030 on the beat", "from [evening] on the beat"),
    ],
)
def test_a_range_of_years_is_no_time(text: str, expected: str) -> None:
    assert scrub(text).text == expected
