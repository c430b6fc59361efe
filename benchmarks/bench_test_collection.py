"""Test collection: CPU seconds of `pytest --collect-only` as the suite now runs it, against how it ran.

    .venv/bin/python benchmarks/bench_test_collection.py [--rounds 3]

Every pytest process pays collection: each xdist worker collects the whole suite. Figures,
each round running both back to back (order alternating), the ratio taken per round and the
median of the ratios printed:
  ours      plugins named in pyproject's addopts (`--disable-plugin-autoload -p ...`) and
            bytecode cached in a PYTHONPYCACHEPREFIX folder that earlier runs filled (what
            `dev.py test` does from its second run on);
  cold      the same, with the cache folder emptied first (a fresh clone's first run);
  baseline  plugins auto-loaded (pytest then assert-rewrites every module of schemathesis,
            hypothesis and anyio) and PYTHONDONTWRITEBYTECODE=1 (every module compiled from
            source), as `dev.py test` ran before issue 19.
The time is the child's user+system CPU time (resource.getrusage), which a busy machine
inflates far less than wall time; the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The plugins pyproject names; the baseline loads whatever is installed instead.
AUTOLOAD = ["-o", "addopts=--strict-markers --strict-config -ra --import-mode=importlib"]


def _cpu_of(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"collection failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _collect(extra: list[str], env: dict[str, str]) -> float:
    argv = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *extra]
    return _cpu_of(argv, env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    base_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    base_env.pop("PYTHONPYCACHEPREFIX", None)
    cache = Path(tempfile.mkdtemp(prefix="bench-pycache-"))
    ours_env = dict(base_env, PYTHONPYCACHEPREFIX=str(cache))
    ours_env.pop("PYTHONDONTWRITEBYTECODE", None)
    baseline_env = dict(base_env, PYTHONDONTWRITEBYTECODE="1")
    load_start = os.getloadavg()[0]
    _collect([], ours_env)  # fills the cache, as any earlier run of dev.py test did
    ours, cold, baseline = [], [], []
    for index in range(rounds):
        runs = [
            ("ours", lambda: _collect([], ours_env)),
            ("baseline", lambda: _collect(AUTOLOAD, baseline_env)),
        ]
        if index % 2:
            runs.reverse()
        for name, run in runs:
            (ours if name == "ours" else baseline).append(run())
        shutil.rmtree(cache)
        cache.mkdir()
        cold.append(_collect([], ours_env))
    shutil.rmtree(cache, ignore_errors=True)
    load_end = os.getloadavg()[0]
    print(f"rounds: {rounds}, load average (1 min) {load_start:.1f} -> {load_end:.1f}")
    print(f"baseline CPU s: {[round(x, 2) for x in baseline]}")
    for name, figures in (("ours", ours), ("cold", cold)):
        ratios = [f / b for f, b in zip(figures, baseline, strict=True)]
        print(
            f"{name:8} CPU s: {[round(x, 2) for x in figures]}; "
            f"time ours/baseline, median of rounds: {statistics.median(ratios):.2f}"
        )


if __name__ == "__main__":
    main()
