"""Phone numbers and e-mail addresses as typed: refused with a reason, or one stable normal form.

Issue 14 point 8: "07700 90012x, 123, ring me" must not become `+44770090012` and `123`;
the normaliser is idempotent; a partial number stays partial, never a made-up E.164.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from outreach_app.domain.errors import describe_validation_error
from outreach_app.domain.models import Perpetrator
from outreach_app.domain.normalise import (
    EmailInputError,
    PhoneInputError,
    check_email_input,
    check_phone_input,
    normalise_email,
    normalise_phone,
    phone_is_complete,
)
from tests.regex_strings import matching

_phone_alphabet = st.text(st.sampled_from("0123456789+ ().-"), max_size=30)
_any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


@settings(deadline=None, max_examples=1500)
@given(st.one_of(_phone_alphabet, _any_text, matching(r"\+?[0-9]{4,16}")))
def test_normalise_phone_is_idempotent(raw: str) -> None:
    once = normalise_phone(raw)
    assert normalise_phone(once) == once


@settings(deadline=None, max_examples=800)
@given(st.one_of(_phone_alphabet, _any_text))
@example("00026855896")  # once E.164 by length (+440026855896) that did not read back as complete
@example("004400428614892")
def test_checked_phone_is_refused_or_a_fixpoint_of_the_check(raw: str) -> None:
    try:
        normal = check_phone_input(raw)
    except PhoneInputError:
        return
    assert check_phone_input(normal) == normal
    assert normalise_phone(normal) == normal


@settings(deadline=None, max_examples=500)
@given(matching(r"0[1-9][0-9]{3,8}"))
def test_a_partial_number_stays_partial(digits: str) -> None:
    """Digits that are not a whole GB number come back as the same digits, not E.164."""
    parsed = phonenumbers.parse(digits, "GB")
    if phonenumbers.is_valid_number(parsed):
        return  # a whole (short) number: E.164 is right
    if len(digits) == 11:
        return
    assert normalise_phone(digits) == digits
    assert not phone_is_complete(digits)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("07700 90012x", "may hold only digits, spaces and + ( ) - ."),
        ("123", "needs at least 4 digits"),
        ("ring me", "may hold only digits"),
        ("07700 900123 / 07700 900124", "may hold only digits"),
        ("0770+0900123", "may have + only at the start"),
        ("+7700900123", "not a complete international number"),
        ("1" * 18, "more than 17 digits"),
        ("0" * 41, "longer than 40 characters"),
        ("tel:07700900123", "may hold only digits"),
        ("07700900123 ext 2", "may hold only digits"),
    ],
)
def test_what_is_not_plainly_a_number_is_refused_with_the_reason(typed: str, reason: str) -> None:
    with pytest.raises(PhoneInputError) as info:
        check_phone_input(typed)
    assert reason in str(info.value)


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("07700 900123", "+447700900123"),
        ("+44 (0)7700 900-123", "+447700900123"),
        ("0117 496 0123", "+441174960123"),
        ("07700.900.123", "+447700900123"),
        ("07700 90012", "0770090012"),  # a digit short: partial, not +44770090012
        ("900123", "900123"),
        ("  9001 ", "9001"),
    ],
)
def test_numbers_as_people_write_them(typed: str, normal: str) -> None:
    assert check_phone_input(typed) == normal


def test_the_issue_example_is_refused_entry_by_entry_never_rewritten() -> None:
    with pytest.raises(ValidationError) as info:
        Perpetrator(phone_numbers=["07700 90012x", "123", "ring me"])
    message = describe_validation_error(info.value)
    assert message.count("phone_numbers.") == 3
    assert "phone_numbers.0: Value error, phone number may hold only digits" in message
    assert "phone_numbers.1: Value error, phone number needs at least 4 digits" in message
    for typed in ("90012x", "ring me"):
        assert typed not in message


def test_blank_entries_are_dropped_and_repeats_kept_once() -> None:
    perpetrator = Perpetrator(phone_numbers=["07700 900123", "", "+447700900123", " 9001 "])
    assert perpetrator.phone_numbers == ["+447700900123", "9001"]


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("Kev@Example.COM", "kev@example.com"),
        ("  a.b+tag@mail.co.uk ", "a.b+tag@mail.co.uk"),
        ("o'neil_99@x-y.org", "o'neil_99@x-y.org"),
    ],
)
def test_email_addresses_are_lower_case(typed: str, normal: str) -> None:
    assert check_email_input(typed) == normal
    assert Perpetrator(email_addresses=[typed, normal.upper()]).email_addresses == [normal]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("kev at gmail dot com", "exactly one @"),
        ("a@@b.com", "exactly one @"),
        ("kev@gmail", "a domain after the @"),
        ("kev@-gmail.com", "a domain after the @"),
        ("kev smith@gmail.com", "name part"),
        (".kev@gmail.com", "name part"),
        ("Kev <kev@gmail.com>", "name part"),
        ("a" * 65 + "@b.com", "name part"),
        ("a@" + "b" * 250 + ".com", "longer than 254"),
    ],
)
def test_what_is_not_an_address_is_refused_with_the_reason(typed: str, reason: str) -> None:
    with pytest.raises(EmailInputError) as info:
        check_email_input(typed)
    assert reason in str(info.value)
    with pytest.raises(ValidationError) as refused:
        Perpetrator(email_addresses=[typed])
    assert "email_addresses.0: Value error, e-mail address" in describe_validation_error(refused.value)


@settings(deadline=None, max_examples=500)
@given(_any_text)
def test_email_normal_form_is_idempotent(raw: str) -> None:
    once = normalise_email(raw)
    assert normalise_email(once) == once
    try:
        checked = check_email_input(raw)
    except EmailInputError:
        return
    assert check_email_input(checked) == checked
