"""Places as the seventh round found them missed (issue 14, branch tune7p): a block named after a
flat's number without a street word, an old "-gate" street typed in lower case; and the towns,
districts and ordinary words next to them that stay.

Every sentence here is written for these tests, never copied from a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flat's number, a comma, then the block's name without a street word
        ("She is in Room 12, Carlton Hall until Friday.", "She is in [address] until Friday."),
        ("now working from flat 7, Victoria Maltings", "now working from [address]"),
        # ... and a street after the block goes with it
        ("Apartment 3, Kelham Wharf, The Parade. Fine.", "[address]. Fine."),
        ("Unit 5, Tannery Yard, Cotton Street, LS9", "[address]"),
        # in capitals, only when the block's word says it is a building
        ("INCALL AT FLAT 9, HERON TOWERS. CALL FIRST", "INCALL AT [address]. CALL FIRST"),
        ("FLAT 9, HE TOOK HER KEYS", "[address], HE TOOK HER KEYS"),
        ("FLAT 9, BIG MAN WITH KEYS", "[address], BIG MAN WITH KEYS"),
        # a town, a day or a word of prose after the comma stays
        ("she is back in flat 2, Leeds for now", "she is back in [address], Leeds for now"),
        ("moved to room 4, Monday night it was", "moved to [address], Monday night it was"),
        ("Room 6, Police were called.", "[address], Police were called."),
        # the field's next line is not the block's name
        ("Address: Room 8\nNotes: none", "Address: [address]\nNotes: none"),
    ],
)
def test_a_block_named_after_a_flat_number(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an old "-gate" street typed in lower case after a word of being on it
        ("meet me on kirkgate after 10", "meet me on [address] after 10"),
        ("shes up micklegate tonite", "shes up [address] tonite"),
        # ... a house number before a capitalised one, with a form's next field on the next line
        ("Address: 14 Westgate\nPhone: none", "Address: [address]\nPhone: none"),
        # words that end in "gate" and towns that do stay
        ("he was sat on the tailgate of his van", "he was sat on the tailgate of his van"),
        ("hes parked up on tailgate mode lol", "hes parked up on tailgate mode lol"),
        ("going down harrogate for the weekend", "going down harrogate for the weekend"),
        ("police will investigate the attack", "police will investigate the attack"),
        ("on kirkgate market buying veg", "on kirkgate market buying veg"),
        # after "from" or "in" a "-gate" word is as often a town, and stays
        ("she lives in Sandgate now", "she lives in Sandgate now"),
        ("a new girl from Stonegate village", "a new girl from Stonegate village"),
    ],
)
def test_gate_streets(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chain with "Hotel" before it, as other languages order it
        ("Dijo que estaba en el Hotel Novotel, habitación 9", "Dijo que estaba en el [address]"),
        ("był w Hotel Ibis do rana", "był w [place] do rana"),
        # a chain's branch and the street it is on, one place
        ("she is at the Ibis Sheffield Centre Arundel Street tonight", "she is at [place] tonight"),
        ("in Travelodge York Central Piccadilly Road now", "in [place] now"),
        ("the Premier Inn City Centre again", "[place] again"),
        # any one of the chain stays; a branch's words stop before a word of prose
        ("stayed in a Travelodge near Leeds", "stayed in a Travelodge near Leeds"),
        ("the Hilton Leeds City was full", "[place] was full"),
    ],
)
def test_chains_with_their_branch_and_street(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shelter named for a saint, what it is in lower case
        ("slept at St Bede's night shelter last week", "slept at [place] last week"),
        ("her things are at St Luke's Crypt", "her things are at [place]"),
        ("moved into St Agnes's hostel", "moved into [place]"),
        # a saint's name on a number, an area or a hospital stays
        ("gave her the St Mungo's number", "gave her the St Mungo's number"),
        ("quiet round the St Mary's area", "quiet round the St Mary's area"),
        # a house number after "out of"
        ("working out of 7 Mardale Pass now", "working out of [address] now"),
        ("she works outta 22 Kestrel Bank", "she works outta [address]"),
        # a count after "out of" stays
        ("turned away 2 out of 5 Girls tonight", "turned away 2 out of 5 Girls tonight"),
    ],
)
def test_saints_shelters_and_numbers_worked_out_of(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the floor or the part of the house between a venue and its address joins them
        ("works at Lotus Spa, upstairs, 9 Mill Rd now", "works at [address] now"),
        ("hostess at Club Hana, 3F, 21 Wardour St.", "hostess at [address]."),
        ("Rose Sauna, first floor, 4 Kirk Lane", "[address]"),
        # ... a town between an address and its postcode does not, and stays
        ("lives 12 Oak Street, Calverley, LS28 5PD", "lives [address], Calverley, [postcode]"),
        # words before a house number that are part of the address
        ("post to c/o 4a Linden Rd please", "post to [address] please"),
        ("the shop (rear of 10-12 Bank St) again", "the shop ([address]) again"),
        ("he took her to house 9 Elm Ave in Luton", "he took her to [address] in Luton"),
        ("brought to house number 31, Grove Road, Bradford 4", "brought to [address], Bradford 4"),
        # ... not a possessive's house
        ("his house 22 Oak Road", "his house [address]"),
        ("their house, 5 Moor Lane", "[address]"),
        # a Glasgow flat's floor and door before the house number, without a comma
        ("at his flat at 2/1 33 Paisley Rd tonight", "at [address] tonight"),
        ("on 3/1 14 people came", "on [date] 14 people came"),
    ],
)
def test_parts_of_an_address(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room in the languages of the communities served
        ("elle est au Campanile, chambre 12, ce soir", "elle est au [address], ce soir"),
        ("woh Novotel kamra 304 mein hai", "woh [place] [address] mein hai"),
        ("sie wohnt in Zimmer 8 bei ihm", "sie wohnt in [address] bei ihm"),
        # a street in another language with its room after it
        ("habite rue Lepic, chambre 3 depuis lundi", "habite [address] depuis lundi"),
        # chains: Hotel du Vin, Formule 1
        ("staying Hotel du Vin again", "staying [place] again"),
        ("dort au Formule 1 ce soir", "dort au [place] ce soir"),
        # the English word "camera" stays
        ("the camera 2 was off", "the camera 2 was off"),
        ("a chambre is a room", "a chambre is a room"),
    ],
)
def test_rooms_and_chains_in_other_languages(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street in lower case after a word of working there, "on" left out as texts do
        ("me n jo working tanner st tonite", "me n jo working [address] tonite"),
        ("she works copley lane most days", "she works [address] most days"),
        # the street as a way of working, or a road no one named, stays
        ("she works on the street", "she works on the street"),
        ("still working the street most nights", "still working the street most nights"),
        ("girls working long street hours", "girls working long street hours"),
        ("she works street-based", "she works street-based"),
    ],
)
def test_a_street_worked_in_lower_case(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a venue is, then its name in brackets
        ("not the club (the Blue Heron), please", "not the club ([place]), please"),
        ("she works at a sauna (Velvet) now", "she works at a sauna ([place]) now"),
        ("a massage shop (Golden Lotus) in town", "a massage shop ([place]) in town"),
        # a town, a day or a sentence in brackets stays
        ("the club (Leeds) was raided", "the club (Leeds) was raided"),
        ("the bar (Monday) was shut", "the bar (Monday) was shut"),
        ("the pub (She said it was fine)", "the pub (She said it was fine)"),
    ],
)
def test_a_venue_named_in_brackets_after_what_it_is(text: str, expected: str) -> None:
    assert scrub(text).text == expected
