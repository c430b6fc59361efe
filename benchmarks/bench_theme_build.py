"""CPU of building the whole window under the theme, this tree against another (issue 19).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_theme_build.py --baseline /tmp/main_gui \
        [--rounds 5] [--per-round 4] [--theme dark]

Each round starts one child process per tree (the baseline's and this one, alternating which
goes first), on the same vault (made once with the cheap test KDF). A child builds the app
`--per-round` times as the GUI tests' `desktop` fixture does (`build_app`, show, the main
screen with its first pages), then builds every other page, and deletes the window; it prints
the median CPU seconds (`time.process_time()`) of each part. The ratio is taken per round and
the median of the ratios printed, with the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from outreach_app.core.vault import create_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout

PASSPHRASE = "copper meadow violin 77 harbour"

CHILD = r"""
import json, os, statistics, sys, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from outreach_app.app import build_app
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ui.prefs import UiPrefs
from tests.fake_clock import FakeClock

layout = VaultLayout(Path(sys.argv[1]))
prefs = UiPrefs.load(layout.ui_prefs)
prefs.theme = sys.argv[3]
prefs.save(layout.ui_prefs)
window_cpu, pages_cpu = [], []
for _ in range(int(sys.argv[2]) + 1):  # the first build (imports, caches) is not counted
    started = time.process_time()
    desktop = build_app(layout, kdf=TEST_KDF, clock=FakeClock())
    desktop.window.show()
    screen = desktop.window.main_screen
    built = time.process_time()
    for key in screen.page_keys():
        screen.page(key)
    done = time.process_time()
    window_cpu.append(built - started)
    pages_cpu.append(done - built)
    desktop.window.close()
    desktop.shutdown()
    QApplication.instance().removeEventFilter(desktop.window.lock_service.idle)
    desktop.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print(json.dumps({"window": statistics.median(window_cpu[1:]), "pages": statistics.median(pages_cpu[1:])}))
os._exit(0)
"""


def _child(tree: Path, vault: Path, count: int, theme: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault), str(count), theme],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", type=Path, required=True, help="the other tree (e.g. main's, unpacked)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=4)
    parser.add_argument("--theme", default="dark", choices=("dark", "light"))
    args = parser.parse_args()
    ours = Path(__file__).resolve().parent.parent
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        create_vault(VaultLayout(vault), PASSPHRASE, kdf=TEST_KDF)
        rows: list[tuple[dict[str, float], dict[str, float]]] = []
        for number in range(args.rounds):
            order = [("base", args.baseline), ("ours", ours)]
            if number % 2:
                order.reverse()
            got = {name: _child(tree, vault, args.per_round, args.theme) for name, tree in order}
            rows.append((got["base"], got["ours"]))
            print(
                f"round {number + 1}: window {got['base']['window']:.3f} -> {got['ours']['window']:.3f}, "
                f"other pages {got['base']['pages']:.3f} -> {got['ours']['pages']:.3f} CPU-s"
            )
    for part in ("window", "pages"):
        base = statistics.median(b[part] for b, _o in rows)
        mine = statistics.median(o[part] for _b, o in rows)
        ratio = statistics.median(o[part] / b[part] for b, o in rows)
        print(f"{part}: baseline {base:.3f}, this tree {mine:.3f} CPU-s (median), paired ratio {ratio:.2f}")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
