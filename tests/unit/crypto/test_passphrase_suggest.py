"""Generated word passphrases: EFF long list, `secrets` randomness, always acceptable."""

from __future__ import annotations

import pytest

from outreach_app.crypto import passphrase_suggest
from outreach_app.crypto.passphrase_policy import assess
from outreach_app.crypto.passphrase_suggest import (
    DEFAULT_WORDS,
    EFF_LONG_SIZE,
    eff_long_words,
    suggest_passphrase,
    suggestion_bits,
)


def test_the_word_list_is_the_eff_long_list() -> None:
    words = eff_long_words()
    assert len(words) == EFF_LONG_SIZE == len(set(words))
    # First and last entries of the EFF long list (dice 11111 and 66666).
    assert words[0] == "abacus" and words[-1] == "zoom"


def test_a_suggestion_is_six_list_words_and_passes_the_floor_in_context() -> None:
    names = ("National Ugly Mugs", "North West")
    listed = set(eff_long_words())
    for _ in range(20):
        suggestion = suggest_passphrase(names=names)
        words = suggestion.split(" ")
        assert len(words) == DEFAULT_WORDS and set(words) <= listed
        verdict = assess(suggestion, names)
        assert verdict.problem is None and verdict.log10_guesses >= 10


def test_suggestions_differ() -> None:
    assert len({suggest_passphrase() for _ in range(10)}) == 10


def test_words_are_drawn_with_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []

    def choice(seq: tuple[str, ...]) -> str:
        drawn.append(len(seq))
        return seq[len(drawn) * 1000]

    monkeypatch.setattr(passphrase_suggest.secrets, "choice", choice)
    suggestion = suggest_passphrase(5)
    assert drawn == [EFF_LONG_SIZE] * 5
    assert suggestion.split(" ") == [eff_long_words()[i * 1000] for i in range(1, 6)]


def test_a_refused_draw_is_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    words = iter(["abacus"] * 5 + ["zoom", "abacus", "yodel", "oxford", "lantern"])
    monkeypatch.setattr(passphrase_suggest.secrets, "choice", lambda _seq: next(words))
    # Five times the same word is easy to guess: refused, so a second draw is made.
    assert suggest_passphrase(5) == "zoom abacus yodel oxford lantern"


@pytest.mark.parametrize("count", [4, 13])
def test_word_count_outside_bounds_is_refused(count: int) -> None:
    with pytest.raises(ValueError):
        suggest_passphrase(count)


def test_bits() -> None:
    assert 77 < suggestion_bits() < 78
