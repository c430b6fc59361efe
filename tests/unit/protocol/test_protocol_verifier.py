"""Withdrawal codes: one normal form, one verifier, on every device and the server."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.protocol import (
    WithdrawalCodeError,
    format_withdrawal_code,
    new_withdrawal_code,
    normalise_withdrawal_code,
    withdrawal_verifier,
)
from outreach_app.protocol.verifier import WITHDRAWAL_CODE_ALPHABET, WITHDRAWAL_CODE_LENGTH

codes = st.text(st.sampled_from(WITHDRAWAL_CODE_ALPHABET), min_size=16, max_size=16)


def test_codes_carry_at_least_80_bits() -> None:
    assert len(set(WITHDRAWAL_CODE_ALPHABET)) == 32
    assert WITHDRAWAL_CODE_LENGTH * 5 >= 80
    assert not set("ILOU") & set(WITHDRAWAL_CODE_ALPHABET)


def test_new_codes_are_printed_in_four_groups_of_four_and_differ() -> None:
    made = {new_withdrawal_code() for _ in range(50)}
    assert len(made) == 50
    for code in made:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", code)


@settings(deadline=None, max_examples=100)
@given(codes, st.sampled_from(["", " ", "-", "  ", "\t"]), st.booleans())
def test_how_a_code_is_typed_does_not_change_its_verifier(code: str, separator: str, lower: bool) -> None:
    typed = separator.join(code[i : i + 4] for i in range(0, 16, 4))
    typed = typed.lower() if lower else typed
    typed = typed.replace("0", "O").replace("1", "l") if lower else typed.replace("1", "I")
    assert normalise_withdrawal_code(typed) == code
    assert withdrawal_verifier(typed) == withdrawal_verifier(code)
    assert format_withdrawal_code(typed) == "-".join(code[i : i + 4] for i in range(0, 16, 4))


@settings(deadline=None, max_examples=100)
@given(codes, codes)
def test_different_codes_have_different_verifiers(first: str, second: str) -> None:
    if first != second:
        assert withdrawal_verifier(first) != withdrawal_verifier(second)
    assert re.fullmatch(r"[0-9a-f]{64}", withdrawal_verifier(first))


@pytest.mark.parametrize(
    "bad", ["", "ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN-PQRS-T", "ABCD-EFGH-JKMN-PQRU", "ABCD EFGH JKMN PQR!"]
)
def test_malformed_codes_are_refused_without_echoing_them(bad: str) -> None:
    with pytest.raises(WithdrawalCodeError) as caught:
        withdrawal_verifier(bad)
    assert bad.replace("-", "").replace(" ", "")[:6] not in str(caught.value) or not bad
