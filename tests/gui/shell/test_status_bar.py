"""The status bar's words for each sync state (fed by the sync scheduler and outbox counts)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach_app.ops.sync_status import SyncStatus
from outreach_app.ui.status_bar import AppStatusBar


@pytest.mark.parametrize(
    ("state", "connection"),
    [
        (SyncStatus(), "Not linked to a server"),
        (SyncStatus(linked=True), "Not synced yet"),
        (SyncStatus(linked=True, online=True), "Online"),
        (SyncStatus(linked=True, online=False), "Offline"),
        (SyncStatus(linked=True, online=False, syncing=True), "Syncing…"),
    ],
)
def test_connection_words(qtbot, state: SyncStatus, connection: str) -> None:
    bar = AppStatusBar()
    qtbot.addWidget(bar)
    bar.show_sync_state(state)
    assert bar.connection.text() == connection


def test_counts_parked_and_last_sync(qtbot) -> None:
    bar = AppStatusBar()
    qtbot.addWidget(bar)
    bar.set_unlocked(True)
    bar.show()
    bar.show_sync_state(
        SyncStatus(linked=True, online=True, waiting=1, parked=2, last_sync=datetime(2026, 3, 1, tzinfo=UTC))
    )
    assert bar.queue.text() == "1 waiting"
    assert bar.parked.isVisible() and bar.parked.text() == "2 need attention"
    assert bar.last_sync.text().startswith("Last sync: 2026-03-01") or bar.last_sync.text().startswith(
        "Last sync: 2026-02-28"
    )
    bar.show_sync_state(SyncStatus(linked=True, waiting=0, parked=0))
    assert not bar.parked.isVisible()
    assert bar.last_sync.text() == "Last sync: never"
    bar.set_unlocked(False)
    assert not bar.queue.isVisible() and not bar.lock_button.isVisible()


def test_pages_can_announce_in_the_status_bar(qtbot, desktop, passphrase) -> None:
    from .conftest import create_via_ui

    create_via_ui(qtbot, desktop.window, passphrase)
    desktop.ctx.announce("2 new alerts")
    assert desktop.window.status.currentMessage() == "2 new alerts"
    desktop.window.lock("user")
    assert desktop.window.status.currentMessage() == ""
