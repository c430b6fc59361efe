"""Precision of the places passes on forms that are not addresses (issue 14, round 3).

Probe sentences written for these rules: "Woman, 38, street-based" names her age and her work,
"in a Novotel" any one of a chain;
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a" before a chain's bare name: any one of them, nothing that pins her down
        ("it happened in a Novotel years ago", None),
        ("he wanted to book an Ibis, she said no", None),
        # ... "the" chain, a chain with its street or its landmark: a place
        ("she was at the Novotel last night", "she was at [place] last night"),
        ("booked a Premier Inn on Wakefield Road", "booked a [place]"),
        ("in a Travelodge near the station", "in a [place]"),
    ],
)
def test_any_one_of_a_chain_is_not_a_place(text: str, expected: str | None) -> None:
    assert scrub(text, ScrubContext.of([])).text == (text if expected is None else expected)
