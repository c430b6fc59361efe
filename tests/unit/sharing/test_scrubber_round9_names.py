"""Names the ninth round looked at (issue 14, branch tune9s), with the words that must stay.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import ScrubContext, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # her initials beside her name in brackets go with it, the dots too
        ("Update: R.T. (Rebecca) gave a statement.", "Update: [name] ([name]) gave a statement."),
        ("Pt M. (aka Marnie) seen today.", "Pt [name] (aka [name]) seen today."),
        ("Lacey-Mae (LM) asked for texts only.", "[name] ([name]) asked for texts only."),
        # ... but letters in brackets that are not her initials stay
        ("Lacey (GP) asked for texts only.", "[name] (GP) asked for texts only."),
    ],
)
def test_initials_beside_a_name(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence in brackets is no nickname
        "Landlord refused entry. (Related to the earlier complaints about noise.) Case closed.",
        # a relative's possessive at a sentence start is no name
        "Husband's friend drives her to the bookings.",
        "Fiancé's car was outside again.",
        # where she is from, in brackets, in French as in English
        "Nadège (Cameroun) came to the drop-in.",
        "Fatou (Sénégalaise) asked about the clinic.",
        # a town whose second word is a name's
        "No outreach in Fort William tonight, the road is shut.",
        "She moved to King's Lynn last month.",
        "Van went to Port Talbot and back.",
    ],
)
def test_words_that_look_like_names_and_are_not(text: str) -> None:
    result = scrub(text).text
    for word in ("Related", "Husband", "Fiancé", "Cameroun", "Sénégalaise", "William", "Lynn", "Talbot"):
        if word in text:
            assert word in result, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person verb after a place's word is the person's before it
        ("Kelsey in Penzance was robbed.", "[name] in Penzance was robbed."),
        # ... but a name in brackets, a name after a cue, still go
        ("picked up a worker (Zola) at the lights", "picked up a worker ([name]) at the lights"),
        ("Wife's cousin Zainab was there", "Wife's cousin [name] was there"),
    ],
)
def test_names_beside_those_words_still_go(text: str, expected: str) -> None:
    assert scrub(text, ScrubContext()).text == expected


@pytest.mark.parametrize(
    ("text", "alias", "expected"),
    [
        # a word-alias that opens a sentence as a word stays
        ("Angel of the night was the new heater.", "Angel", "Angel of the night was the new heater."),
        ("Precious little food left at the hub.", "Precious", "Precious little food left at the hub."),
        ("Joy all round when the van came back.", "Joy", "Joy all round when the van came back."),
        ("Faith group came with blankets.", "Faith", "Faith group came with blankets."),
        ("Storm Ciara shut the drop-in.", "Storm", "Storm Ciara shut the drop-in."),
        # ... but the same alias as a person goes, at a sentence start too
        ("Angel said the man came back.", "Angel", "[name] said the man came back."),
        ("Storm was hit by him on Friday.", "Storm", "[name] was hit by him on Friday."),
        ("Precious, Jade and Kim were out.", "Precious", "[name], [name] and [name] were out."),
    ],
)
def test_a_word_alias_opening_a_sentence_as_a_word(text: str, alias: str, expected: str) -> None:
    assert (
        scrub(text, ScrubContext.of([alias, "Jade", "Kim"], [])).text.replace("[date]", "Friday") == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words of a form quoted in another script stay; the name beside them goes
        ("Ірина - Телефон 07700 900 555", "[name] - Телефон [phone]"),
        ("Σοφία, οδός unknown", "[name], οδός unknown"),
    ],
)
def test_form_words_in_another_script_stay(text: str, expected: str) -> None:
    assert scrub(text).text == expected
