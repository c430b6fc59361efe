"""Identifiers in the second part of the ninth round (issue 14, branch tune9s2): numbers spelled
out in other languages, "treble", a spelled number in brackets, an e-mail said in Italian, and the
words after a site's name that are its features, not a handle.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French, Czech, Hungarian, Spanish, Polish, German: digit words with the word for zero
        (
            "Son portable: zéro sept quatre zéro zéro neuf un deux trois quatre cinq.",
            "Son portable: [phone].",
        ),
        ("Číslo má nula sedm sedm nula nula devět nula nula jedna dva tři.", "Číslo má [phone]."),
        ("Telefon: nulla hét hét nulla nulla kilenc egy egy kettő három négy", "Telefon: [phone]"),
        ("Dijo cero siete siete cero cero, nueve cero cero, cuatro cinco seis.", "Dijo [phone]."),
        ("numer zero siedem siedem zero zero dziewięć jeden dwa trzy", "numer [phone]"),
        ("Handy null sieben sieben null null neun acht acht sieben", "Handy [phone]"),
        # digits among the words
        ("Il a dit zéro 7 7 zéro zéro 9 un deux trois quatre cinq", "Il a dit [phone]"),
        # the last digits said as a pair ("sixty-one", "forty two")
        ("Her new one is 07700 900 4 sixty-two.", "Her new one is [phone]."),
        ("ring oh seven seven double oh nine double oh, forty two one", "ring [phone]"),
        # "treble" as "triple", and a number read out inside brackets (which go with it)
        ("New number 07700 900 treble 4, texts only.", "New number [phone], texts only."),
        ("Rang from (zero 7 7 zero zero 9 zero zero 3 zero 8) late on.", "Rang from [phone] late on."),
        # "@" and "." said in Italian, before an ending that is an English word
        ("Mail: giulia.r chiocciola libero punto it", "Mail: [email]"),
    ],
)
def test_spelled_and_said_identifiers_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count, or a word for zero with too few digit words after it: no number
        "Il y a zéro problème, un deux trois quatre.",
        "Zero girls out tonight, cero, nada.",
        "Hubo dos o tres hombres, cero policía.",
        # tens words that count people or money
        "Sixty-one people came, forty quid each, twenty-two packs.",
        # a site's feature after its name is no handle
        "Talked about Grindr bans and Tinder scams, no names.",
        "Her Snapchat streaks keep her up at night.",
        # "point" is an English word: the prose stays
        "He held it at knife point in the alley.",
    ],
)
def test_words_that_are_no_identifier_stay(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a screen name run together in three or more capitalised parts
        ("Her other profile is under KittyLovesCash now.", "Her other profile is under [handle] now."),
        ("New page, SweetPeachDiva, same photos.", "New page, [handle], same photos."),
    ],
)
def test_run_together_screen_names_go(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # two capitalised parts are a surname or a brand
        "Bought her a PlayStation for the kids.",
        "Watched a YouTube video on safety apps.",
    ],
)
def test_two_part_capitalised_words_stay(text: str) -> None:
    assert scrub(text).text == text
