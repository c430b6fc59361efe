"""The one normaliser for phone numbers and vehicle plates.

Every place that stores, searches or compares numbers and plates calls these,
so `07700 900123`, `+447700900123` and `7700900123` are the same number and
`ab12 cde` matches the plate `AB12CDE`.
"""

from __future__ import annotations

import re

import phonenumbers

DEFAULT_PHONE_REGION = "GB"
_NON_DIGITS = re.compile(r"\D+")
_NON_PLATE = re.compile(r"[^0-9A-Z]+")


def normalise_phone(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Return E.164 (`+447700900123`) where the number parses, else its digits.

    Partial numbers (a worker often has only the last digits) keep their digits
    so they can still be matched as a suffix.
    """
    text = raw.strip()
    if not text:
        return ""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and _is_full_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    digits = _NON_DIGITS.sub("", text)
    return digits


def _is_full_number(parsed: phonenumbers.PhoneNumber) -> bool:
    """Valid numbers, and full-length ones in unallocated ranges (e.g. Ofcom's drama range
    07700 900xxx, which perpetrators' burner numbers can look like); never short fragments."""
    # The cheap length check first: most numbers pass it, and is_valid_number costs about as
    # much again as parsing (it matters on the server, which normalises every number it ingests).
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    national = phonenumbers.national_significant_number(parsed)
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE and len(national) >= 9:
        return True
    return bool(phonenumbers.is_valid_number(parsed))


def phone_search_digits(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Digits to match as a suffix of stored normalised numbers (partial numbers too)."""
    normalised = normalise_phone(raw, region)
    return normalised.lstrip("+")


def normalise_plate(raw: str) -> str:
    """Upper case, letters and digits only. Partial plates are allowed."""
    return _NON_PLATE.sub("", raw.upper())


def looks_like_phone(text: str) -> bool:
    """True when a search term is mostly digits (at least 4), so it is matched as a number."""
    digits = _NON_DIGITS.sub("", text)
    return len(digits) >= 4 and len(digits) >= len(text.replace(" ", "")) - 1
