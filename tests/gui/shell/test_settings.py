"""Settings: values kept in the vault, theme in the prefs file, passphrase, backup/restore, quick delete."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from outreach_app.ops import app_settings
from outreach_app.ui.pages.settings import QUICK_DELETE_SECONDS

from .conftest import create_via_ui, hold_db_thread, run_sync, settle, unlock_via_ui


def _settings(window):  # type: ignore[no-untyped-def]
    return window.main_screen.show_page("settings")


def test_review_required_is_stored_in_the_vault(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    assert page.review_required.isEnabled()  # the creator is a coordinator
    qtbot.keyClick(page.review_required, Qt.Key.Key_Space)  # keyboard only
    settle(qtbot, window.ctx.tasks)
    assert run_sync(qtbot, window.ctx.tasks, app_settings.load_app_settings).review_required is True
    window.lock("user")
    unlock_via_ui(qtbot, window, passphrase)
    assert page.review_required.isChecked()


def test_theme_choice_applies_and_is_saved_outside_the_vault_without_work_data(
    qtbot, desktop, passphrase, layout
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    dark_window = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    page.theme.setCurrentIndex(page.theme.findData("light"))
    light_window = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    assert light_window > dark_window
    body = json.loads(layout.ui_prefs.read_text())
    assert body["theme"] == "light"
    assert set(body) == {"theme", "language", "geometry"}
    assert stat.S_IMODE(layout.ui_prefs.stat().st_mode) == 0o600
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert json.loads(layout.ui_prefs.read_text())["theme"] == "dark"


def test_change_passphrase_through_the_dialog(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    new = passphrase[::-1] + "-moss"
    dialog = window.open_change_passphrase()
    qtbot.keyClicks(dialog.current, passphrase)
    qtbot.keyClicks(dialog.new, new)
    dialog.check_strength()
    qtbot.keyClicks(dialog.confirm, new)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was changed" in page.vault_message.text(), timeout=10_000)
    window.lock("user")
    qtbot.keyClicks(window.unlock_screen.passphrase, passphrase)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in window.unlock_screen.message.text(), timeout=10_000)
    settle(qtbot, window.ctx.tasks)
    unlock_via_ui(qtbot, window, new)


def test_change_passphrase_with_a_wrong_current_one_changes_nothing(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    dialog = window.open_change_passphrase()
    dialog.current.setText("not the passphrase")
    dialog.new.setText(passphrase + "-extra")
    dialog.check_strength()
    dialog.confirm.setText(passphrase + "-extra")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    ok.click()
    qtbot.waitUntil(lambda: "not changed" in page.vault_message.text(), timeout=10_000)
    window.lock("user")
    unlock_via_ui(qtbot, window, passphrase)


def test_backup_then_restore_brings_back_the_vault(
    qtbot, desktop, passphrase, tmp_path: Path, canary
) -> None:
    from outreach_app.domain.models import Contact
    from outreach_app.storage.repos.contacts import add_contact, count_contacts

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    window.ctx.tasks.run_db(lambda s: add_contact(s.conn, Contact(notes=canary)))
    dest = tmp_path / "backup.obk"
    page.backup_requested.emit(dest)
    qtbot.waitUntil(lambda: "Backup written" in page.vault_message.text(), timeout=10_000)
    assert dest.is_file() and canary.encode() not in dest.read_bytes()
    window.ctx.tasks.run_db(lambda s: add_contact(s.conn, Contact(notes="after the backup")))
    settle(qtbot, window.ctx.tasks)

    dialog = window.ask_restore_from(dest)
    assert dialog.coordinator is not None  # replacing a vault: a coordinator of it must agree
    dialog.coordinator.setText(passphrase)
    dialog.passphrase.setText(passphrase)
    dialog.accept()
    qtbot.waitUntil(lambda: "was restored" in window.unlock_screen.message.text(), timeout=10_000)
    assert not window.is_unlocked
    unlock_via_ui(qtbot, window, passphrase)
    assert run_sync(qtbot, window.ctx.tasks, lambda s: count_contacts(s.conn)) == 1


def test_quick_delete_takes_two_clicks_and_a_cancellable_countdown(
    qtbot, desktop, passphrase, layout
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    qtbot.mouseClick(page.quick_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.quick_delete_confirm.isEnabled, timeout=5000)
    assert "destroyed" in page.quick_delete_warning.text()
    qtbot.mouseClick(page.quick_delete_confirm, Qt.MouseButton.LeftButton)
    assert page.quick_delete_pending
    assert "5 seconds" in page.quick_delete_warning.text()
    page.quick_delete_tick()
    assert "4 seconds" in page.quick_delete_warning.text()
    qtbot.mouseClick(page.quick_delete_cancel, Qt.MouseButton.LeftButton)
    assert not page.quick_delete_pending
    for _ in range(QUICK_DELETE_SECONDS + 1):
        page.quick_delete_tick()
    assert window.is_unlocked and layout.key_file.exists()

    qtbot.mouseClick(page.quick_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.quick_delete_confirm.isEnabled, timeout=5000)
    qtbot.mouseClick(page.quick_delete_confirm, Qt.MouseButton.LeftButton)
    for _ in range(QUICK_DELETE_SECONDS - 1):
        page.quick_delete_tick()
    assert window.is_unlocked
    with qtbot.waitSignal(window.lock_service.locked):
        page.quick_delete_tick()
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    assert not layout.key_file.exists() and not layout.db.exists()


def test_quick_delete_names_the_unsent_reports(qtbot, desktop, passphrase, monkeypatch) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    monkeypatch.setattr(app_settings, "unsent_report_count", lambda _session: 3)
    page.ask_quick_delete()
    qtbot.waitUntil(page.quick_delete_confirm.isEnabled, timeout=5000)
    assert "Not yet sent to the charity: 3 reports" in page.quick_delete_warning.text()
    page.cancel_quick_delete()
    assert page.quick_delete_warning.text() == ""


def test_idle_minutes_out_of_range_are_refused_and_damaged_values_fall_back(
    qtbot, desktop, passphrase
) -> None:
    from outreach_app.storage.repos.settings import set_setting

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    errors: list[BaseException] = []
    window.ctx.tasks.run_db(lambda s: app_settings.save_idle_minutes(s, 0), on_failure=errors.append)
    window.ctx.tasks.run_db(lambda s: set_setting(s.conn, app_settings.IDLE_LOCK_MINUTES, "ten"))
    loaded: list[app_settings.AppSettings] = []
    window.ctx.tasks.run_db(app_settings.load_app_settings, loaded.append)
    settle(qtbot, window.ctx.tasks)
    assert isinstance(errors[0], ValueError)
    assert loaded[0].idle_lock_minutes == 5


def test_review_setting_key_is_the_one_sealing_reads() -> None:
    from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING

    assert app_settings.REVIEW_REQUIRED == REVIEW_REQUIRED_SETTING


def test_status_bar_counts_waiting_and_parked_outbox_items(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    window.refresh_outbox_counts()
    settle(qtbot, window.ctx.tasks)
    assert window.status.queue.text() == "0 waiting"
    assert not window.status.parked.isVisible()


def test_a_new_laptop_can_start_from_a_backup(qtbot, layout, clock, passphrase, tmp_path: Path) -> None:
    from outreach_app.app import build_app
    from outreach_app.core.vault import backup_vault, create_vault, unlock_vault
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.domain.layout import VaultLayout

    old = VaultLayout(tmp_path / "old-laptop")
    create_vault(old, passphrase, kdf=TEST_KDF)
    with unlock_vault(old, passphrase) as session:
        backup_vault(session, tmp_path / "b.obk")
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock)
    window = desktop.window
    window.show()
    try:
        assert window.current_screen == "first_run"
        dialog = window.ask_restore_from(tmp_path / "b.obk")
        dialog.passphrase.setText("not it")
        dialog.accept()
        qtbot.waitUntil(lambda: "not restored" in window.first_run.busy.text(), timeout=10_000)
        assert window.current_screen == "first_run" and not layout.key_file.exists()
        dialog = window.ask_restore_from(tmp_path / "b.obk")
        dialog.passphrase.setText(passphrase)
        dialog.accept()
        qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=10_000)
        unlock_via_ui(qtbot, window, passphrase)
    finally:
        window.close()
        desktop.shutdown()


def test_backup_and_restore_buttons_ask_for_a_file(
    qtbot, desktop, passphrase, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from outreach_app.ui.dialogs import RestorePassphraseDialog

    target = tmp_path / "picked.obk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window = desktop.window
    qtbot.mouseClick(window.first_run.restore_button, Qt.MouseButton.LeftButton)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RestorePassphraseDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialogs[0].reject()
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RestorePassphraseDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialogs[0].reject()
    assert window.is_unlocked


def test_closing_after_quick_delete_writes_no_prefs(qtbot, desktop, passphrase, layout) -> None:
    """Closing the window used to save ui-prefs.json, re-creating the wiped folder (review L2)."""
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    window.quick_delete()
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    settle(qtbot, window.ctx.tasks)
    before = sorted(layout.data_dir.iterdir()) if layout.data_dir.exists() else []
    assert layout.ui_prefs not in before
    window.close()
    desktop.shutdown()
    after = sorted(layout.data_dir.iterdir()) if layout.data_dir.exists() else []
    assert after == before
    assert not layout.ui_prefs.exists()


def test_retention_periods_are_saved_through_the_coordinator_service(qtbot, desktop, passphrase) -> None:
    from outreach_app.reports import retention

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    settle(qtbot, window.ctx.tasks)
    assert page.retention_fields["contact_notes_months"].value() == 12
    assert page.retention_save.isEnabled()
    page.retention_fields["contact_notes_months"].setValue(6)
    page.retention_fields["outbox_payload_days"].setValue(30)
    page.save_retention()
    settle(qtbot, window.ctx.tasks)
    assert "saved" in page.retention_message.text()
    stored = run_sync(qtbot, window.ctx.tasks, lambda s: retention.load_policy(s.conn))
    assert stored.contact_notes_months == 6 and stored.outbox_payload_days == 30
    from outreach_app.ops import coordinator

    audit_kinds = run_sync(
        qtbot, window.ctx.tasks, lambda s: [str(e.kind) for e in coordinator.audit_entries(s)]
    )
    assert any("settings" in kind for kind in audit_kinds)


def test_a_worker_cannot_change_retention(qtbot, desktop, passphrase, monkeypatch) -> None:
    """The fields are disabled for a worker, and the service refuses a worker session anyway."""
    from outreach_app.core.permissions import PermissionDeniedError
    from outreach_app.reports import retention

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    window.ctx.role = "worker"
    page.on_unlocked()
    settle(qtbot, window.ctx.tasks)
    assert not page.retention_save.isEnabled()
    session = window.ctx.tasks.session
    monkeypatch.setattr(session, "role", "worker")
    page.retention_fields["contact_notes_months"].setValue(3)
    page.save_retention()
    settle(qtbot, window.ctx.tasks)
    assert "Only a coordinator" in page.retention_message.text()
    stored = run_sync(qtbot, window.ctx.tasks, lambda s: retention.load_policy(s.conn))
    assert stored.contact_notes_months == 12
    assert issubclass(PermissionDeniedError, PermissionError)


def test_backup_shows_a_progress_dialog_without_cancel_that_closes_when_done(
    qtbot, desktop, passphrase, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    release = hold_db_thread(window.ctx.tasks)
    dest = tmp_path / "backup.obk"
    window.backup_to(dest)
    progress = window.vault_actions.last_progress
    assert progress is not None
    qtbot.waitUntil(progress.dialog.isVisible, timeout=5000)
    assert progress.dialog.findChildren(QPushButton) == []  # a backup cannot be stopped halfway
    release.set()
    qtbot.waitUntil(lambda: "Backup written" in page.vault_message.text(), timeout=10_000)
    assert progress.closed
    assert [w for w in window.findChildren(QProgressDialog) if w.isVisible()] == []


def test_handout_contact_line_is_kept_in_the_vault_and_printed(qtbot, desktop, passphrase, layout) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = _settings(window)
    page.contact_line.setText("  Outreach van 07700 900456  ")
    qtbot.keyClick(page.contact_line, Qt.Key.Key_Return)
    settle(qtbot, window.ctx.tasks)
    assert page.contact_message.text() == "Contact line saved."
    stored = run_sync(qtbot, window.ctx.tasks, app_settings.load_app_settings).contact_line
    assert stored == "Outreach van 07700 900456"
    # Not in the plain prefs file: it is kept in the encrypted DB.
    assert b"900456" not in layout.ui_prefs.read_bytes() if layout.ui_prefs.exists() else True
    alerts = window.main_screen.pages["alerts"]
    settle(qtbot, window.ctx.tasks)
    assert alerts.handout().contact_line == "Outreach van 07700 900456"  # type: ignore[attr-defined]

    page.contact_line.setText("two\nlines")
    page.save_contact_line()
    settle(qtbot, window.ctx.tasks)
    assert "one line" in page.contact_message.text()
    assert run_sync(qtbot, window.ctx.tasks, app_settings.load_app_settings).contact_line == stored

    window.lock("user")
    assert page.contact_line.text() == ""
    unlock_via_ui(qtbot, window, passphrase)
    assert page.contact_line.text() == "Outreach van 07700 900456"
