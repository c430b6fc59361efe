"""Identifiers the eighth round looked at (issue 14, branch tune8s), with the look-alikes that
must stay.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a UK number read out in groups, words and digits mixed, with commas for the pauses
        ("her new one is 07 four 6 nine, 2 2 1, 8 0 3.", "her new one is [phone]."),
        ("call 07 7 double 0, 9 0 0, 1 2 3 now", "call [phone] now"),
        # ... but a number cut short, then a count, is two things; and counting is no number
        ("07700 900, 12 girls out", "[phone], 12 girls out"),
        ("0113 496 0123, 2 girls", "[phone], 2 girls"),
        ("one, two, three, four", "one, two, three, four"),
    ],
)
def test_a_number_read_out_in_mixed_groups(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the inward code's letters typed apart from its digit
        ("she moved, postcode bd7 2 hq.", "she moved, postcode [postcode]."),
        ("new flat LS11 5 TR", "new flat [postcode]"),
        # ... not a short word after a postcode cut short
        ("she's in ls8 4 at the back", "she's in [postcode] at the back"),
        ("bd3 9 he said", "[postcode] he said"),
        # said aloud after "postcode", with a pause and the phonetic alphabet
        ("postcode is S eleven, four Tango Romeo, ring first", "postcode is [postcode], ring first"),
        ("post code L four, two Bravo Sierra", "post code [postcode]"),
    ],
)
def test_a_postcode_typed_or_said_in_parts(text: str, expected: str) -> None:
    assert scrub(text).text == expected
