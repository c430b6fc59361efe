"""Pictures of every screen, page, interview step and main dialog in one theme, to compare a
change of the theme's style sheet pixel by pixel with the tree before it (issue 19).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=TREE .venv/bin/python benchmarks/render_theme_shots.py \
        --theme dark --out /tmp/shots/after
    .venv/bin/python benchmarks/render_theme_shots.py --compare /tmp/shots/before /tmp/shots/after

Everything is drawn at a fixed size (window 1100×720, dialogs at their size hint) under the
offscreen platform, on vaults made with the cheap test KDF and a fixed clock, the text cursor
not blinking, so two runs of the same tree give the same pictures. `--compare` counts the
differing pixels of each pair and writes a picture of where they differ (`diff-NAME.png`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "copper meadow violin 77 harbour"
SIZE = (1100, 720)


def _wait(until: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _settle(tasks: object) -> None:
    for _ in range(3):
        _wait(lambda: tasks.pending == 0)  # type: ignore[attr-defined]
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _shoot(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()
    widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(folder / f"{name}.png"))


def _unlocked_app(layout: object, theme: str) -> object:
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.ui.prefs import UiPrefs
    from tests.fake_clock import FakeClock

    prefs = UiPrefs.load(layout.ui_prefs)  # type: ignore[attr-defined]
    prefs.theme = theme
    prefs.save(layout.ui_prefs)  # type: ignore[attr-defined]
    desktop = build_app(layout, kdf=TEST_KDF, clock=FakeClock())  # type: ignore[arg-type]
    window = desktop.window
    window.resize(*SIZE)
    window.show()
    return desktop


def _unlock(window: object) -> None:
    screen = window.unlock_screen  # type: ignore[attr-defined]
    screen.passphrase.setText(PASSPHRASE)
    screen.passphrase.setFocus()
    screen._submit()
    _wait(lambda: window.current_screen == "main")  # type: ignore[attr-defined]
    _settle(window.ctx.tasks)  # type: ignore[attr-defined]


def _shoot_pages(window: object, folder: Path, prefix: str) -> None:
    screen = window.main_screen  # type: ignore[attr-defined]
    for key in screen.page_keys():
        page = screen.show_page(key)
        _settle(window.ctx.tasks)  # type: ignore[attr-defined]
        window.setFocus()  # type: ignore[attr-defined]  # no focus frame that depends on timing
        _shoot(window, folder, f"{prefix}-page-{key}")  # type: ignore[arg-type]
        if key == "incidents":
            page.new_incident()
            _settle(window.ctx.tasks)  # type: ignore[attr-defined]
            form = page.form
            for number in range(form.steps.count()):
                form.set_step(number)
                QCoreApplication.processEvents()
                window.setFocus()  # type: ignore[attr-defined]
                _shoot(window, folder, f"{prefix}-incident-step{number}")  # type: ignore[arg-type]


def _shoot_dialog(dialog: QWidget, folder: Path, name: str) -> None:
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    dialog.show()
    QCoreApplication.processEvents()
    dialog.setFocus()
    _shoot(dialog, folder, name)
    dialog.close()


def _shoot_popups(dialog: QWidget, folder: Path) -> None:
    """A combo box's list and a text field's context menu (popups the pages do not show)."""
    from PySide6.QtCore import QPoint

    dialog.show()
    QCoreApplication.processEvents()
    dialog.channel.showPopup()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    popup = QApplication.activePopupWidget()
    if popup is not None:
        _shoot(popup, folder, "popup-combo-list")
    dialog.channel.hidePopup()  # type: ignore[attr-defined]
    menu = dialog.address.createStandardContextMenu()  # type: ignore[attr-defined]
    menu.popup(QPoint(0, 0))
    QCoreApplication.processEvents()
    _shoot(menu, folder, "popup-context-menu")
    menu.close()
    dialog.close()


def render(theme: str, folder: Path) -> None:
    from outreach_app.core.vault import create_vault
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.domain.layout import VaultLayout
    from outreach_app.ops import desk
    from outreach_app.protocol.staff import StaffRole
    from tests.fake_clock import START

    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setCursorFlashTime(0)  # the text cursor drawn always, not half the time
    with tempfile.TemporaryDirectory() as tmp:
        # First run: the create screen, before any vault exists.
        first = VaultLayout(Path(tmp) / "first")
        desktop = _unlocked_app(first, theme)
        desktop.window.setFocus()  # type: ignore[attr-defined]
        _shoot(desktop.window, folder, "first-run")  # type: ignore[attr-defined]
        desktop.window.close()  # type: ignore[attr-defined]
        desktop.shutdown()  # type: ignore[attr-defined]

        worker = VaultLayout(Path(tmp) / "worker")
        create_vault(worker, PASSPHRASE, kdf=TEST_KDF)
        desktop = _unlocked_app(worker, theme)
        window = desktop.window  # type: ignore[attr-defined]
        window.setFocus()
        _shoot(window, folder, "unlock")
        _unlock(window)
        _shoot_pages(window, folder, "worker")
        from outreach_app.ui.dialogs import ChangePassphraseDialog, RestorePassphraseDialog
        from outreach_app.ui.subscribe_dialog import SubscribeDialog

        _shoot_dialog(ChangePassphraseDialog(window.ctx.tasks, window), folder, "dialog-change-passphrase")
        _shoot_dialog(RestorePassphraseDialog(window, replacing=True), folder, "dialog-restore")
        subscribe = SubscribeDialog([("region-north", "North")], lambda *_a: None, window)
        _shoot_dialog(subscribe, folder, "dialog-subscribe")
        _shoot_popups(subscribe, folder)
        from outreach_app.ui.person_choice import PersonChoiceDialog

        _shoot_dialog(PersonChoiceDialog("Sam", [], window), folder, "dialog-person-choice")
        window.close()
        desktop.shutdown()  # type: ignore[attr-defined]

        for role in (StaffRole.ALERTS, StaffRole.POLICE, StaffRole.ADMIN):
            layout = VaultLayout(Path(tmp) / f"desk-{role.value}")
            desk.init_desk(layout, PASSPHRASE, role, f"{role.value}-1", f"{role.value} desk", START, TEST_KDF)
            desktop = _unlocked_app(layout, theme)
            window = desktop.window  # type: ignore[attr-defined]
            _unlock(window)
            _shoot_pages(window, folder, f"desk-{role.value}")
            window.close()
            desktop.shutdown()  # type: ignore[attr-defined]


def compare(before: Path, after: Path) -> int:
    """Print the differing pixels of each pair; return how many pairs differ."""
    differing = 0
    names = sorted({p.name for p in before.glob("*.png")} | {p.name for p in after.glob("*.png")})
    for name in names:
        if name.startswith("diff-"):
            continue
        first, second = QImage(str(before / name)), QImage(str(after / name))
        if first.isNull() or second.isNull():
            print(f"{name}: only in {'after' if first.isNull() else 'before'}")
            differing += 1
            continue
        if first.size() != second.size():
            print(f"{name}: size {first.width()}x{first.height()} -> {second.width()}x{second.height()}")
            differing += 1
            continue
        if first == second:
            print(f"{name}: same")
            continue
        marks = QImage(first.size(), QImage.Format.Format_RGB32)
        marks.fill(QColor("black"))
        count = 0
        for y in range(first.height()):
            for x in range(first.width()):
                if first.pixel(x, y) != second.pixel(x, y):
                    count += 1
                    marks.setPixelColor(x, y, QColor("red"))
        print(f"{name}: {count} pixels differ")
        marks.save(str(after / f"diff-{name}"))
        differing += 1
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--theme", choices=("dark", "light"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        QApplication.instance() or QApplication(sys.argv[:1])
        sys.exit(1 if compare(*args.compare) else 0)
    render(args.theme, args.out)
    os._exit(0)  # the app's threads and sessions are closed; skip Qt's slow teardown


if __name__ == "__main__":
    main()
