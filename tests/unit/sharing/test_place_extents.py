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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a house known by its name before its street, a comma between
        ("sponsor at Holly Barn, Old Station Lane, near Malton. He", "sponsor at [address], near Malton. He"),
        (
            "harassment by him of The Oaks, 14 Glenbrook Cres, Dundonald.",
            "harassment by him of [address], Dundonald.",
        ),
        # a unit in a named block before the house number stays one address
        ("Staying at Flat 6, Marlowe House, 3 Sidney St now.", "Staying at [address] now."),
        # a public building is not a house's name
        ("met at Town Hall, Oak Street today", "met at Town Hall, [address] today"),
    ],
)
def test_a_named_house_before_its_street_goes_with_it(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # caravan and holiday parks, truck stops: named sites where she lives or works
        (
            "lives in a static caravan at Trevarrick Holiday Park, pitch 41.",
            "lives in a static caravan at [place].",
        ),
        ("takes the women from the Riverside Caravan Park to men", "takes the women from [place] to men"),
        # a venue she left, the back of one, a visit to one on its street
        ("Ewelina left the Sunrise after he docked her pay", "[name] left [place] after he docked her pay"),
        ("out round the back of the Europa till late", "out round the back of [place] till late"),
        ("Rep visit to Pure Platinum on Bridge Street after", "Rep visit to [place] after"),
        # a shop named so, a street named for a green after "on"
        ("They live above the Radford Launderette. Man", "They live above [place]. Man"),
        ("pulled up on Caldmore Green an tried", "pulled up on [address] an tried"),
    ],
)
def test_sites_shops_and_venues_named_in_more_ways_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "he left the house early",
        "she left the Police station early",
        "they live on the village green",
        "a caravan park is no home",
    ],
)
def test_kinds_of_site_and_ordinary_leaving_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room of the unnamed hostel or refuge itself, and the room she moved out of
        ("Room 3 at the refuge is free now.", "Room 3 at the refuge is free now."),
        (
            "She has a room at the hostel, room 14, until Monday.",
            "She has a room at the hostel, room 14, until Monday.",
        ),
        (
            "Michaela moved from room 12 to room 3 at her request",
            "[name] moved from room 12 to [address] at her request",
        ),
        ("Female guest room 318 came to desk upset", "Female guest room 318 came to desk upset"),
        # a room in a named place still goes
        ("she is in room 14 at the Ibis", "she is in [address]"),
        # a postcode read out with its letters apart
        ("Postcode she gave ls8 4 dn.", "Postcode she gave [postcode]."),
        ("she was in ls6 2 at night", "she was in [postcode] at night"),
    ],
)
def test_rooms_of_the_service_stay_and_postcodes_read_out_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named hospital's ward by its number; a ward alone stays
        ("she is in Queen Elizabeth hospital ward 4. Pray", "she is in [place]. Pray"),
        (
            "Her mate says she's in St James's, ward 44. Will visit.",
            "Her mate says she's in [place]. Will visit.",
        ),
        ("Visited her on ward 18 (orthopaedics).", "Visited her on ward 18 (orthopaedics)."),
        # the plot on a named park
        (
            "working from a caravan at Sunnyside Holiday Park, plot 47. Man",
            "working from a caravan at [place]. Man",
        ),
        # an old street named "-gate" she came from, with its part; a town that ends so stays
        ("followed me from Lower Briggate to my door", "followed me from [address] to my door"),
        ("she is from Harrogate originally", "she is from Harrogate originally"),
    ],
)
def test_wards_plots_corners_and_gate_streets(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed district after a venue is not its street
        (
            "works out of the Majestic Sauna in Finsbury Park. A man",
            "works out of [place] in Finsbury Park. A man",
        ),
        # what the name is, said after it in lower case, is no venue
        ("says he works at the Amazon warehouse.", "says he works at the Amazon warehouse."),
        ("Couldn't get in to the Southside one tonight", "Couldn't get in to the Southside one tonight"),
        ("she works at the Oasis now", "she works at [place] now"),
    ],
)
def test_districts_after_a_venue_and_things_named_like_one_stay(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named for a hill, a green or a pass after "at", "from" or "to"
        ("Statement booked Tuesday at Snig Hill.", "Statement booked Tuesday at [address]."),
        ("she has moved from Donegall Pass to her ma's.", "she has moved from [address] to her ma's."),
        # a listed district so named stays
        ("Went round and up to Beeston Hill. No one out.", "Went round and up to Beeston Hill. No one out."),
        ("moved from Wood Green to a refuge", "moved from Wood Green to a refuge"),
    ],
)
def test_hill_green_and_pass_streets_after_at_from_to(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # addresses as other languages write their parts
        ("they keep her at ул. Sholebroke Avenue 7, she works", "they keep her at [address], she works"),
        ("bateu-lhe na Rua do Norte 45, 2º esq em Lisboa", "bateu-lhe na [address] em Lisboa"),
        ("no apartamento na Ilford Lane, número 88 às", "no apartamento na [address] às"),
        (
            "acum stau la Hotel Etap pe Tong Road, camera 21. Clientul",
            "acum stau la [place] pe [address]. Clientul",
        ),
        ("在 Fortune Massage, 2楼 打了她", "在 [place] 打了她"),
        # a street she is on, working
        ("Danielle seen on Princess Road working. Says", "[name] seen on [address] working. Says"),
        ("she is a Kirkstall Road worker", "she is a Kirkstall Road worker"),
    ],
)
def test_address_parts_in_other_languages_and_a_street_she_works(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a salon named for its owner (and, since tune10p, the address it is above one place with it);
        # a block named with "B&B" after its room
        (
            "new flat, 41a North Street, above the Hair by Debbie. Wants",
            "new [address]. Wants",
        ),
        (
            "staying in room 6 at the Hinsley B&B, 32 Cliff Road since",
            "staying in [address] since",
        ),
        # "by" with a name after an ordinary word is no salon
        ("her hair by then was cut short", "her hair by then was cut short"),
    ],
)
def test_a_salon_named_for_its_owner_and_a_b_and_b_after_its_room(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text's "u" ends the landmark a flat is above, as "and" does
        (
            "its paulina from the flat above Kebab King on Stryd Fawr u gave me",
            "its [name] from [place] u gave me",
        ),
    ],
)
def test_text_speak_ends_a_landmark(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue named in apposition after what it is
        (
            "works nights at a cafe in Kentish Town, the Habesha Corner, and",
            "works nights at a cafe in Kentish Town, [place], and",
        ),
        (
            "turning up at her work, the Jolly Sailor on the quay.",
            "turning up at her work, [place] on the quay.",
        ),
        # the site of a named place
        ("living in a tent behind the Birmingham Wheels site with", "living in [place] with"),
        # what follows the comma is not a venue's name
        ("she was at the pub, the Police came later", "she was at the pub, the Police came later"),
    ],
)
def test_a_venue_named_after_its_kind_and_a_named_site(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # motorway services by name, and the car park at them
        (
            "Chrissie rang from the car park at Thorpe Park services, a client",
            "[name] rang from [place], a client",
        ),
        ("dropped her at Woodall Services last night", "dropped her at [place] last night"),
        # a council's services are no place
        ("Social worker is Janet at Children's Services.", "Social worker is [name] at Children's Services."),
        ("referred to Social Services today", "referred to Social Services today"),
    ],
)
def test_motorway_services_by_name_go_and_a_councils_stay(text: str, expected: str) -> None:
    assert scrub(text).text == expected
