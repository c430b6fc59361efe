"""An age and "street" as a kind of work is not an address (issue 14, round 3).

Probe sentences written for this rule: "Woman, 38, street-based" names her age and her work;
a house number with a street stays an address even when such a word follows it.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import ScrubContext, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Female, 38, street-based, on a script.", None),
        ("Client, 52, long-standing street work, no GP.", None),
        ("Woman, 29, street homeless since the summer.", None),
        # ... a house number and a street stay an address, whatever follows
        ("lives at 3 station road homeless since june", "lives at [address] homeless since june"),
        ("staying at 14 Brook Street, work is slow", "staying at [address], work is slow"),
    ],
)
def test_age_then_street_work_is_not_an_address(text: str, expected: str | None) -> None:
    assert scrub(text, ScrubContext.of([])).text == (text if expected is None else expected)
