"""Quick delete in the app (issue 16): it destroys the files the app saved outside the vault,
lists any it could not reach, and is reachable from the lock screen without the passphrase,
behind a typed confirmation that a stray click or key cannot give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .conftest import create_via_ui, settle


def _backup(qtbot: Any, window: Any, dest: Path) -> None:
    page = window.main_screen.show_page("settings")
    page.backup_requested.emit(dest)
    qtbot.waitUntil(lambda: "Backup written" in page.vault_message.text(), timeout=10_000)
    settle(qtbot, window.ctx.tasks)


def test_quick_delete_from_the_lock_screen_needs_the_typed_word_and_no_passphrase(
    qtbot: Any, desktop: Any, passphrase: str, layout: Any
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    window.lock("user")
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5000)
    panel = window.unlock_screen.quick_delete
    assert panel.open_button.isVisibleTo(window.unlock_screen) and not panel.is_open
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and not panel.delete_button.isEnabled()
    qtbot.keyClicks(panel.confirmation, "DELET")
    assert not panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    qtbot.keyClick(panel.confirmation, Qt.Key.Key_Return)
    settle(qtbot, window.ctx.tasks)
    assert layout.key_file.exists()
    qtbot.keyClick(panel.confirmation, Qt.Key.Key_Escape)  # cancel forgets what was typed
    assert not panel.is_open and panel.confirmation.text() == ""
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.confirmation, "delete")
    assert panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    assert not layout.key_file.exists() and not layout.db.exists()


def test_quick_delete_destroys_the_files_saved_outside_the_vault(
    qtbot: Any, desktop: Any, passphrase: str, layout: Any, tmp_path: Path
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    kept, moved_away = tmp_path / "kept.obk", tmp_path / "moved.obk"
    _backup(qtbot, window, kept)
    _backup(qtbot, window, moved_away)
    moved_away.rename(tmp_path / "elsewhere.obk")
    window.quick_delete()
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    assert not kept.exists() and (tmp_path / "elsewhere.obk").exists()
    shown = window.first_run.busy.text()
    assert shown.splitlines()[0] == "Also destroyed: 1 file saved outside the vault."
    assert f"Could not destroy {moved_away}: not found" in shown


def _backed_up_and_locked(qtbot: Any, window: Any, passphrase: str, backup: Path) -> None:
    create_via_ui(qtbot, window, passphrase)
    _backup(qtbot, window, backup)
    window.lock("user")
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=5000)
    assert not window.is_unlocked


def test_from_the_lock_screen_the_files_known_at_the_last_unlock_are_destroyed(
    qtbot: Any, desktop: Any, passphrase: str, tmp_path: Path
) -> None:
    window = desktop.window
    backup = tmp_path / "backup.obk"
    _backed_up_and_locked(qtbot, window, passphrase, backup)
    window.unlock_screen.quick_delete_requested.emit()
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    assert not backup.exists()


def test_a_fresh_start_says_the_outside_files_were_not_looked_for(
    qtbot: Any, desktop: Any, passphrase: str, tmp_path: Path
) -> None:
    window = desktop.window
    backup = tmp_path / "backup.obk"
    _backed_up_and_locked(qtbot, window, passphrase, backup)
    window.vault_actions.outside_targets = None  # as after a restart: nothing read yet
    window.unlock_screen.quick_delete_requested.emit()
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    assert backup.exists()
    assert "were not looked for" in window.first_run.busy.text()


def test_the_settings_box_unticked_keeps_the_outside_files(
    qtbot: Any, desktop: Any, passphrase: str, layout: Any, tmp_path: Path
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    backup = tmp_path / "backup.obk"
    _backup(qtbot, window, backup)
    page = window.main_screen.show_page("settings")
    assert page.quick_delete_outside.isChecked()  # on by default
    page.quick_delete_outside.setChecked(False)
    page.quick_delete_confirmed.emit()  # what the end of the countdown emits
    qtbot.waitUntil(lambda: window.current_screen == "first_run", timeout=10_000)
    assert backup.exists() and not layout.key_file.exists()
    assert "outside the vault" not in window.first_run.busy.text()
