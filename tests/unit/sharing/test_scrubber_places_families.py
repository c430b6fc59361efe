"""Place families written from general knowledge of how UK addresses and venues are written (the
fourth tuning round, issue 14): every probe here is our own sentence, none copied from a batch."""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rest of the street words of English addresses, with a house number
        ("Assault happened near 14 Linden Chase last night.", "Assault happened near [address] last night."),
        ("Her home is 200 Green Lanes.", "Her home is [address]."),
        ("Home visit: 12 Marine Esplanade.", "Home visit: [address]."),
        ("Last seen 88 North Promenade with a tall man.", "Last seen [address] with a tall man."),
        ("meet me at 14 ash dene", "meet me at [address]"),
        ("She's moved to 41 Kings Meadow.", "She's moved to [address]."),
        ("She was picked up on Marine Esplanade.", "She was picked up on [address]."),
        # a street named with "The" ("31 The Crescent"); in lower case it is a time and a word
        ("Her mum lives at 31 The Crescent.", "Her mum lives at [address]."),
        ("Staying at 2 The Paddocks.", "Staying at [address]."),
        ("at 9 the street was empty", "at 9 the street was empty"),
        # blocks and developments by their names
        ("She is staying at Apartment 9, Regent Plaza.", "She is staying at [address]."),
        ("She rents flat 6 in Harbour Point now.", "She rents [address] now."),
        ("She has a room at Kingsway Lofts.", "She has a room at [address]."),
    ],
)
def test_street_and_block_words(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named block with its floor: the block goes, and the floor that follows its name
        ("Bridgewater Tower, 11th floor.", "[address]."),
        ("Her flat is in Sovereign Point (6th floor).", "Her flat is in [address]."),
        ("She lives on the 14th floor of Carlton Tower.", "She lives on the 14th floor of [address]."),
        # a floor of something unnamed stays
        ("She works on the third floor of a hotel.", "She works on the third floor of a hotel."),
        ("the ground floor of the station was busy", "the ground floor of the station was busy"),
    ],
)
def test_floors_of_named_blocks(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note, or a part of one, in capitals is read as the same words in lower case
        ("INCIDENT ON CROWN STREET AT 2AM.", "INCIDENT ON [address] AT [night]."),
        ("a man made threats on DENTON STREET last night", "a man made threats on [address] last night"),
        ("I WORK AT THE OASIS SAUNA.", "I WORK AT [place]."),
        ("URGENT: PUNTER AT THE PREMIER INN ON WHARF ROAD", "URGENT: PUNTER AT [place]"),
        # ... so the words that name no street stay, as they do in lower case
        ("HE WAS PARKED ON THE MAIN ROAD BY THE CHIPPY.", "HE WAS PARKED ON THE MAIN ROAD BY THE CHIPPY."),
        ("MAN IN A BLUE CAR ON A BUSY STREET, BALD.", "MAN IN A BLUE CAR ON A BUSY STREET, BALD."),
        ("SHE WALKED DOWN THE ROAD TO THE BUS STOP.", "SHE WALKED DOWN THE ROAD TO THE BUS STOP."),
    ],
)
def test_places_written_in_capitals(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue whose name ends in "House" before its address is one place, not "the house, 48 ..."
        ("staying at Seaview Guest House, 48 Esplanade, Filey.", "staying at [address], Filey."),
        # "room. I" is a sentence's end and a pronoun, not "room I"
        ("He said he paid for the room. I think he lied.", "He said he paid for the room. I think he lied."),
        ("She works at the Velvet Club on Hyde Park Road.", "She works at [place]."),
    ],
)
def test_venue_and_street_edges(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street in lower case right after a venue names its branch, without "on"
        ("premier inn wharf rd room 12", "[place] [address]"),
        ("she was at the ibis lower mosley st rm 508", "she was at [place] [address]"),
        ("at the crown pub the other way", "at [place] the other way"),
        # a chain's branch named by the landmark next to it
        ("He took her to the Ibis at Sheffield Arena and left.", "He took her to [place] and left."),
        ("He booked the Hilton at the NEC.", "He booked [place]."),
        (
            "dropped her off at the Premier Inn by the Armouries and left",
            "dropped her off at [place] and left",
        ),
        ("moved from the Holiday Inn at Woolley Edge services to a house", "moved from [place] to a house"),
        ("drives her to the Travelodge, Birch services on weekends.", "drives her to [place] on weekends."),
        ("He was at the Travelodge by the time we got there.", "He was at [place] by the time we got there."),
        ("She stayed at the Travelodge near Leeds.", "She stayed at [place] near Leeds."),
        ("She saw him at the Novotel at Christmas.", "She saw him at [place] at Christmas."),
        # a name alone may be a district, a road is a landmark, and "a Travelodge" is any of them
        (
            "They went to the Premier Inn by Kirkbrook on Friday.",
            "They went to [place] by Kirkbrook on Friday.",
        ),
        ("He uses the Premier Inn near the M62.", "He uses [place] near the M62."),
        ("met at a Travelodge near Leeds Airport", "met at a Travelodge near Leeds Airport"),
        # a venue named after two words of what it is
        ("Massage shop Golden Lotus, upstairs.", "[place], upstairs."),
        ("He owns a massage parlour in Leeds.", "He owns a massage parlour in Leeds."),
        # an outward code of one letter before "area" or "postcode"
        ("She wants to stay in the S2 area.", "She wants to stay in the [postcode] area."),
        ("She lives in the N16 postcode.", "She lives in the [postcode] postcode."),
        ("Traffic on the M1 area was bad.", "Traffic on the M1 area was bad."),
        ("She took B12 vitamins.", "She took B12 vitamins."),
    ],
)
def test_branches_kinds_and_short_postcodes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of support or shelter by its name goes; a kind of one, or a district's, stays
        (
            "contact with her son is at the Meadows Family Centre now",
            "contact with her son is at [place] now",
        ),
        ("She sleeps at St Bride's Shelter.", "She sleeps at [place]."),
        ("She went to the Job Centre on Monday.", "She went to the Job Centre on Monday."),
        ("Referred to the Sexual Health Centre.", "Referred to the Sexual Health Centre."),
        ("She is staying at a Night Shelter.", "She is staying at a Night Shelter."),
        ("She goes to the Harehills Community Centre.", "She goes to the Harehills Community Centre."),
        # a dwelling placed by what is next to it, with words between the article and the dwelling
        ("Avoid the new massage place above the vape shop.", "Avoid [place]."),
        ("She lives in the little maisonette over the bakery.", "She lives in [place]."),
        ("She works behind the bar.", "She works behind the bar."),
        ("she works from the basement flat below the bakery on Oak Road", "she works from [place]"),
        (
            "the man in the flat below is the one selling to her",
            "the man in the flat below is the one selling to her",
        ),
        ("the dog lives below her, fine", "the dog lives below her, fine"),
        # a house number after a comma goes with the street the place ends in
        ("she works at a flat above the nail bar on Leeds Road, No. 14. Boss", "she works at [place]. Boss"),
        # "an" is how a text writes "and": the place ends before it
        ("she at da flat above the chippy on Tong Rd an her fella", "she at [place] an her fella"),
    ],
)
def test_named_services_and_dwellings_by_their_neighbours(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any place a street holds, named by what it is and its street, is one place
        ("She was moved to a house on Tempest Road last week.", "She was moved to [place] last week."),
        ("He took her to a unit on the Brook Green Industrial Estate.", "He took her to [place]."),
        ("Sleeping in the Aldi doorway on Otley Road.", "Sleeping in [place]."),
        ("babes im at da kfc on harehills rd hes followin me", "babes im at [place] hes followin me"),
        # ... but a person or a car on a street is not a place
        ("The man on Kirkstall Road was shouting.", "The man on [address] was shouting."),
        ("the van on Water Lane as usual", "the van on [address] as usual"),
        # (the estate is named whole: "the flats on the Rose Hill estate" is not cut at "Hill")
        ("she works from the flats on the Ash Hill estate", "she works from the flats on [address]"),
        # a room's number and its building's name are not a house number and a street
        ("Address: Room 3, Beacon Point Hostel", "Address: [address]"),
        # a number and floor written in Chinese after a street
        ("她住在Duke Street 8号三楼。", "她住在[address]。"),
    ],
)
def test_places_on_streets_and_written_in_chinese(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_a_flat_named_by_where_it_is_in_the_house_goes_with_its_address() -> None:
    assert scrub("Now I stay in 12 Hazel Grove, flat upstairs with my cousin.").text == (
        "Now I stay in [address] with my cousin."
    )


@pytest.mark.parametrize(
    "text",
    ["Mei at the massage shop 'Lotus Garden', upstairs.", "she said the club 'Velvet Rooms' is the worst"],
)
def test_a_name_in_quotes_after_what_the_venue_is_goes(text: str) -> None:
    scrubbed = scrub(text).text
    assert "[place]" in scrubbed
    assert "Garden" not in scrubbed and "Velvet" not in scrubbed


def test_a_word_in_quotes_after_no_venue_word_stays() -> None:
    assert scrub("she said 'Thanks' at the bar").text == "she said 'Thanks' at the bar"
