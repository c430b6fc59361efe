"""Withdrawal codes and their verifier, computed the same way on every device and the server.

A person gets a withdrawal code when consent is recorded (16 symbols of Crockford's
base32 alphabet = 80 bits, shown as four groups of four: `7KQ2-MX9D-4HTB-0WZR`). The
device stores and sends only the *verifier*: the SHA-256 of a domain tag and the
normalised code. Presenting the code on any device of the organisation lets that device
compute the same verifier and withdraw by it (docs/protocol.md, "Withdrawals").

Normalising forgives what people do when they copy a code by hand: spaces, hyphens,
lower case, and the letters Crockford maps onto digits (O -> 0, I and L -> 1).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

WITHDRAWAL_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford base32: no I, L, O or U, so a code read aloud or written down stays unambiguous."""
WITHDRAWAL_CODE_LENGTH = 16
"""Symbols per code: 16 x 5 bits = 80 bits."""
WITHDRAWAL_CODE_GROUP = 4
VERIFIER_DOMAIN_TAG = b"outreach-withdrawal-v1\x00"
"""Prefix hashed before the code, so a verifier cannot be confused with another SHA-256."""

_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_\t\r\n")


class WithdrawalCodeError(ValueError):
    """The text is not a withdrawal code (wrong length or a symbol outside the alphabet)."""


def normalise_withdrawal_code(raw: str) -> str:
    """The 16 upper-case symbols of a code, or WithdrawalCodeError (the message never echoes it)."""
    code = raw.translate(_SEPARATORS).upper().translate(_CONFUSABLES)
    if len(code) != WITHDRAWAL_CODE_LENGTH:
        raise WithdrawalCodeError(f"a withdrawal code has {WITHDRAWAL_CODE_LENGTH} letters and digits")
    if any(symbol not in WITHDRAWAL_CODE_ALPHABET for symbol in code):
        raise WithdrawalCodeError("a withdrawal code uses only the digits and the letters on the slip")
    return code


def withdrawal_verifier(code: str) -> str:
    """Lower-case hex SHA-256 of the domain tag and the normalised code."""
    normalised = normalise_withdrawal_code(code)
    return hashlib.sha256(VERIFIER_DOMAIN_TAG + normalised.encode("ascii")).hexdigest()


def format_withdrawal_code(code: str) -> str:
    """The code as printed: groups of four joined by hyphens."""
    normalised = normalise_withdrawal_code(code)
    step = WITHDRAWAL_CODE_GROUP
    return "-".join(normalised[i : i + step] for i in range(0, len(normalised), step))


def new_withdrawal_code() -> str:
    """A fresh random code, formatted for printing (uses the OS CSPRNG)."""
    raw = "".join(secrets.choice(WITHDRAWAL_CODE_ALPHABET) for _ in range(WITHDRAWAL_CODE_LENGTH))
    return format_withdrawal_code(raw)


# --- protocol v2: one verifier per purpose ------------------------------------------------------

PURPOSE_VERIFIER_KEY_INFO = b"outreach withdraw v2 key"
PURPOSE_VERIFIER_PREFIX = "outreach withdraw v2|"


def purpose_verifier_key(code: str) -> bytes:
    """The secret every v2 verifier of a code is derived from: HKDF-SHA256 of the normalised
    code (no salt, info PURPOSE_VERIFIER_KEY_INFO), 32 bytes."""
    normalised = normalise_withdrawal_code(code).encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=PURPOSE_VERIFIER_KEY_INFO).derive(
        normalised
    )


def purpose_verifier(code: str, purpose: str) -> str:
    """v2 verifier of one purpose: hex HMAC-SHA256(purpose_verifier_key(code),
    "outreach withdraw v2|" + purpose). Envelopes of one incident for different purposes get
    unrelated verifiers, so their clear headers cannot be linked; the code derives them all."""
    return purpose_verifiers(code, [purpose])[purpose]


def purpose_verifiers(code: str, purposes: Iterable[str]) -> dict[str, str]:
    """Every purpose's verifier of a code (one key derivation for all of them)."""
    key = purpose_verifier_key(code)
    return {
        purpose: hmac.new(
            key, (PURPOSE_VERIFIER_PREFIX + purpose).encode("ascii"), hashlib.sha256
        ).hexdigest()
        for purpose in purposes
    }
