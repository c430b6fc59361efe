"""Quick delete on an enrolled device: revoke the credential on the server first, when online.

`prepare_quick_delete(conn)` reads the link and credential while the vault is still open
(on the DB thread) and returns hooks for `core.vault.wipe_vault(after_key_destroyed=...,
forget_credentials=...)`. The wipe destroys the key material first and only then calls the
revocation hook, so everything the hook needs (server address, CA bundle path, credential)
is held in memory from before the wipe started; nothing is read from the vault afterwards.
The revocation uses a short timeout: in an emergency the wipe must not wait for a slow
network, and it goes ahead whatever happens. Offline, the result says the charity should
revoke the device (its id is kept in memory for that message). `forget_credentials` removes
the keyring entry named in the link and the one derived from the vault's folder
(`credentials.forget_device_credential`), which needs no unlock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import sync_state
from outreach_app.sync.client import SyncClient
from outreach_app.sync.credentials import (
    BackendFinder,
    forget_credential,
    forget_device_credential,
    load_credential,
)
from outreach_app.sync.device_key import DeviceKey, new_device_key
from outreach_app.sync.engine import revoke_self

REVOKE_TIMEOUT = httpx.Timeout(5.0)


@dataclass
class QuickDeleteHooks:
    """Hooks for `wipe_vault`, and what happened.

    Attributes:
        device_id: the enrolled device (None: not enrolled, the hooks do nothing).
        revoked: the server confirmed the credential no longer works.
        attempted: the revocation was tried (False when the credential could not be read).
        data_dir: the vault's folder: its folder-named keyring entry is removed too (None: only
            the entry the link names).
    """

    device_id: str | None = None
    revoked: bool = False
    attempted: bool = False
    data_dir: Path | None = None
    _link: sync_state.ServerLink | None = field(default=None, repr=False)
    _credential: str | None = field(default=None, repr=False)
    _signer: DeviceKey | None = field(default=None, repr=False)
    _make_client: Callable[..., SyncClient] = field(default=SyncClient, repr=False)
    _find_backend: BackendFinder | None = field(default=None, repr=False)

    def after_key_destroyed(self) -> None:
        """Revoke on the server, from what was read before the wipe (the vault is unopenable now)."""
        if self._link is None or self._signer is None:
            return
        self.attempted = True
        ca_bundle = Path(self._link.ca_bundle) if self._link.ca_bundle else None
        # The key (and a credential still waiting to register it) were read while the vault
        # was open; they exist only in this memory now.
        with self._make_client(
            self._link.server_url,
            None,
            ca_bundle=ca_bundle,
            timeout=REVOKE_TIMEOUT,
            signer=self._signer,
            register_with=self._credential,
        ) as client:
            self.revoked = revoke_self(client)
        self._credential = None
        self._signer = None

    before_destroy = after_key_destroyed  # the hook's former name

    def forget_credentials(self) -> None:
        finder = {} if self._find_backend is None else {"find_backend": self._find_backend}
        try:
            if self._link is not None:
                forget_credential(self._link, **finder)
        finally:
            if self.data_dir is not None:
                forget_device_credential(self.data_dir, **finder)

    def wipe_kwargs(self) -> dict[str, Any]:
        return {
            "after_key_destroyed": self.after_key_destroyed,
            "forget_credentials": self.forget_credentials,
        }

    def message(self) -> str | None:
        """One line for the user after the wipe (None when the device was not enrolled)."""
        if self.device_id is None:
            return None
        if self.revoked:
            return "This device's credential was revoked on the server, and the vault was deleted."
        return offline_notice(self.device_id)


def offline_notice(device_id: str) -> str:
    return (
        "The server could not be reached to revoke this device:"
        f" ask the charity to revoke device {device_id}."
    )


def prepare_quick_delete(
    conn: Connection,
    *,
    make_client: Callable[..., SyncClient] = SyncClient,
    find_backend: BackendFinder | None = None,
) -> QuickDeleteHooks:
    """Read what revocation needs while the vault is open. Never raises: a quick delete goes on."""
    from outreach_app.sync.enrollment import data_dir_of

    data_dir = None
    with contextlib.suppress(Exception):
        data_dir = data_dir_of(conn)
    link = sync_state.get_link(conn)
    if link is None:
        return QuickDeleteHooks(data_dir=data_dir, _find_backend=find_backend)
    credential = None
    finder = {} if find_backend is None else {"find_backend": find_backend}
    if link.credential_store != "key":
        with contextlib.suppress(Exception):
            credential = load_credential(link, **finder)
    signer = None
    with contextlib.suppress(Exception):
        # A link enrolled before keys gets a key in memory only: registered with its old
        # credential just before revoking (that credential can do nothing else any more).
        signer = DeviceKey(link.device_id, link.device_key or new_device_key())
    if signer is not None and link.device_key is None and credential is None:
        signer = None  # nothing could register it
    return QuickDeleteHooks(
        device_id=link.device_id,
        data_dir=data_dir,
        _link=link,
        _credential=credential,
        _signer=signer,
        _make_client=make_client,
        _find_backend=find_backend,
    )
