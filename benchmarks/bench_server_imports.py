"""Server processes' start-up imports: CPU seconds of a fresh Python importing what each
kind of server process imports, in this tree against a baseline tree (e.g. `git archive` of main).

    .venv/bin/python benchmarks/bench_server_imports.py --baseline /tmp/main-tree [--rounds 5]

The processes (issue 19: tests start hundreds of them, and so does every `serve --workers N`):
  cli        `outreach-server ARGS` (every admin command, and `serve` before it builds the app);
  worker     each process of `serve --workers N` (uvicorn imports server/worker.py);
  validator  each process of `serve --validators N` (api/batch_prep.py).
Each round runs each process kind in both trees back to back (order alternating); the figure
is the child's user+system CPU (resource.getrusage), the ratio taken per round and the median
of the ratios printed, with the load average. Both trees use their own warm bytecode cache
(one import first, not timed).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = {
    "cli": "outreach_app.server.cli",
    "worker": "outreach_app.server.worker",
    "validator": "outreach_app.server.api.batch_prep",
}


def _cpu_of_import(tree: Path, module: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONPYCACHEPREFIX=str(tree / ".pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", f"import {module}"], cwd=tree, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the tree to compare against")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    trees = {"ours": ROOT, "baseline": args.baseline.resolve()}
    for tree in trees.values():
        for module in MODULES.values():
            _cpu_of_import(tree, module)  # fills the tree's bytecode cache
    load_start = os.getloadavg()[0]
    figures: dict[tuple[str, str], list[float]] = {}
    for index in range(args.rounds):
        for kind, module in MODULES.items():
            order = ["ours", "baseline"] if index % 2 == 0 else ["baseline", "ours"]
            for name in order:
                figures.setdefault((kind, name), []).append(_cpu_of_import(trees[name], module))
    load_end = os.getloadavg()[0]
    print(f"rounds: {args.rounds}, load average (1 min) {load_start:.1f} -> {load_end:.1f}")
    for kind in MODULES:
        ours, baseline = figures[(kind, "ours")], figures[(kind, "baseline")]
        ratios = [o / b for o, b in zip(ours, baseline, strict=True)]
        print(
            f"{kind:10} baseline CPU s {[round(x, 2) for x in baseline]}; ours {[round(x, 2) for x in ours]};"
            f" ours/baseline, median of rounds: {statistics.median(ratios):.2f}"
        )


if __name__ == "__main__":
    main()
