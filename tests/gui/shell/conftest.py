"""Fixtures for the desktop shell: the real window over a real vault in a tmp dir.

- `clock` (tests/conftest.py): the fake wall clock the test moves by hand (idle lock, unlock countdown).
- `desktop`: `build_app` on a fresh data dir with the TEST KDF (cheap Argon2id), which a
  passphrase change keeps; closed after.
- `passphrase`: a random passphrase the policy accepts (one per test process, a new string
  object for each test).
- `themed`: the dark, then the light theme applied to the QApplication (restored after).
- helpers `create_via_ui` (the vault it makes is a copy of one made in this process,
  tests/vault_templates.py), `unlock_via_ui`; `settle`, `run_sync` and `hold_db_thread` from
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
from outreach_app.crypto.kdf import TEST_KDF, KdfParams
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import vault_ops
from outreach_app.ui.main_window import MainWindow
from outreach_app.ui.theme import apply_theme
from tests.fake_clock import FakeClock
from tests.gui.task_waits import hold_db_thread as hold_db_thread
from tests.gui.task_waits import run_sync as run_sync
from tests.gui.task_waits import settle as settle
from tests.vault_templates import created_vault

# This process's: three random groups (26 characters, ~10^26 guesses for the policy's zxcvbn),
# not five. Tests type it key by key, twice to create and once per unlock, and each key runs the
# app's event filters and the field's slots: the 18 keys fewer are ~40 % of that typing.
_PASSPHRASE = "-".join(secrets.token_hex(4) for _ in range(3))


@pytest.fixture
def passphrase() -> str:
    """The same random passphrase for every test in this process, so `create_via_ui` can copy
    the vault it makes, but a new string object each time: the app zeroes the passphrase
    strings it is handed (vault_ops.forget_secret), and one test's must not be the next's."""
    return "".join(list(_PASSPHRASE))


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
    """Type the passphrase twice with the keyboard and press Enter, as a person would.

    The vault the window then makes is a copy of one `create_vault` made earlier in this
    process with the same passphrase and KDF (tests/vault_templates.py: the same files at
    ~2 ms instead of ~70 ms of migrations and key wrapping; ~60 shell tests start here). The
    window's own steps are unchanged: the strength check, the create on the CPU pool, the
    unlock that follows. Vault creation itself is tested for real by the tests that click
    Create without this helper (test_passphrase_dialogs), tests/unit/core and the self-test."""
    assert window.current_screen == "first_run"
    screen = window.first_run
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vault_ops, "create", _copy_of_a_created_vault)
        qtbot.keyClicks(screen.passphrase, passphrase)
        screen.check_strength()  # skip the typing debounce
        qtbot.keyClicks(screen.confirm, passphrase)
        qtbot.waitUntil(screen.create_button.isEnabled, timeout=10_000)
        qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_screen == "main", timeout=20_000)
    settle(qtbot, window.ctx.tasks)


def _copy_of_a_created_vault(layout: VaultLayout, passphrase: str, kdf: KdfParams) -> None:
    """`vault_ops.create` as `created_vault` (a copy). The template is keyed by a copy of the
    passphrase: the window zeroes its own string once the vault is open."""
    created_vault(layout, "".join(list(passphrase)), kdf=kdf)


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
