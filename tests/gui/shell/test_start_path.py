"""The `outreach` start-up path: the unlock screen is painted first, the rest of the shell after.

`outreach` builds the window with `defer_shell=True`: only the first screen exists until it
has been painted; the status bar, the application-wide event filters (panic and lock keys,
idle, plain-text labels, copy routing), the vault actions and the page shortcuts are built on
the next event-loop turn. These tests hold that order, and that nothing of it costs a key
typed meanwhile or the panic key; test_entry_point.py holds it through the real entry point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from outreach_app.app import DesktopApp, build_app
from outreach_app.crypto.kdf import TEST_KDF
from tests.vault_templates import created_vault

from .conftest import settle


def test_the_apps_qapplication_is_drawn_by_fusion_without_python_making_the_style() -> None:
    """Fusion comes from Qt's command line (`-style Fusion`, which beats QT_STYLE_OVERRIDE):
    no QStyle is made from Python before the first paint, and the theme keeps it."""
    child = (
        "import sys; sys.argv = ['outreach']\n"
        "from outreach_app.app import ensure_qapplication\n"
        "app = ensure_qapplication()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(QApplication.style().name())\n"
        "from outreach_app.ui.theme import apply_theme\n"
        "app.setStyleSheet('')\n"
        "apply_theme(app, 'light'); app.setStyleSheet('')\n"
        "print(QApplication.style().name())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["QT_STYLE_OVERRIDE"] = "windows"  # what the app would get without its argument
    command = [sys.executable, "-c", child]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["fusion", "fusion"]


def test_the_worker_preload_makes_no_qt_class_and_leaves_the_pages_only_their_qt_code() -> None:
    """`preload_page_modules` runs on a worker thread while the GUI thread runs: a Qt class or
    enum type made there raced the GUI thread's and crashed start-up (SIGSEGV). It imports the
    Qt-free code only, and all of it: importing the pages after it adds only Qt code."""
    child = (
        "import json, sys\n"
        "from outreach_app.ui import main_window\n"
        "before = set(sys.modules)\n"
        "main_window.preload_page_modules()\n"
        "preloaded = set(sys.modules) - before\n"
        "import outreach_app.ui.main_screen\n"
        "left = set(sys.modules) - before - preloaded\n"
        "print(json.dumps([sorted(preloaded), sorted(left)]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    preloaded, left = json.loads(result.stdout)
    qt_side = ("PySide6", "shiboken6", "outreach_app.ui", "outreach_app.services")
    assert [name for name in preloaded if name.startswith(qt_side)] == []
    assert {"outreach_app.ops.session", "outreach_app.domain.scrubbing.names", "sqlcipher3"} <= set(preloaded)
    assert [name for name in left if name.startswith("outreach_app") and not name.startswith(qt_side)] == []
    assert [name for name in left if name.startswith(("pydantic", "httpx", "babel", "nacl"))] == []


@pytest.fixture
def deferred(qtbot: Any, layout: Any, clock: Any, passphrase: str) -> Iterator[DesktopApp]:
    """The window as `outreach` builds it (`defer_shell=True`), over a vault, shown."""
    created_vault(layout, passphrase)
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock, defer_shell=True)
    assert not desktop.window._shell_built
    desktop.window.show()
    desktop.window.activateWindow()
    yield desktop
    desktop.window.close()
    desktop.shutdown()
    QApplication.instance().removeEventFilter(desktop.window.lock_service.idle)  # type: ignore[union-attr]
    desktop.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_shell_is_built_by_itself_after_the_first_paint(qtbot: Any, deferred: DesktopApp) -> None:
    window = deferred.window
    qtbot.waitUntil(lambda: window._shell_built, timeout=5000)
    assert window.statusBar() is window.status
    assert window.current_screen == "unlock"
    assert QApplication.focusWidget() is window.unlock_screen.passphrase


def test_keys_typed_while_the_shell_is_built_all_arrive_and_unlock(
    qtbot: Any, deferred: DesktopApp, passphrase: str
) -> None:
    window = deferred.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    half = len(passphrase) // 2
    for character in passphrase[:half]:
        QTest.keyClick(QApplication.focusWidget(), character)
    window._build_shell()  # what the first-paint timer does, here between two keys for sure
    for character in passphrase[half:]:
        target = QApplication.focusWidget()
        assert target is window.unlock_screen.passphrase  # the shell took nothing
        QTest.keyClick(target, character)
    assert window.unlock_screen.passphrase.text() == passphrase
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "main", timeout=20_000)
    settle(qtbot, window.ctx.tasks)
    assert window.is_unlocked
    assert window.status.isVisible()


def test_the_panic_key_works_on_the_unlock_screen_of_the_deferred_window(
    qtbot: Any, deferred: DesktopApp
) -> None:
    window = deferred.window
    qtbot.waitUntil(lambda: window._shell_built, timeout=5000)
    with qtbot.waitSignal(window.lock_keys.panic_pressed, timeout=2000):
        QTest.keyClick(
            window.unlock_screen.passphrase,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.unlock_screen.passphrase.text() == ""  # the chord reached no field


def test_the_fields_keep_their_input_method_hints(qtbot: Any, deferred: DesktopApp) -> None:
    """Set through the widget property (ui/widgets.py): the same Qt flags as before."""
    window = deferred.window
    hints = window.unlock_screen.passphrase.inputMethodHints()
    imh = Qt.InputMethodHint
    assert hints == imh.ImhSensitiveData | imh.ImhNoPredictiveText | imh.ImhHiddenText
    assert window.unlock_screen.quick_delete.confirmation.inputMethodHints() == imh.ImhNoPredictiveText


def test_quick_delete_from_the_unlock_screen_works_before_the_shell_is_built(
    qtbot: Any, layout: Any, clock: Any, passphrase: str
) -> None:
    from outreach_app.ops import vault_ops

    created_vault(layout, passphrase)
    desktop = build_app(layout, kdf=TEST_KDF, clock=clock, defer_shell=True)
    window = desktop.window
    try:
        assert not window._shell_built  # not shown: nothing has built it yet
        window.unlock_screen.quick_delete_requested.emit()
        qtbot.waitUntil(lambda: not vault_ops.vault_exists(layout), timeout=20_000)
        settle(qtbot, window.ctx.tasks)
        assert window._shell_built and not layout.key_file.exists()
    finally:
        window.close()
        desktop.shutdown()
        QApplication.instance().removeEventFilter(window.lock_service.idle)  # type: ignore[union-attr]
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
