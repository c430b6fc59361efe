"""What the status bar and the settings page show about the server link, read from the vault.

Runs on the DB thread. The sync scheduler (services/sync_scheduler.py) reports live
progress ("syncing…") itself; this is the stored state between passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

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
    awaiting_review: reports waiting for a coordinator's approval (part of `waiting`).
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
    awaiting_review: int = 0


def sync_overview(session: VaultSession) -> SyncOverview:
    from outreach_app.ops.app_settings import outbox_counts
    from outreach_app.storage.repos import sync_state

    counts = outbox_counts(session)
    link = sync_state.get_link(session.conn)
    if link is None:
        return SyncOverview(
            linked=False, waiting=counts.waiting, parked=counts.parked, awaiting_review=counts.awaiting_review
        )
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
        awaiting_review=counts.awaiting_review,
    )


def quick_delete_hooks(session: VaultSession) -> Any:
    """What quick delete needs from the vault before it is destroyed (DB thread): the sync
    package's revocation and keyring hooks (`sync.quick_delete`). Never raises."""
    from outreach_app.sync.quick_delete import QuickDeleteHooks, prepare_quick_delete

    try:
        return prepare_quick_delete(session.conn)
    except Exception:  # a quick delete must go ahead whatever the link's state
        return QuickDeleteHooks(data_dir=session.layout.data_dir)
