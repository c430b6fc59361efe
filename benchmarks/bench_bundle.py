"""Bundle size and start-up of the frozen app against a minimal PySide6 + sqlcipher3 bundle.

    .venv/bin/python benchmarks/bench_bundle.py [--runs 5]

Builds, in the same run and with the same PyInstaller:
- the baseline: a minimal script that opens a SQLCipher DB and shows a QLabel offscreen;
- the app, with build_installer.py (pruned as shipped), unless dist/outreach already exists.
Prints sizes (folder and tar.gz) as ratios to the baseline, and start-up as the frozen
`--self-test` time relative to the same self-test run from source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

BASELINE_SCRIPT = """
import sys, sqlcipher3
from PySide6.QtWidgets import QApplication, QLabel
conn = sqlcipher3.connect(":memory:")
conn.execute("PRAGMA key = \\"x'" + "11" * 32 + "'\\"")
conn.execute("create table t(x)")
app = QApplication(sys.argv)
label = QLabel("baseline")
label.show()
app.processEvents()
"""


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def tar_size(path: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "x.tar.gz"
        with tarfile.open(target, "w:gz") as tar:
            tar.add(path, arcname=path.name)
        return target.stat().st_size


def build_baseline(work: Path) -> Path:
    script = work / "baseline.py"
    script.write_text(BASELINE_SCRIPT)
    subprocess.run(
        [
            PYTHON,
            "-m",
            "PyInstaller",
            str(script),
            "--onedir",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
        ],
        check=True,
    )
    return work / "dist" / "baseline"


def timed(cmd: list[str], runs: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data_dir:
            started = time.perf_counter()
            subprocess.run(
                [*cmd, "--self-test", "--data-dir", data_dir] if "outreach" in cmd[0] else cmd,
                env=env,
                check=True,
                capture_output=True,
            )
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app_bundle = ROOT / "dist" / "outreach"
    if not app_bundle.exists():
        subprocess.run([PYTHON, str(ROOT / "build_installer.py"), "--skip-smoke-test"], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        baseline = build_baseline(Path(tmp))
        base_size, base_tar = folder_size(baseline), tar_size(baseline)
        base_start = timed([str(baseline / "baseline")], args.runs)
        base_script_start = timed([PYTHON, "-c", BASELINE_SCRIPT], args.runs)
    app_size, app_tar = folder_size(app_bundle), tar_size(app_bundle)
    frozen = timed([str(app_bundle / "outreach")], args.runs)
    source = timed([str(ROOT / ".venv" / "bin" / "outreach")], args.runs)
    mib = 2**20
    print(f"baseline bundle: {base_size / mib:.0f} MiB ({base_tar / mib:.0f} MiB tar.gz)")
    print(f"app bundle: {app_size / mib:.0f} MiB ({app_tar / mib:.0f} MiB tar.gz)")
    print(
        f"size ratio app/baseline: {app_size / base_size:.2f} (goal <= 1.3)"
        f"; compressed {app_tar / base_tar:.2f}"
    )
    print(f"baseline start frozen/script: {base_start / base_script_start:.2f}")
    print(f"app --self-test frozen {frozen:.2f} s vs source {source:.2f} s: ratio {frozen / source:.2f}")


if __name__ == "__main__":
    main()
