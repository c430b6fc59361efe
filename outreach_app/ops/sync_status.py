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
    from outreach_app.sync.quick_delete import QuickDeleteHooks


@dataclass(frozen=True)
class SyncStatus:
    """The one picture of sync: the scheduler reports it live, `sync_overview` reads it from the
    vault between passes, the status bar and the Settings page show it.

    Attributes:
        linked: enrolled with a charity server.
        online: the last contact with the server worked (None: not tried yet; False also when
            paused offline).
        syncing: a pass is running now.
        waiting: reports queued or in flight, plus withdrawals not yet confirmed.
        parked: reports the server refused for good (they need a person).
        awaiting_review: reports waiting for a coordinator's approval (part of `waiting`).
        last_sync: when the last pass finished without a failure (aware), or None.
        next_due: when the next pass is planned (None: paused or not linked).
        error: why the last pass stopped early (no record text).
        reenrol: why the device must be enrolled again (None: it need not).
        organisation: the organisation's name the server gave (shown only while unlocked).
        server_url: the server's address (never written outside the vault).
    """

    linked: bool = False
    online: bool | None = None
    syncing: bool = False
    waiting: int = 0
    parked: int = 0
    awaiting_review: int = 0
    last_sync: datetime | None = None
    next_due: datetime | None = None
    error: str | None = None
    reenrol: str | None = None
    organisation: str | None = None
    server_url: str | None = None


def sync_overview(session: VaultSession) -> SyncStatus:
    """The stored state between passes (the scheduler adds `syncing`, `next_due`, `error`)."""
    from outreach_app.ops.app_settings import outbox_counts
    from outreach_app.storage.repos import sync_state

    counts = outbox_counts(session)
    link = sync_state.get_link(session.conn)
    if link is None:
        return SyncStatus(
            linked=False, waiting=counts.waiting, parked=counts.parked, awaiting_review=counts.awaiting_review
        )
    state = sync_state.get_state(session.conn)
    online = None if state.last_attempt_at is None else state.last_error is None
    return SyncStatus(
        linked=True,
        organisation=link.organisation,
        server_url=link.server_url,
        online=online,
        last_sync=state.last_success_at,
        waiting=counts.waiting,
        parked=counts.parked,
        reenrol=state.needs_reenrol,
        awaiting_review=counts.awaiting_review,
    )


def quick_delete_hooks(session: VaultSession) -> QuickDeleteHooks:
    """What quick delete needs from the vault before it is destroyed (DB thread): the sync
    package's revocation and keyring hooks (`sync.quick_delete`). Never raises."""
    from outreach_app.sync.quick_delete import QuickDeleteHooks, prepare_quick_delete

    try:
        return prepare_quick_delete(session.conn)
    except Exception:  # a quick delete must go ahead whatever the link's state
        return QuickDeleteHooks(data_dir=session.layout.data_dir)
