"""Slots that record the production KDF profile, derived at the test profile's cost.

Argon2id at PRODUCTION_KDF (256 MiB, three passes, two lanes) costs ~0.4-1 CPU-s a
derivation, and a test of which parameters a path records (the CLI's default profile, the
upgrade of a test-profile slot at a passphrase change or a key rotation) derives two to five
times: ~6 CPU-s for three such tests (issue 19). `derive_production_cheaply(monkeypatch)` makes
the key file's derivations for exactly PRODUCTION_KDF run Argon2id with TEST_KDF's cost. It is
a function of the passphrase and salt as before (the right passphrase opens the slot, a wrong
one does not), every path still picks PRODUCTION_KDF and the slots still record it, so those
tests check what they did; the returned counter lets them assert that the production
parameters were asked for.

Argon2id at the production profile itself still runs, in
tests/unit/core/test_vault_changes.py::test_a_passphrase_change_upgrades_a_test_profile_slot_to_production
(a slot wrapped with it and opened again), and the profile's floor is checked in
tests/unit/crypto/test_kdf.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from outreach_app.crypto import keyfile
from outreach_app.crypto.kdf import PRODUCTION_KDF, TEST_KDF, KdfParams


@dataclass
class ProductionDerivations:
    count: int = 0


def derive_production_cheaply(monkeypatch: pytest.MonkeyPatch) -> ProductionDerivations:
    real = keyfile.derive_key
    seen = ProductionDerivations()

    def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
        if params == PRODUCTION_KDF:
            seen.count += 1
            params = TEST_KDF
        return real(passphrase, salt, params)

    monkeypatch.setattr(keyfile, "derive_key", derive)
    return seen
