"""Where the device credential lives: an allowlisted OS keyring, else the encrypted DB.

Rules (issue "Sync that loses nothing"):
- a real OS keyring (crypto.keyring_store's allowlist) holds it when one is present;
- otherwise it is kept inside the vault's encrypted database, and the user is told once
  which (`StoredCredential.notice`);
- never in plaintext, never silently downgraded: when the link says "keyring" and the
  entry is gone, the keyring is unavailable, or the backend is a different one now,
  `load_credential` raises `ReenrolRequiredError` with a clear reason instead of falling
  back to anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from outreach_app.crypto.keyring_store import (
    KeyringUnavailableError,
    OsKeyringStore,
    allowed_os_backend,
    backend_name,
)
from outreach_app.storage.repos.sync_state import CredentialStore, ServerLink

BackendFinder = Callable[[], Any | None]
"""Returns the allowlisted OS keyring backend, or None (tests inject the fail backend)."""


class ReenrolRequiredError(Exception):
    """The credential cannot be used; the device must be enrolled again. The message says why."""


@dataclass(frozen=True)
class StoredCredential:
    """Where `store_credential` put the credential.

    Attributes:
        store: "keyring" or "vault".
        keyring_backend, keyring_entry: the backend class name and entry (keyring only).
        credential: the credential itself when it is kept in the vault (else None).
        notice: one line for the user saying where it is kept.
    """

    store: CredentialStore
    keyring_backend: str | None
    keyring_entry: str | None
    credential: str | None
    notice: str

    def __repr__(self) -> str:
        return f"<StoredCredential {self.store}>"


def keyring_entry_for(device_id: str) -> str:
    return f"device-{device_id}"


def store_credential(
    device_id: str, credential: str, *, find_backend: BackendFinder = allowed_os_backend
) -> StoredCredential:
    """Put the credential in the OS keyring if an allowlisted one works, else mark it for the vault.

    The caller stores the returned fields in the vault's `sync_link` row (with the
    credential itself only in the "vault" case).
    """
    backend = find_backend()
    if backend is not None:
        entry = keyring_entry_for(device_id)
        try:
            store = OsKeyringStore(backend)
            store.save(entry, credential)
            if store.load(entry) != credential:
                raise KeyringUnavailableError("the OS keyring did not keep the credential")
        except KeyringUnavailableError:
            pass  # falls through to the vault, and the notice says so
        else:
            return StoredCredential(
                "keyring",
                store.backend_id,
                entry,
                None,
                "The device credential is kept in this computer's keyring.",
            )
    return StoredCredential(
        "vault",
        None,
        None,
        credential,
        "No system keyring is available: the device credential is kept inside the encrypted vault.",
    )


def load_credential(link: ServerLink, *, find_backend: BackendFinder = allowed_os_backend) -> str:
    """The credential of `link`, or ReenrolRequiredError with a reason the user can act on."""
    if link.credential_store == "vault":
        if not link.credential:
            raise ReenrolRequiredError("the stored link has no credential; enrol this device again")
        return link.credential
    backend = find_backend()
    if backend is None:
        raise ReenrolRequiredError(
            "the system keyring that held this device's credential is not available; "
            "unlock it, or enrol this device again"
        )
    if backend_name(backend) != link.keyring_backend:
        raise ReenrolRequiredError(
            "the system keyring changed since this device was enrolled; enrol this device again"
        )
    try:
        value = OsKeyringStore(backend).load(link.keyring_entry or "")
    except KeyringUnavailableError:
        raise ReenrolRequiredError(
            "the system keyring could not be read (is it locked?); unlock it, or enrol this device again"
        ) from None
    if not value:
        raise ReenrolRequiredError(
            "this device's credential is no longer in the system keyring; enrol this device again"
        )
    return value


def forget_credential(link: ServerLink, *, find_backend: BackendFinder = allowed_os_backend) -> None:
    """Delete the keyring entry of `link` (the vault copy goes with the link row)."""
    if link.credential_store != "keyring" or not link.keyring_entry:
        return
    backend = find_backend()
    if backend is None or backend_name(backend) != link.keyring_backend:
        return
    OsKeyringStore(backend).delete(link.keyring_entry)
