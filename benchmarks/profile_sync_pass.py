"""Where one sync pass's work goes: vault pages written and CPU per 1,000 reports, and the CPU
of each SQL statement the pass runs, and the garbage collections it set off (`--cprofile`
adds Python's profile).

One `SyncEngine.run_pass()` pushing `--reports` sealed reports to a real `outreach-server
serve` (as `bench_sync.py` sets it up). Pages written are the WAL frames the pass appends, with
automatic checkpoints off during the pass so none is lost to a WAL restart (a page rewritten
by several commits counts once per commit: that is what the disk gets). Statement CPU is this
thread's CPU time around each `execute` (the pass's DB work runs on the calling thread).
Not a ratio benchmark: use it to see what changed, then measure with `bench_sync.py`.

Usage:
    .venv/bin/python benchmarks/profile_sync_pass.py [--reports 5000] [--cprofile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_envelope_intake import CHARITY  # noqa: E402
from benchmarks.bench_sync import server  # noqa: E402
from outreach_app.core.gc_tuning import settle_heap  # noqa: E402
from outreach_app.sync.engine import EngineSettings, SyncEngine  # noqa: E402
from outreach_app.sync.enrollment import client_for_link  # noqa: E402
from outreach_app.sync.enrollment_v2 import enroll_v2  # noqa: E402
from tests.e2e.sync_support import NOTHING, make_vault, opened, queue_reports  # noqa: E402


class TimedConnection:
    """The vault connection, with the CPU time of each statement summed by its text."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.cpu: defaultdict[str, list[float]] = defaultdict(lambda: [0, 0.0])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, *args: Any) -> Any:
        started = time.thread_time()
        result = self._conn.execute(sql, *args)
        entry = self.cpu[" ".join(sql.split())[:80]]
        entry[0] += 1
        entry[1] += time.thread_time() - started
        return result


class GcTimer:
    """Collections the garbage collector ran while `on`, by generation, with this thread's
    CPU in them (a full collection walks the whole heap, holding the GIL)."""

    def __init__(self) -> None:
        self.on = False
        self.count = [0, 0, 0]
        self.cpu = [0.0, 0.0, 0.0]
        self._started = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if not self.on:
            return
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.count[info["generation"]] += 1
            self.cpu[info["generation"]] += time.thread_time() - self._started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument(
        "--unsettled", action="store_true", help="skip core.gc_tuning.settle_heap() (what main did)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="profile-sync-") as tmp, server(Path(tmp) / "server") as served:
        url, _org_id, codes = served
        layout = make_vault(Path(tmp))
        with opened(layout) as session:
            conn = session.conn
            enroll_v2(conn, url, codes[0], CHARITY.root_fingerprint)
            queue_reports(conn, args.reports, "north", random.Random(1))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            page = int(conn.execute("PRAGMA page_size").fetchone()[0])
            wal = layout.db.with_name(layout.db.name + "-wal")
            timed = TimedConnection(conn)
            engine = SyncEngine(
                lambda fn: fn(timed), client_for_link(conn, find_backend=NOTHING), settings=EngineSettings()
            )
            profile = cProfile.Profile() if args.cprofile else None
            collections = GcTimer()
            with engine.client:
                engine.client.health()
                if not args.unsettled:
                    settle_heap()  # as bench_sync.py's engine side, the app and `outreach sync`
                cpu, wall = time.process_time(), time.perf_counter()
                if profile:
                    profile.enable()
                collections.on = True
                summary = engine.run_pass()
                collections.on = False
                if profile:
                    profile.disable()
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            conn.execute("PRAGMA wal_autocheckpoint = 1000")
            assert summary.ok and summary.sent == args.reports, summary
            frames = wal.stat().st_size / (page + 24)
    per_1000 = 1000 / args.reports
    print(f"reports={args.reports}; load {os.getloadavg()[0]:.2f} (1-min), {os.cpu_count()} cores")
    print(f"pass: wall {wall:.3f} s, CPU {cpu:.3f} s ({cpu * per_1000:.3f} s per 1,000 reports)")
    print(f"vault pages written (WAL frames): {frames:.0f} ({frames * per_1000:.0f} per 1,000 reports)")
    gens = ", ".join(
        f"gen {g}: {n} ({cpu:.3f} s)"
        for g, (n, cpu) in enumerate(zip(collections.count, collections.cpu, strict=True))
    )
    print(f"garbage collections during the pass (CPU of the thread that ran them): {gens}")
    print("CPU by statement (s, calls):")
    for sql, (calls, seconds) in sorted(timed.cpu.items(), key=lambda kv: -kv[1][1])[:10]:
        print(f"  {seconds:7.3f} {calls:5.0f}  {sql}")
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
