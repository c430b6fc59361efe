"""Vault fixtures: a fresh layout per test, vaults made with the cheap KDF profile.

The fake clock is the shared `clock` fixture (tests/conftest.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from tests.vault_templates import created_vault

PASSPHRASE = "lantern orchard gravel nine"
OTHER_PASSPHRASE = "copper whistle meadow plank"
THIRD_PASSPHRASE = "saffron glacier tumble oar"


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    return VaultLayout(tmp_path / "vault")


@pytest.fixture
def vault(layout: VaultLayout) -> VaultLayout:
    """A created (locked) vault with PASSPHRASE on a coordinator slot: a copy of one made once
    per process (tests/vault_templates.py); tests that compare two vaults make their own."""
    created_vault(layout, PASSPHRASE, kdf=TEST_KDF)
    return layout


def digest_files(directory: Path) -> dict[str, str]:
    """name → SHA-256 of every file in `directory` (to prove nothing changed)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
    }


@pytest.fixture
def digests() -> Callable[[Path], dict[str, str]]:
    return digest_files
