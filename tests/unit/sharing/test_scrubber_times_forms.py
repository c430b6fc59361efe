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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare hour with a text's sign-off, what it is for, or "by" a time to hear back
        ("cu at the van at 10 xx", "cu at the van at [morning] xx"),
        ("come after 11 pls", "come after [morning] pls"),
        ("ring her at nine to check", "ring her at [morning] to check"),
        ("if u dont hear by 3 call the desk", "if u dont hear by [night] call the desk"),
        ("got home bout 4 🙏 thanks", "got home bout [night] 🙏 thanks"),
        # midnight or noon with a word that puts a moment on it, in English and other languages
        ("approached her at about midnight", "approached her at about [night]"),
        ("around meia-noite he left", "around [night] he left"),
        # forms of other languages, or said in English as they are said there
        ("he follow me at 3 of the morning", "he follow me at [night]"),
        ("come at 2 o'clock afternoon", "come at [afternoon]"),
        ("ora 2 noaptea", "[night]"),
        ("I come at 12 și jumătate", "I come at [afternoon]"),
        ("à 7h du matin.", "à [morning]."),
        # ... while these stay
        ("Coffee ran out by 1.", "Coffee ran out by 1."),
        ("van back at base at midnight", "van back at base at midnight"),
        ("nobody out till after midnight", "nobody out till after midnight"),
        ("2 of the night shift girls", "2 of the night shift girls"),
        ("at 2 x 2", "at 2 x 2"),
    ],
)
def test_bare_hours_and_times_of_other_languages(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 28.XI night", "on [date] night"),
        ("28/XI", "[date]"),
        ("28 XI 2026", "[date]"),
        ("she go home ngày 5 tháng 12, please", "she go home [date], please"),
        ("the form says 11/20, month first", "the form says [date], month first"),
        ("He come sobota 12.12 with friend", "He come [date] with friend"),
        ("on dia 14/11 around", "on [date] around"),
        ("on le 20 novembre", "on [date]"),
        ("She met him on el 2 de diciembre", "She met him on [date]"),
        # ... while these stay
        ("he is 5 X bigger", "he is 5 X bigger"),
        ("page 12/13", "page 12/13"),
        ("scored 11/20 on the test", "scored 11/20 on the test"),
        ("u know who u are. 10/10", "u know who u are. 10/10"),
        ("on 10/10 he came", "on [date] he came"),
    ],
)
def test_dates_of_other_countries_and_languages(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("I'll do 9 till 1. Thanks", "I'll do [evening]. Thanks", "9 till 1"),
        ("Van at the top of the road from 10. Then", "Van at the top of the road from [morning]. Then", "10"),
        ("1:05 a.m. she ran over", "[night]. she ran over", "1:05 a.m."),
        ("she rang at 3 p.m.", "she rang at [afternoon].", "3 p.m."),
    ],
)
def test_a_range_joined_by_till_an_hour_ending_a_sentence_after_from_and_the_dot_of_am(
    text: str, expected: str, span: str
) -> None:
    result = scrub(text)
    assert result.text == expected
    assert [text[s.start : s.end] for s in result.spans if s.kind is Kind.TIME] == [span]


@pytest.mark.parametrize(
    "text",
    ["it went from 5 to 6 people", "aged from 10.", "prices went from 10, then 20", "I have 3 till 5 left"],
)
def test_counts_after_from_or_joined_by_till_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she means the 5th. Saturday", "she means [date]. Saturday"),
        ("she keeps saying 'the 5th' but", "she keeps saying '[date]' but"),
        ("Man come Tuesday 8 to Orchid Spa", "Man come [date] to [place]"),
        # ... a count stays
        ("the 5th time he came", "the 5th time he came"),
        ("the 3rd girl she saw", "the 3rd girl she saw"),
        ("Sat 2 girls out", "Sat 2 girls out"),
    ],
)
def test_a_day_of_the_month_alone_or_after_a_weekday(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2nite @ 11", "2nite @ [morning]"),
        ("see u @ 10.", "see u @ [morning]."),
        ("lúc 11 giờ tối", "[night]"),
        ("3 giờ sáng", "[night]"),
        ("วันที่ 3 ธันวาคม", "[date]"),
        ("dia 28 ele voltou", "[date] ele voltou"),
        # ... while these stay
        ("@ 3 different places", "@ 3 different places"),
        ("dia de trabalho", "dia de trabalho"),
    ],
)
def test_texted_at_sign_and_vietnamese_thai_and_portuguese_times_and_dates(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_a_thai_clock_time_takes_its_mark_along() -> None:
    # (the word before it is the names pass's to judge)
    text = "เวลา 23.00 น. แล้ว"
    times = [text[s.start : s.end] for s in scrub(text).spans if s.kind is Kind.TIME]
    assert times == ["23.00 น."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When: thurs 3rd 1130ish", "When: [date] [morning]"),
        ("When 1/12 around 2\nWhere car park", "When [date] around [night]\nWhere car park"),
        ("la amenazó a las 2 y media en calle", "la amenazó [night] en calle"),
        ("in the van at hauf eleven. Baldy", "in the van at [morning]. Baldy"),
        ("contact her between 10 and 12 only.", "contact her between [morning] only."),
        # (the day named both ways is one date)
        ("arrested yesterday the 6th - she", "arrested [date] - she"),
        ("tomorrow, the 8th, she comes", "[date], she comes"),
        ("yesterday the girls came", "yesterday the girls came"),
    ],
)
def test_times_on_a_form_line_in_dialect_and_spanish_halves(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("police came at 3 looking for a woman", "police came at [night] looking for a woman"),
        ("Left at 7 for the bus.", "Left at [morning] for the bus."),
        ("we saw her at 3 different places", "we saw her at 3 different places"),
        ("she left home at 11 years old", "she left home at 11 years old"),
    ],
)
def test_a_bare_hour_before_what_was_done_then(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ten times from 11 till gone 1. Didn't stop", "ten times from [night]. Didn't stop"),
        ("from 2 till gone 3 people", "from 2 till gone 3 people"),
    ],
)
def test_a_range_that_ends_gone_an_hour(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 3, scrubstruct3) a clinic's shorthand for a duration stays: days, weeks, months
        ("abdo pain for 3/7, no fever", "abdo pain for 3/7, no fever"),
        ("discharge x2/7, swab taken", "discharge x2/7, swab taken"),
        ("cough 4/7 hx, chest clear", "cough 4/7 hx, chest clear"),
        ("seen 2/7 ago at the van", "seen 2/7 ago at the van"),
        ("low mood over the past 3/12", "low mood over the past 3/12"),
        ("TCI 2/52 for results", "TCI 2/52 for results"),
        # ... the same numbers with a word that makes them a day of the month go
        ("seen on 4/7 at the van", "seen on [date] at the van"),
        ("F/U 14/12 at the clinic", "F/U [date] at the clinic"),
        ("since 3/12 she has not been out", "since [date] she has not been out"),
    ],
)
def test_clinical_shorthand_for_days_weeks_months_is_not_a_date(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 3, scrubstruct3) a score out of five or ten after what is scored, or before stars
        ("pain 7/10, mood 3/10", "pain 7/10, mood 3/10"),
        ("her pain in the left arm is 8/10", "her pain in the left arm is 8/10"),
        ("anxiety about 9/10 since the attack", "anxiety about 9/10 since the attack"),
        ("rated him 1/5 on the forum", "rated him 1/5 on the forum"),
        ("2/5 stars, would not go back", "2/5 stars, would not go back"),
        # ... the same numbers as a day and a month go
        ("pain started on 7/10 after the attack", "pain started on [date] after the attack"),
        ("seen 7/10 and 3/5 at the van", "seen [date] and [date] at the van"),
    ],
)
def test_a_score_out_of_five_or_ten_is_not_a_date(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 3, scrubstruct3) a range of bare hours takes the part of the day said after it
        ("between 1 and 2 in the morning", "between [night]"),
        ("between 10 and 12 at night, then left", "between [night], then left"),
        # ... a count stays
        ("between 2 and 3 times in the morning", "between 2 and 3 times in the morning"),
        ("from 10 to 12 people", "from 10 to 12 people"),
    ],
)
def test_a_range_of_hours_takes_its_part_of_the_day(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 3, scrubstruct3) a bare hour after "from" where a clause ends at a comma
        ("we're at the bar from 10, come by", "we're at the bar from [morning], come by"),
        ("on the beat from 9, then home", "on the beat from [morning], then home"),
        # ... not a list or a count
        ("pick one from 1, 2 or 3", "pick one from 1, 2 or 3"),
        ("3 out of 5 from 10, and more", "3 out of 5 from 10, and more"),
    ],
)
def test_a_bare_hour_after_from_before_a_comma(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 3, scrubstruct3) when to ring back, after "callback" as after "call"
        ("a callback re housing, said after 8\n", "a callback re housing, said after [morning]\n"),
        ("wants a callback after 6 tonight", "wants a callback after [evening]"),
        # ... a wait stays
        ("callback after 3 weeks", "callback after 3 weeks"),
    ],
)
def test_when_to_ring_back_after_callback(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 3, scrubstruct3) working hours joined by "to" after a word of work or opening
        ("in the nail shop every day 8 to 8. No phone", "in the nail shop every day [morning]. No phone"),
        # ... counts after them stay
        ("works 2 to 3 days a week", "works 2 to 3 days a week"),
        ("she works 3-4 nights", "she works 3-4 nights"),
        ("working 10-12 hours a day", "working 10-12 hours a day"),
    ],
)
def test_working_hours_after_a_word_of_work(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_opening_hours_go_as_one_time() -> None:
    # (which part of the day stands for "10 to 6" is the placeholder's business: "ten to six"
    # reads as 5:50; the hours must go either way)
    result = scrub("open 10 to 6, closed Sun")
    assert [(s.start, s.end, s.kind) for s in result.spans] == [(5, 12, Kind.TIME)]
