"""Sync throughput: the sync engine pushing 10,000 reports from a real vault to the local
server, against a raw loop of httpx batch posts of payloads of the same shape, in the same
run, to the same server. Protocol v2: each report leaves as one sealed envelope
(`POST /v2/envelopes`), sealed when the report was shared (as `sharing.seal` does once the
charity's keys are pinned; not timed on either side: the raw loop's envelopes are sealed
beforehand too).

- server: `outreach-server serve` in its own process on 127.0.0.1 (SQLite file, WAL,
  synchronous=FULL), so client and server do not share an interpreter; a fresh one (empty
  tables, the same state) for every side of every round. (`--shared-server`: one per round,
  as before; the side that went second then posted into tables already holding the first
  side's envelopes: at load ~2 the raw loop took 0.55-0.57 s before an engine pass and
  0.93-1.01 s after it on the same server, so the order decided a round's ratio.)
- engine: `SyncEngine.run_pass()` on a vault created with the test KDF (the key derivation
  is not what is measured): the whole pass (the key bundle refresh, withdrawals, the
  envelope push, audit head, alerts, regions). It signs in with the live token the enrolment
  got, held in memory (`sync/held_tokens.py`), as every pass within a token's hour does; the
  raw loop signs in before its timing too. (An engine without held tokens, e.g.
  `--other-tree` of a tree before them, signs in inside its timing: two requests, ~8-11 ms
  quiet.) Before its timing, once its vault and engine are built, it calls
  `core.gc_tuning.settle_heap()`, the function the app calls after its first paint, after
  each unlock and after each lock (`app.run_app`), and `outreach sync` before its pass: what
  is loaded is frozen out of the collector's sight, so a full collection mid-push walks the
  pass's own objects, not every module's (in this process that also freezes the server's
  modules, which the app does not load. The app settles 2 s after an unlock: a pass that
  starts sooner, the first after an unlock, runs as main did, with one full collection; the
  engine's modules, if first imported by a pass after that settling, stay unfrozen until the
  next lock: ~15,000 objects). The push reads queued
  items and their
  envelopes, marks them sending (on disk before they leave, three batches per durable
  commit), POSTs the stored text, validates the receipts against the protocol model, matches
  ids and hashes in order, and marks envelopes and items sent (committed without an fsync: a
  lost `sent` is resent and answered `duplicate`);
- raw: the same number of envelopes, sealed and encoded beforehand (not timed), in bodies of
  the same batch size, posted over one keep-alive connection; the reply status is checked,
  the body is not even parsed.

Each side's CPU time in this process (`time.process_time`: every thread, so the engine's
posting thread and DB work; not the server's, which is the same for both) is printed per
1,000 reports beside the wall-clock ratio: under load the two sides share the CPU, so what the
engine itself burns is what it costs the user.

Each side gets fresh report ids (a resend would be answered `duplicate`, which is cheaper),
generated the same way. Rounds alternate raw/engine/engine/raw to cancel drift; each round has
its own server, and the ratio is taken per round (both sides under the same load), then the
median over rounds (never best-of: the best of each side may come from different loads).
Seven rounds by default (five before): single rounds spread 0.46-1.25 on a quiet machine.

`--pin` puts the server's process on one core and this process (the raw loop, or the engine
with its threads; an `--other-tree` engine inherits it) on the other, the same for every side:
as with a server on another machine, what the client burns is then not taken from the server's
core. Unpinned (the default), the engine's CPU (~0.07 s per 1,000 reports) competes with the
server on two cores while the raw loop's (~0.002 s) does not, so the figure also measures how
the scheduler shares two cores; run both and report both.

`--other-tree PATH` adds a third side to every round: the engine of another checkout (for
example `git archive main | tar -x -C /tmp/main`), run in its own process by
`benchmarks/sync_engine_once.py` with that tree first on the import path, against the same
server (fresh report ids, generated the same way), so "before" and "after" are paired per
round too (the order of the three sides rotates from round to round). That tree's
`benchmarks/bench_sync.py` must have `engine_run(workdir, url, code, reports, batch, seed)`.

`--record` writes the engine/raw row (one for unpinned, one for `--pin`) to
benchmarks/results/sync.json.

Usage:
    .venv/bin/python benchmarks/bench_sync.py [--reports 10000] [--batch 500] [--rounds 7]
        [--pin] [--other-tree PATH] [--record]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_envelope_intake import CHARITY, envelopes  # noqa: E402
from outreach_app.core.gc_tuning import settle_heap  # noqa: E402
from outreach_app.server.core import tokens  # noqa: E402
from outreach_app.server.db import key_bundles, migrate, orgs  # noqa: E402
from outreach_app.server.db.engine import make_engine  # noqa: E402
from outreach_app.storage.repos import sync_state  # noqa: E402
from outreach_app.sync.engine import EngineSettings, SyncEngine  # noqa: E402
from outreach_app.sync.enrollment import client_for_link  # noqa: E402
from outreach_app.sync.enrollment_v2 import enroll_v2  # noqa: E402
from tests.e2e.sync_support import NOTHING, make_vault, opened, queue_reports  # noqa: E402
from tests.server.device_keys import signed_in_headers  # noqa: E402
from tests.server_harness import free_port, wait_until_serving  # noqa: E402


def now() -> datetime:
    return datetime.now(UTC)


SERVER_CPU, CLIENT_CPU = 0, 1
"""`--pin`: the server's process on one core, this process (either side) on the other."""


@contextmanager
def server(workdir: Path, pin: bool = False) -> Iterator[tuple[str, str, list[str]]]:
    """A migrated server DB with one org in `north` and the bench charity's key bundle, served
    by `outreach-server serve` (on core SERVER_CPU only if `pin`); yields (url, org id,
    enrolment codes)."""
    db_url = f"sqlite:///{workdir / 'server.db'}"
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", now)
        org = orgs.create_org(conn, "Bench", ["north"], now)
        codes = [tokens.group_code(orgs.create_enroll_code(conn, org.id, 1, now)) for _ in range(4)]
        key_bundles.install(conn, CHARITY.bundle(), now)
    engine.dispose()
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "outreach-server"), "serve", "--db", db_url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=workdir,
        preexec_fn=(lambda: os.sched_setaffinity(0, {SERVER_CPU})) if pin else None,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process, timeout_s=180)  # a loaded machine starts it slowly
        yield url, org.id, codes
    finally:
        process.terminate()
        process.wait(timeout=30)


Timing = tuple[float, float]
"""(wall seconds, CPU seconds of this process) of one side's run."""


def engine_run(workdir: Path, url: str, code: str, reports: int, batch: int, seed: int) -> Timing:
    layout = make_vault(workdir)
    with opened(layout) as session:
        conn = session.conn
        enroll_v2(conn, url, code, CHARITY.root_fingerprint)
        queue_reports(conn, reports, "north", random.Random(seed))
        engine = SyncEngine(
            lambda fn: fn(conn),
            client_for_link(conn, find_backend=NOTHING),
            settings=EngineSettings(batch_size=batch),
        )
        with engine.client:
            engine.client.health()  # open the connection outside the timing
            settle_heap()  # what the app does after unlocking, and `outreach sync` before a pass
            cpu, started = time.process_time(), time.perf_counter()
            summary = engine.run_pass()
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert summary.ok and summary.sent == reports, summary
        assert sync_state.outbox_counts(conn) == {"sent": reports}
    return elapsed, cpu


def raw_run(url: str, org_id: str, code: str, reports: int, batch: int) -> Timing:
    with httpx.Client(base_url=url, timeout=120) as client:
        request = {"code": code, "device_label": "bench", "request_id": str(uuid.uuid4())}
        reply = client.post("/v2/enroll", json=request)
        reply.raise_for_status()
        headers = signed_in_headers(client, reply.json())
    items = envelopes(org_id, reports)  # one sealed envelope per report, as the engine sends
    bodies = [json.dumps({"envelopes": items[i : i + batch]}).encode() for i in range(0, reports, batch)]
    headers = {**headers, "Content-Type": "application/json"}
    with httpx.Client(base_url=url, headers=headers, timeout=120) as client:
        client.get("/v2/health")
        cpu, started = time.process_time(), time.perf_counter()
        for body in bodies:
            reply = client.post("/v2/envelopes", content=body)
            if reply.status_code != 200:
                raise RuntimeError(f"raw post failed: HTTP {reply.status_code}")
        return time.perf_counter() - started, time.process_time() - cpu


def other_engine_run(
    tree: Path, workdir: Path, url: str, code: str, reports: int, batch: int, seed: int
) -> Timing:
    """`engine_run` of another checkout, in its own process (its modules, not ours)."""
    runner = Path(__file__).resolve().with_name("sync_engine_once.py")
    command = [sys.executable, str(runner), "--tree", str(tree), "--workdir", str(workdir)]
    command += ["--url", url, "--code", code, "--reports", str(reports), "--batch", str(batch)]
    command += ["--seed", str(seed), "--fingerprint", CHARITY.root_fingerprint]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the other tree's engine failed:\n{done.stderr[-2000:]}")
    wall, cpu = json.loads(done.stdout.strip().splitlines()[-1])
    return float(wall), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--pin",
        action="store_true",
        help="server on one core, this process (raw loop or engine) on the other, as a remote server",
    )
    parser.add_argument("--other-tree", type=Path, help="another checkout whose engine runs as a third side")
    parser.add_argument(
        "--shared-server",
        action="store_true",
        help="one server per round for every side (the side that goes second finds its tables fuller)",
    )
    parser.add_argument("--record", action="store_true", help="write the row to benchmarks/results/")
    args = parser.parse_args()
    engine_runs: list[Timing] = []
    raw_runs: list[Timing] = []
    other_runs: list[Timing] = []
    sides = ["raw", "engine", *(["other"] if args.other_tree else [])]
    if args.pin:
        os.sched_setaffinity(0, {CLIENT_CPU})  # threads and processes started from here inherit it
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        workdir = Path(tmp)
        for round_no in range(args.rounds):
            seed = 1000 * round_no
            shift = round_no % len(sides)
            order = sides[shift:] + sides[:shift]
            if round_no % 2 and not args.other_tree:
                order.reverse()  # raw/engine, then engine/raw, as before
            with ExitStack() as round_servers:
                shared = None
                if args.shared_server:
                    shared = round_servers.enter_context(server(workdir / f"server{round_no}", args.pin))
                for index, side in enumerate(order):
                    with ExitStack() as side_server:
                        url, org_id, codes = shared or side_server.enter_context(
                            server(workdir / f"server{round_no}{side}", args.pin)
                        )
                        code, side_seed = codes[index], seed + index
                        if side == "raw":
                            raw_runs.append(raw_run(url, org_id, code, args.reports, args.batch))
                        elif side == "engine":
                            vault_dir = workdir / f"vault{round_no}"
                            engine_runs.append(
                                engine_run(vault_dir, url, code, args.reports, args.batch, side_seed)
                            )
                        else:
                            vault_dir, tree = workdir / f"other{round_no}", args.other_tree
                            run = other_engine_run(
                                tree, vault_dir, url, code, args.reports, args.batch, seed + 7
                            )
                            other_runs.append(run)
    load_after = os.getloadavg()
    raw_times, engine_times = [wall for wall, _cpu in raw_runs], [wall for wall, _cpu in engine_runs]
    per_1000 = 1000 / args.reports
    raw_cpu = statistics.median(cpu for _wall, cpu in raw_runs) * per_1000
    engine_cpu = statistics.median(cpu for _wall, cpu in engine_runs) * per_1000
    ratios = [raw / engine for raw, engine in zip(raw_times, engine_times, strict=True)]
    raw_median, engine_median = statistics.median(raw_times), statistics.median(engine_times)
    print(
        f"reports={args.reports} batch={args.batch} rounds={args.rounds}{' pinned' if args.pin else ''};"
        f" load {load[0]:.2f} -> {load_after[0]:.2f} (1-min), {os.cpu_count()} cores"
    )
    print(f"raw httpx batch posts: median {raw_median:.3f} s ({args.reports / raw_median:,.0f} reports/s)")
    print(
        f"sync engine pass:      median {engine_median:.3f} s ({args.reports / engine_median:,.0f} reports/s)"
    )
    print(f"CPU of this process per 1,000 reports (median): engine {engine_cpu:.3f} s, raw {raw_cpu:.3f} s")
    print(f"per-round engine/raw throughput: {', '.join(f'{r:.2f}' for r in ratios)}")
    print(
        f"engine/raw throughput, median of per-round ratios: {statistics.median(ratios):.2f} (goal >= 0.80)"
    )
    if other_runs:
        other_times = [wall for wall, _cpu in other_runs]
        other_ratios = [raw / other for raw, other in zip(raw_times, other_times, strict=True)]
        versus = [other / engine for other, engine in zip(other_times, engine_times, strict=True)]
        other_cpu = statistics.median(cpu for _wall, cpu in other_runs) * per_1000
        print(f"other tree ({args.other_tree}): median {statistics.median(other_times):.3f} s,")
        print(f"  CPU per 1,000 reports {other_cpu:.3f} s")
        print(f"  per-round other/raw throughput: {', '.join(f'{r:.2f}' for r in other_ratios)}")
        print(f"  other/raw throughput, median of per-round ratios: {statistics.median(other_ratios):.2f}")
        print(f"  per-round engine/other throughput: {', '.join(f'{r:.2f}' for r in versus)}")
        print(f"  engine/other throughput, median of per-round ratios: {statistics.median(versus):.2f}")
    if args.record:
        from benchmarks.results import record, this_command

        where = "server and client pinned to one core each" if args.pin else "unpinned"
        record(
            "Sync",
            f"engine pass, {args.reports:,} reports in batches of {args.batch} ({where})",
            ours=round(args.reports / engine_median),
            baseline=round(args.reports / raw_median),
            baseline_name="raw httpx batch posts of the same envelopes, same server build",
            unit="reports/s",
            ratio_rounds=ratios,
            ratio_reads="throughput ours/baseline",
            goal=0.8,
            goal_kind="≥",
            load_start=load[0],
            load_end=load_after[0],
            command=this_command(),
            notes=f"client CPU per 1,000 reports: engine {engine_cpu:.3f} s, raw {raw_cpu:.3f} s",
        )


if __name__ == "__main__":
    main()
