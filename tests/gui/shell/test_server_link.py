"""The server link as the shell shows it: status bar and settings, against the real server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from outreach_app import app_demo
from outreach_app.services.changes import SYNC, Changes

from .conftest import create_via_ui, settle


def _no_keyring() -> None:
    return None


def test_linked_state_is_shown_while_unlocked_and_gone_after_lock_and_quick_delete(
    qtbot, desktop, passphrase, tmp_path: Path, layout
) -> None:
    from outreach_app.sync.enrollment_v2 import enroll_v2

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = window.main_screen.pages["settings"]
    assert "Not linked" in page.link_state.text()
    assert window.status.connection.text() == "Not linked to a server"
    with app_demo.running_demo_server(tmp_path) as server:
        code = server.enroll_code()
        window.ctx.tasks.run_db(
            lambda s: enroll_v2(s.conn, server.url, code, server.root_fingerprint, device_label="Laptop")
        )
        settle(qtbot, window.ctx.tasks)
        window.ctx.changes.publish(Changes.of(SYNC))
        settle(qtbot, window.ctx.tasks)
        assert page.link_state.text() == f"Linked to {app_demo.DEMO_ORG} at {server.url}."
        assert window.status.connection.text() == "Not synced yet"

        window.lock("user")
        assert server.url not in page.link_state.text()

        # Back in, then quick delete: the link goes with the vault.
        qtbot.keyClicks(window.unlock_screen.passphrase, passphrase)
        qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_screen == "main", timeout=10_000)
        settle(qtbot, window.ctx.tasks)
        assert server.url in page.link_state.text()
        window.quick_delete()
        qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
        assert not layout.key_file.exists()
        # The device was revoked on the server first, and the user is told so.
        from outreach_app.server.db import orgs

        with server.engine.begin() as conn:
            devices = orgs.list_devices(conn, server.org_id)
        assert len(devices) == 1 and devices[0].revoked_on is not None
        assert "revoked on the server" in window.first_run.busy.text()


def test_link_button_leads_to_enrolment_on_the_review_page(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    settings = window.main_screen.show_page("settings")
    qtbot.mouseClick(settings.link_button, Qt.MouseButton.LeftButton)
    assert window.main_screen.current_page() is window.main_screen.pages["review"]


def test_sync_now_through_the_scheduler_updates_the_bar_and_announces_alerts(
    qtbot, desktop, passphrase, tmp_path: Path
) -> None:
    from outreach_app.sync.enrollment_v2 import enroll_v2

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    scheduler = window.ctx.sync
    assert scheduler is not None
    with app_demo.running_demo_server(tmp_path) as server:
        code = server.enroll_code()
        window.ctx.tasks.run_db(
            lambda s: enroll_v2(s.conn, server.url, code, server.root_fingerprint, device_label="Laptop")
        )
        settle(qtbot, window.ctx.tasks)
        window.ctx.changes.publish(Changes.of(SYNC))
        qtbot.waitUntil(lambda: scheduler.status.linked, timeout=10_000)
        with qtbot.waitSignal(scheduler.pass_finished, timeout=30_000):
            scheduler.sync_now()
        qtbot.waitUntil(lambda: window.status.connection.text() == "Online", timeout=10_000)
        assert window.status.currentMessage() == "3 new or updated alerts."
        assert window.status.last_sync.text() != "Last sync: never"
        window.lock("user")
        assert not scheduler.running and scheduler.next_due is None
        assert window.status.currentMessage() == ""


def test_quick_delete_from_the_lock_screen_removes_the_vaults_keyring_entry(
    qtbot, desktop, passphrase, layout, secret_service
) -> None:
    """Locked, the link cannot be read, but the folder-named keyring entry is still found."""
    import secrets

    from outreach_app.crypto.keyring_store import OsKeyringStore
    from outreach_app.sync.credentials import keyring_entry_for_data_dir

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    store = OsKeyringStore(secret_service)
    entry = keyring_entry_for_data_dir(layout.data_dir)
    store.save(entry, secrets.token_urlsafe(24))
    try:
        window.lock("user")
        window.quick_delete()
        qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
        assert not layout.key_file.exists()
        assert store.load(entry) is None
    finally:
        store.delete(entry)
