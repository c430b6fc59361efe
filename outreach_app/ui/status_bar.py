"""The status bar: is the vault linked and online, is it syncing, what waits, when was the last sync.

It is fed by signals (the sync scheduler of helper [H] calls `show_sync_state`; outbox counts
come from the main window after changes). It shows counts and times only, never record text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from outreach_app.ops.sync_status import SyncStatus
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.widgets import set_role

ANNOUNCE_MS = 15_000


class AppStatusBar(QStatusBar):
    """Signals:
    lock_clicked(): the lock button was pressed.
    """

    lock_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.setSizeGripEnabled(False)  # the window frame resizes; a grip square looked like a glitch
        self.connection = QLabel(self)
        self.connection.setAccessibleName(self.tr("Connection"))
        self.queue = QLabel(self)
        self.queue.setAccessibleName(self.tr("Reports waiting"))
        self.parked = QLabel(self)
        self.parked.setAccessibleName(self.tr("Reports that need attention"))
        self.review = QLabel(self)
        self.review.setAccessibleName(self.tr("Reports waiting for review"))
        self.review.setToolTip(
            self.tr("Reports a coordinator must approve before they are sent (Review and sync page)")
        )
        self.drafts = QLabel(self)
        self.drafts.setAccessibleName(self.tr("Restored drafts"))
        self._review_count = 0
        self._draft_count = 0
        self.last_sync = QLabel(self)
        self.last_sync.setAccessibleName(self.tr("Last sync"))
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides."))
        self.lock_button.clicked.connect(self.lock_clicked)
        for widget in (self.drafts, self.connection, self.queue, self.review, self.parked, self.last_sync):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.lock_button)
        self.state = SyncStatus()
        self.show_sync_state(self.state)
        self.set_unlocked(False)

    def set_unlocked(self, unlocked: bool) -> None:
        for widget in (self.connection, self.queue, self.parked, self.last_sync, self.lock_button):
            widget.setVisible(unlocked)
        if not unlocked:
            self.clearMessage()
            self.show_review_count(0)
            self.show_restored_drafts(0)
        self.review.setVisible(unlocked and self._review_count > 0)
        self.drafts.setVisible(unlocked and self._draft_count > 0)

    def show_review_count(self, count: int) -> None:
        """Reports waiting for a coordinator's review (hidden when there are none)."""
        self._review_count = count
        self.review.setText(english_plural(self.tr("%n awaiting review", "", count), count))
        set_role(self.review, "warning")
        self.review.setVisible(count > 0 and self.lock_button.isVisible())

    def show_restored_drafts(self, count: int) -> None:
        """Unfinished forms brought back from drafts at unlock (hidden when there are none)."""
        self._draft_count = count
        self.drafts.setText(english_plural(self.tr("%n unfinished form(s) restored", "", count), count))
        set_role(self.drafts, "warning")
        self.drafts.setVisible(count > 0 and self.lock_button.isVisible())

    def show_sync_state(self, state: SyncStatus) -> None:
        self.state = state
        if not state.linked:
            self.connection.setText(self.tr("Not linked to a server"))
        elif state.syncing:
            self.connection.setText(self.tr("Syncing…"))
        elif state.online is False:
            self.connection.setText(self.tr("Offline"))
        elif state.online is True:
            self.connection.setText(self.tr("Online"))
        else:
            self.connection.setText(self.tr("Not synced yet"))
        self.queue.setText(self.tr("%n waiting", "", state.waiting))
        self.parked.setVisible(state.parked > 0 and self.lock_button.isVisible())
        self.parked.setText(self.tr("%n need attention", "", state.parked))
        set_role(self.parked, "warning")
        if state.last_sync is None:
            self.last_sync.setText(self.tr("Last sync: never"))
        else:
            stamp = state.last_sync.astimezone().strftime("%Y-%m-%d %H:%M")
            self.last_sync.setText(self.tr("Last sync: %1").replace("%1", stamp))

    def announce(self, text: str) -> None:
        """A short notice (e.g. "2 new alerts"); it fades after a while."""
        self.showMessage(text, ANNOUNCE_MS)
