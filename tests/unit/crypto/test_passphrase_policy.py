"""Passphrase policy: minimum length and strength, with a plain reason that never echoes the passphrase."""

from __future__ import annotations

import pytest

from outreach_app.crypto.passphrase_policy import (
    MIN_LENGTH,
    WeakPassphraseError,
    passphrase_problem,
    require_acceptable,
)


@pytest.mark.parametrize("candidate", ["", "    ", "\t\n"])
def test_empty_is_refused(candidate: str) -> None:
    assert "empty" in (passphrase_problem(candidate) or "")


def test_short_is_refused_with_the_minimum() -> None:
    reason = passphrase_problem("Xq7#vL2p")
    assert reason is not None and "too short" in reason and str(MIN_LENGTH) in reason
    assert "Xq7#vL2p" not in reason


@pytest.mark.parametrize(
    "candidate", ["password123", "aaaaaaaaaaaa", "qwertyuiop1", "Summer2024!", "1234567890"]
)
def test_guessable_is_refused_without_echo(candidate: str) -> None:
    reason = passphrase_problem(candidate)
    assert reason is not None and "too easy to guess" in reason
    assert candidate not in reason and candidate.lower() not in reason.lower()
    with pytest.raises(WeakPassphraseError):
        require_acceptable(candidate)


@pytest.mark.parametrize("candidate", ["lantern orchard gravel nine", "tangerine-obelisk-94-wharf"])
def test_strong_is_accepted(candidate: str) -> None:
    assert passphrase_problem(candidate) is None
    require_acceptable(candidate)


def test_very_long_passphrases_are_estimated_quickly_and_accepted() -> None:
    long_one = "the copper kettle sang while seven herons argued about the harbour lights " * 20
    assert passphrase_problem(long_one) is None
    # Only a prefix is estimated, so a repeated word stays weak however long it is.
    assert passphrase_problem("river " * 400) is not None
