"""A named place widened to the spot the note names with it (scrubbing.place_extents)."""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spot placed by the named place next to it is one place with it
        ("in the car park behind the Regent pub on Kirkstall Rd. Man", "in [place]. Man"),
        ("happened in the alley behind Yates's on Briggate.", "happened in [place]."),
        ("staying in the caravan behind the Fox and Hounds with a man", "staying in [place] with a man"),
        ("found in the bus shelter opposite the Kwik Fit on Tong St, she", "found in [place], she"),
        ("sleeping in the garages behind 14-16 Pearson Park.", "sleeping in [place]."),
        (
            "dropped at the car park of the Holbeck Working Men's Club. Not hurt",
            "dropped at [place]. Not hurt",
        ),
        (
            "new place is the blue door next to the launderette on Greenwood av. come",
            "new place is [place]. come",
        ),
        # the article and a word of which one, and the car park after it
        ("near the old Kwik Save car park on Tib Street and", "near [place] on [address] and"),
        ("She ran to the 24hr Tesco on Hessle Rd. No", "She ran to [place]. No"),
        ("sami sez she at da ibis 12 midnite", "sami sez she at [place] [night]"),
        ("outside di Dragon Inn a two", "outside [place] a two"),
        ("the attack at Kirkstall Valley Retail Park car park on 24/11", "the attack at [place] on [date]"),
    ],
)
def test_a_spot_named_by_a_named_place_goes_with_it(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # no named place after the spot: nothing to widen
        "in the car park behind the shop",
        "he pulled up in the car park by the flats behind the station",
        "she works behind the bar at a pub",
        "sleeping in the doorway next to the chemist",
    ],
)
def test_a_spot_by_an_unnamed_place_stays(text: str) -> None:
    assert scrub(text).text == text
