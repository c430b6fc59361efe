"""Is a new passphrase good enough? A minimum length plus zxcvbn's guess estimate, in context.

zxcvbn alone scores `sexworker2026` as strong; an attacker who knows the vault belongs
to an outreach project tries the app's name, the organisation, its regions, the words of
the work and this year first. Those words are given to the estimator as context
(`context_words`), and the estimate must reach `MIN_GUESSES`: 10^10 guesses is what
zxcvbn calls "very unguessable" and, against the production Argon2id cost (about half a
second a guess on one core), decades of one machine's work.

Reasons are written for the person choosing the passphrase and never repeat
any part of it (it may be shown on screen or end up in a terminal's scrollback).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from zxcvbn import zxcvbn

from outreach_app.domain.resources import resource_path

MIN_LENGTH = 10
MIN_GUESSES = 10**10
APP_NAME = "outreach"
# Years near today: a passphrase chosen now is likely to carry one of them.
YEARS_BEFORE, YEARS_AFTER = 6, 2
# zxcvbn's matching grows quickly with length; beyond this prefix a passphrase is long enough anyway.
_ESTIMATE_PREFIX = 72  # zxcvbn 4.5 refuses longer input
_WORD = re.compile(r"[^\W_]+")


class WeakPassphraseError(ValueError):
    """The passphrase was refused; str(error) says why in plain words."""


@dataclass(frozen=True)
class Assessment:
    """zxcvbn's view of a candidate, with the policy's verdict.

    Attributes:
        score: zxcvbn's 0..4 (for a strength bar).
        log10_guesses: estimated guesses, as a power of ten.
        problem: why it is refused, or None when it is acceptable.
    """

    score: int
    log10_guesses: float
    problem: str | None


@cache
def vocabulary() -> tuple[str, ...]:
    """The sex-work and outreach words of resources/passphrase/vocabulary.txt."""
    text = resource_path("passphrase", "vocabulary.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


def name_variants(name: str) -> list[str]:
    """A name as people fold it into passphrases: whole, run together, word by word, initials."""
    words = _WORD.findall(name.lower())
    if not words:
        return []
    variants = [" ".join(words), "".join(words), *(w for w in words if len(w) >= 3)]
    if len(words) >= 3:
        variants.append("".join(w[0] for w in words))
    return variants


def context_words(names: Iterable[str] = (), *, year: int | None = None) -> list[str]:
    """Everything the estimator should treat as known to an attacker.

    Args:
        names: organisation, region and area names from the vault (may be empty: a new vault).
        year: the current year (tests inject it); default today's.
    """
    if year is None:
        year = datetime.now(UTC).year
    words: list[str] = [APP_NAME, *vocabulary()]
    for name in names:
        words.extend(name_variants(name))
    words.extend(str(y) for y in range(year - YEARS_BEFORE, year + YEARS_AFTER + 1))
    return list(dict.fromkeys(words))  # de-duplicated, order kept


def assess(passphrase: str, names: Sequence[str] = (), *, year: int | None = None) -> Assessment:
    """Score `passphrase` against the floor, with the vault's `names` as context."""
    if not passphrase.strip():
        return Assessment(0, 0.0, "The passphrase is empty. Choose at least a few unrelated words.")
    result = zxcvbn(passphrase[:_ESTIMATE_PREFIX], user_inputs=context_words(names, year=year))
    guesses = float(result["guesses"])
    log10_guesses = math.log10(guesses) if guesses > 0 else 0.0
    score = int(result["score"])
    length = len(passphrase)
    if length < MIN_LENGTH:
        problem: str | None = (
            f"The passphrase is too short: it has {length} characters and needs at least {MIN_LENGTH}. "
            "A few unrelated words are easier to remember than symbols."
        )
    elif guesses < MIN_GUESSES:
        problem = _weak_reason(result)
    else:
        problem = None
    return Assessment(score, log10_guesses, problem)


def _weak_reason(result: dict[str, object]) -> str:
    parts = ["The passphrase is too easy to guess."]
    sequence = result.get("sequence") or []
    if isinstance(sequence, list) and any(m.get("dictionary_name") == "user_inputs" for m in sequence):
        parts.append(
            "It is built from words an attacker would try first: the app's name, the "
            "organisation, its regions, the words of outreach and sex work, or a recent year."
        )
    feedback = result.get("feedback") or {}
    if isinstance(feedback, dict):
        warning = feedback.get("warning")
        if warning:
            parts.append(str(warning).rstrip(".") + ".")
        for suggestion in feedback.get("suggestions") or ():
            parts.append(str(suggestion).rstrip(".") + ".")
    parts.append("Add another word or two that are not related to each other, or use Suggest.")
    return " ".join(dict.fromkeys(parts))


def passphrase_problem(passphrase: str, names: Sequence[str] = (), *, year: int | None = None) -> str | None:
    """The reason `passphrase` is refused, or None if it is acceptable.

    Args:
        passphrase: the candidate.
        names: organisation, region and area names of the vault (context for the estimate).
        year: the current year (tests inject it).
    """
    return assess(passphrase, names, year=year).problem


def require_acceptable(passphrase: str, names: Sequence[str] = (), *, year: int | None = None) -> None:
    problem = passphrase_problem(passphrase, names, year=year)
    if problem is not None:
        raise WeakPassphraseError(problem)
