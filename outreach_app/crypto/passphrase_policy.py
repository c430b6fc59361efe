"""Is a new passphrase good enough? A minimum length plus zxcvbn's strength estimate.

Reasons are written for the person choosing the passphrase and never repeat
any part of it (it may be shown on screen or end up in a terminal's scrollback).
"""

from __future__ import annotations

from collections.abc import Sequence

from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"
# zxcvbn's matching grows quickly with length; beyond this prefix a passphrase is long enough anyway.
_ESTIMATE_PREFIX = 72  # zxcvbn 4.5 refuses longer input


class WeakPassphraseError(ValueError):
    """The passphrase was refused; str(error) says why in plain words."""


def passphrase_problem(passphrase: str, user_inputs: Sequence[str] = ()) -> str | None:
    """The reason `passphrase` is refused, or None if it is acceptable.

    Args:
        passphrase: the candidate.
        user_inputs: words the passphrase should not be built from (e.g. the app's name).
    """
    if not passphrase.strip():
        return "The passphrase is empty. Choose at least a few unrelated words."
    length = len(passphrase)
    if length < MIN_LENGTH:
        return (
            f"The passphrase is too short: it has {length} characters and needs at least {MIN_LENGTH}. "
            "A few unrelated words are easier to remember than symbols."
        )
    result = zxcvbn(passphrase[:_ESTIMATE_PREFIX], user_inputs=list(user_inputs))
    if int(result["score"]) >= MIN_SCORE:
        return None
    feedback = result.get("feedback") or {}
    parts = ["The passphrase is too easy to guess."]
    warning = feedback.get("warning")
    if warning:
        parts.append(str(warning).rstrip(".") + ".")
    for suggestion in feedback.get("suggestions") or ():
        parts.append(str(suggestion).rstrip(".") + ".")
    if len(parts) == 1:
        parts.append("Add another word or two that are not related to each other.")
    return " ".join(parts)


def require_acceptable(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    problem = passphrase_problem(passphrase, user_inputs)
    if problem is not None:
        raise WeakPassphraseError(problem)
