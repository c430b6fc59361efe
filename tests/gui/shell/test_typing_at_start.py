"""Typing straight after the window appears: no keystroke is lost while the pages build.

Keys go where a real keyboard sends them, to the application's focus widget at that moment
(not to the passphrase field by name), one at a time with the event loop running between
them, so the page modules import and the pages build in the background meanwhile.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from outreach_app.app import DesktopApp, build_app
from outreach_app.core.vault import create_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.ui import main_window

from .conftest import settle

TYPED_CHARACTERS = 40


def _forty_character_passphrase() -> str:
    words = "-".join(secrets.token_hex(4) for _ in range(5))  # 44 characters, policy-strong
    return words[:TYPED_CHARACTERS]


def _type_where_focus_is(qtbot: Any, text: str, *, midway: Callable[[], None] = lambda: None) -> None:
    """One key at a time to whatever has the keyboard focus, events running in between;
    `midway` runs after half the keys."""
    for number, character in enumerate(text):
        if number == len(text) // 2:
            midway()
        target = QApplication.focusWidget()
        assert target is not None, f"nothing has the keyboard focus at key {number}: it would be lost"
        QTest.keyClick(target, character)
        qtbot.wait(1)


def _pages_built(qtbot: Any, window: Any, gate: threading.Event) -> None:
    """Let the background page build finish between two keystrokes (it must not take the focus)."""
    gate.set()
    qtbot.waitUntil(lambda: window._main_screen is not None, timeout=10_000)


@pytest.fixture
def page_build_gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The background import of the page modules waits for this event (set midway through
    typing), so the pages are built between two keystrokes whatever the machine's speed."""
    gate = threading.Event()
    real = main_window.preload_page_modules

    def gated() -> None:
        gate.wait(20)
        real()

    monkeypatch.setattr(main_window, "preload_page_modules", gated)
    yield gate
    gate.set()


def _start(qtbot: Any, layout: Any, clock: Any) -> DesktopApp:
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock)
    desktop.window.show()
    desktop.window.activateWindow()
    # The window is up once it is active (a window manager gives it the keyboard).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    return desktop


def _close(desktop: DesktopApp) -> None:
    desktop.window.close()
    desktop.shutdown()
    QApplication.instance().removeEventFilter(desktop.window.lock_service.idle)  # type: ignore[union-attr]
    desktop.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_forty_characters_typed_at_once_on_the_unlock_screen_all_arrive_and_unlock(
    qtbot, layout, clock, page_build_gate
) -> None:
    passphrase = _forty_character_passphrase()
    create_vault(layout, passphrase, kdf=TEST_KDF)
    desktop = _start(qtbot, layout, clock)
    window = desktop.window
    try:
        assert window.current_screen == "unlock"
        assert window._main_screen is None  # the pages are still to be built while we type
        _type_where_focus_is(qtbot, passphrase, midway=lambda: _pages_built(qtbot, window, page_build_gate))
        assert window.unlock_screen.passphrase.text() == passphrase
        _press_enter_and_wait_for_the_pages(qtbot, window)
    finally:
        _close(desktop)


def _press_enter_and_wait_for_the_pages(qtbot: Any, window: Any) -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "main", timeout=20_000)
    settle(qtbot, window.ctx.tasks)
    assert window.is_unlocked


def test_forty_characters_typed_at_once_on_first_run_all_arrive(
    qtbot, layout, clock, page_build_gate
) -> None:
    passphrase = _forty_character_passphrase()
    desktop = _start(qtbot, layout, clock)
    window = desktop.window
    try:
        assert window.current_screen == "first_run"
        assert window._main_screen is None
        _type_where_focus_is(qtbot, passphrase, midway=lambda: _pages_built(qtbot, window, page_build_gate))
        assert window.first_run.passphrase.text() == passphrase
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # on to the second field
        _type_where_focus_is(qtbot, passphrase)
        assert window.first_run.confirm.text() == passphrase
        window.first_run.check_strength()  # skip the typing debounce
        qtbot.waitUntil(window.first_run.create_button.isEnabled, timeout=10_000)
        _press_enter_and_wait_for_the_pages(qtbot, window)
    finally:
        _close(desktop)
