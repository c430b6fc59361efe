"""Places and false alarms of the fifth tuning round (issue 14): probe sentences written for these
tests, never taken from a labelled note. Towns and districts where a note says where someone is
from stay; the places that pin someone down go."""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.place_lexicon import is_district
from outreach_app.domain.scrubbing.scrubber import ScrubContext, scrub


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


_WORD_ALIASES = ["Hope", "Amber", "Summer", "Dawn", "Ginger", "Lotus", "Scarlet", "Holly"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word-name before what it names as a word: a warning, a fever, a shift, a cat, a holiday
        ("Amber warning for ice tonight.", "Amber warning for ice tonight."),
        ("scarlet fever going round, advice given", "scarlet fever going round, advice given"),
        ("Dawn shift quiet, two contacts.", "Dawn shift quiet, two contacts."),
        ("Ginger tom asleep under the van again.", "Ginger tom asleep under the van again."),
        ("Summer holidays soon, rota needs doing.", "Summer holidays soon, rota needs doing."),
        ("Lotus flower festival at the temple.", "Lotus flower festival at the temple."),
        # "Hope" opening a sentence with its subject after it is the verb
        ("Interview done. Hope she gets it.", "Interview done. Hope she gets it."),
    ],
)
def test_word_names_used_as_words_stay(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext.of(_WORD_ALIASES, [])).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hope is staying at her mum's.", "[name] is staying at her mum's."),
        ("Spoke to Hope she was fine.", "Spoke to [name] she was fine."),
        ("Amber said the shift was quiet.", "[name] said the shift was quiet."),
        ("Summer, Dawn and Holly came in.", "[name], [name] and [name] came in."),
    ],
)
def test_the_same_word_names_used_as_names_go(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext.of(_WORD_ALIASES, [])).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flat in a named block, then the block's house number and street: one address
        (
            "incall at Apartment 12, Harbour Point, 3 Dock Street, L3 4AB. He knows.",
            "incall at [address]. He knows.",
        ),
        ("moved to Flat 2, Ash Point, 40 Mill Road last week", "moved to [address] last week"),
        # a Scottish flat (house number and door) before a street named in one word
        ("she was staying at 21/4 Gorgie, EH11 2AB till May", "she was staying at [address] till May"),
        ("Was at 9/2 Lochend. Moved since.", "Was at [address]. Moved since."),
    ],
)
def test_blocks_with_their_street_and_scottish_flats_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date, then a person who does something; a date, then a town
        ("came in at 14/3 Jade said she was ok", "came in at [date] [name] said she was ok"),
        ("seen at 12/11 Leeds van", "seen at [date] Leeds van"),
    ],
)
def test_a_date_before_a_name_or_a_town_is_no_flat(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "named", a plural of people is no name; a filler after "its" is none either
        (
            "Liaison with police. No named clients discussed.",
            "Liaison with police. No named clients discussed.",
        ),
        ("No named individuals or cases today.", "No named individuals or cases today."),
        ("its uh quiet tonight, nothing to add", "its uh quiet tonight, nothing to add"),
        # a word opening a sentence, a month cut short, a platform
        (
            "Got her UC sorted. Also wants a food bank voucher.",
            "Got her UC sorted. Also wants a food bank voucher.",
        ),
        ("using again since Oct, wants advice", "using again since Oct, wants advice"),
        ("Her OnlyFans is doing well, she says.", "Her OnlyFans is doing well, she says."),
        ("Triage. Incident reported to police.", "Triage. Incident reported to police."),
        # the same cues before a name still name her
        ("a man named Jag, 30s, beard", "a man named [name], 30s, beard"),
        ("its jade, ring me back", "its [name], ring me back"),
    ],
)
def test_ordinary_words_after_name_cues_stay(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named shop or garage with its street, the article dropped as a second language drops it
        ("She was hit close to Esso garage on Leeds Road late.", "She was hit close to [place] late."),
        ("He wait at Lotus massage on Oak Lane.", "He wait at [place]."),
    ],
)
def test_a_named_kind_of_venue_on_a_street_without_an_article_goes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # services by their letters, a district named for a triangle or a bay, a site's ad
        "Referred to the MSHT lead and the CPS.",
        "Report added to the UM.",
        "offering lifts near the Golden Triangle. Be careful",
        "drove her down to the Bay and back",
        "booked via Viva Street account, then cancelled",
        # text-speak "2" (to) and "my" before a street word are no address
        "need 2 talk bout my court thing x",
    ],
)
def test_services_districts_sites_and_text_speak_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street's name in hyphenated parts, or with "of" between two capitalised words
        ("She needs a lift from Bryn-y-Mor Crescent.", "She needs a lift from [address]."),
        ("a man followed her from Duke of York Street", "a man followed her from [address]"),
        # a part of the street before "of" stays outside it
        ("Corner of Oak Road tonight", "Corner of [address] tonight"),
        ("Top of Mill Lane, quiet.", "Top of [address], quiet."),
        # a pub named for two things is not a venue and a street ("the Strand and High St")
        ("drinks near the Ship and High St. Quiet.", "drinks near [place] and [address]. Quiet."),
        ("drinks at the Dog and Gun tonight", "drinks at [place] tonight"),
    ],
)
def test_hyphenated_streets_streets_with_of_and_streets_after_and_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "house 7, Palmer Street" (a house's number after the word house), a Glasgow flat before a
        # "-gate" street, the floor after the address, the part of the house before it
        (
            "I am now staying at house 7, Palmer Street in Harehills.",
            "I am now staying at [address] in Harehills.",
        ),
        ("Sister is at house 5, Ward Road, near the church.", "Sister is at [address], near the church."),
        ("Seen in 2/1, 40 Trongate. Fine.", "Seen in [address]. Fine."),
        ("her new flat - 12 Oak Lane, first floor. Moved in.", "her new flat - [address]. Moved in."),
        ("attacked at the back of 31 Elm Road last night", "attacked at [address] last night"),
        # a count after "house" is no address
        ("the house 2 doors down the road", "the house 2 doors down the road"),
    ],
)
def test_house_numbers_glasgow_flats_floors_and_parts_of_a_house_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hostel's log naming a resident by her room: the room stays
        ("Resident in room 9 had a fall. Settled.", "Resident in room 9 had a fall. Settled."),
        (
            "Handover: Room 5 asked for towels. Room 1 has a GP appt.",
            "Handover: Room 5 asked for towels. Room 1 has a GP appt.",
        ),
        ("Night log. Room 6 (Kim) returned late.", "Night log. Room 6 ([name]) returned late."),
        # a room where she is, in a hotel or at an address, still goes
        ("She is at the Ibis, room 214, scared.", "She is at [address], scared."),
        ("staying at the Travelodge (rm 15) for 3 nights", "staying at [place] ([address]) for 3 nights"),
        ("She said he took her to room 508.", "She said he took her to [address]."),
    ],
)
def test_a_hostel_resident_named_by_her_room_stays_a_hotel_room_goes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a car named by its model after "the", a classified-ads site named like a street
        ("Man in the Scenic asked for girls again.", "Man in the Scenic asked for girls again."),
        (
            "he put her advert on Viva Street and takes money",
            "he put her advert on Viva Street and takes money",
        ),
        # a pub named in one word after "the" still goes
        ("drinks in the Swan tonight", "drinks in [place] tonight"),
    ],
)
def test_cars_after_the_and_an_ads_site_are_no_places(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honey and lemon is a drink; "Hope to" opening a sentence is the verb; a town's centre
        ("Honey & lemon for the colds.", "Honey & lemon for the colds."),
        ("honey + lemon for sore throats", "honey + lemon for sore throats"),
        ("All calm. Hope to see more women next week.", "All calm. Hope to see more women next week."),
        ("Street pastors, Croydon town centre, Friday.", "Street pastors, Croydon town centre, Friday."),
        # the same words as names still go
        ("Honey and Jade came in.", "[name] and [name] came in."),
        ("Jade and Hope to the clinic tomorrow", "[name] and [name] to the clinic tomorrow"),
    ],
)
def test_honey_and_lemon_hope_to_and_a_town_centre_stay(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext.of(["Honey", "Hope"], [])).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more hotel chains, alone or with their branch
        ("She was at the Copthorne last night with him.", "She was at [place] last night with him."),
        ("staying at Ramada Encore near the station", "staying at [place]"),
        ("booked the Hampton by Hilton Leeds City Centre", "booked [place]"),
    ],
)
def test_more_hotel_chains_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chain's branch on a street named in one word goes whole
        ("parked outside the Spar on Hillsborough since 10", "parked outside [place] since 10"),
        # a district after "on" stays, and a street's first word is the street's
        ("the Tesco on Harehills again", "[place] on Harehills again"),
        ("met him at the Ramada on Chorley new road, late", "met him at [place] on [address], late"),
        ("booked at the Malmaison on Piccadilly, rm 410. ok", "booked at [place] on [address]. ok"),
    ],
)
def test_a_chains_branch_on_a_street_named_in_one_word_goes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue named in four capitalised words after "the" (and the car park behind it goes
        # with it: place_extents)
        (
            "in the car park behind the Leeds Grand Theatre Bar at 2",
            "in [place] at [night]",
        ),
        ("working from the Cardiff Ibis Queen Street now", "working from [place] now"),
    ],
)
def test_a_venue_named_in_four_words_after_the_goes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Mt", Mount as addresses abbreviate it, after a house number; a mountain stays
        ("moved 2 no. 9 Hyde Mt now", "moved 2 [address] now"),
        ("He climbed Mt Snowdon for charity", "He climbed Mt Snowdon for charity"),
    ],
)
def test_mount_abbreviated_in_an_address_goes(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue's name said again alone is the same venue
        (
            "She works at the Oasis Sauna. Ask at Oasis next time.",
            "She works at [place]. Ask at [place] next time.",
        ),
        ("Lotus Spa again. Lotus staff said she left.", "[place] again. [place] staff said she left."),
        # not the first word of another name ("Crown Court"), nor an ordinary word
        (
            "Met at the Crown Hotel. Crown Court date is Monday.",
            "Met at [place]. Crown Court date is Monday.",
        ),
    ],
)
def test_a_venues_name_said_again_goes(text: str, expected: str) -> None:
    assert scrub(text).text == expected
