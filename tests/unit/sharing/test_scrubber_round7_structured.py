"""Identifiers in the forms the seventh round looked at (issue 14, branch tune7s): two numbers
written as one entry, numbers pasted with the marks a phone or a web page puts in them, and the
perpetrator's own identifiers kept when the note writes them another way than the vault.

Every sentence here is written for these tests from how such notes are typed or pasted, never
copied from a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.context import identifier_key
from outreach_app.domain.scrubbing.scrubber import Kind, ScrubContext, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two numbers joined by a slash are one entry: one placeholder, the slash with them
        ("Chantelle - 07700 900 412/07700 900 498, try both", "[name] - [phone], try both"),
        ("Phones: 07 700 900 661 / 07 700 900 662\nInsta: @x", "Phones: [phone]\nInsta: [handle]"),
        ("her numbers 07 7 0 0 9 0 0 3 1 1/07 7 0 0 9 0 0 3 1 2 ok", "her numbers [phone] ok"),
        ("mob 07700 900 731 / 0113 496 0091 (home)", "mob [phone] (home)"),
        # ... not when a word or a comma parts them, nor a date after a number
        ("07700 900 412 or 07700 900 498", "[phone] or [phone]"),
        ("07700 900 412, 07700 900 498", "[phone], [phone]"),
        ("rang 07700 900 412 on 20/11", "rang [phone] on [date]"),
        # a number's tail after a slash goes with it, after a whole number only
        ("from 07700 900 987 / 900 988 at", "from [phone] at"),
        ("crime number 13/123456/26 given", "crime number 13/123456/26 given"),
        # ordinary slashes stay
        ("50/50 split, open 24/7, half of the girls", "50/50 split, open 24/7, half of the girls"),
    ],
)
def test_numbers_joined_by_a_slash_are_one_entry(text: str, expected: str) -> None:
    assert scrub(text).text == expected


def test_a_kept_number_is_never_joined_to_hers() -> None:
    context = ScrubContext.of((), ["07700 900 123"])
    result = scrub("his 07700 900 123/07700 900 456 hers", context)
    assert result.text == "his 07700 900 123/[phone] hers"
    assert [s.kind for s in result.spans] == [Kind.PHONE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a no-break space, a narrow or thin space between the groups (pasted from a phone or a page)
        ("ring 07700\u00a0900\u00a0123 tonight", "ring [phone] tonight"),
        ("ring +44\u00a07700\u00a0900123 tonight", "ring [phone] tonight"),
        ("ring 07700\u202f900\u202f123 tonight", "ring [phone] tonight"),
        ("ring 07700\u2009900\u2009123 tonight", "ring [phone] tonight"),
        # the hyphens that are not the keyboard's
        ("ring 07700\u2011900\u2011123 tonight", "ring [phone] tonight"),
        ("ring 07700\u2010900\u2010123 tonight", "ring [phone] tonight"),
        # WhatsApp's direction marks round a copied number (they stay, out of the span), a zero-width
        # space typed inside one
        ("from \u202a+44 7700 900123\u202c again", "from \u202a[phone]\u202c again"),
        ("from 077\u200b00 900 123 again", "from [phone] again"),
        # a plate and an email with the same marks
        ("silver Astra YR15\u00a0KLM again", "silver Astra [plate] again"),
        ("email dave\u200b@gmail.com", "email [email]"),
        # a street with a no-break space is a street as any other
        ("works on Oak\u00a0Road now", "works on [address] now"),
    ],
)
def test_numbers_pasted_with_other_spaces_and_hyphens_are_found(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same marks in ordinary prose change nothing
        "Handed out 40\u00a0packs, 12\u00a0lube, quiet night",
        "a well\u2011known spot for the van, nothing new",
        "She is 24\u00a0and doing fine \u2014 no concerns",
        "她\u3000很好",
    ],
)
def test_ordinary_text_with_those_marks_stays(text: str) -> None:
    assert scrub(text).text == text


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # his number said aloud, as the vault holds it in digits
        ("he rang from oh seven seven double oh nine double oh one two three again", "07700 900 123"),
        ("he rang from seven seven triple oh nine double one four five again", "07700 0911 45"),
        # his email said aloud or bracketed, as the vault holds it plainly
        ("email is bigdave at gmail dot com apparently", "bigdave@gmail.com"),
        ("email is bigdave(at)gmail(dot)com apparently", "bigdave@gmail.com"),
        ("email is bigdave [at] gmail [dot] co [dot] uk apparently", "bigdave@gmail.co.uk"),
        # his site with or without its scheme, "www." and last slash
        ("books through onlyfans.com/bigdave and more", "https://onlyfans.com/bigdave"),
        ("books through https://www.onlyfans.com/bigdave/ and more", "onlyfans.com/bigdave"),
    ],
)
def test_his_identifiers_written_another_way_stay(note: str, kept: str) -> None:
    assert scrub(note, ScrubContext.of((), [kept])).text == note


@pytest.mark.parametrize(
    ("note", "kept", "expected"),
    [
        # hers, written the same ways, still go
        (
            "hers is oh seven seven double oh nine double oh four five six",
            "07700 900 123",
            "hers is [phone]",
        ),
        ("hers is kayla at gmail dot com", "bigdave@gmail.com", "hers is [email]"),
        ("hers is onlyfans.com/kayla_x", "onlyfans.com/bigdave", "hers is [url]"),
    ],
)
def test_hers_still_go_beside_his(note: str, kept: str, expected: str) -> None:
    assert scrub(note, ScrubContext.of((), [kept])).text == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("oh seven seven double oh nine double oh one two three", "07700 900 123", True),
        ("kev at gmail dot com", "kev@gmail.com", True),
        ("kev (at) hotmail (dot) co (dot) uk", "KEV@hotmail.co.uk", True),
        ("https://www.site.com/kev/", "site.com/kev", True),
        ("@KingKev_515", "kingkev515", True),
        # different people stay different
        ("kev at gmail dot com", "kev@hotmail.com", False),
        ("site.com/kev", "site.com/kevin", False),
        # a name with "at" or "dot" in it is no address ("Dot" is a name)
        ("Dot", "", False),
        ("Pat at home", "pathome", False),
    ],
)
def test_the_key_two_spellings_of_one_identifier_share(a: str, b: str, same: bool) -> None:
    assert (identifier_key(a) == identifier_key(b)) is same
