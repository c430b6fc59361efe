"""The app's copies of typed passphrases are zeroed once used (ops.vault_ops)."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_app.core.vault import WrongPassphraseError, create_vault, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import vault_ops


def _typed(text: str) -> str:
    return "".join(list(text))  # a fresh object, as a text field hands out


def _zeroed(text: str) -> bool:
    return all(character == "\0" for character in text)


def test_change_passphrase_zeroes_both_strings_it_was_given(tmp_path: Path) -> None:
    layout = VaultLayout(tmp_path / "vault")
    create_vault(layout, "lantern orchard gravel nine", kdf=TEST_KDF)
    old, new = _typed("lantern orchard gravel nine"), _typed("copper whistle meadow plank")
    with unlock_vault(layout, "lantern orchard gravel nine") as session:
        # The test profile asked for again: without it the change raises the slot to the
        # production profile, two derivations at 256 MiB (1.6 CPU-s) that zero nothing more
        # (tests/unit/core/test_vault_changes.py tests that upgrade).
        vault_ops.change_passphrase(session, old, new, kdf=TEST_KDF)
    assert _zeroed(old) and _zeroed(new) and len(new) == len("copper whistle meadow plank")
    with unlock_vault(layout, "copper whistle meadow plank") as session:
        assert session.role == "coordinator"


def test_a_refused_change_zeroes_them_too(tmp_path: Path) -> None:
    layout = VaultLayout(tmp_path / "vault")
    create_vault(layout, "lantern orchard gravel nine", kdf=TEST_KDF)
    old, new = _typed("not the passphrase at all"), _typed("copper whistle meadow plank")
    with (
        unlock_vault(layout, "lantern orchard gravel nine") as session,
        pytest.raises(WrongPassphraseError),
    ):
        vault_ops.change_passphrase(session, old, new)
    assert _zeroed(old) and _zeroed(new)
