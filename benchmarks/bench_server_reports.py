"""`outreach-server reports list` and `reports export` at scale: time and peak memory.

Each command runs in its own process (the real CLI, output piped to this script, which
counts lines and throws them away), on SQLite (a WAL file) and PostgreSQL (127.0.0.1:5432;
a throwaway database is created and dropped), with N reports of the ingest benchmark's
typical shape (an alert and a statistics section, ~730 bytes of JSON) stored directly.
Peak memory is the child's maximum resident set size (`wait4`).

Figures are printed beside two baselines measured in the same run on the same database:
- idle: the same CLI process doing a command that reads nothing (`region list`): what the
  interpreter and imports cost, in memory and start-up time;
- raw read: a process that streams the same rows with the bare driver (no parsing, no
  formatting), the floor for reading them at all.

`--compare-with DIR` also runs the commands from another checkout (e.g. the code before
streaming: `git archive <rev> | tar -x -C DIR`).

Usage:
    .venv/bin/python benchmarks/bench_server_reports.py [--reports 200000 1000000] [--no-postgres]
        [--no-sqlite] [--compare-with DIR] [--commands list list-json export-json export-csv]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_server_ingest import database, prepare, sealed  # noqa: E402

from outreach_app.server.db.engine import make_engine  # noqa: E402
from outreach_app.server.db.reports import KEY_RANDOM_BITS, new_row_key  # noqa: E402
from outreach_app.server.db.tables import reports  # noqa: E402

FILL_CHUNK = 10_000
# Peak memory is the process's own VmHWM, read as it exits: getrusage's ru_maxrss (and
# wait4's) starts from the parent's resident size at fork on Linux, so it would report this
# script's size for any child smaller than it.
PEAK = """
import atexit, sys
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("peak-kib " + line.split()[1] + "\\n")
atexit.register(_peak)
"""
RUN_CLI = PEAK + "from outreach_app.server.cli import main\nsys.exit(main(sys.argv[1:]))\n"
RAW_READ = (
    PEAK
    + """
from sqlalchemy import text
from outreach_app.server.db.engine import make_engine
engine = make_engine(sys.argv[1])
with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
    result = conn.execution_options(stream_results=True, yield_per=1000).execute(
        text("SELECT org_id, report_id, received_on, payload FROM reports")
    )
    out = sys.stdout
    for row in result:
        out.write(row[3])
        out.write("\\n")
"""
)


def fill(db_url: str, org_id: str, count: int) -> None:
    """Store `count` reports straight into the table, in chunks (the script's memory stays
    small too), as intake stores them: canonical JSON and a day. The row keys count up
    within the day (intake's are random: the listing reads in its own order either way, and
    appending is what makes a million rows quick to store on a busy machine); SQLite syncs
    nothing while filling."""
    template = sealed(0)
    day = date(2026, 3, 2)
    engine = make_engine(db_url)
    first_key = new_row_key(day) & ~((1 << KEY_RANDOM_BITS) - 1)
    for start in range(0, count, FILL_CHUNK):
        size = min(FILL_CHUNK, count - start)
        rows = []
        for key in range(first_key + start, first_key + start + size):
            report_id = str(uuid.uuid4())
            payload = json.dumps({**template, "report_id": report_id}, sort_keys=True, separators=(",", ":"))
            rows.append(
                {
                    "pk": key,
                    "org_id": org_id,
                    "report_id": report_id,
                    "content_hash": "0" * 64,
                    "received_on": day,
                    "payload": payload,
                    "region_id": "north",
                    "verifier": template["withdrawal_verifier"],
                    "withdrawn_purposes": "",
                    "withdrawn_on": None,
                }
            )
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":  # outside a transaction, on the driver's connection
                conn.connection.driver_connection.execute("PRAGMA synchronous=OFF")  # type: ignore[union-attr]
            with conn.begin():
                conn.execute(insert(reports), rows)
    engine.dispose()


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float
    lines: int


def measure(argv: Sequence[str], *, pythonpath: Path = ROOT) -> Run:
    """Run a child, count and drop its stdout, and return its wall time and peak RSS."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        # cwd: not the checkout, or `python -c` would import it whatever PYTHONPATH says.
        child = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=tempfile.gettempdir()
        )
        assert child.stdout is not None
        lines = 0
        while chunk := child.stdout.read(1 << 20):
            lines += chunk.count(b"\n")
        code = child.wait()
        elapsed = time.perf_counter() - started
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    if code != 0:
        raise RuntimeError(f"{argv[3:]} exited {code}: {stderr[-500:]}")
    peak_kib = int(stderr.rsplit("peak-kib ", 1)[1].split()[0])
    return Run(elapsed, peak_kib / 1024, lines)


def cli(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-c", RUN_CLI, *args, "--db", db_url]


def report(label: str, run: Run, idle: Run, raw: Run) -> None:
    print(
        f"{label}: {run.seconds:6.1f} s ({run.seconds / raw.seconds:4.1f}x raw read {raw.seconds:.1f} s),"
        f" peak {run.peak_mib:6.1f} MiB ({run.peak_mib - idle.peak_mib:+6.1f} MiB over idle"
        f" {idle.peak_mib:.1f}), {run.lines} lines",
        flush=True,
    )


COMMANDS = {
    "list": ("reports", "list"),
    "list-json": ("reports", "list", "--json"),
    "export-json": ("reports", "export", "--purpose", "alert", "--format", "json"),
    "export-csv": ("reports", "export", "--purpose", "alert", "--format", "csv"),
}


def bench(kind: str, count: int, workdir: Path, compare_with: Path | None, commands: Sequence[str]) -> None:
    with database(kind, workdir) as db_url:
        org_id, _code = prepare(db_url)
        started = time.perf_counter()
        fill(db_url, org_id, count)
        print(f"[{kind} {count}] stored in {time.perf_counter() - started:.0f} s", flush=True)
        idle = measure(cli(db_url, "region", "list"))
        raw = measure([sys.executable, "-c", RAW_READ, db_url])
        print(
            f"[{kind} {count}] idle: {idle.seconds:.1f} s, {idle.peak_mib:.1f} MiB;"
            f" raw read: {raw.seconds:.1f} s, {raw.peak_mib:.1f} MiB",
            flush=True,
        )
        for label in commands:
            args = COMMANDS[label]
            report(f"[{kind} {count}] {label}", measure(cli(db_url, *args)), idle, raw)
            if compare_with is not None:
                before = measure(cli(db_url, *args), pythonpath=compare_with)
                report(f"[{kind} {count}] {label} (compared)", before, idle, raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--kinds-order", choices=["sqlite-first", "postgres-first"], default="sqlite-first")
    parser.add_argument("--compare-with", type=Path, help="another checkout to run the same commands from")
    parser.add_argument("--commands", nargs="+", choices=sorted(COMMANDS), default=list(COMMANDS))
    args = parser.parse_args()
    kinds = [k for k, off in (("sqlite", args.no_sqlite), ("postgres", args.no_postgres)) if not off]
    if args.kinds_order == "postgres-first":
        kinds.reverse()
    load = os.getloadavg()[0]
    print(f"started {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; load {load:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        for kind in kinds:
            for count in args.reports:
                bench(kind, count, Path(tmp), args.compare_with, args.commands)


if __name__ == "__main__":
    main()
