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

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
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
    """The entry name of enrolments made before names came from the data dir (still read)."""
    return f"device-{device_id}"


def keyring_entry_for_data_dir(data_dir: Path) -> str:
    """The keyring entry name of the vault in `data_dir`, derivable without unlocking it.

    A wipe that is not given the passphrase (`outreach wipe`, quick delete at the lock screen)
    must still remove the entry, and the device id is only inside the encrypted DB. The name
    is a hash of the folder's resolved path: it says nothing about the work, and two vaults on
    one computer get two entries.
    """
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"vault-{digest[:32]}"


def store_credential(
    device_id: str,
    credential: str,
    *,
    find_backend: BackendFinder = allowed_os_backend,
    entry: str | None = None,
) -> StoredCredential:
    """Put the credential in the OS keyring if an allowlisted one works, else mark it for the vault.

    The caller stores the returned fields in the vault's `sync_link` row (with the
    credential itself only in the "vault" case).

    Args:
        entry: the keyring entry name (`keyring_entry_for_data_dir`); None falls back to the
            older per-device name, which only an unlocked vault can find again.
    """
    backend = find_backend()
    if backend is not None:
        entry = entry or keyring_entry_for(device_id)
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


def forget_device_credential(data_dir: Path, *, find_backend: BackendFinder = allowed_os_backend) -> bool:
    """Delete the keyring entry of the vault in `data_dir` without unlocking it (wipe).

    Only entries named by `keyring_entry_for_data_dir` are found this way; an older per-device
    entry is renamed to it at the next sync (`sync.enrollment.client_for_link`). Never raises:
    returns True when an OS keyring was asked to delete the entry (present or not).
    """
    backend = find_backend()
    if backend is None:
        return False
    try:
        OsKeyringStore(backend).delete(keyring_entry_for_data_dir(data_dir))
    except KeyringUnavailableError:
        return False
    return True


def copy_keyring_entry(
    link: ServerLink, new_entry: str, *, find_backend: BackendFinder = allowed_os_backend
) -> bool:
    """Copy a keyring credential to `new_entry` (read back to check); True when copied.

    The caller records `new_entry` in the link and only then deletes the old entry
    (`forget_credential` of the old link), so a failure in between never leaves the link
    naming an entry that is gone. Anything unusual (no keyring, another backend, nothing to
    copy) copies nothing: the old entry keeps working.
    """
    if link.credential_store != "keyring" or not link.keyring_entry or link.keyring_entry == new_entry:
        return False
    backend = find_backend()
    if backend is None or backend_name(backend) != link.keyring_backend:
        return False
    store = OsKeyringStore(backend)
    try:
        value = store.load(link.keyring_entry)
        if not value:
            return False
        store.save(new_entry, value)
        return store.load(new_entry) == value
    except KeyringUnavailableError:
        return False
