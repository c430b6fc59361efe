"""Run in a child process by test_small_screens.py: opens the real app on small screens over
the vaults the test made, walks every page and the incident interview, saves a screenshot of
each and writes what it measured as JSON.

    small_screen_child.py RUNS_JSON   (a list of {name, qpa, scale, home, shots, vault, report};
                                       each vault's passphrase is PASSPHRASE)

The screen and its scale are fixed when Qt starts (QT_QPA_PLATFORM's offscreen config file,
QT_SCALE_FACTOR), so each screen needs a process of its own: this one imports the app and its
pages once, starts no thread and makes no Qt object, then forks one process per screen, which
sets that screen's environment and only then starts Qt. Two fresh Pythons paid the import
twice (~1 CPU-s each; issue 19).

The test makes the vaults (copies of one made in its process, tests/vault_templates.py) so the
children do not create one: that was ~0.7 CPU-s of each child's ~4.7, the migrations, the
key wrapping and the import of the vault-creation code (issue 19)."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from outreach_app.app import build_app
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.services.tasks import TaskManager

# Imported here once for both forks: every page's module (main_screen), the window and the
# shell it builds after the first paint (main_window._build_shell).
from outreach_app.ui import dialogs, main_screen, main_window, status_bar, sync_bridge, vault_actions  # noqa: F401

PASSPHRASE = "lantern-quarry-velvet-oboe-17"


def pump(app: QApplication, rounds: int = 20) -> None:
    """Let ~0.1 s of timers run: the window builds its shell and starts loading the pages
    100-150 ms after it is first shown (main_window.SHELL_FALLBACK_MS, PRELOAD_AFTER_SHOW_MS)."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.005)


def settle(app: QApplication, tasks: TaskManager) -> None:
    """Process events until the DB and worker threads have handed back all they were asked
    (a page loads its data when shown) and the layouts that follow are done. Only waits while
    something is in flight: `pump`'s fixed 0.1 s after each of 13 pages was 1.3 s of sleeping
    per screen (issue 19)."""
    for _ in range(3):  # callbacks may queue more work
        while tasks.pending:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()


def screenshot(window: QWidget, path: Path) -> None:
    """The window as a PNG at zlib level 1 (Qt's quality 80): the default level took ~0.5
    CPU-s of the child for its 17 screenshots, for files a person looks at (issue 19)."""
    if not window.grab().save(str(path), "PNG", 80):
        raise OSError(f"could not save {path}")


def sideways_scrolling(root: QWidget) -> list[str]:
    return [
        f"{type(area).__name__} {area.accessibleName()!r}"
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def outside_window(window: QWidget, widgets: list[QWidget]) -> list[str]:
    """Widgets that reach past the window's left or right edge (below the fold is fine:
    pages scroll up and down, never sideways)."""
    found = []
    for widget in widgets:
        if not widget.isVisible():
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if rect.left() < 0 or rect.right() >= window.width():
            found.append(widget.accessibleName() or widget.objectName())
    return found


def walk(shots: Path, data: Path) -> dict[str, object]:
    desktop = build_app(VaultLayout(data), kdf=TEST_KDF)
    window, app, tasks = desktop.window, desktop.app, desktop.ctx.tasks
    window.show()
    pump(app)
    free = window.screen().availableGeometry()
    report: dict[str, object] = {
        "screen": [free.width(), free.height()],
        "window": [window.frameGeometry().x(), window.frameGeometry().y(), window.width(), window.height()],
        "fits": free.contains(window.frameGeometry()),
        "pages": {},
    }
    screenshot(window, shots / "unlock.png")
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock.click()
    while window.current_screen != "main":
        pump(app, 2)
    settle(app, tasks)
    pages: dict[str, object] = {}
    screen = window.main_screen
    views = [(key, key) for key in screen.pages]
    for name, key in views:
        page = screen.show_page(key)
        settle(app, tasks)
        buttons = [w for w in page.findChildren(QWidget) if type(w).__name__ == "QPushButton"]
        pages[name] = {"sideways": sideways_scrolling(page), "clipped": outside_window(window, buttons)}
        screenshot(window, shots / f"{name}.png")
    incidents = screen.show_page("incidents")
    incidents.new_incident()  # type: ignore[attr-defined]
    settle(app, tasks)
    form = incidents.form  # type: ignore[attr-defined]
    form.perpetrators.add()
    form.vehicles.add()
    for step in range(4):
        form.set_step(step)
        settle(app, tasks)
        buttons = [w for w in incidents.findChildren(QWidget) if type(w).__name__ == "QPushButton"]
        pages[f"incident step {step + 1}"] = {
            "sideways": sideways_scrolling(incidents),
            "clipped": outside_window(window, buttons),
        }
        screenshot(window, shots / f"incident-step-{step + 1}.png")
    report["pages"] = pages
    report["window_after"] = [window.width(), window.height()]
    report["fits_after"] = free.contains(window.frameGeometry())
    desktop.shutdown()
    return report


def no_free_memory_sweep_at_lock() -> None:
    """The lock at `desktop.shutdown()` zeroes the allocators' free memory (issue 16), over a
    heap that holds every page walked: CPU for a test of sizes, skipped as tests/conftest.py
    skips it in-process. tests/unit/memory runs it in fresh processes, and the app self-test's
    real `outreach` process (tests/gui/shell/test_app.py) locks with it twice."""
    from outreach_app.core import vault_session

    vault_session.scrub_free_memory = lambda: 0


def walk_in_a_fork(run: dict[str, str]) -> int:
    """Fork; the child takes the run's screen, walks and writes its report; returns the
    child's exit code (0 when the report was written)."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.environ.update(
                {"QT_QPA_PLATFORM": run["qpa"], "QT_SCALE_FACTOR": run["scale"], "HOME": run["home"]}
            )
            report = walk(Path(run["shots"]), Path(run["vault"]))
            Path(run["report"]).write_text(json.dumps(report), encoding="utf-8")
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)  # the parent's interpreter state is not this process's to tear down
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def main() -> None:
    runs = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    # A fork copies only the calling thread: a thread started by an import would be missing
    # (or hold a lock forever) in the children, and Qt must start in each child, not here.
    assert threading.active_count() == 1, threading.enumerate()
    assert QApplication.instance() is None
    no_free_memory_sweep_at_lock()
    print(json.dumps({run["name"]: walk_in_a_fork(run) for run in runs}))


if __name__ == "__main__":
    main()
