"""First run → unlock → lock → unlock, and the countdown after wrong passphrases."""

from __future__ import annotations

from PySide6.QtCore import Qt

from outreach_app.app import build_app
from outreach_app.crypto.kdf import TEST_KDF
from tests.vault_templates import created_vault

from .conftest import create_via_ui, settle, unlock_via_ui


def test_first_run_creates_vault_then_lock_and_unlock_by_keyboard(qtbot, desktop, passphrase, layout) -> None:
    window = desktop.window
    assert window.current_screen == "first_run"
    assert not layout.key_file.exists()
    create_via_ui(qtbot, window, passphrase)
    assert layout.key_file.exists()
    assert window.is_unlocked and window.ctx.role == "coordinator"
    assert window.first_run.passphrase.text() == "" and window.first_run.confirm.text() == ""

    qtbot.mouseClick(window.status.lock_button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "unlock"
    assert not window.is_unlocked
    assert window.ctx.role is None

    unlock_via_ui(qtbot, window, passphrase)
    assert window.is_unlocked
    assert window.unlock_screen.passphrase.text() == ""


def test_first_run_refuses_a_weak_or_mismatched_passphrase(qtbot, desktop, passphrase) -> None:
    screen = desktop.window.first_run
    qtbot.keyClicks(screen.passphrase, "password1")
    screen.check_strength()
    qtbot.keyClicks(screen.confirm, "password1")
    qtbot.waitUntil(lambda: screen.feedback.text() != "", timeout=5000)
    assert "too short" in screen.feedback.text()
    assert not screen.create_button.isEnabled()
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    settle(qtbot, desktop.ctx.tasks)
    assert desktop.window.current_screen == "first_run"

    screen.passphrase.setText(passphrase)
    screen.check_strength()
    screen.confirm.setText(passphrase + "x")
    qtbot.waitUntil(lambda: screen.feedback.text() == "Strong enough.", timeout=5000)
    assert not screen.create_button.isEnabled()
    assert "do not match" in screen.match.text()
    screen.confirm.setText(passphrase)
    assert screen.create_button.isEnabled()


def test_first_run_warns_that_a_lost_passphrase_cannot_be_recovered(desktop) -> None:
    text = desktop.window.first_run.warning.text()
    assert "cannot be recovered" in text


def test_wrong_passphrases_bring_a_countdown_that_follows_the_clock(qtbot, layout, clock, passphrase) -> None:
    created_vault(layout, passphrase)
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock)
    window = desktop.window
    window.show()
    try:
        screen = window.unlock_screen
        assert window.current_screen == "unlock"
        for attempt in range(1, 4):
            qtbot.keyClicks(screen.passphrase, f"wrong guess {attempt}")
            qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: "not right" in screen.message.text(), timeout=10_000)
            settle(qtbot, desktop.ctx.tasks)
            screen.message.setText("")
        # The third failure starts the delay (1 s); the button stays off until the clock moves.
        assert screen.waiting
        assert not screen.unlock.isEnabled()
        assert "1 second" in screen.countdown.text()
        qtbot.keyClicks(screen.passphrase, passphrase)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        settle(qtbot, desktop.ctx.tasks)
        assert window.current_screen == "unlock"  # ignored while waiting
        clock.advance(1.5)
        screen.tick()
        assert not screen.waiting and screen.unlock.isEnabled()
        assert screen.countdown.text() == ""
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_screen == "main", timeout=10_000)
    finally:
        window.close()
        desktop.shutdown()


def test_countdown_survives_a_restart(qtbot, layout, clock, passphrase) -> None:
    """The failure counter lives on disk: a new window starts with the remaining wait."""
    created_vault(layout, passphrase)
    from outreach_app.crypto.failures import FailureCounter

    counter = FailureCounter(layout.failures, clock)
    for _ in range(5):
        counter.record_failure()  # 5 failures → 4 s
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock)
    try:
        desktop.window.show()
        screen = desktop.window.unlock_screen
        assert screen.waiting and "4 seconds" in screen.countdown.text()
        clock.advance(2)
        screen.tick()
        assert "2 seconds" in screen.countdown.text()
    finally:
        desktop.window.close()
        desktop.shutdown()


def test_panic_while_unlocking_leaves_it_locked_and_unlockable(qtbot, layout, clock, passphrase) -> None:
    created_vault(layout, passphrase)
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock)
    window = desktop.window
    window.show()
    try:
        window.unlock_screen.passphrase.setText(passphrase)
        window.unlock_screen.unlock.click()  # the KDF starts on the DB thread …
        window.panic()  # … and the panic key comes before it is done
        settle(qtbot, desktop.ctx.tasks)
        assert not window.is_unlocked and window.current_screen == "unlock"
        window.showNormal()
        unlock_via_ui(qtbot, window, passphrase)  # no "vault in use" from a stray session
        assert window.is_unlocked
    finally:
        window.close()
        desktop.shutdown()
