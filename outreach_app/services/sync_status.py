"""What the status bar and the settings page show about the server link, read from the vault.

Runs on the DB thread. The sync scheduler (services/sync_scheduler.py) reports live
progress ("syncing…") itself; this is the stored state between passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession


@dataclass(frozen=True)
class SyncOverview:
    """Attributes:
    linked: the device is enrolled with a server.
    organisation: the organisation's name the server gave (shown only while unlocked).
    server_url: the server's address (never written outside the vault).
    online: the last pass worked (None: no pass yet).
    last_sync: when a pass last finished without failure.
    waiting, parked: outbox items still to send / refused for good.
    needs_reenrol: why the device must enrol again, or None.
    """

    linked: bool
    organisation: str | None = None
    server_url: str | None = None
    online: bool | None = None
    last_sync: datetime | None = None
    waiting: int = 0
    parked: int = 0
    needs_reenrol: str | None = None


def sync_overview(session: VaultSession) -> SyncOverview:
    from outreach_app.services.app_settings import outbox_counts
    from outreach_app.storage.repos import sync_state

    counts = outbox_counts(session)
    link = sync_state.get_link(session.conn)
    if link is None:
        return SyncOverview(linked=False, waiting=counts.waiting, parked=counts.parked)
    state = sync_state.get_state(session.conn)
    online = None if state.last_attempt_at is None else state.last_error is None
    return SyncOverview(
        linked=True,
        organisation=link.organisation,
        server_url=link.server_url,
        online=online,
        last_sync=state.last_success_at,
        waiting=counts.waiting,
        parked=counts.parked,
        needs_reenrol=state.needs_reenrol,
    )


def forget_keyring_entry(link_holder: list[object]) -> None:
    """Delete the OS keyring entry of the link read before a quick delete (if any)."""
    if not link_holder or link_holder[0] is None:
        return
    from outreach_app.storage.repos.sync_state import ServerLink
    from outreach_app.sync.credentials import forget_credential

    link = link_holder[0]
    assert isinstance(link, ServerLink)
    forget_credential(link)


def read_link(session: VaultSession) -> object:
    """The stored server link (or None), read before a quick delete destroys the vault."""
    from outreach_app.storage.repos import sync_state

    return sync_state.get_link(session.conn)
