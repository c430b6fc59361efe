"""Composition root of the desktop app: builds the services and the window, runs the event loop.

`main(args, io)` is what `outreach` with no subcommand calls. Start-up stays lean: the
unlock screen needs only PySide6 and a few small modules; httpx, keyring, the storage
stack and the server are imported when first used (goal: process start to unlock screen
in under a second).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from outreach_app.cli.common import ExitCode, Io
from outreach_app.domain.clock import utcnow
from outreach_app.domain.layout import VaultLayout, layout_for

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from outreach_app.crypto.kdf import KdfParams
    from outreach_app.services.qt_settings import PrivateQtSettings
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.main_window import MainWindow

# Qt platforms that need no display server.
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")

NO_DISPLAY_MESSAGE = """\
outreach: there is no display to open the window on (no DISPLAY or WAYLAND_DISPLAY).
Run it from a desktop session, or without a screen:
  xvfb-run -a outreach                               a virtual X display (apt install xvfb)
  QT_QPA_PLATFORM=offscreen outreach --self-test     check the app works, no window at all"""


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why a window cannot open here, or None. Checked before Qt starts: Qt would abort."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    if qpa in _HEADLESS_PLATFORMS:
        return None
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if qpa == "xcb" and not has_x:
        return NO_DISPLAY_MESSAGE
    if qpa.startswith("wayland") and not has_wayland:
        return NO_DISPLAY_MESSAGE
    if not qpa and not (has_x or has_wayland):
        return NO_DISPLAY_MESSAGE
    return None


@dataclass
class DesktopApp:
    """What `build_app` made. Attributes: app, ctx, window, qt_settings (where Qt's own
    remembered state goes for this run; emptied on lock, removed on quit)."""

    app: QApplication
    ctx: AppContext
    window: MainWindow
    qt_settings: PrivateQtSettings

    def shutdown(self) -> None:
        """Lock (saving drafts) and stop the worker threads. Safe to call twice."""
        if self.window.is_unlocked:
            self.window.lock("quit")
            self.window.save_prefs()
        self.ctx.tasks.shutdown()
        self.qt_settings.remove()


def ensure_qapplication() -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("Outreach")
    # The app uses no QSettings; Qt's own (file dialogs) go to a private folder (build_app).
    QCoreApplication.setOrganizationName("Outreach")
    from outreach_app.ui.theme import FUSION_ARGUMENTS, FUSION_PROPERTY

    # Qt makes the Fusion style itself from its command line: a QStyle made from Python would
    # wrap it, and shiboken builds the class's ~15 enums (5 ms of start-up).
    app = QApplication([*sys.argv[:1], *FUSION_ARGUMENTS])
    app.setProperty(FUSION_PROPERTY, True)
    return app


def build_app(
    layout: VaultLayout,
    *,
    kdf: KdfParams | None = None,
    clock: Callable[[], datetime] = utcnow,
    defer_shell: bool = False,
) -> DesktopApp:
    """Build the services and the main window (not shown) on `layout`.

    With `defer_shell` (what `outreach` does) the window holds only its first screen until
    that screen is painted; the rest of the shell is built on the next event-loop turn
    (`MainWindow._build_shell`). Tests get the whole window at once."""
    app = ensure_qapplication()
    from outreach_app.crypto.kdf import PRODUCTION_KDF
    from outreach_app.services.fonts import register_bundled_fonts

    # Before any widget is laid out: registered later (at the first print), the bundled Thai
    # and CJK fonts would change line heights under labels already laid out, cutting them.
    register_bundled_fonts()
    from outreach_app.services.qt_settings import PrivateQtSettings

    # Before any widget exists: a file dialog reads and writes QSettings when it closes.
    qt_settings = PrivateQtSettings()
    qt_settings.install()
    from outreach_app.services.changes import ChangeBus
    from outreach_app.services.clipboard import ClipboardGuard
    from outreach_app.services.tasks import TaskManager
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.i18n import app_language, install_translators
    from outreach_app.ui.main_window import MainWindow
    from outreach_app.ui.prefs import UiPrefs
    from outreach_app.ui.theme import apply_theme

    prefs = UiPrefs.load(layout.ui_prefs)
    prefs.theme = apply_theme(app, prefs.theme)
    # Before any window: widgets take their words when they are built.
    install_translators(app_language(prefs.language))
    tasks = TaskManager()
    ctx = AppContext(
        tasks=tasks,
        changes=ChangeBus(),
        clipboard=ClipboardGuard(),
        layout=layout,
        clock=clock,
    )
    window = MainWindow(ctx, prefs, kdf=kdf or PRODUCTION_KDF, defer_shell=defer_shell)
    window.lock_service.locked.connect(lambda _reason: qt_settings.erase())
    return DesktopApp(app, ctx, window, qt_settings)


def _quit_cleanly_on_sigterm(desktop: DesktopApp) -> None:
    """A logout or `kill` should lock like closing the window does (drafts saved, key dropped).

    The Python handler only sets a flag: it runs between two bytecodes of whatever the main
    thread was doing (possibly inside a lock, e.g. a thread pool's), so quitting from there
    could deadlock. A light timer, which also hands Python control a few times a second
    while Qt's event loop runs, sees the flag and quits from a clean point."""
    import signal

    from PySide6.QtCore import QTimer

    requested: list[int] = []

    def note(signum: int, _frame: object) -> None:
        requested.append(signum)

    signal.signal(signal.SIGTERM, note)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, note)
    ticker = QTimer(desktop.window)
    ticker.timeout.connect(lambda: desktop.app.quit() if requested else None)
    ticker.start(200)


SETTLE_AFTER_UNLOCK_MS = 2_000
"""The unlock's settling waits this long: the main screen is painted and its first page
loaded by then, and the full collection (30-100 ms on the GUI thread) is not in the way."""


def _settle_heap_at_pauses(desktop: DesktopApp) -> None:
    """Freeze the long-lived heap out of the garbage collector's sight (`core/gc_tuning.py`):
    after the first paint (the start-up heap, not before the window shows: it is a full
    collection), after each unlock (the shell, the pages, the sync stack) and after each lock
    (what the locked vault's objects held is collected, not kept frozen). Each runs once that
    step's work is done: on the next event-loop turn, `SETTLE_AFTER_UNLOCK_MS` after an unlock."""
    from PySide6.QtCore import QTimer

    from outreach_app.core.gc_tuning import settle_heap

    def settle_soon(*_args: object) -> None:
        QTimer.singleShot(0, settle_heap)

    desktop.window.shell_built.connect(settle_soon)
    desktop.window.unlocked.connect(lambda: QTimer.singleShot(SETTLE_AFTER_UNLOCK_MS, settle_heap))
    desktop.window.lock_service.locked.connect(settle_soon)


ALREADY_OPEN_MESSAGE = "outreach: Outreach is already open on this vault; its window was brought forward."


def run_app(layout: VaultLayout, io: Io | None = None) -> int:
    from outreach_app.services.crash_output import install_quiet_crash_output
    from outreach_app.services.single_instance import SingleInstance, instance_key

    install_quiet_crash_output()
    ensure_qapplication()
    # Before anything is asked: a second copy only brings the first one forward.
    instance = SingleInstance(instance_key(layout.data_dir))
    if instance.ask_running_copy_to_show():
        (io or Io()).err(ALREADY_OPEN_MESSAGE)
        return int(ExitCode.OK)
    desktop = build_app(layout, defer_shell=True)
    instance.setParent(desktop.window)
    instance.raise_requested.connect(desktop.window.bring_forward)

    def claim() -> None:
        # Listening loads QtNetwork, so it waits for the first paint. A copy started in the
        # same instant that got there first keeps the vault; this one gives way.
        if not instance.claim():
            (io or Io()).err(ALREADY_OPEN_MESSAGE)
            desktop.app.exit(int(ExitCode.OK))

    desktop.window.shell_built.connect(claim)
    _settle_heap_at_pauses(desktop)
    desktop.window.show()
    desktop.app.aboutToQuit.connect(desktop.shutdown)
    _quit_cleanly_on_sigterm(desktop)
    code = desktop.app.exec()
    desktop.shutdown()
    return int(code)


def main(args: argparse.Namespace, io: Io) -> int:
    """Open the desktop app (or run --self-test / --demo). Returns the exit code."""
    if getattr(args, "self_test", False):
        from outreach_app.app_self_test import run_self_test

        return run_self_test(getattr(args, "data_dir", None), io)
    if getattr(args, "demo", False):
        from outreach_app.app_demo import run_demo

        return int(run_demo(getattr(args, "data_dir", None), io))
    problem = display_problem(os.environ)
    if problem is not None:
        io.err(problem)
        return int(ExitCode.UNAVAILABLE)
    return run_app(layout_for(getattr(args, "data_dir", None)), io)
