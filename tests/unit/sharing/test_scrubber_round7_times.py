"""Times and dates the seventh round looked at (issue 14, branch tune7s), with the look-alikes
that must stay: a clinic's "apt" (appointment) before a date, midnight with "before", a spelled
day of the month before its month without "of".

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import Kind, ScrubContext, scrub


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's word is a month's, not a word that starts as one
        ("Maybe 30 years old, tall", "Maybe 30 years old, tall"),
        ("Market 5 stalls were shut", "Market 5 stalls were shut"),
        ("Decent 12 packs handed out", "Decent 12 packs handed out"),
        # ... while months as spelled or slipped still go
        ("seen on Sept 20 and Febuary 3", "seen on [date] and [date]"),
        ("happened Novemeber 28th", "happened [date]"),
        ("on November 20, late", "on [date], late"),
    ],
)
def test_a_capitalised_word_is_a_month_only_when_it_ends_as_one(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize("name", ["Mary", "Julie", "Marcus", "Junior", "Janet"])
def test_a_name_that_starts_as_a_month_and_her_age_are_no_date(name: str) -> None:
    # ("Mary 30" was a date, "[date], blonde": her age gone with the name, as a date)
    text = f"{name} 30, blonde, asked for packs"
    result = scrub(text)
    assert [text[s.start : s.end] for s in result.spans if s.kind is Kind.DATE] == []
    assert scrub(text, ScrubContext.of([name])).text == "[name] 30, blonde, asked for packs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an app's export: the time glued on by a "T"
        ("ALERT raised 2026-12-04T23:47: at the hotel", "ALERT raised [date]: at the hotel"),
        ("log 2026-11-30T02:05:11Z check-in missed", "log [date] check-in missed"),
        # a ward's or a log's four digits
        ("Triage 0212. F, 31, bruising", "Triage [night]. F, 31, bruising"),
        ("No further info. Discharged 0745.", "No further info. Discharged [morning]."),
        ("seen 1200 people this year", "seen 1200 people this year"),
        # the hour in Hindi, Urdu or Punjabi, typed in Latin letters
        ("Time raat 11 baje. Hotel", "Time [night]. Hotel"),
        ("wo shaam 7 baje aya", "wo [evening] aya"),
        ("usne 9:30 vaje phone kita", "usne [morning] phone kita"),
        # a spelled day of the month from the tenth on, before a comma
        ("She thinks the twenty-ninth, maybe the thirtieth, late", "She thinks [date], maybe [date], late"),
        ("it was the eleventh, I think", "it was [date], I think"),
        ("for the twentieth time he rang", "for the twentieth time he rang"),
        ("the eleventh hour", "the eleventh hour"),
        ("lives on the tenth floor", "lives on the tenth floor"),
        ("her thirtieth birthday do", "her thirtieth birthday do"),
        # a bare hour after "at" before "from the ..." or a closing quote
        ("he take me at nine from the house", "he take me at [morning] from the house"),
        ("she said 'he bring me back at three'.", "she said 'he bring me back at [night]'."),
        ("at 3 different places", "at 3 different places"),
        # "neet", "nite" for night between a weekday and its day
        ("behind the shops Sat neet 28th. Plate", "behind the shops [date]. Plate"),
        ("fri nite 4th he came back", "[date] he came back"),
        # a diary's entries headed by their day
        ("Dec diary. 2nd: quiet. 3rd: timewaster x3.", "Dec diary. [date]: quiet. [date]: timewaster x3."),
        ("14th: he came back\n15th: quiet", "[date]: he came back\n[date]: quiet"),
        ("came 2nd: ok, ratio 2nd:3rd", "came 2nd: ok, ratio 2nd:3rd"),
    ],
)
def test_sixth_session_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the half hour after midnight in French, Spanish, Italian, Portuguese
        ("frappée vers minuit et demi au motel", "frappée vers [night] au motel"),
        ("hacia medianoche y media en el coche", "hacia [night] en el coche"),
        ("por volta da meia-noite e meia, ele", "por volta da [night], ele"),
        ("et demi de plus", "et demi de plus"),
        # "the back o' five": just after the hour, as Scots and Irish say it
        ("widnae let her leave till the back o' five. Number", "widnae let her leave till [night]. Number"),
        ("in the back of 2 cars", "in the back of 2 cars"),
        ("the back of the van was open", "the back of the van was open"),
    ],
)
def test_half_past_midnight_and_the_back_of_an_hour(text: str, expected: str) -> None:
    assert scrub(text).text == expected
