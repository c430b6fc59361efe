"""The passphrase floor in the real dialogs (offscreen): refusals with a reason, Suggest, the
team note, and fields that keep nothing once used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from outreach_app.crypto.passphrase_suggest import eff_long_words
from outreach_app.domain.models import Area
from outreach_app.storage.repos.areas import add_area

from .conftest import create_via_ui, settle, unlock_via_ui

AREA = "Brindleyplace Tannery"
FROM_AREA = "brindleyplacetannery"  # strong alone, weak once the vault's area names are context


def _is_eff_words(text: str) -> bool:
    words = text.split(" ")
    return len(words) == 6 and set(words) <= set(eff_long_words())


def test_first_run_refuses_the_review_examples(qtbot, desktop) -> None:
    screen = desktop.window.first_run
    for weak in ("Summer2024!!", "Outreach2026!", "nationaluglymugs", "sexworker2026"):
        screen.passphrase.setText(weak)
        screen.confirm.setText(weak)
        screen.check_strength()
        qtbot.waitUntil(lambda: "too easy to guess" in screen.feedback.text(), timeout=5000)
        assert weak.lower() not in screen.feedback.text().lower()
        assert not screen.create_button.isEnabled()
        assert screen.strength.value() < screen.strength.maximum()
        screen.passphrase.setText("")
        screen.check_strength()  # skip the typing debounce (250 ms, four times)
        qtbot.waitUntil(lambda: screen.feedback.text() == "", timeout=5000)


def test_first_run_suggest_fills_a_shown_passphrase_that_creates_the_vault(qtbot, desktop, layout) -> None:
    window = desktop.window
    screen = window.first_run
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.feedback.text() == "Strong enough.", timeout=5000)
    suggestion = screen.passphrase.text()
    assert _is_eff_words(suggestion) and screen.confirm.text() == suggestion
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Normal  # shown, to be written down
    assert "Write it down" in screen.busy.text()
    assert screen.create_button.isEnabled()
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "main", timeout=20_000)
    settle(qtbot, window.ctx.tasks)
    assert screen.passphrase.text() == "" and not screen.passphrase.isUndoAvailable()
    window.lock("user")
    unlock_via_ui(qtbot, window, suggestion)


def test_change_dialog_uses_the_vaults_names_says_slots_share_the_key_and_suggests(
    qtbot, desktop, passphrase
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    window.ctx.tasks.run_db(lambda s: add_area(s.conn, Area(name=AREA)))
    settle(qtbot, window.ctx.tasks)
    dialog = window.open_change_passphrase()
    settle(qtbot, window.ctx.tasks)
    assert "weakest" in dialog.team_note.text() and "same records" in dialog.team_note.text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.current.setText(passphrase)
    dialog.new.setText(FROM_AREA)
    dialog.confirm.setText(FROM_AREA)
    dialog.check_strength()
    qtbot.waitUntil(lambda: "attacker would try first" in dialog.feedback.text(), timeout=5000)
    assert not ok.isEnabled()

    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.feedback.text() == "Strong enough.", timeout=5000)
    suggestion = dialog.new.text()
    assert _is_eff_words(suggestion) and dialog.confirm.text() == suggestion
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Normal
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    page = window.settings_page
    qtbot.waitUntil(lambda: "was changed" in page.vault_message.text(), timeout=10_000)
    for field in (dialog.current, dialog.new, dialog.confirm):
        assert field.text() == "" and not field.isUndoAvailable()
    window.lock("user")
    unlock_via_ui(qtbot, window, suggestion)


def test_change_through_the_dialog_is_refused_by_the_vault_even_if_the_dialog_was_not_told(
    qtbot, desktop, passphrase
) -> None:
    """The vault checks again with its own names: a dialog opened before an area was added
    (no context yet) cannot set a passphrase built from it."""
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    dialog = window.open_change_passphrase()
    settle(qtbot, window.ctx.tasks)
    window.ctx.tasks.run_db(lambda s: add_area(s.conn, Area(name=AREA)))
    settle(qtbot, window.ctx.tasks)
    dialog.current.setText(passphrase)
    dialog.new.setText(FROM_AREA)
    dialog.confirm.setText(FROM_AREA)
    dialog.check_strength()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=5000)
    ok.click()
    page = window.settings_page
    qtbot.waitUntil(lambda: "not changed" in page.vault_message.text(), timeout=10_000)
    assert "too easy to guess" in page.vault_message.text()
    window.lock("user")
    unlock_via_ui(qtbot, window, passphrase)
