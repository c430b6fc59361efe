"""Names in the second part of the ninth round (issue 14, branch tune9s2): working names that are
also drug slang ("charlie", "tina", "molly", "mandy", "G") stay where the words around them make
them the drug, and go wherever they stand as a person.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import ScrubContext, scrub


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("Two lads on the corner selling charlie (coke) again.", ["Charlie"]),
        ("Says she's been on the charlie since Friday, wants the needle exchange.", ["Charlie"]),
        ("Asked how much tina goes for now, she didn't know.", ["Tina"]),
        ("Loads of Tina going round the saunas, chems leaflets handed out.", ["Tina"]),
        ("She thinks she was spiked with G at the afterparty.", []),
        ("A bag of mandy was found under the seat.", ["Mandy"]),
        ("mandy and molly being passed round at the party, no names.", ["Mandy", "Molly"]),
    ],
)
def test_drug_slang_used_as_the_drug_stays(text: str, aliases: list[str]) -> None:
    assert scrub(text, ScrubContext.of(remove=aliases)).text == text


@pytest.mark.parametrize(
    ("text", "aliases", "expected"),
    [
        # a person verb, a possessive, a cue or a verb done to her: a person, drugs or not
        ("Tina said she was spiked with G.", ["Tina"], "[name] said she was spiked with G."),
        ("Charlie's punter sold her some coke.", ["Charlie"], "[name]'s punter sold her some coke."),
        (
            "Came in with Tina, both off their face on coke.",
            ["Tina"],
            "Came in with [name], both off their face on coke.",
        ),
        ("Gave molly a lift, she's on the gear.", ["Molly"], "Gave [name] a lift, she's on the gear."),
        # one woman "being sold" is trafficked, not a drug; two written as names are two women
        (
            "Jo and Tina being sold drugs by a man in a Golf.",
            ["Tina"],
            "[name] and [name] being sold drugs by a man in a Golf.",
        ),
        ("Tina being sold to men from a flat.", ["Tina"], "[name] being sold to men from a flat."),
        (
            "Tina and Molly being sold, both scared.",
            ["Tina", "Molly"],
            "[name] and [name] being sold, both scared.",
        ),
        # no word about drugs beside a quantity: her
        ("Some Mandy turned up at the van late on.", ["Mandy"], "Some [name] turned up at the van late on."),
    ],
)
def test_drug_slang_alias_as_a_person_goes(text: str, aliases: list[str], expected: str) -> None:
    assert scrub(text, ScrubContext.of(remove=aliases)).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word of Cyrillic in lower case with more Cyrillic in its sentence is prose, even with
        # a number or a comma between them
        "Тя дойде на 14.02 вечерта.",
        "Бяха 3 момичета, всички добре.",
    ],
)
def test_lower_case_cyrillic_prose_stays(text: str) -> None:
    assert scrub(text).text.replace("[date]", "14.02") == text


def test_a_cyrillic_name_in_an_english_sentence_goes() -> None:
    assert scrub("Her friend is наташа, 22, from Varna.").text == "Her friend is [name], 22, from Varna."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where she is from, in brackets, and the sites she works on are no names
        ("Adaeze (Nigerian) asked for the clinic.", "[name] (Nigerian) asked for the clinic."),
        ("Bianca (Brasileira) came in with a friend.", "[name] (Brasileira) came in with a friend."),
        ("His number rings from abroad (Libya).", "His number rings from abroad (Libya)."),
        ("Talked about Chaturbate and Stripchat payouts.", "Talked about Chaturbate and Stripchat payouts."),
        # a country that is also a first name is still a name where it stands as one
        ("Georgia said he hit her.", "[name] said he hit her."),
    ],
)
def test_countries_nationalities_and_sites_are_no_names(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French "Elle" (she) before a French verb is no name ...
        ("Appel reçu. Elle habite chez sa cousine.", "Appel reçu. Elle habite chez sa cousine."),
        ("Elle a été frappée samedi.", "Elle a été frappée samedi."),
        # ... the English name before an English verb is one
        ("Elle said the driver hit her.", "[name] said the driver hit her."),
    ],
)
def test_french_elle_is_a_pronoun_before_a_french_verb(text: str, expected: str) -> None:
    assert scrub(text).text == expected
