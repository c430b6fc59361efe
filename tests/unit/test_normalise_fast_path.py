"""The E.164 fast path of `normalise_phone` answers exactly what `phonenumbers.parse` would.

The fast path either returns its input unchanged or declines; whenever it accepts, the slow
path (`_normalise_phone_slow`, the original `phonenumbers.parse` logic) must return the same
string, and `normalise_phone` must always equal the slow path.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.domain import normalise
from outreach_app.domain.normalise import _normalise_e164_fast, _normalise_phone_slow, normalise_phone

REGIONS = ["GB", "US", "DE", "IT", "AR", "001", "ZZ"]
"""Default regions to check with: the app's own, a few with national prefixes, and unusual ones."""

CALLING_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _check(text: str, region: str = normalise.DEFAULT_PHONE_REGION) -> str | None:
    """Assert the fast path agrees with the slow path on `text`; return what the fast path said."""
    slow = _normalise_phone_slow(text, region)
    fast = _normalise_e164_fast(text)
    if fast is not None:
        assert fast == text, f"fast path changed {text!r} to {fast!r}"
        assert slow == text, f"fast path accepted {text!r}, slow path says {slow!r} (region {region})"
    with _slow_path_already_asked(text, region, slow):
        assert normalise_phone(text, region) == slow, f"{text!r} (region {region})"
    return fast


@contextmanager
def _slow_path_already_asked(text: str, region: str, answer: str) -> Iterator[None]:
    """While `normalise_phone` runs, its slow path answers `answer` (what it just returned
    here: it is a pure function) when asked about exactly (`text`, `region`), and runs for any
    other arguments (an unstripped text, another region). Asking `phonenumbers.parse` the same
    question twice was a third of the sweep's CPU (issue 19)."""
    slow_path = normalise._normalise_phone_slow

    def asked_before(raw: str, region_asked: str = normalise.DEFAULT_PHONE_REGION) -> str:
        return answer if (raw, region_asked) == (text, region) else slow_path(raw, region_asked)

    normalise._normalise_phone_slow = asked_before
    try:
        yield
    finally:
        normalise._normalise_phone_slow = slow_path


@settings(deadline=None, max_examples=500)
@given(digits=st.text(alphabet="0123456789", min_size=7, max_size=15), region=st.sampled_from(REGIONS))
def test_any_plus_digits_agrees_with_slow_path(digits: str, region: str) -> None:
    _check("+" + digits, region)


@settings(deadline=None, max_examples=500)
@given(
    calling_code=st.sampled_from(CALLING_CODES),
    rest=st.text(alphabet="0123456789", min_size=1, max_size=14),
    region=st.sampled_from(REGIONS),
)
def test_known_calling_code_agrees_with_slow_path(calling_code: int, rest: str, region: str) -> None:
    text = f"+{calling_code}{rest}"[:16]
    _check(text, region)


def _metadata(calling_code: int) -> Iterator[phonenumbers.PhoneMetadata]:
    """Metadata of every region sharing the calling code (or of the non-geographic entity)."""
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[calling_code]:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(calling_code, region)
        if metadata is not None:
            yield metadata


def _prefixes(calling_code: int) -> set[str]:
    """Digit runs that start national numbers interestingly: the national prefix, the digits in
    `national_prefix_for_parsing`, and example numbers (so many sweep numbers are valid)."""
    prefixes = {"0", "00", "1", "8", "9"}
    for metadata in _metadata(calling_code):
        if metadata.national_prefix:
            prefixes.add(metadata.national_prefix)
        prefixes.update(re.findall(r"\d+", metadata.national_prefix_for_parsing or ""))
        for desc in (metadata.general_desc, metadata.fixed_line, metadata.mobile, metadata.toll_free):
            example = desc.example_number if desc is not None else None
            if example:
                prefixes.update(example[:cut] for cut in range(1, len(example) + 1))
    return prefixes


def test_every_calling_code_and_length_agrees_with_slow_path(seed: int) -> None:
    """Seeded sweep (the seed is printed): every calling code, every national-number length that
    fits in E.164, random digits and digits after national prefixes and example-number stems."""
    rng = random.Random(seed)
    accepted_by_code: dict[int, int] = {}
    checked = 0
    for calling_code in CALLING_CODES:
        code = str(calling_code)
        prefixes = sorted(_prefixes(calling_code))
        for length in range(2, 15 - len(code) + 1):
            fitting = [p for p in prefixes if len(p) <= length]
            starts = ["", "", "", *rng.sample(fitting, min(len(fitting), 12))]
            for start in starts:
                rest = "".join(rng.choice("0123456789") for _ in range(length - len(start)))
                fast = _check(f"+{code}{start}{rest}")
                checked += 1
                if fast is not None:
                    accepted_by_code[calling_code] = accepted_by_code.get(calling_code, 0) + 1
    print(f"checked {checked}; fast path accepted {sum(accepted_by_code.values())}")
    # The sweep must exercise acceptance broadly, not only declines.
    assert len(accepted_by_code) >= len(CALLING_CODES) // 2, sorted(accepted_by_code)
    assert {44, 1, 49, 33, 39, 54, 800} <= set(accepted_by_code)


def test_gb_mobile_is_accepted_by_fast_path() -> None:
    assert _check("+447700900123") == "+447700900123"
    assert normalise_phone("+447700900123") == "+447700900123"
    assert normalise_phone("  +447700900123 ") == "+447700900123"


def test_national_prefix_after_calling_code_declines() -> None:
    assert _check("+4407700900123") is None
    assert normalise_phone("+4407700900123") == _normalise_phone_slow("+4407700900123")


def test_italian_leading_zero_goes_to_slow_path() -> None:
    # Italian fixed lines keep their leading 0 after +39 (italian_leading_zero); only the slow
    # path models that, whatever it decides.
    assert _check("+390612345678") is None
    assert normalise_phone("+390612345678") == _normalise_phone_slow("+390612345678")


@pytest.mark.parametrize(
    "number",
    [
        "+12015550123",  # US
        "+5491123456789",  # Argentine mobile (9 + area code 11)
        "+80012345678",  # non-geographic: international freephone
    ],
)
def test_other_numbers_agree_with_slow_path(number: str) -> None:
    _check(number)
    assert normalise_phone(number) == _normalise_phone_slow(number)


def test_shapes_outside_e164_decline() -> None:
    for text in ["", "07700900123", "+0447700900123", "+44770090", "+4477009001234567", "+４４7700900123"]:
        assert _normalise_e164_fast(text) is None, text
        assert normalise_phone(text) == _normalise_phone_slow(text)


@pytest.mark.parametrize(
    "number",
    [
        "+447700900123",  # GB mobile (Ofcom drama range)
        "+447911123456",  # GB mobile
        "+12015550123",  # US
        "+14155552671",  # US
        "+4915123456789",  # DE mobile
        "+491701234567",  # DE mobile
        "+5491123456789",  # AR mobile: its national-prefix pattern matches empty, stripping nothing
    ],
)
def test_fast_path_is_taken_without_parsing(number: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ordinary mobiles must not reach `phonenumbers.parse` (the cost the fast path removes)."""

    def no_parse(*args: object, **kwargs: object) -> phonenumbers.PhoneNumber:
        raise AssertionError(f"phonenumbers.parse called for {args!r}")

    monkeypatch.setattr(normalise.phonenumbers, "parse", no_parse)
    assert normalise_phone(number) == number
