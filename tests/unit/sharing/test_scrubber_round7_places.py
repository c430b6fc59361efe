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
