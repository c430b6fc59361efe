"""Times and dates in more of the forms people write them (issue 14, branch scrubstruct2), with
the counts, sums, years and floors that must stay.

Written for these tests (never taken from the held-out notes): two days of the month together,
the end of a range after a month ("Nov 28-29"), a weekday and a dotted day and month, a bare
hour before a day, "half 11 pm", and a 24-hour time before a day or a part of the day.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import Kind, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she was there the 28th/29th.", "she was there [date]."),
        ("between the 28th and 29th he rang", "between [date] he rang"),
        ("over the weekend 28th-29th, she", "over the weekend [date], she"),
        ("it went on Nov 28-29 then stopped", "it went on [date] then stopped"),
        ("on Dec 3rd–4th", "on [date]"),
        ("saturday 28.11 outside the arches", "saturday [date] outside the arches"),
        ("Fri 04.12.26 late", "[date] late"),  # (with a year: the weekday goes too, as before)
        # ... two ordinals that count stay
        ("the 2nd and 3rd floor", "the 2nd and 3rd floor"),
        ("the 2nd & 3rd girls she saw", "the 2nd & 3rd girls she saw"),
        ("2nd/3rd hand phones", "2nd/3rd hand phones"),
        ("Nov 28 - 30 people came", "[date] - 30 people came"),
    ],
)
def test_dates_in_more_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he came back at 9 on friday", "he came back at [morning] on friday"),
        ("at 3 on the 20th", "at [night] on [date]"),
        ("half 11 pm he rang", "[night] he rang"),
        ("0300 on sunday she was found", "[night] on sunday she was found"),
        ("2330 last night she rang", "[night] last night she rang"),
        ("0140hrs Sat", "[night] Sat"),
        # ... a year, a sum or a place on a list stays
        ("in 2019 on Friday he came", "in 2019 on Friday he came"),
        ("since 2001 last night", "since 2001 last night"),
        ("paid 1500 on Friday", "paid 1500 on Friday"),
        ("2000 on Saturday was the fee", "2000 on Saturday was the fee"),
        ("he was at 2 on the list", "he was at 2 on the list"),
    ],
)
def test_times_in_more_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "rough"),
    [
        ("Time: approx 2am", "approx 2am"),
        ("at about 3am, where two men", "about 3am"),
        ("Sunday 29th, around 4am", "around 4am"),
        ("about 21:40 on 26/11", "about 21:40"),
        ("Time: approx. 01:10", "approx. 01:10"),
        ("at approximately 2215 hrs", "approximately 2215 hrs"),
    ],
)
def test_the_word_that_says_a_time_is_rough_is_in_its_span_and_stays_in_the_text(
    text: str, rough: str
) -> None:
    # (the notes' writers mark "about 3am" whole as the time; the word is no detail, so it stays)
    result = scrub(text)
    start = text.index(rough)
    assert [(s.start, s.end) for s in result.spans if s.kind is Kind.TIME] == [(start, start + len(rough))]
    word = rough.split()[0]
    assert f"{word} [" in result.text and rough not in result.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0115 she was robbed of her phone", "[night] she was robbed of her phone"),
        ("Quiet. 2230 Van parked up.", "Quiet. [night] Van parked up."),
        ("Went home 0230. No calls.", "Went home [night]. No calls."),
        ("Date/time: Mon 30 Nov, 0300", "Date/time: [date], [night]"),
        ("Out ten to twelve. Back 0250.", "Out [morning]. Back [night]."),
        # ... a year, a count or the start of a number stays
        ("2019 was a bad year. 2020 too.", "2019 was a bad year. 2020 too."),
        ("1200 leaflets given out", "1200 leaflets given out"),
        ("0800 number for the helpline", "0800 number for the helpline"),
    ],
)
def test_a_logs_24_hour_times(text: str, expected: str) -> None:
    assert scrub(text).text == expected
