"""The keyring allowlist: only real OS stores hold the device credential."""

from __future__ import annotations

import secrets

import keyring
import pytest
from keyring.backends import fail

from outreach_app.crypto.keyring_store import (
    KeyringUnavailableError,
    OsKeyringStore,
    allowed_os_backend,
)


def test_fail_backend_counts_as_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert allowed_os_backend() is None


def test_plaintext_file_backend_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    class PlaintextKeyring(keyring.backend.KeyringBackend):  # what keyrings.alt offers
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            (tmp_path / "plain.txt").write_text(password)

        def delete_password(self, service: str, username: str) -> None:
            pass

    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    assert allowed_os_backend() is None
    with pytest.raises(KeyringUnavailableError):
        OsKeyringStore(PlaintextKeyring())
    assert not (tmp_path / "plain.txt").exists()


@pytest.mark.keyring
def test_secret_service_round_trips_a_credential(secret_service: keyring.backend.KeyringBackend) -> None:
    store = OsKeyringStore(secret_service)
    entry = f"test-{secrets.token_hex(8)}"
    secret = secrets.token_urlsafe(32)
    store.save(entry, secret)
    try:
        assert store.load(entry) == secret
    finally:
        store.delete(entry)
    assert store.load(entry) is None
    store.delete(entry)  # deleting twice is harmless
