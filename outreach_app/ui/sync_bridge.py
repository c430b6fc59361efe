"""Sync as the shell shows it: runs the sync scheduler, and feeds the status bar and the
settings page's link line from it and from the link stored in the vault.

The scheduler (services/sync_scheduler.py) is built at the first unlock, so httpx never
slows the unlock screen, and is put in `ctx.sync` for the pages ("Sync now", enrolment).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from outreach_app.ops import sync_status
from outreach_app.ops.changes import Changes, Kind
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.status_bar import AppStatusBar

if TYPE_CHECKING:  # the page imports the record models: not before the unlock screen shows
    from outreach_app.ui.pages.settings import SettingsPage


class SyncBridge(QObject):
    """Args:
    ctx: the shared services (`ctx.sync` is set here).
    status: the window's status bar.
    settings_page: returns the settings page, or None while it is not built (pages are built
        when first shown; the window refreshes this bridge when the settings page is).
    is_unlocked: whether a session is open.
    """

    def __init__(
        self,
        ctx: AppContext,
        status: AppStatusBar,
        settings_page: Callable[[], SettingsPage | None],
        is_unlocked: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self._settings_page = settings_page
        self._is_unlocked = is_unlocked

    def start(self) -> None:
        """Start the sync scheduler (services/sync_scheduler.py) for this unlock.

        Built on the first unlock, so httpx never slows the unlock screen; put in `ctx.sync`
        for the pages ("Sync now", enrolment). It stops first thing on every lock."""
        scheduler = self.ctx.sync
        if scheduler is None:
            from outreach_app.services.sync_scheduler import SyncScheduler  # httpx: not before unlock

            scheduler = SyncScheduler(self.ctx.tasks, clock=self.ctx.clock, parent=self)
            scheduler.status_changed.connect(self._on_sync_status)
            scheduler.alerts_received.connect(self._on_alerts_received)
            scheduler.pass_finished.connect(lambda _summary: self.ctx.changes.publish(Changes.of(Kind.SYNC)))
            # Enrolment stores the link and the regions, and maps areas by name.
            scheduler.enrolled.connect(
                lambda _result: self.ctx.changes.publish(Changes.of(Kind.SYNC, Kind.SETTINGS, Kind.AREAS))
            )
            scheduler.reenrol_needed.connect(self.status.announce)
            self.ctx.sync = scheduler
        scheduler.start()

    def stop(self) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.stop()

    def _on_sync_status(self, status: sync_status.SyncStatus) -> None:
        if self._is_unlocked():
            self.status.show_sync_state(status)

    def _on_alerts_received(self, count: int) -> None:
        self.status.announce(english_plural(self.tr("%n new or updated alert(s).", "", count), count))
        self.ctx.changes.publish(Changes.of(Kind.ALERTS))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.OUTBOX, Kind.SYNC) and self._is_unlocked():
            self.refresh()
        if self.ctx.sync is not None and self._is_unlocked():
            if changes.touches(Kind.OUTBOX):
                self.ctx.sync.notify_work()  # a report was sealed or withdrawn: sync soon
            elif changes.touches(Kind.SYNC):
                self.ctx.sync.refresh()  # e.g. enrolled elsewhere: re-read the link for the bar

    def refresh(self) -> None:
        """Re-read the link, the last sync and the outbox counts (after outbox/sync changes)."""
        self.ctx.tasks.run_db(sync_status.sync_overview, self._show_overview)

    def _show_overview(self, overview: sync_status.SyncStatus) -> None:
        self.status.show_review_count(overview.awaiting_review)
        if self.ctx.sync is None:  # otherwise the scheduler reports the same, with "syncing"
            self.status.show_sync_state(
                replace(
                    self.status.state,
                    linked=overview.linked,
                    online=overview.online,
                    last_sync=overview.last_sync,
                    waiting=overview.waiting,
                    parked=overview.parked,
                )
            )
        page = self._settings_page()
        if page is None:
            return
        if not overview.linked:
            page.set_link_state(self.tr("Not linked to a server."))
        elif overview.reenrol:
            page.set_link_state(
                self.tr("This laptop must be linked again: %1").replace("%1", overview.reenrol)
            )
        else:
            page.set_link_state(
                self.tr("Linked to %1 at %2.")
                .replace("%1", overview.organisation or self.tr("an organisation"))
                .replace("%2", overview.server_url or "")
            )
