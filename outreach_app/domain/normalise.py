"""The one normaliser for phone numbers, vehicle plates and e-mail addresses.

Every place that stores, searches or compares numbers and plates calls these,
so `07700 900123`, `+447700900123` and `7700900123` are the same number and
`ab12 cde` matches the plate `AB12CDE`.

What a worker types is checked first (`check_phone_input`, `check_email_input`): a value
that is not plainly a phone number or an address is refused with a message saying why,
never rewritten into something that looks like one (issue 14: "07700 90012x" must not
become `+44770090012`). The normaliser itself is idempotent, and a partial number stays
partial: only a number that is complete for its country becomes E.164.
"""

from __future__ import annotations

import functools
import re

import phonenumbers

DEFAULT_PHONE_REGION = "GB"
_NON_DIGITS = re.compile(r"\D+")
_NON_PLATE = re.compile(r"[^0-9A-Z]+")


MIN_PHONE_DIGITS = 4
"""Fewest digits of a phone number worth recording (a partial number is matched as a suffix)."""
MAX_PHONE_DIGITS = 17
"""Most digits: E.164's 15 and an international prefix such as 00."""
MAX_PHONE_CHARS = 40
"""Longest phone number as typed, spaces and punctuation included."""
_PHONE_INPUT = re.compile(r"\+?[0-9 ().-]*")


class PhoneInputError(ValueError):
    """A value offered as a phone number is not one; the message says why (never echoing it)."""


def check_phone_input(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """The normal form of a phone number a person typed, or PhoneInputError saying what is wrong.

    Only digits, spaces and `+ ( ) - .` are accepted, `+` only first, with 4-17 digits: a
    note that happens to hold digits ("07700 90012x", "ring me") is refused, never turned
    into a number. A number written with `+` must be complete: the digits after it cannot
    be guessed into another country's number.
    """
    text = raw.strip()
    if len(text) > MAX_PHONE_CHARS:
        raise PhoneInputError(f"is longer than {MAX_PHONE_CHARS} characters (one number per entry)")
    if _PHONE_INPUT.fullmatch(text) is None:
        if "+" in text[1:] and _PHONE_INPUT.fullmatch(text[0] + text[1:].replace("+", "")):
            raise PhoneInputError("may have + only at the start")
        raise PhoneInputError("may hold only digits, spaces and + ( ) - . (put other details in the notes)")
    digits = len(_NON_DIGITS.sub("", text))
    if digits < MIN_PHONE_DIGITS:
        raise PhoneInputError(f"needs at least {MIN_PHONE_DIGITS} digits (the last few digits are enough)")
    if digits > MAX_PHONE_DIGITS:
        raise PhoneInputError(f"has more than {MAX_PHONE_DIGITS} digits (commas between numbers)")
    normal = normalise_phone(text, region)
    if text.startswith("+") and not phone_is_complete(normal, region):
        raise PhoneInputError("starts with + but is not a complete international number (leave out the +)")
    return normal


def phone_is_complete(raw: str, region: str = DEFAULT_PHONE_REGION) -> bool:
    """True when `raw` is a whole number for its country (its normal form is E.164)."""
    text = raw.strip()
    if _normalise_e164_fast(text) is not None:
        return True
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return _is_full_number(parsed)


def normalise_phone(raw: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Return E.164 (`+447700900123`) where the number is complete, else its digits.

    Partial numbers (a worker often has only the last digits) keep their digits
    so they can still be matched as a suffix; a partial number typed with a leading `+`
    keeps the `+`, so normalising again gives the same answer (no region is guessed
    for digits that were written as international).
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
    # Only the digits and a leading '+' count: what phonenumbers would make of letters
    # (vanity numbers), an inner '+' or "ext" is a guess, and a guess is not idempotent.
    digits = _NON_DIGITS.sub("", text)
    if not digits:
        return ""
    plain = "+" + digits if text.startswith("+") else digits
    try:
        parsed = phonenumbers.parse(plain, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and _is_full_number(parsed):
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        # Only an answer that is itself complete when read back: otherwise the digits were
        # not a number of that country after all (and normalising again would disagree).
        if e164 == plain or _parses_full(e164):
            return e164
    return plain


def _parses_full(e164: str) -> bool:
    try:
        return _is_full_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False


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
    significant number has this many digits (none starting with 0)."""
    number = phonenumbers.PhoneNumber(country_code=calling_code, national_number=int("1" * nsn_length))
    return _full_length(number, nsn_length)


def _full_length(parsed: phonenumbers.PhoneNumber, nsn_length: int) -> bool:
    """Possible, 9 digits or more, and the longest length the country has: such a number
    cannot be the start of a longer one, whatever its digits."""
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE or nsn_length < _MIN_FULL_NSN_DIGITS:
        return False
    return nsn_length == _longest_length(parsed.country_code)


_MIN_FULL_NSN_DIGITS = 9


@functools.cache
def _longest_length(calling_code: int) -> int:
    """The longest national significant number the calling code's main region allows."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        calling_code, phonenumbers.region_code_for_country_code(calling_code)
    )
    if metadata is None or metadata.general_desc is None:
        return 0
    return max(metadata.general_desc.possible_length, default=0)


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
    """Valid numbers, and longest-length ones in unallocated ranges (e.g. Ofcom's drama range
    07700 900xxx, which perpetrators' burner numbers can look like); never short fragments.

    "Possible" alone is not enough: GB allows 9-digit numbers in a few areas, so a mobile
    missing its last digit (07700 90012) is "possible" but is not a number; it stays partial.
    """
    # The cheap length check first: most numbers pass it, and is_valid_number costs about as
    # much again as parsing (it matters on the server, which normalises every number it ingests).
    national = phonenumbers.national_significant_number(parsed)
    # A national number starting with 0 is never "full by length": the 0 is a national
    # prefix the digits were typed with (such numbers are complete only when valid).
    if not national.startswith("0") and _full_length(parsed, len(national)):
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


# --- e-mail addresses -------------------------------------------------------------------------

MAX_EMAIL_CHARS = 254
"""Longest address (RFC 5321's path limit less the angle brackets)."""
_MAX_LOCAL_CHARS = 64
_EMAIL_LOCAL = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


class EmailInputError(ValueError):
    """A value offered as an e-mail address is not one; the message says why (never echoing it)."""


def normalise_email(raw: str) -> str:
    """An address as stored and matched: trimmed and lower case (`Kev@Example.COM` →
    `kev@example.com`). Idempotent. Mailboxes are case-blind in practice, and one form is
    what lets a check find an address whatever case it was written in."""
    return raw.strip().lower()


def check_email_input(raw: str) -> str:
    """The normal form of an address a person typed, or EmailInputError saying what is wrong.

    A plain `name@domain.tld`: ASCII letters, digits and the usual symbols before the `@`,
    a domain of dot-separated labels with at least one dot; no spaces, no display names,
    no "name at domain dot com" (the scrubber deals with that form in free text).
    """
    text = normalise_email(raw)
    if len(text) > MAX_EMAIL_CHARS:
        raise EmailInputError(f"is longer than {MAX_EMAIL_CHARS} characters")
    if text.count("@") != 1:
        raise EmailInputError("needs exactly one @ (one address per entry, commas between)")
    local, domain = text.split("@")
    if not local or len(local) > _MAX_LOCAL_CHARS or _EMAIL_LOCAL.fullmatch(local) is None:
        raise EmailInputError(
            "has a name part (before the @) that is empty, too long or holds spaces or other characters"
        )
    labels = domain.split(".")
    if len(labels) < 2 or not all(_EMAIL_LABEL.fullmatch(label) for label in labels):
        raise EmailInputError("needs a domain after the @ such as example.com")
    return text
