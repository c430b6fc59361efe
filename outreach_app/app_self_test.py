"""`outreach --self-test`: drive the real window offscreen through create → save → lock → unlock.

The installer runs it on the frozen app. It uses the window's own widgets and the same task
manager and repositories the pages use, with the cheap test KDF, on the given data dir (which
must not hold a vault) or a temporary one. Exit 0 when every step worked; otherwise 1 and
the step that failed.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from outreach_app.cli.common import ExitCode, Io
from outreach_app.domain.layout import VaultLayout, resolve_data_dir

STEP_TIMEOUT_S = 60.0


class SelfTestFailure(Exception):
    """A step did not work; the message says which."""


def _spin_until(predicate: Callable[[], bool], what: str, timeout_s: float = STEP_TIMEOUT_S) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"timed out waiting for: {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _run_db(desktop: Any, fn: Callable[[Any], Any], what: str) -> Any:
    box: dict[str, Any] = {}
    desktop.ctx.tasks.run_db(
        fn, lambda value: box.setdefault("ok", value), lambda exc: box.setdefault("err", exc)
    )
    _spin_until(lambda: bool(box), what)
    if "err" in box:
        raise SelfTestFailure(f"{what}: {type(box['err']).__name__}: {box['err']}")
    return box["ok"]


def _save_contact_through_the_page(desktop: Any, marker: str, io: Io) -> UUID:
    """Type a note into the Shift page's quick entry and press Save, as a worker would.

    Falls back to the task manager and repository the page uses when this install's Shift
    page is a placeholder."""
    from outreach_app.domain.models import Contact
    from outreach_app.storage.repos.contacts import add_contact

    page = desktop.window.main_screen.show_page("shift")
    if all(hasattr(page, name) for name in ("note", "save_button", "contact_saved")):
        saved: list[str] = []
        page.contact_saved.connect(saved.append)
        page.note.setText(marker)
        page.save_button.click()
        _spin_until(lambda: bool(saved), "the Shift page to save the contact")
        io.out("self-test: contact entered on the Shift page")
        return UUID(saved[0])
    contact = Contact(notes=marker)
    _run_db(desktop, lambda s: add_contact(s.conn, contact), "saving a contact")
    return contact.id


def _steps(layout: VaultLayout, io: Io) -> None:
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.ops.vault_ops import vault_exists
    from outreach_app.storage.repos.contacts import get_contact

    if vault_exists(layout):
        raise SelfTestFailure(f"{layout.data_dir} already holds a vault; give an empty or new folder")
    desktop = build_app(layout, kdf=TEST_KDF)
    window = desktop.window
    try:
        window.show()
        if window.current_screen != "first_run":
            raise SelfTestFailure(f"expected the first-run screen, got {window.current_screen}")
        io.out("self-test: first-run screen shown")
        passphrase = "-".join(secrets.token_hex(4) for _ in range(5))
        window.first_run.passphrase.setText(passphrase)
        window.first_run.confirm.setText(passphrase)
        window.first_run.check_strength()
        _spin_until(window.first_run.create_button.isEnabled, "the passphrase to be accepted")
        window.first_run.create_button.click()
        _spin_until(lambda: window.current_screen == "main", "the vault to be created and opened")
        io.out("self-test: vault created and unlocked, main window shown")

        marker = f"self-test {secrets.token_hex(8)}"
        contact_id = _save_contact_through_the_page(desktop, marker, io)
        back = _run_db(desktop, lambda s: get_contact(s.conn, contact_id), "reading the contact back")
        if back is None or back.notes != marker:
            raise SelfTestFailure("the contact read back differs from the one saved")
        io.out("self-test: contact saved and read back")

        window.lock("self-test")
        if window.is_unlocked or window.current_screen != "unlock":
            raise SelfTestFailure("lock did not close the vault and show the unlock screen")
        io.out("self-test: locked")

        window.unlock_screen.passphrase.setText(passphrase)
        window.unlock_screen.unlock.click()
        _spin_until(lambda: window.current_screen == "main", "the vault to unlock again")
        again = _run_db(
            desktop, lambda s: get_contact(s.conn, contact_id), "reading the contact after unlock"
        )
        if again is None or again.notes != marker:
            raise SelfTestFailure("the contact did not survive lock and unlock")
        window.lock("self-test")
        io.out("self-test: unlocked again, contact still there, locked")
    finally:
        window.close()
        desktop.shutdown()


# The offscreen plugin says this for every window it shows; the installer treats unexpected
# stderr as a failure, so this one known, harmless line is dropped.
_HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


def _install_qt_message_filter(io: Io) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtDebugMsg or message.startswith(_HARMLESS_QT_MESSAGES):
            return
        io.err(f"qt: {message}")

    qInstallMessageHandler(handler)


def run_self_test(data_dir: str | os.PathLike[str] | None, io: Io) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never needs a display
    _install_qt_message_filter(io)
    try:
        if data_dir:
            _steps(VaultLayout(resolve_data_dir(data_dir)), io)
        else:
            with tempfile.TemporaryDirectory(prefix="outreach-selftest-") as tmp:
                _steps(VaultLayout(Path(tmp) / "vault"), io)
    except SelfTestFailure as exc:
        io.err(f"self-test failed: {exc}")
        return int(ExitCode.FAILURE)
    except Exception as exc:  # the installer needs a reason, not a traceback
        io.err(f"self-test failed: {type(exc).__name__}: {exc}")
        return int(ExitCode.FAILURE)
    io.out("self-test: OK")
    return int(ExitCode.OK)
