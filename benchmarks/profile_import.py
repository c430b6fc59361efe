"""Where an `outreach import` spends its time, statement by statement, into an empty vault and
into a copy of the 1M vault `bench_import.py` builds and caches.

    .venv/bin/python benchmarks/profile_import.py [--count 100000] [--big 1000000] [--side both]

The import's own steps, in the order `transfer.apply_import` and `contacts.insert_contacts`
run them, each timed in CPU seconds of this process (the figure that means something on a
shared machine) and wall seconds, with `wal_autocheckpoint` off so the `COMMIT` and the
checkpoint are timed apart, and the WAL's frame count after the insert and after the commit
(pages written). Not a ratio benchmark: `bench_import.py` gives the paired figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from _contacts_data import make_contacts
from bench_import import CACHE, big_vault, copy_vault, fresh, make_references, with_references, write_file

from outreach_app.cli.records_cmds import _read_lines
from outreach_app.storage import transfer
from outreach_app.storage.connection import Connection, open_database

T = TypeVar("T")


def wal_frames(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return max(0, (wal.stat().st_size - 32) // (4096 + 24)) if wal.exists() else 0


class Steps:
    """CPU and wall seconds per named step, summed over its repeats (a chunked insert runs
    the same steps once per chunk), in the order first seen."""

    def __init__(self) -> None:
        self.totals: dict[str, list[float]] = {}

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        cpu, wall = time.process_time(), time.perf_counter()
        yield
        total = self.totals.setdefault(name, [0.0, 0.0])
        total[0] += time.process_time() - cpu
        total[1] += time.perf_counter() - wall

    @property
    def rows(self) -> list[tuple[str, float, float]]:
        return [(name, cpu, wall) for name, (cpu, wall) in self.totals.items()]

    def run(self, name: str, call: Callable[[], T]) -> T:
        with self.step(name):
            return call()


# The steps that follow one another (the contacts' phases are inside "records (all steps)").
TOP_STEPS = ("read + parse + validate", "plan", "records (all steps)", "COMMIT", "checkpoint")


def profile(conn: Connection, path: Path, file: Path) -> Steps:
    steps = Steps()
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    items = steps.run("read + parse + validate", lambda: transfer.parse_lines(_read_lines(file)))
    plan = steps.run("plan", lambda: transfer.plan_import(conn, items, "skip"))
    conn.execute(f"PRAGMA cache_size = -{transfer.IMPORT_CACHE_KIB}")
    conn.execute("BEGIN IMMEDIATE")
    # the import's own insert path (what `apply_import` runs), the commit timed apart below
    with steps.step("records (all steps)"):
        transfer.insert_plan(conn, plan, step=steps.step)
    frames_before = wal_frames(path)
    steps.run("COMMIT", lambda: conn.execute("COMMIT"))
    frames_after = wal_frames(path)
    steps.run("checkpoint", lambda: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    print(f"# WAL frames before COMMIT {frames_before:,}, after {frames_after:,}", file=sys.stderr)
    return steps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--side", choices=("both", "empty", "big"), default="both")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the big vault is built and kept")
    args = parser.parse_args()
    big_path, big_key = big_vault(args.big, args.cache)
    refs = make_references(seed=37, people_count=max(1, args.count // 50))
    records = list(with_references(make_contacts(args.count, seed=23), refs, seed=41))
    results: dict[str, Steps] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = folder / "import.jsonl"
        write_file(file, refs, records)
        for side in ("empty", "big") if args.side == "both" else (args.side,):
            target = folder / f"{side}.db"
            if side == "big":
                copy_vault(big_path, target)
                conn = open_database(target, big_key)
            else:
                conn = fresh(target, os.urandom(32))
            load = os.getloadavg()[0]
            results[side] = profile(conn, target, file)
            conn.close()
            print(f"# {side} done, load {load:.1f} -> {os.getloadavg()[0]:.1f}", file=sys.stderr)
    sides = list(results)
    print(f"{'step':58}" + "".join(f"{s + ' CPU':>12}{s + ' wall':>12}" for s in sides))
    for name, _cpu, _wall in results[sides[0]].rows:
        cells = ""
        for side in sides:
            cpu, wall = results[side].totals.get(name, [float("nan")] * 2)
            cells += f"{cpu:12.2f}{wall:12.2f}"
        print(f"{name:58}{cells}")
    for side in sides:
        total = sum(cpu for name, cpu, _wall in results[side].rows if name in TOP_STEPS)
        print(f"{side}: total CPU {total:.2f} s")


if __name__ == "__main__":
    main()
