"""Fixtures for the desktop shell: the real window over a real vault in a tmp dir.

- `clock` (tests/conftest.py): the fake wall clock the test moves by hand (idle lock, unlock countdown).
- `desktop`: `build_app` on a fresh data dir with the TEST KDF (cheap Argon2id), which a
  passphrase change keeps; closed after.
- `passphrase`: a random passphrase the policy accepts.
- `themed`: the dark, then the light theme applied to the QApplication (restored after).
- helpers `create_via_ui`, `unlock_via_ui`; `settle`, `run_sync` and `hold_db_thread` from
  tests/gui/task_waits.py, imported here for the shell tests.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from outreach_app.app import DesktopApp, build_app
from outreach_app.core import vault_keys
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ui.main_window import MainWindow
from outreach_app.ui.theme import apply_theme
from tests.fake_clock import FakeClock
from tests.gui.task_waits import hold_db_thread as hold_db_thread
from tests.gui.task_waits import run_sync as run_sync
from tests.gui.task_waits import settle as settle


@pytest.fixture
def passphrase() -> str:
    return "-".join(secrets.token_hex(4) for _ in range(5))


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    return VaultLayout(tmp_path / "vault")


@pytest.fixture
def desktop(qtbot: Any, layout: VaultLayout, clock: FakeClock) -> Iterator[DesktopApp]:
    with pytest.MonkeyPatch.context() as patch:
        # A passphrase change raises a test-profile slot to the production KDF (256 MiB, three
        # passes: 3-5 CPU-s a change and as much for each unlock after it). That upgrade is
        # tested in tests/unit/core/test_vault_changes.py; through the window the cheap profile
        # stays, as the vault was made with it (issue 19).
        patch.setattr(vault_keys, "PRODUCTION_KDF", TEST_KDF)
        yield from _desktop(qtbot, layout, clock)


def _desktop(qtbot: Any, layout: VaultLayout, clock: FakeClock) -> Iterator[DesktopApp]:
    app = build_app(layout, kdf=TEST_KDF, clock=clock)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.window.close()
    app.shutdown()
    QApplication.instance().removeEventFilter(app.window.lock_service.idle)  # type: ignore[union-attr]
    app.window.deleteLater()
    # Delete it now: live windows from earlier tests would make every style change slower.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.clipboard().clear()


def create_via_ui(qtbot: Any, window: MainWindow, passphrase: str) -> None:
    """Type the passphrase twice with the keyboard and press Enter, as a person would."""
    assert window.current_screen == "first_run"
    screen = window.first_run
    qtbot.keyClicks(screen.passphrase, passphrase)
    screen.check_strength()  # skip the typing debounce
    qtbot.keyClicks(screen.confirm, passphrase)
    qtbot.waitUntil(screen.create_button.isEnabled, timeout=10_000)
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "main", timeout=20_000)
    settle(qtbot, window.ctx.tasks)


def unlock_via_ui(qtbot: Any, window: MainWindow, passphrase: str) -> None:
    assert window.current_screen == "unlock"
    qtbot.keyClicks(window.unlock_screen.passphrase, passphrase)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "main", timeout=20_000)
    settle(qtbot, window.ctx.tasks)


@pytest.fixture(params=["dark", "light"])
def themed(request: Any, qapp: Any) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (QPalette(app.palette()), app.styleSheet(), app.style().name())
    apply_theme(app, request.param)
    yield str(request.param)
    app.setStyle(saved[2])
    app.setPalette(saved[0])
    app.setStyleSheet(saved[1])
