"""One-time enrolment codes and device credentials.

Both are 160-bit random values (≥ 128 bits required). They are stored only as SHA-256
hashes: with that much entropy a fast hash is enough, no KDF is needed, and a breached
table does not yield a usable credential. Codes are shown in eight groups of four
Crockford base-32 characters so staff can read them out over the phone.
"""

from __future__ import annotations

import hashlib
import secrets

CODE_BITS = 160
CREDENTIAL_BYTES = 32
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Letters people confuse map onto the digit they look like; separators are dropped.
_READ_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
GROUP = 4


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_enroll_code() -> str:
    """A fresh code in canonical form (32 base-32 characters = 160 bits, no separators)."""
    number = secrets.randbits(CODE_BITS)
    chars = []
    for _ in range(CODE_BITS // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    return "".join(chars)


def group_code(code: str) -> str:
    """`ABCDE-FGHJK-…` for display."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def canonical_code(typed: str) -> str:
    """What a person typed, in canonical form: case, spaces and dashes do not matter."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t")
    return cleaned.translate(_READ_ALIASES)


def new_credential() -> str:
    return secrets.token_urlsafe(CREDENTIAL_BYTES)
