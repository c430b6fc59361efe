"""Credential placement rules that need no server: never a silent downgrade."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach_app.storage.repos.sync_state import ServerLink
from outreach_app.sync.credentials import ReenrolRequiredError, load_credential, store_credential


def _keyring_link(backend: str = "keyring.backends.SecretService.Keyring") -> ServerLink:
    return ServerLink(
        server_url="https://sync.example.org",
        device_id="d1",
        organisation=None,
        credential_store="keyring",
        keyring_backend=backend,
        keyring_entry="device-d1",
        credential=None,
        ca_bundle=None,
        enrolled_at=datetime.now(UTC),
    )


class OtherBackend:
    """Some backend that is not the one the credential was stored in."""


def test_no_os_keyring_puts_the_credential_in_the_vault_and_says_so() -> None:
    stored = store_credential("d1", "secret-credential-0123456789abc", find_backend=lambda: None)
    assert stored.store == "vault" and stored.credential == "secret-credential-0123456789abc"
    assert stored.keyring_entry is None
    assert "encrypted vault" in stored.notice
    assert "secret" not in repr(stored)


def test_keyring_gone_asks_to_reenrol_instead_of_falling_back() -> None:
    with pytest.raises(ReenrolRequiredError, match="not available"):
        load_credential(_keyring_link(), find_backend=lambda: None)


def test_keyring_backend_changed_asks_to_reenrol() -> None:
    with pytest.raises(ReenrolRequiredError, match="changed"):
        load_credential(_keyring_link(), find_backend=OtherBackend)


def test_vault_link_returns_its_credential_and_repr_hides_it() -> None:
    link = ServerLink(
        server_url="https://sync.example.org",
        device_id="d1",
        organisation=None,
        credential_store="vault",
        keyring_backend=None,
        keyring_entry=None,
        credential="secret-credential-0123456789abc",
        ca_bundle=None,
        enrolled_at=datetime.now(UTC),
    )
    assert load_credential(link, find_backend=lambda: None) == "secret-credential-0123456789abc"
    assert "secret" not in repr(link)
