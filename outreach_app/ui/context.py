"""What every page is given: the services it may use. Built once by app.py (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from outreach_app.domain.clock import utcnow
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops.drafts import DraftsAwaitingSpace
from outreach_app.services.changes import ChangeBus
from outreach_app.services.clipboard import ClipboardGuard
from outreach_app.services.tasks import TaskManager

if TYPE_CHECKING:  # built on the first unlock (ui/sync_bridge.py): httpx never slows the unlock screen
    from outreach_app.services.sync_scheduler import SyncScheduler


@dataclass
class AppContext:
    """Services shared by the main window and its pages.

    Attributes:
        tasks: runs DB/network/CPU work off the GUI thread; results come back on it.
        changes: broadcast of what data changed; pages refresh from it.
        clipboard: every copy of record text (marked secret, cleared after 30 s and at lock).
        layout: the vault's files (pages rarely need it; settings does).
        clock: the wall clock (injected so tests control time).
        role: "coordinator" or "worker" while unlocked, None when locked.
        sync: the sync scheduler, built on the first unlock (None before it).
        request_lock: ask the app to lock now (e.g. a page's own lock button).
        announce: show a short notice in the status bar (e.g. "2 new alerts"); counts and
            neutral words only, never record text.
        drafts_waiting: drafts a full disk had no room for, kept in memory until it has.
        drafts_changed: a page restored a draft (page title, draft id, True) or discarded one
            (…, False); the status bar counts the unfinished forms brought back at unlock.
    """

    tasks: TaskManager
    changes: ChangeBus
    clipboard: ClipboardGuard
    layout: VaultLayout
    clock: Callable[[], datetime] = utcnow
    role: str | None = None
    sync: SyncScheduler | None = None
    request_lock: Callable[[], None] = field(default=lambda: None)
    announce: Callable[[str], None] = field(default=lambda _text: None)
    drafts_waiting: DraftsAwaitingSpace = field(default_factory=DraftsAwaitingSpace)
    drafts_changed: Callable[[str, str, bool], None] = field(default=lambda _page, _draft, _restored: None)

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"
