"""Identifiers the ninth round looked at (issue 14, branch tune9s), with the look-alikes that
must stay.

Every sentence here is written for these tests from how such notes are typed, never copied from
a note of any batch.
"""

from __future__ import annotations

import pytest

from outreach_app.domain.scrubbing.scrubber import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dots of the part before "at" said too, in English or the writer's language
        ("mail: nadia point lemaire arobase orange point fr merci", "mail: [email] merci"),
        ("write to ana punto ruiz arroba gmail punto com please", "write to [email] please"),
        ("it's dani dot k at protonmail dot me", "it's [email]"),
        # ... not prose with "point" or "dot" in it
        ("he held a knife point at her at the flat", "he held a knife point at her at the flat"),
        ("point taken, she was there on the dot", "point taken, she was there on the dot"),
    ],
)
def test_an_email_said_with_its_dots_in_any_language(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "+44" read out with words and digits mixed: the words after the digits are the number's
        ("new no +44 seven eight double-oh 123 four five six, text only", "new no [phone], text only"),
        ("ring 0044 7 eight 00 123 four five six today", "ring [phone] today"),
        # ... but once the number is whole, a count after it stays
        ("+44 7800 123 456 two girls saw him", "[phone] two girls saw him"),
    ],
)
def test_a_number_with_its_country_code_read_out_in_words(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site no list holds, then "as" and a user name that looks like one
        ("he found me on GayHub as BristolBoyXL and booked", "he found me on GayHub as [handle] and booked"),
        ("she is on pinkdates as kitty_rose2 now", "she is on pinkdates as [handle] now"),
        # ... not a plain word or a name after "as" (a name is the names pass's)
        ("on Monday as well as Tuesday", "on Monday as well as Tuesday"),
        ("on Friday as usual", "on Friday as usual"),
    ],
)
def test_a_user_name_on_an_unlisted_site_after_as(text: str, expected: str) -> None:
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # words of a site's own business after its name are no user names
        "She needs help with her OnlyFans verification this week.",
        "The Telegram channel was shut down.",
        "Left a WhatsApp voice note for the team.",
        "An AdultWork buyer left a bad review.",
    ],
)
def test_a_sites_own_words_after_its_name_stay(text: str) -> None:
    assert scrub(text).text == text
