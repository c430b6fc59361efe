"""The one normaliser for phone numbers and vehicle plates.

Every place that stores, searches or compares numbers and plates calls these,
so `07700 900123`, `+447700900123` and `7700900123` are the same number and
`ab12 cde` matches the plate `AB12CDE`.
"""

from __future__ import annotations

import functools
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
    fast = _normalise_e164_fast(text)
    if fast is not None:
        return fast
    return _normalise_phone_slow(text, region)


def _normalise_phone_slow(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """The general normaliser: `phonenumbers.parse` on any input. `normalise_phone` must
    always answer exactly what this answers (tests/unit/test_normalise_fast_path.py)."""
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


# Why a fast path: devices send numbers already in E.164, and the server checks every phone
# number of every ingested report is a fixpoint of `normalise_phone`; `phonenumbers.parse`
# was the largest cost of server ingest. Why it is exact: for text of the shape below (ASCII
# '+', then 7-15 ASCII digits, the first not 0) `phonenumbers.parse` (9.x, read in
# phonenumberutil.parse) does only this, whatever the default region:
#   - the '+' is stripped (the region's international prefix is never consulted);
#   - the country calling code is the first 1-3 digits found in COUNTRY_CODE_TO_REGION_CODE
#     (calling codes are prefix-free); if there is none, parse retries without the '+'
#     against the region — so we decline;
#   - fewer than 2 digits left raises TOO_SHORT_NSN, more than 17 TOO_LONG — we decline;
#   - `national_prefix_for_parsing` of the calling code's metadata may strip a national
#     prefix (or apply a transform rule) when it matches at the start — we decline whenever
#     that could change anything: a non-empty match, or any group captured. (A zero-length
#     match with no group, as Argentina's all-optional pattern gives on mobiles, strips
#     nothing.) Missing metadata (parse would assert) — we decline. (With the default region
#     "001" parse has no metadata and strips nothing, which is also what we accept.)
#   - a leading 0 sets italian_leading_zero — we decline;
#   - national_number = int(rest), nothing else set (no extension: digits only).
# The fast path builds that same PhoneNumber and applies the same acceptance test and
# formatting as the slow path; anything it does not accept goes to the slow path, so the
# answer is always the slow path's.
_E164_SHAPE = re.compile(r"\+[1-9][0-9]{6,14}")
_MAX_CALLING_CODE_DIGITS = 3
_MIN_NSN_DIGITS = 2
_MAX_NSN_DIGITS = 17


def _normalise_e164_fast(text: str) -> str | None:
    """`text` itself when it is an E.164 number the slow path would return unchanged;
    None to decline (the caller then runs the slow path)."""
    if _E164_SHAPE.fullmatch(text) is None:
        return None
    digits = text[1:]
    for length in range(1, _MAX_CALLING_CODE_DIGITS + 1):
        calling_code = int(digits[:length])
        if calling_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    nsn = digits[length:]
    if not _MIN_NSN_DIGITS <= len(nsn) <= _MAX_NSN_DIGITS or nsn[0] == "0":
        return None
    has_metadata, national_prefix = _national_prefix_for_parsing(calling_code)
    if not has_metadata:
        return None
    if national_prefix is not None:
        match = national_prefix.match(nsn)
        if match is not None and (match.end() > 0 or any(g is not None for g in match.groups())):
            return None
    # E.164 formatting of that number is '+', the calling code and `nsn` (no leading zero,
    # no extension): `text` itself. `_is_full_number` first asks a question whose answer
    # depends only on the calling code and the length; only when that does not settle it
    # is the number checked digit by digit.
    if _possible_full_length(calling_code, len(nsn)):
        return text
    number = phonenumbers.PhoneNumber(country_code=calling_code, national_number=int(nsn))
    if not _is_full_number(number):
        return None
    return text


@functools.cache
def _possible_full_length(calling_code: int, nsn_length: int) -> bool:
    """`_is_full_number`'s first test for any number with this calling code whose national
    significant number has this many digits (none starting with 0): possible, and 9 or more."""
    number = phonenumbers.PhoneNumber(country_code=calling_code, national_number=int("1" * nsn_length))
    reason = phonenumbers.is_possible_number_with_reason(number)
    return reason == phonenumbers.ValidationResult.IS_POSSIBLE and nsn_length >= 9


@functools.cache
def _national_prefix_for_parsing(calling_code: int) -> tuple[bool, re.Pattern[str] | None]:
    """(whether parse finds metadata for the calling code, its compiled
    `national_prefix_for_parsing` or None when it has none), as parse looks them up."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        calling_code, phonenumbers.region_code_for_country_code(calling_code)
    )
    if metadata is None:
        return False, None
    pattern = metadata.national_prefix_for_parsing
    return True, (re.compile(pattern) if pattern else None)


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
