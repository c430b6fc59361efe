"""tests/regex_strings.py: the strings drawn are the pattern's language, ends included."""

from __future__ import annotations

import re

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from tests.regex_strings import matching

# Every pattern the tests draw with `matching` (and their shapes: sets, ranges, optional
# groups, alternations, bounded and unbounded repeats, non-ASCII characters).
PATTERNS = [
    r"[0-9] ?[0-9] ?[0-9] ?[0-9][0-9 ]{0,12}",
    r"\+447700900[0-9]{3}",
    r"[A-Za-z0-9_+]{1,10}(\.[a-z0-9]{1,5})?@[a-z]{1,8}\.(com|org|co\.uk)",
    r"@?[a-z0-9_.]{1,20}",
    r"[A-Za-z0-9 ]{0,10}",
    r"[a-z0-9][a-z0-9_-]{0,20}",
    r"\+447700 ?900[0-9]{3}",
    r"07700 ?900 ?[0-9]{3}",
    r"[0-9]{4,8}",
    r"\+1 ?[2-9][0-9]{2} ?[2-9][0-9]{6}",
    r" ?@?[A-Za-z0-9_.ÄÖßçé]{1,20} ?",
    r"[A-Za-z]{2}[0-9]{2} ?[A-Za-z]{0,3}",
    r" ?[A-Za-z0-9_+]{1,12}(\.[A-Za-z0-9]{1,5})?@[A-Za-z]{1,8}\.(com|ORG|co\.uk) ?",
    r"[A-Za-z0-9._~-]{1,40}",
    r"[A-Z0-9]{4}(-[A-Z0-9]{4}){4,7}",
    r"[A-Za-z0-9_-]{22,64}",
    r"[a-z][a-z0-9_]{0,20}",
    r"\+?[0-9]{4,16}",
    r"0[1-9][0-9]{3,8}",
    r"(ab|c)+x*",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_every_string_drawn_fully_matches_its_pattern(pattern: str, data: st.DataObject) -> None:
    assert re.fullmatch(pattern, data.draw(matching(pattern))) is not None


# Searches stop at the first string found; derandomized, so the same draws every run: a run
# that happens to miss an end cannot make these flaky.
SEARCH = settings(max_examples=300, database=None, derandomize=True)


@pytest.mark.parametrize(
    ("pattern", "shortest", "longest"),
    [(r"[0-9]{4,8}", 4, 8), (r"\+?[0-9]{4,16}", 4, 17), (r"[A-Za-z0-9 ]{0,10}", 0, 10), (r"(ab)?c", 1, 3)],
)
def test_the_lengths_reach_both_ends_of_the_repeat(pattern: str, shortest: int, longest: int) -> None:
    for length in (shortest, longest):
        assert len(find(matching(pattern), lambda text, n=length: len(text) == n, settings=SEARCH)) == length


def test_every_character_of_a_set_and_every_branch_is_drawn() -> None:
    strings = matching(r"[a-c0-2ß](x|yy)")
    for first in "abc012ß":
        assert find(strings, lambda text, c=first: text[0] == c, settings=SEARCH)[0] == first
    for rest in ("x", "yy"):
        assert find(strings, lambda text, r=rest: text[1:] == r, settings=SEARCH)[1:] == rest


@pytest.mark.parametrize(
    "pattern", [r"\d{4}", r"[^a]", r"^ab$", r"(?i)ab", r"a(?=b)", r"\w+", r"(a)\1", r"a.b", r"[\s]"]
)
def test_what_it_does_not_know_is_refused_not_guessed(pattern: str) -> None:
    with pytest.raises(ValueError, match="unsupported"):
        matching(pattern)


def test_a_bad_pattern_fails_as_re_does() -> None:
    with pytest.raises(re.error):
        matching(r"[a-")


def test_neighbouring_choices_are_drawn_in_every_combination() -> None:
    # " ?900 ?" is one choice of four strings once combined (tests/regex_strings.py): each of
    # them must still be drawn, as when each blank was its own choice.
    strings = matching(r"07700 ?900 ?")
    for whole in ("07700900", "07700900 ", "07700 900", "07700 900 "):
        assert find(strings, lambda text, w=whole: text == w, settings=SEARCH) == whole
