"""Places as the second places round of the ninth session found them (issue 14, branch tune9p2):
dates and times next to an address, flat numbers written with a dot, and the public buildings,
rooms and ordinary words next to places that stay.

Every sentence here is written for these tests, never copied from a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after a month is the date's, never a house number: the date and the street both go
        ("Seen on 22 March 2027, Minshull Street", "Seen on [date], [address]"),
        ("Saw her 3 Jan 2026 Kelso Road, alone", "Saw her [date] [address], alone"),
        # ... while a number that is no year after a month is still a house's
        ("moved in May, 14 Kelso Road", "moved in May, [address]"),
        # a flat's floor and door written with a dot go whole, no ".1" left behind
        ("She lives in Flat 2.1 now", "She lives in [address] now"),
        ("apartment 4.12, 9 Lime Grove", "[address]"),
        ("flat 3.04 on the top floor", "[address] on the top floor"),
        # a clock's hour after "<minutes> to" or "past", then a comma, is the time's, not a house's
        # number: the time and the street both go (the lead's, after tune9s2 found "5 to [address]")
        ("left at 5 to 12, Water Lane, with him", "left at [morning], [address], with him"),
        ("ten past 11, 14 Oak Road", "[morning], [address]"),
        # ... while "to 12" with no clock before it, or no comma after it, is still where she went
        ("she got to 12, Water Lane by then", "she got to [address] by then"),
        ("walked 5 to 12 Water Lane", "walked 5 to [address]"),
    ],
)
def test_dates_and_dotted_flats(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a court known by its street is a public building, not where anyone lives
        "Hearing listed at Bridge Street Crown Court on the day.",
        "She has to go to Gold Road Magistrates Court.",
        "Hearing on Monday, Bradford Combined Court.",
        # a service or a season named with "the", not a venue
        "Talk at the SU on Thursday.",
        "leaflets left over from the Xmas party",
    ],
)
def test_public_buildings_and_services_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room's dotted number that is a time stays a time, not a flat
        ("back in her room 10.30 and asleep", "back in her room [morning] and asleep"),
    ],
)
def test_times_after_rooms_stay_times(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the venue words of the communities' languages, declined, before the venue's name
        ("Jana pracuje v saunu Orchidej", "Jana pracuje v [place]"),
        ("работает в сауна Lotus", "работает в [place]"),
        # French's article glued to the venue word, and which one of the chain after the name
        ("il l'a frappée à l'hôtel Kyriad du centre, samedi", "il l'a frappée à [place], samedi"),
    ],
)
def test_venue_words_of_other_languages(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dot after "room" ends a sentence: the count after it is no room number
        "Met in the back room. 9 turned up.",
        # a hostel's resident named by her room, a comma between
        "Guest, room 5, asked for towels.",
    ],
)
def test_rooms_that_are_no_address_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the floor of a named block goes with it
        ("moved to Heron Court, 9th floor, last week", "moved to [address], last week"),
        ("she has a flat in the Kestrel Towers (14th floor)", "she has a flat in [place]"),
        # the estate a street names
        ("her lock-up is on Mill Lane Trading Estate", "her lock-up is on [address]"),
        # the street a place is off
        ("she has flat 6, Heron Court, off Kelso Rd. Safe.", "she has [address]. Safe."),
        ("staying at Moss View off the Otley Road tonight", "staying at [address] tonight"),
    ],
)
def test_what_goes_with_a_place(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a corner shop or the corner of a junction is no part of the street's name
        ("milk from Kelso Rd corner shop", "milk from [address] corner shop"),
        ("Seen at Ash Rd / Elm St corner.", "Seen at [address] corner."),
        # a thing on a street is no place on it
        ("the van was parked on Kelso Rd", "the van was parked on [address]"),
        # "off" that is no street's
        ("she lives at 4 Kelso Rd, off work this week", "she lives at [address], off work this week"),
    ],
)
def test_what_stays_next_to_a_place(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the north's meadow and corner words end a street after a house number
        ("post goes to 4 Kelso Lea, not hers", "post goes to [address], not hers"),
        ("she rents 12 Church Nook now", "she rents [address] now"),
        # an old "-gate" street after a word of working there, "on" left out
        ("she worked Upper Kirkgate last night", "she worked [address] last night"),
        # a venue's name in the writer's own letters, and the venue words "karaoke" and "guest house"
        ("he owns Kızılay Grill in town", "he owns [place] in town"),
        ("hostess at the Moon River karaoke", "hostess at [place]"),
        ("she has a room at the Bay View guest house", "she has a room at [place]"),
    ],
)
def test_street_and_venue_words(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # karaoke as a pastime, a guest house unnamed
        "We had a karaoke night at the drop-in.",
        "She is looking for a guest house by the sea.",
    ],
)
def test_venue_words_alone_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a room's number in a note that names no venue, street or dwelling is a room of a place
        # unnamed: it says where no one is
        "Window in room 6 won't shut again.",
        "He shouted at the maid in room 1 so she asked him to go.",
    ],
)
def test_rooms_of_places_unnamed_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... but a room with a venue, a named building or a stay in the note goes
        ("she's at the Ibis tonight, in room 9", "she's at [place] tonight, in [address]"),
        ("we stay in Belvedere, room 5, two of us", "we stay in [address], two of us"),
        ("staying in room 30 till Friday", "staying in [address] till Friday"),
        # ... and so does her own room
        ("he came to her room 8 and hit her", "he came to her [address] and hit her"),
    ],
)
def test_rooms_that_say_where_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue named in a field for its kind, the prose after it kept
        ("Sauna: Velvet Rooms. Two girls on tonight.", "Sauna: [place]. Two girls on tonight."),
        ("Hotel: the Beaumont. Guest in 14 asked for help.", "Hotel: [place]. Guest in 14 asked for help."),
        # a house named with "The" at an address
        ("Home address The Laurels, Otley.", "Home address [address], Otley."),
        ("Address: The Old Forge", "Address: [address]"),
    ],
)
def test_named_in_a_field(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # the field's kind only, or an address that is no name
        "Hotel: none given",
        "Address: The same as last time",
    ],
)
def test_fields_without_a_name_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Hungarian case ending after the street's hyphen, the street found before it
        ("itt van a Kelso Place-en, fekete autó", "itt van a [address]-en, fekete autó"),
        # a traveller site named after "the site at", and a caravan's pitch or plot
        ("she's on the site at Moor Bottom again", "she's on the site at [address] again"),
        ("her trailer is at Greenhollow, pitch 7", "her trailer is at [address]"),
        ("they moved her to plot 14", "they moved her to [address]"),
    ],
)
def test_suffixes_sites_and_pitches(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen that makes a word of the street stays as it was
        "Kelso Street-based women came in.",
        # a listed town after "site at", and a count after "pitch"
        "The site at Leeds closed early.",
        "He changed his pitch 3 times.",
    ],
)
def test_suffixes_sites_and_pitches_that_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a house number said in words, hundreds and all, after a dash
        ("the blue door - number three hundred and twelve.", "the blue door - [address]."),
        ("she lives at number one hundred", "she lives at [address]"),
    ],
)
def test_house_numbers_said_in_hundreds(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_a_rank_after_number_stays() -> None:
    assert scrub("Her safety is number one priority.").text == "Her safety is number one priority."
