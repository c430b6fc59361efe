"""A generated word passphrase: words drawn with `secrets` from the EFF long word list.

The list is the Electronic Frontier Foundation's 7,776-word "long" list (chosen for
memorability: no homophones, no offensive words, unique three-letter prefixes), as
shipped by the maintained `xkcdpass` package; we only read its data file. Each word
carries log2(7776) ≈ 12.9 bits, so the default six words give about 77 bits, far
above the policy's 10^10-guess floor (about 33 bits) whatever an attacker knows.
"""

from __future__ import annotations

import math
import secrets
from functools import cache
from importlib.resources import files

from outreach_app.crypto.passphrase_policy import passphrase_problem

EFF_LONG_SIZE = 7776  # 6^5: one word per roll of five dice
DEFAULT_WORDS = 6
MIN_WORDS = 5  # 64 bits: still out of reach of any guessing at the production KDF cost
MAX_WORDS = 12
SEPARATOR = " "


class WordListError(RuntimeError):
    """The installed word list is not the EFF long list it should be (damaged install)."""


@cache
def eff_long_words() -> tuple[str, ...]:
    """The EFF long list, checked: 7,776 distinct lower-case words."""
    text = files("xkcdpass").joinpath("static", "eff-long").read_text(encoding="utf-8")
    words = tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    # Four EFF words have a hyphen (drop-down, felt-tip, t-shirt, yo-yo); no spaces, no capitals.
    if len(words) != EFF_LONG_SIZE or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        raise WordListError("the EFF word list shipped with xkcdpass is not the expected 7,776 words")
    return words


def suggest_passphrase(words: int = DEFAULT_WORDS, *, names: tuple[str, ...] = ()) -> str:
    """`words` words from the EFF long list, chosen with `secrets`, separated by spaces.

    A draw the policy refuses (vanishingly rare: e.g. several context words in a row) is
    drawn again, so what is offered can always be set.
    """
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise ValueError(f"a suggested passphrase has {MIN_WORDS} to {MAX_WORDS} words")
    wordlist = eff_long_words()
    while True:
        candidate = SEPARATOR.join(secrets.choice(wordlist) for _ in range(words))
        if passphrase_problem(candidate, names) is None:
            return candidate


def suggestion_bits(words: int = DEFAULT_WORDS) -> float:
    """The entropy of a suggestion, in bits (for the help text)."""
    return words * math.log2(EFF_LONG_SIZE)
