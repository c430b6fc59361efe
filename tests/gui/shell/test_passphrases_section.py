"""Settings → Passphrases: a coordinator removes a passphrase; the re-key runs on the DB thread
and a kept copy of the old key file with that passphrase opens nothing afterwards."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from outreach_app.core.vault import add_slot
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import loads, unwrap_any
from outreach_app.ops import vault_ops
from outreach_app.storage.connection import WrongKeyError, open_database
from outreach_app.ui.pages.settings import SettingsPage

from .conftest import create_via_ui, run_sync, settle

WORKER = "violet lantern quietly folds maps"


def _section(window):
    page = window.main_screen.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page.passphrases_section


def test_a_coordinator_removes_a_passphrase_in_the_background(
    qtbot, desktop, passphrase, layout, tmp_path: Path, monkeypatch
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    worker_slot = run_sync(qtbot, window.ctx.tasks, lambda s: add_slot(s, WORKER, "worker", kdf=TEST_KDF))
    kept = tmp_path / "kept.key"
    shutil.copyfile(layout.key_file, kept)
    threads: list[str] = []
    real = vault_ops.remove_slot

    def on_which_thread(session, slot_id, now):
        threads.append(threading.current_thread().name)
        return real(session, slot_id, now)

    monkeypatch.setattr(vault_ops, "remove_slot", on_which_thread)
    section = _section(window)
    assert section.isVisibleTo(window.main_screen.pages["settings"])
    section.reload()
    qtbot.waitUntil(lambda: section.slots.count() == 2, timeout=10_000)
    own_row = next(i for i in range(2) if "this session" in section.slots.item(i).text())
    section.slots.setCurrentRow(own_row)
    assert not section.remove_button.isEnabled()  # never the session's own passphrase
    section.slots.setCurrentRow(1 - own_row)
    assert worker_slot in section.slots.currentItem().text()
    box = section.ask_remove()
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Passphrase removed" in section.message.text(), timeout=20_000)
    assert threads and threads[0] != threading.main_thread().name
    qtbot.waitUntil(lambda: section.slots.count() == 1, timeout=10_000)
    settle(qtbot, window.ctx.tasks)

    old = unwrap_any(loads(kept.read_bytes()), WORKER)
    assert old is not None
    with pytest.raises(WrongKeyError):
        open_database(layout.db, old[1])


def test_the_section_is_hidden_from_workers(qtbot, desktop, passphrase, layout) -> None:
    from outreach_app.core.vault import unlock_vault
    from tests.vault_templates import created_vault

    from .conftest import unlock_via_ui

    created_vault(layout, passphrase)
    with unlock_vault(layout, passphrase) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)
    window = desktop.window
    window.show_locked_screen()
    unlock_via_ui(qtbot, window, WORKER)
    section = _section(window)
    assert not section.isVisibleTo(window.main_screen.pages["settings"])
    assert section.slots.count() == 0
