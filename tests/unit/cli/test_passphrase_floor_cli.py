"""The passphrase floor applies everywhere a passphrase is set: core (create, change, rotate,
add slot, with the vault's own names as context) and the CLI (`init`, `passphrase`, `role add`),
and `outreach passphrase suggest` prints an acceptable word passphrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_app.cli.common import ExitCode
from outreach_app.core.vault import (
    WeakPassphraseError,
    add_slot,
    change_passphrase,
    create_vault,
    list_slots,
    rotate_data_key,
    unlock_vault,
)
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import read_key_file
from outreach_app.crypto.passphrase_policy import passphrase_problem
from outreach_app.crypto.passphrase_suggest import eff_long_words
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area
from outreach_app.storage.repos.areas import add_area
from tests.unit.cli.test_vault_cli import cli
from tests.vault_templates import created_vault

PASS = "lantern orchard gravel nine"
AREA = "Brindleyplace Tannery"
FROM_AREA = "brindleyplacetannery"  # strong alone (10^12.9 guesses), weak once the area is known
REVIEW_EXAMPLES = ["Summer2024!!", "Outreach2026!", "nationaluglymugs", "sexworker2026"]


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTREACH_KDF_PROFILE", "test")
    monkeypatch.delenv("OUTREACH_DATA_DIR", raising=False)


@pytest.fixture
def vault(tmp_path: Path) -> VaultLayout:
    """A vault with an area whose name a passphrase could be built from."""
    layout = VaultLayout(tmp_path / "vault")
    created_vault(layout, PASS, kdf=TEST_KDF)
    with unlock_vault(layout, PASS) as session:
        add_area(session.conn, Area(name=AREA))
    return layout


def test_the_example_is_strong_without_the_vaults_names() -> None:
    assert passphrase_problem(FROM_AREA) is None  # so the refusals below come from the context


@pytest.mark.parametrize("weak", REVIEW_EXAMPLES)
def test_create_vault_refuses_the_review_examples(tmp_path: Path, weak: str) -> None:
    layout = VaultLayout(tmp_path / "vault")
    with pytest.raises(WeakPassphraseError, match="too easy to guess"):
        create_vault(layout, weak, kdf=TEST_KDF)
    assert not layout.key_file.exists() and not layout.db.exists()


def test_change_rotate_and_add_slot_refuse_a_passphrase_built_from_the_vaults_names(
    vault: VaultLayout,
) -> None:
    before = vault.key_file.read_bytes()
    with unlock_vault(vault, PASS) as session:
        with pytest.raises(WeakPassphraseError, match="attacker would try first"):
            change_passphrase(session, PASS, FROM_AREA, kdf=TEST_KDF)
        with pytest.raises(WeakPassphraseError):
            rotate_data_key(session, PASS, FROM_AREA, kdf=TEST_KDF)
        with pytest.raises(WeakPassphraseError):
            add_slot(session, FROM_AREA, "worker", kdf=TEST_KDF)
        for weak in REVIEW_EXAMPLES:
            with pytest.raises(WeakPassphraseError):
                add_slot(session, weak, "worker", kdf=TEST_KDF)
    assert vault.key_file.read_bytes() == before
    assert len(read_key_file(vault.key_file).slots) == 1


@pytest.mark.parametrize("weak", REVIEW_EXAMPLES)
def test_cli_init_refuses_the_review_examples(tmp_path: Path, weak: str) -> None:
    data_dir = tmp_path / "vault"
    result = cli(data_dir, "init", stdin=f"{weak}\n{weak}\n")
    assert result.code == ExitCode.USAGE
    assert "passphrase refused" in result.err and "too easy to guess" in result.err
    assert weak not in result.err and weak not in result.out
    assert not VaultLayout(data_dir).key_file.exists()


def test_cli_passphrase_change_refuses_the_vaults_names(vault: VaultLayout) -> None:
    before = vault.key_file.read_bytes()
    result = cli(vault.data_dir, "passphrase", stdin=f"{PASS}\n{FROM_AREA}\n{FROM_AREA}\n")
    assert result.code == ExitCode.USAGE, result.err
    assert "attacker would try first" in result.err
    assert vault.key_file.read_bytes() == before


def test_cli_role_add_refuses_the_vaults_names(vault: VaultLayout) -> None:
    result = cli(
        vault.data_dir, "role", "add", "--role", "worker", stdin=f"{PASS}\n{FROM_AREA}\n{FROM_AREA}\n"
    )
    assert result.code == ExitCode.USAGE, result.err
    assert "too easy to guess" in result.err
    assert len(list_slots(vault)) == 1


def test_cli_role_add_says_the_weakest_passphrase_sets_the_protection(vault: VaultLayout) -> None:
    new = "tangerine obelisk wharf juniper"
    result = cli(vault.data_dir, "role", "add", "--role", "worker", stdin=f"{PASS}\n{new}\n{new}\n")
    assert result.code == ExitCode.OK, result.err
    assert "weakest one sets the team's protection" in result.err
    assert len(list_slots(vault)) == 2


def test_cli_suggest_prints_an_acceptable_word_passphrase_and_touches_no_vault(tmp_path: Path) -> None:
    data_dir = tmp_path / "nothing-here"
    result = cli(data_dir, "passphrase", "suggest")
    assert result.code == ExitCode.OK, result.err
    suggestion = result.out.strip()
    words = suggestion.split(" ")
    assert len(words) == 6 and set(words) <= set(eff_long_words())
    assert passphrase_problem(suggestion) is None
    assert "EFF" in result.err and not data_dir.exists()

    as_json = json.loads(cli(data_dir, "--json", "passphrase", "suggest", "--words", "8").out)
    assert len(as_json["passphrase"].split(" ")) == 8 and as_json["words"] == 8
    assert 103 < as_json["bits"] < 104
    assert cli(data_dir, "passphrase", "suggest", "--words", "4").code == ExitCode.USAGE


def test_a_suggested_passphrase_can_be_set_through_the_cli(vault: VaultLayout) -> None:
    suggestion = cli(vault.data_dir, "passphrase", "suggest").out.strip()
    result = cli(vault.data_dir, "passphrase", stdin=f"{PASS}\n{suggestion}\n{suggestion}\n")
    assert result.code == ExitCode.OK, result.err
    with unlock_vault(vault, suggestion) as session:
        assert session.role == "coordinator"
