"""One `engine_run` of `benchmarks/bench_sync.py` from a given checkout, in this process;
prints `[wall seconds, CPU seconds]` as its last line. `bench_sync.py --other-tree` runs it so
that another tree's engine is measured in the same round, against the same server, as ours.

Usage (`--tree` first on the import path, so its modules are the ones measured):
    PYTHONPATH=TREE python benchmarks/sync_engine_once.py --tree TREE --workdir DIR --url URL
        --code CODE --reports N --batch B --seed S --fingerprint FP
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from types import SimpleNamespace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, required=True)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--reports", type=int, required=True)
    parser.add_argument("--batch", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--fingerprint", required=True, help="the server's charity root key fingerprint")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    bench = importlib.import_module("benchmarks.bench_sync")
    source = Path(bench.__file__).resolve()
    if not source.is_relative_to(args.tree.resolve()):
        raise SystemExit(f"imported {source}, not the tree's own benchmark")
    # The server holds the calling process's bench charity (made at import, random keys);
    # `engine_run` only needs its root fingerprint, to check the enrolment against.
    bench.CHARITY = SimpleNamespace(root_fingerprint=args.fingerprint)
    wall, cpu = bench.engine_run(args.workdir, args.url, args.code, args.reports, args.batch, args.seed)
    print(json.dumps([wall, cpu]))


if __name__ == "__main__":
    main()
