"""Places and false alarms of the fifth tuning round (issue 14): probe sentences written for these
tests, never taken from a labelled note. Towns and districts where a note says where someone is
from stay; the places that pin someone down go."""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.place_lexicon import is_district
from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize("town", ["Ipswich", "Stockwell", "Peckham", "Toxteth", "Mansfield", "Leith"])
def test_more_towns_and_districts_are_listed(town: str) -> None:
    assert is_district(town)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after "from", a district in brackets after her name, a district closing a list
        ("Caller Amy from Ipswich, says she is fine.", "Caller [name] from Ipswich, says she is fine."),
        ("New girl from Mansfield, didn't say much.", "New girl from Mansfield, didn't say much."),
        ("Client Kelly (Peckham) came to the drop-in.", "Client [name] (Peckham) came to the drop-in."),
        ("(a flat on Park Road, Clifton) and is fine", "([place], Clifton) and is fine"),
        # a police station named by its district is a service, not a venue
        ("Took her to the Splott police station.", "Took her to the Splott police station."),
    ],
)
def test_towns_where_someone_is_from_stay(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name in brackets is her alias, not a district ("Chelsea" is both)
        ("Client Joanne (Chelsea) came in.", "Client [name] ([name]) came in."),
        # a list of people: the last one is a person, not a district closing a street
        ("Spoke to Kelly, Clifton and Jade tonight.", "Spoke to [name], [name] and [name] tonight."),
        # a street named for its district is a street
        ("Saw her on Stratford Road again.", "Saw her on [address] again."),
    ],
)
def test_aliases_lists_and_streets_named_for_a_district_still_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected
