"""Argon2id at the test profile run once per (passphrase, salt) in a test process.

Unlocking, checking, backing up or changing a test vault derives its slot key with Argon2id at
TEST_KDF (8 MiB, one pass: ~5 ms of CPU). The unit tests did that ~1,200 times a run, ~6
CPU-s, and nearly all of them with the same few passphrases and the same salt: the vaults
are copies of one template made per process (tests/vault_templates.py), so they share its
salt. Argon2id is a pure function of its inputs, so the thousandth derivation of the same
inputs proves nothing the first did not (issue 19).

`remembered` stands in for `keyfile.derive_key` (the name every slot wrap, rewrap and open
calls): the first derivation of each (passphrase, salt) at exactly TEST_KDF runs the real
function and its bytes are kept; later ones get a new buffer holding the same bytes, which the
caller zeroes as it zeroes a real one. Any other parameters (the production profile, a
tampered slot's) run the real function every time, validation included. A wrong passphrase or
another salt is another key, so it derives for real; what opens and what does not is what
Argon2id says.

Not remembered: `crypto.kdf.derive_key` itself (tests/unit/crypto calls it directly and
compares it with argon2-cffi), and the child processes of the memory tests (fresh Pythons).
"""

from __future__ import annotations

from outreach_app.crypto import kdf
from outreach_app.crypto.kdf import TEST_KDF, KdfParams

_KEYS: dict[tuple[str, bytes], bytes] = {}
real_derive_key = kdf.derive_key


def remembered(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """`kdf.derive_key`, with the test profile's results kept for this process."""
    if params != TEST_KDF:
        return real_derive_key(passphrase, salt, params)
    # A copy of the passphrase as the key: the app zeroes in place the strings it is handed
    # (ops.vault_ops.forget_secret), and a zeroed key would no longer be found.
    inputs = ("".join(list(passphrase)), bytes(salt))
    known = _KEYS.get(inputs)
    if known is None:
        derived = real_derive_key(passphrase, salt, params)
        _KEYS[inputs] = bytes(derived)
        return derived
    return bytearray(known)
