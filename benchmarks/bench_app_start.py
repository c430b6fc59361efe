"""Desktop start-up: process start → unlock screen painted, and unlock → main window beyond the KDF.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_app_start.py [--runs 5]

Figures (medians of --runs), each with a baseline measured in the same run:
  start_to_unlock_screen   a fresh process through the real entry point (`outreach_app.cli:main`,
                           its own event loop) from the parent's clock just before the process
                           is started until the unlock screen's first Paint event is handled;
                           baseline: a fresh process showing a bare QLabel window (PySide6 alone)
                           timed the same way, started just before it (paired: the ratio is
                           taken per pair, and the median of those ratios is the figure).
  unlock_to_main_beyond_kdf  unlock click → main screen painted, on a vault made with the cheap
                           TEST KDF (its derivation, measured, is subtracted) so the figure is
                           not drowned in the noise of a 0.5 s Argon2id on a busy machine;
                           baseline: one production Argon2id derivation. The GUI thread
                           waits in a real event loop (no processEvents spin, which starved
                           the DB thread and inflated this figure).
Prints the load average next to the figures: on a shared machine the seconds move with it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Both children report the moment the first screen's own Paint event has been handled, in a
# normal event loop (no grab(), no processEvents() spin): the time a person sees the screen.
# The watcher is a filter on that one widget, so the app pays no more for it than the baseline.
PAINT_WATCH = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.on_paint)  # after this paint event has been handled
        return False
"""

CHILD_APP = (
    r"""
import importlib.abc, importlib.util, sys, time
t0 = float(sys.argv[1])

# The real entry point (`outreach` = outreach_app.cli:main, hardening and argument parsing
# included), with its own event loop; the first paint of the screen asking for the
# passphrase is reported and the app quits. PySide6 is imported when the app imports it, as
# under `outreach`: importing it here first would put every module the app loads after it
# behind PySide's own import hook (it reads each module's source) and run the app's imports
# under the collector settings of a plain script, neither of which `outreach` does. So the
# exec patch waits for the app's own import of QtWidgets.

def exec_until_first_paint(app):
"""
    + "\n".join("    " + line for line in PAINT_WATCH.strip("\n").splitlines())
    + r"""
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "main_window")
    screen = window.unlock_screen

    def painted():
        elapsed = time.time() - t0
        assert window.current_screen == "unlock"
        print(elapsed)
        heavy = ("httpx", "keyring", "fastapi", "uvicorn", "sqlcipher3", "argon2", "zxcvbn", "pydantic")
        print(",".join(sorted(m for m in heavy if m in sys.modules)))
        print(time.process_time())
        sys.stdout.flush()
        app.quit()

    watch = FirstPaint(painted)
    screen.installEventFilter(watch)
    return real_exec[0]()


real_exec = []


class PatchExecOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            real_exec.append(module.QApplication.exec)
            module.QApplication.exec = exec_until_first_paint

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, PatchExecOnImport())
sys.argv = ["outreach", "--data-dir", sys.argv[2]]
from outreach_app.cli import main
try:
    main()
except SystemExit:
    pass
"""
)

CHILD_BASELINE = (
    r"""
import sys, time
t0 = float(sys.argv[1])
"""
    + PAINT_WATCH
    + r"""
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("x")

def painted():
    print(time.time() - t0)
    print("")
    print(time.process_time())
    sys.stdout.flush()
    app.quit()

watch = FirstPaint(painted)
label.installEventFilter(watch)
label.show()
app.exec()
"""
)


def _child_env(pycache: Path) -> dict[str, str]:
    """Byte-code cached as in an installed app (pip compiles it): the dev environment sets
    PYTHONDONTWRITEBYTECODE, which would make every start compile each module's source."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


_ENV: dict[str, str] = dict(os.environ)


def _child(code: str, *args: str) -> tuple[float, str, float]:
    """(wall seconds from just before the process started to the first paint, heavy modules
    loaded by then, CPU seconds the process had used by then)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, repr(start), *args], capture_output=True, text=True, check=True, env=_ENV
    ).stdout.splitlines()
    return float(out[0]), out[1], float(out[2])


def start_figures(runs: int, data_dir: Path) -> tuple[float, float, float, str, list[float]]:
    """(median app, median bare window, median of the paired ratios, heavy modules loaded,
    the paired ratios).

    Each run starts the bare window and the app back to back, so both see the same load;
    the ratio of each pair is what the goal is about (the machine is shared). The CPU
    seconds each process used until its first paint are printed too: they move far less
    with the load than the wall time, so they show where a change helped."""
    app_times, base_times, ratios, cpu_ratios, modules = [], [], [], [], ""
    _ENV.clear()
    _ENV.update(_child_env(data_dir.parent / "pycache"))
    _child(CHILD_BASELINE)  # warm-up: writes the byte-code cache, fills the OS file cache
    _child(CHILD_APP, str(data_dir))
    for _ in range(runs):
        base, _, base_cpu = _child(CHILD_BASELINE)
        seconds, modules, cpu = _child(CHILD_APP, str(data_dir))
        app_times.append(seconds)
        base_times.append(base)
        ratios.append(seconds / base)
        cpu_ratios.append(cpu / base_cpu)
    print(f"start pairs: wall ratios {' '.join(f'{r:.2f}' for r in ratios)}")
    cpu_text = " ".join(f"{r:.2f}" for r in cpu_ratios)
    print(f"start pairs: CPU ratios {cpu_text} (median {statistics.median(cpu_ratios):.2f})")
    return (
        statistics.median(app_times),
        statistics.median(base_times),
        statistics.median(ratios),
        modules,
        ratios,
    )


def _wait(done: Callable[[], bool], *, timeout_s: float = 60.0) -> None:
    """Run the event loop until `done()`: it sleeps between checks (a 2 ms timer), so the DB
    and worker threads get the CPU as they would in the app (no processEvents spin)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(2)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    check.stop()
    if not done():
        raise TimeoutError("the app did not get there in time")


def _wait_for_paint(widget: Any) -> None:
    """Run the event loop until `widget` has handled a Paint event (what a person sees)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    loop = QEventLoop()

    class Painted(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt override
            if event.type() == QEvent.Type.Paint:
                loop.quit()
            return False

    watcher = Painted()
    widget.installEventFilter(watcher)
    widget.update()
    loop.exec()
    widget.removeEventFilter(watcher)


def unlock_figures(runs: int, data_dir: Path, passphrase: str) -> tuple[float, float, float, float]:
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import PRODUCTION_KDF, TEST_KDF, derive_key
    from outreach_app.domain.layout import VaultLayout

    desktop = build_app(VaultLayout(data_dir))
    production_kdf = []
    window = desktop.window
    window.show()
    totals, kdfs, vault_opens, settled = [], [], [], []
    from outreach_app.core.vault import unlock_vault

    try:
        # A person types the passphrase for a few seconds: the pages are built meanwhile.
        _wait(lambda: window._main_screen is not None)
        for _ in range(runs):
            start = time.perf_counter()
            derive_key(passphrase, b"0123456789abcdef", PRODUCTION_KDF)
            production_kdf.append(time.perf_counter() - start)
            start = time.perf_counter()
            derive_key(passphrase, b"0123456789abcdef", TEST_KDF)
            kdfs.append(time.perf_counter() - start)
            start = time.perf_counter()
            session = unlock_vault(VaultLayout(data_dir), passphrase)
            vault_opens.append(time.perf_counter() - start)
            # not timed: closing sweeps freed memory (crypto.secret_memory), a lock's cost
            session.close()
            window.unlock_screen.passphrase.setText(passphrase)
            start = time.perf_counter()
            window.unlock_screen.unlock.click()
            _wait(lambda: window.current_screen == "main")
            _wait_for_paint(window.main_screen)
            totals.append(time.perf_counter() - start)
            _wait(lambda: not desktop.ctx.tasks.pending)
            settled.append(time.perf_counter() - start)
            window.lock("user")
    finally:
        window.close()
        desktop.shutdown()
    kdf = statistics.median(kdfs)
    return (
        statistics.median(totals) - kdf,
        statistics.median(production_kdf),
        statistics.median(vault_opens) - kdf,
        statistics.median(settled) - kdf,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--record", action="store_true", help="write the start row to benchmarks/results/")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("--runs: at least 5 rounds (the goal is read from a median of pairs)")
    from outreach_app.core.vault import create_vault
    from outreach_app.crypto.kdf import PRODUCTION_KDF, TEST_KDF
    from outreach_app.domain.layout import VaultLayout

    passphrase = "lantern-quarry-velvet-oboe-17"
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "vault"
        create_vault(VaultLayout(data_dir), passphrase, kdf=PRODUCTION_KDF)
        cheap_dir = Path(tmp) / "cheap"
        create_vault(VaultLayout(cheap_dir), passphrase, kdf=TEST_KDF)
        app_s, base_s, ratio, modules, ratios = start_figures(args.runs, data_dir)
        start_load_end = os.getloadavg()[0]
        print(
            f"start_to_unlock_screen: {app_s:.3f} s (bare PySide6 window {base_s:.3f} s, "
            f"median paired ratio {ratio:.2f}; goal <= 1.5 and <= 1 s); "
            f"heavy modules loaded before unlock: {modules or 'none'}"
        )
        if args.record:  # written now: the unlock figures below are printed only
            from results import record, this_command

            within = "met" if app_s <= 1.0 else "not met"
            record(
                "Desktop app",
                "start: entry point to unlock screen painted",
                ours=round(app_s, 3),
                baseline=round(base_s, 3),
                baseline_name="bare PySide6 window (QLabel), same way",
                unit="s",
                ratio_rounds=ratios,
                ratio_reads="time ours/baseline",
                goal=1.5,
                goal_kind="≤",
                load_start=load_start,
                load_end=start_load_end,
                command=this_command("QT_QPA_PLATFORM=offscreen"),
                notes=f"also goal ≤ 1 s absolute: {within}; heavy modules before unlock: {modules or 'none'}",
            )
        beyond, kdf, vault_beyond, settled = unlock_figures(args.runs, cheap_dir, passphrase)
        print(
            f"unlock_to_main_beyond_kdf: {beyond:.3f} s "
            f"(production KDF alone {kdf:.3f} s, ratio {beyond / kdf:.2f}; "
            f"goal <= 0.3 s); of which core unlock_vault beyond the KDF: {vault_beyond:.3f} s"
        )
        print(f"unlock_to_pages_loaded_beyond_kdf: {settled:.3f} s (every page's first query handed back)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
