"""Structured identifiers, times and dates in the forms people type them (issue 14, branch
scrubstruct), with the look-alikes that must stay.

The sentences are written for these tests (never taken from the held-out notes): a second
number given by its last digits, numbers with stray dots, commas, dashes or slashes, spelled
numbers broken by "/", "oh" read as the first digit, emails with AT/DOT glued on, a handle in
brackets after a platform word; clock times that end a range, "@ 2300", days of the month in
brackets or after "week commencing", weekday names typed without accents.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import Kind, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second number given by the digits that differ
        ("number 07700 900 314 or 341 she cant remember", "number [phone] or [phone] she cant remember"),
        ("rang off 07911 123 456 and 457, both withheld", "rang off [phone] and [phone], both withheld"),
        ("contact: +44 7700 900 731 / 732. Twitter", "contact: [phone]. Twitter"),
        ("phone 07700 900 145 or maybe 154, not sure", "phone [phone] or maybe [phone], not sure"),
        ("07700 900 123 or was it 124", "[phone] or was it [phone]"),
        ("07700 900 123 (or 132) he said", "[phone] (or [phone]) he said"),
        ("07700 900 123/4", "[phone]"),
        ("from 07700 900 414 maybe 441 cant read", "from [phone] maybe [phone] cant read"),
        ("o/7/7/0/0/9/0/0/5/5/2, or it might be '525' at", "[phone], or it might be '[phone]' at"),
        ("07700 900 606 or ...660, she isn't sure", "[phone] or ...[phone], she isn't sure"),
        ("tel 0/7/7/0/0/9/0/0/3/3/1 (written", "tel [phone] (written"),
        ("his numbr ends 4410 or 4401 i think", "his numbr ends [phone] or [phone] i think"),
        ("from +44 7700 900 808, also from 809 she think", "from [phone], also from [phone] she think"),
        # ... never a count, an hour, money or the whole of the next number
        ("rang 07700 900 123 and 20 mins later again", "rang [phone] and 20 mins later again"),
        ("07700 900 808, also 20 quid", "[phone], also 20 quid"),
        ("from 07700 900 123 or 12 times a day", "from [phone] or 12 times a day"),
        ("from 07700 900 123 and 11pm", "from [phone] and [night]"),
        ("0113 2 468 135 and 0113 2 468 136", "[phone] and [phone]"),
        # typed slips inside a number
        ("she got his number 07700..900876. told her", "she got his number [phone]. told her"),
        ("rang her from 07700 ,900 222 after", "rang her from [phone] after"),
        ("number 07723 – 456 789, said", "number [phone], said"),
        ("texts from 07700/900/612 again", "texts from [phone] again"),
        ("it was 07700 / 900 / 123", "it was [phone]"),
        # ... two whole numbers joined by a slash are both found (one entry: one placeholder), and a
        # date stays a date
        ("07700900123/07700900456", "[phone]"),
        ("on 20/11/2026 he came", "on [date] he came"),
        # a spelled number broken by slashes
        ("oh seven seven double oh / nine double oh / four five six", "[phone]"),
        ("zero seven seven zero zero / nine zero zero / two three four", "[phone]"),
        ("nine double oh / one two three", "nine double oh / one two three"),
        # "oh" read as the first digit of a number that does not start with 0
        ("phoned from oh 7 7 oh oh 9 oh oh 2 4 6 at", "phoned from [phone] at"),
        ("oh seven 7 double oh 900 one two 3", "[phone]"),
        ("oh 07700 900123", "oh [phone]"),
    ],
)
def test_numbers_in_typed_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("his email is redgolfguyATgmailDOTcom n he", "his email is [email] n he"),
        ("messages from big.steveAThotmailDOTcoDOTuk threatening", "messages from [email] threatening"),
        ("card with adam.kowalskiATwpDOTpl and", "card with [email] and"),
        ("emailed from s.walkerAtProtonmailDotCom.", "emailed from [email]."),
        ("email daveatgmaildotcom x", "email [email] x"),
        ("email gazza@hotmailDOTcom", "email [email]"),
        ("an address m.d[at]gmail[.]com. Nil", "an address [email]. Nil"),
        # half remembered
        (
            "his email on the booking: bigkev.leeds@ (she can't",
            "his email on the booking: [email] (she can't",
        ),
        ("the email he used was like daddy4u@... n", "the email he used was like [email]... n"),
        ("n his email starts daddy4. sorry", "n his email starts [email]. sorry"),
        ("his email starts with a k", "his email starts with a k"),
        ("meet me@ the arches", "meet me@ the arches"),
        # capitals in prose are not an address
        ("AT HOME DOT COM", "AT HOME DOT COM"),
        ("WHAT A DOTCOM BUST", "WHAT A DOTCOM BUST"),
    ],
)
def test_glued_at_dot_emails(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("n on snap (toplad.x). his", "n on snap ([handle]). his"),
        ("added her on insta (kev_b99)", "added her on insta ([handle])"),
        # a Discord tag, KakaoTalk and Zalo, "goes by X on", quoted after "he's"
        ("he's on discord as kev#4471 n", "he's on discord as [handle] n"),
        (
            "KakaoTalk id bigkim, and on Zalo as kimbig.vn",
            "KakaoTalk id [handle], and on Zalo as [handle]",
        ),
        ("a man who goes by gentleman.leeds on vivastreet", "a man who goes by [handle] on vivastreet"),
        ('on Grindr he\'s "TopLad". came', 'on Grindr he\'s "[handle]". came'),
        ("on snap he's scary", "on snap he's scary"),
        # a word in brackets after a platform is a remark, not a handle
        ("he rang on whatsapp (withheld) again", "he rang on whatsapp (withheld) again"),
    ],
)
def test_handle_in_brackets_after_a_platform(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare hour that ends a range begun with a clock time
        ("flagged us between 1am and 2. he'd", "flagged us between [night] and [night]. he'd"),
        ("from 11.30 till 1, then", "from [night], then"),
        ("from 9pm to 10 people", "from [evening] to 10 people"),
        # a range of bare hours with "about" before it
        ("back from about 11 till 1 most nights", "back from about [night] most nights"),
        # a 24-hour time after "@"
        ("@ 2300 on 30/11 approached", "@ [night] on [date] approached"),
        ("email me@2300 hm", "email me@2300 hm"),
        # the minutes parted by a space, dictated minutes with am/pm
        ("came round 2 30 am banging", "came round [night] banging"),
        ("he'd come two thirty am, he did", "he'd come [night], he did"),
        # a 24-hour time after a date, or ending a sentence
        ("22/11/26 0310. IP states", "[date] [night]. IP states"),
        ("threatened her at approx 0250. 1 x male", "threatened her at approx [night]. 1 x male"),
        ("from 0113 680 6960", "from [phone]"),
        # an hour and its part of the day with no word of time before it ...
        ("3 in the morning and she was still out", "[night] and she was still out"),
        ("he come 1 in the morning, every Friday", "he come [night], every Friday"),
        # ... unless it is a count or a dose
        ("one or two in the evening", "one or two in the evening"),
        ("take 2 in the morning and 2 at night", "take 2 in the morning and 2 at night"),
        ("he was outside mine 4 in the mornin again", "he was outside mine [night] again"),
        ("and before 3 in the am he go", "and before [night] he go"),
        # a bare hour after "gone", "at like", "nearly", "almost", "just after"
        ("sat in the car till gone 3. she", "sat in the car till gone [night]. she"),
        ("she got in at like 2, same car", "she got in at like [night], same car"),
        ("Nearly 5 when they left.", "Nearly [night] when they left."),
        ("he come almost 1 in night", "he come almost [night] in night"),
        ("he turned up just after 2.", "he turned up just after [night]."),
        # ... not an age or a count
        ("her son was nearly 3.", "her son was nearly 3."),
        # minutes past or to an hour said with am/pm
        ("it was around ten past 3am, he", "it was around [night], he"),
        ("he came back half past 4am with", "he came back [night] with"),
        ("from five to 3am", "from five to [night]"),
        ("around twenty to 4am", "around [night]"),
    ],
)
def test_times_in_typed_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday just gone (26th) and", "on [date] and"),
        ("on fri 20.11 at the arches", "on fri [date] at the arches"),
        ("w/c Mon 16.11 the van", "w/c Mon [date] the van"),
        ("wk commencing 16th she", "[date] she"),
        ("week beginning the 7th", "[date]"),
        ("over the weekend (21st-22nd). She", "over the weekend ([date]). She"),
        ("and last thurs, 19th, he followed", "and [date], he followed"),
        ("visited on the 20th of this month and", "visited on [date] and"),
        ("rent is due the 1st of the month", "rent is due the 1st of the month"),
        # weekday names typed without accents
        ("Was at 2 in the morning, sabado 28.", "Was at [night], [date]."),
        ("a venit marti 3, noaptea", "a venit [date], noaptea"),
        # English words an accent would have made foreign stay
        ("the car 12 years old", "the car 12 years old"),
        # a day in brackets is a date; a count in brackets is not
        ("she came twice (2 times)", "she came twice (2 times)"),
    ],
)
def test_dates_in_typed_forms(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'to get the registration next time - she remembers "S" and "K" and maybe a 68. She',
            "to get the registration next time - she remembers [plate]. She",
        ),
        ("plate? we only got 'Y', 'K' and a 19", "plate? we only got [plate]"),
        # quoted capitals with no plate word before them, or after "regular", are words
        ('he said "OK" and "NO" about the plate', 'he said "OK" and "NO" about the plate'),
        ('a regular said "NO" and "STOP" then 2', 'a regular said "NO" and "STOP" then 2'),
    ],
)
def test_a_plate_remembered_in_quoted_pieces(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_a_tail_is_a_phone_span() -> None:
    result = scrub("07700 900 314 or 341")
    assert [(s.start, s.end, s.kind) for s in result.spans] == [(0, 13, Kind.PHONE), (17, 20, Kind.PHONE)]
