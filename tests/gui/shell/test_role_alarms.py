"""The app's side of roles that hold: an alarm after a worker's tampering is shown and must be
dismissed, and restoring over an existing vault needs a current coordinator passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from outreach_app.core.vault import add_slot, backup_vault, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.ops.coordinator import set_review_required
from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING
from outreach_app.storage.repos.settings import get_setting, set_setting
from tests.vault_templates import created_vault

from .conftest import settle, unlock_via_ui

WORKER = "violet lantern quietly folds maps"


def test_an_alarm_from_the_unlock_check_is_shown_in_plain_text(
    qtbot, desktop, passphrase, layout, clock
) -> None:
    created_vault(layout, passphrase)
    with unlock_vault(layout, passphrase) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)
        set_review_required(session, True, now=clock())
    with unlock_vault(layout, WORKER) as worker:  # the attack: a settings write from a worker session
        set_setting(worker.conn, REVIEW_REQUIRED_SETTING, False)
    window = desktop.window
    window.show_locked_screen()
    unlock_via_ui(qtbot, window, passphrase)
    box = window.role_notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("Alarm:") and REVIEW_REQUIRED_SETTING in box.informativeText()
    box.accept()
    settle(qtbot, window.ctx.tasks)
    window.lock("user")
    # The lock closes the vault on the DB thread, after the lock screen shows; wait for that
    # close (queued behind it) before opening the vault from here.
    closed: list[bool] = []
    window.ctx.tasks.run_after_close(lambda: True, closed.append)
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    with unlock_vault(layout, passphrase) as session:
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True


def test_a_plain_unlock_shows_no_notice(qtbot, desktop, passphrase, layout) -> None:
    created_vault(layout, passphrase)
    window = desktop.window
    window.show_locked_screen()
    unlock_via_ui(qtbot, window, passphrase)
    assert window.role_notice is None


def test_restoring_over_a_vault_needs_its_coordinator_passphrase(
    qtbot, desktop, passphrase, layout, tmp_path: Path
) -> None:
    created_vault(layout, passphrase)
    with unlock_vault(layout, passphrase) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)
        backup_vault(session, tmp_path / "b.obk")
    key_before = layout.key_file.read_bytes()
    window = desktop.window
    window.show_locked_screen()
    dialog = window.ask_restore_from(tmp_path / "b.obk")
    assert dialog.coordinator is not None
    dialog.coordinator.setText(WORKER)  # a worker's passphrase is not enough
    dialog.passphrase.setText(passphrase)
    dialog.accept()
    qtbot.waitUntil(lambda: "not restored" in window.unlock_screen.message.text(), timeout=10_000)
    assert "coordinator" in window.unlock_screen.message.text()
    assert layout.key_file.read_bytes() == key_before
    assert dialog.coordinator.text() == "" and dialog.passphrase.text() == ""
