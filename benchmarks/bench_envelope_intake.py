"""Envelope intake (protocol v2) through `POST /v2/envelopes` on the real server (uvicorn on
loopback), paired in each round with a bare FastAPI endpoint posted the same envelopes
(issue 20's baseline), and optionally with v1's report intake.

v2: each envelope is a typical alert content (the v1 benchmark's report, as protocol/contents
holds it) sealed to the alerts desk with PyNaCl, in batches of `--batch` (default 1000). The
server validates each header, decodes the base64 sealed box and checks its SHA-256 against the
header, then stores header and ciphertext.

bare (the baseline of issue 20's ratio, benchmarks/bare_envelope_intake.py): the same bodies
posted the same way to an endpoint that `json.loads` them and inserts the same rows into the
same schema (no other validation, no auth, lookups or receipts), run as as many uvicorn
worker processes as the server has processes (workers x (1 + validators)). Each round posts
the same envelopes to both, each into a fresh database, in alternating order; the ratio
server/bare is taken per round, then the median.

v1 (optional): `benchmarks/bench_server_ingest.py` of a v1 tree (`--v1-tree DIR`, e.g.
`git archive main | tar -x -C DIR` before protocol v2 is merged) run for one round of the same
batch size, database and server flags, alternating with the v2 rounds; its "server N/s"
figure is read from its output. The ratio is taken per round, then the median.

Per side: envelopes/s, and CPU per 1000 envelopes of the server (its process tree, from /proc),
of the client (this process's posting threads, which also read every answer) and, on
PostgreSQL, of the database's backends serving that side. CPU moves far less with the
machine's load than wall time.

Usage:
    .venv/bin/python benchmarks/bench_envelope_intake.py [--envelopes 20000] [--rounds 3]
        [--validators 2] [--workers 1 --connections 1] [--no-postgres] [--no-bare] [--v1-tree DIR]
        [--other-tree DIR] [--record]

`--record` writes one row per database (server/bare throughput, goal >= 0.5) to
benchmarks/results/server_intake.json, named by the database and the process/connection flags.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach_app.crypto.sealing import seal  # noqa: E402
from outreach_app.protocol.envelopes import ciphertext_hash  # noqa: E402
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifier  # noqa: E402
from outreach_app.server.db import key_bundles, migrate, orgs  # noqa: E402
from outreach_app.server.db.engine import make_engine  # noqa: E402
from outreach_app.server.db.tables import orgs as orgs_table  # noqa: E402
from tests.server.device_keys import signed_in_headers  # noqa: E402
from tests.server_harness import TestCharity, free_port, wait_until_serving  # noqa: E402

PG_ADMIN = os.environ.get("OUTREACH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
LOAD = {"workers": 1, "connections": 1, "validators": 0}
CHARITY = TestCharity()
VERIFIER = purpose_verifier(new_withdrawal_code(), "alert")


def content(envelope_id: str, n: int) -> bytes:
    """The v1 benchmark's typical report, as an alert content (protocol/contents.py)."""
    return json.dumps(
        {
            "content_version": 2,
            "date": "2026-03-02",
            "envelope_id": envelope_id,
            "incident_types": ["physical_assault", "robbery_theft"],
            "part_of_day": "night",
            "perpetrators": [
                {
                    "age_max": 45,
                    "age_min": 30,
                    "clothing": "dark jacket",
                    "gender": "man",
                    "hair": "short, grey",
                    "online_handles": ["dodgydave"],
                    "phone_numbers": [f"+4477009{n % 100000:05d}"],
                }
            ],
            "purpose": "alert",
            "region_id": "north",
            "summary": "Took the money back with a knife after the date.",
            "vehicles": [{"colour": "blue", "make": "Ford", "registration": "AB12CDE"}],
            "weapon_used": True,
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode()


def envelopes(org_id: str, total: int) -> list[dict[str, Any]]:
    _desk, public = CHARITY.desk_for("alert")
    items = []
    for n in range(total):
        envelope_id = str(uuid.uuid4())
        box = seal(content(envelope_id, n), public)
        items.append(
            {
                "header": {
                    "content_hash": ciphertext_hash(box),
                    "desk_id": "alerts-1",
                    "envelope_id": envelope_id,
                    "month": "2026-03",
                    "org": org_id,
                    "purpose": "alert",
                    "region": "north",
                    "supersedes": None,
                    "verifier": VERIFIER,
                },
                "ciphertext": base64.b64encode(box).decode("ascii"),
            }
        )
    return items


@contextmanager
def database(kind: str, workdir: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{workdir / f'bench-{secrets.token_hex(3)}.db'}"
        return
    name = f"outreach_bench_{secrets.token_hex(4)}"
    admin = make_url(PG_ADMIN).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare(db_url: str) -> tuple[str, str]:
    """Migrate, add a region, an org and the key bundle; returns (org id, an enrolment code)."""
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    now = lambda: datetime.now(UTC)  # noqa: E731
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", now)
        org = orgs.create_org(conn, "Bench", ["north"], now)
        code = orgs.create_enroll_code(conn, org.id, 1, now)
        key_bundles.install(conn, CHARITY.bundle(), now)
    engine.dispose()
    return org.id, code


Side = tuple[float, float, float, float]


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid` and its live descendants
    (Linux /proc): the server's cost, far steadier under load than its wall time. A
    PostgreSQL backend is not a descendant, so on PostgreSQL this is the Python side only."""
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()  # from field 3 (state) on
        parents[int(entry)] = int(fields[1])
        ticks[int(entry)] = int(fields[11]) + int(fields[12])  # utime, stime
    tree = {pid}
    grew = True
    while grew:
        found = {child for child, parent in parents.items() if parent in tree} - tree
        grew = bool(found)
        tree |= found
    return sum(ticks.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


def _ticks(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12])


def backend_ticks(db_url: str) -> dict[int, int]:
    """PostgreSQL: CPU ticks so far of each backend connected to the database of `db_url`
    (the server's pool; the database is this round's own). SQLite: none (its work is in
    the server process)."""
    if db_url.startswith("sqlite"):
        return {}
    name = make_url(db_url).database
    admin = make_url(PG_ADMIN).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        pids = [row[0] for row in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [name])]
    return {pid: _ticks(pid) for pid in pids}


def timed_post(
    url: str,
    pid: int,
    db_url: str,
    headers: dict[str, str],
    bodies: list[bytes],
    check: Callable[[httpx.Response], None],
) -> Side:
    """(wall seconds, server CPU, client CPU, database CPU seconds) of posting every body. The
    client is this process, which does nothing else meanwhile: its posting threads send the
    bodies and read (and check) every answer, as a device's sync does. The database's CPU is
    its backends' (PostgreSQL; those started meanwhile count whole), 0 on SQLite."""
    cpu = tree_cpu_s(pid)
    backends = backend_ticks(db_url)
    client = time.process_time()
    wall = post_all(url, headers, bodies, check)
    client = time.process_time() - client
    after = backend_ticks(db_url)
    db = sum(ticks - backends.get(backend, 0) for backend, ticks in after.items())
    return wall, tree_cpu_s(pid) - cpu, client, db / os.sysconf("SC_CLK_TCK")


OTHER_PREPARE = """
import sys
sys.path.insert(0, "benchmarks")
import bench_envelope_intake as bench
print(*bench.prepare(sys.argv[1]))
"""


def prepare_in(tree: Path, db_url: str) -> tuple[str, str]:
    """`prepare` by another checkout's own code, so its migrations build the schema."""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PREPARE, db_url],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    org_id, code = done.stdout.split()[-2:]
    return org_id, code


@contextmanager
def serving(db_url: str, port: int, root: Path = ROOT) -> Iterator[tuple[str, int]]:
    command = [sys.executable, "-c", "from outreach_app.server.cli import main; raise SystemExit(main())"]
    flags = ["--workers", str(LOAD["workers"]), "--validators", str(LOAD["validators"])]
    process = subprocess.Popen(
        [*command, "serve", "--db", db_url, "--port", str(port), *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url, process, timeout_s=180)
    try:
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def all_accepted(reply: httpx.Response) -> None:
    assert reply.status_code == 200, reply.text[:300]
    assert all(r["status"] == "accepted" for r in reply.json()["receipts"])


def stored(reply: httpx.Response) -> None:
    assert reply.status_code == 200, reply.text[:300]


def post_all(
    url: str, headers: dict[str, str], payloads: list[bytes], check: Callable[[httpx.Response], None]
) -> float:
    """POST every body over LOAD["connections"] keep-alive connections at once; the wall time."""
    shares = [payloads[i :: LOAD["connections"]] for i in range(LOAD["connections"])]
    clients = [
        httpx.Client(base_url=url, headers={**headers, "content-type": "application/json"}, timeout=120)
        for _ in shares
    ]
    for client in clients:
        client.get("/v2/health")
    start = threading.Barrier(len(shares) + 1)
    failures: list[BaseException] = []

    def send(client: httpx.Client, share: list[bytes]) -> None:
        start.wait()
        try:
            for body in share:
                check(client.post("/v2/envelopes", content=body))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=send, args=pair) for pair in zip(clients, shares, strict=True)]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    if failures:
        raise failures[0]
    return elapsed


def batch_bodies(items: list[dict[str, Any]], batch: int) -> list[bytes]:
    return [json.dumps({"envelopes": items[i : i + batch]}).encode() for i in range(0, len(items), batch)]


def v2_rate(db_url: str, code: str, bodies: list[bytes], root: Path = ROOT) -> Side:
    """(wall, server CPU, client CPU, database CPU) seconds for the real server."""
    with serving(db_url, free_port(), root) as (url, pid):
        enrolled = httpx.post(
            f"{url}/v2/enroll",
            json={"code": code, "device_label": "bench", "request_id": str(uuid.uuid4())},
        ).json()
        headers = signed_in_headers(url, enrolled)
        return timed_post(url, pid, db_url, headers, bodies, all_accepted)


def bare_processes() -> int:
    """As many processes as the server runs: each worker serves and has its validators."""
    return LOAD["workers"] * (1 + LOAD["validators"])


def bare_rate(kind: str, workdir: Path, org_id: str, bodies: list[bytes]) -> Side:
    """The same bodies into a fresh database of the same schema, through the bare endpoint:
    (wall, server CPU, client CPU, database CPU) seconds."""
    with database(kind, workdir) as db_url:
        engine = make_engine(db_url)
        migrate.upgrade(engine)
        with engine.begin() as conn:  # the organisation the bodies name (a foreign key)
            conn.execute(
                orgs_table.insert().values(id=org_id, name="Bench", created_on=datetime.now(UTC).date())
            )
        engine.dispose()
        port = free_port()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "benchmarks.bare_envelope_intake:app",
                "--factory",
                "--no-access-log",
                "--log-level",
                "warning",
                "--port",
                str(port),
                "--workers",
                str(bare_processes()),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "BARE_INTAKE_DB": db_url},
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_serving(url, process, timeout_s=180)
            return timed_post(url, process.pid, db_url, {}, bodies, stored)
        finally:
            process.terminate()
            process.wait(timeout=30)


V1_ROUND = """
import sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import bench_server_ingest as v1
v1.LOAD.update(workers=int(sys.argv[4]), validators=int(sys.argv[5]), connections=int(sys.argv[6]))
with tempfile.TemporaryDirectory() as tmp:
    print(v1._server_rate(sys.argv[2], Path(tmp), int(sys.argv[3]), int(sys.argv[7])))
"""


def v1_rate(tree: Path, kind: str, batch: int, total: int) -> float:
    """One round of v1's report intake, by v1's own benchmark code from a v1 tree (its
    `_server_rate`: the real v1 server, the same flags, batch and count)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            V1_ROUND,
            str(tree),
            kind,
            str(batch),
            str(LOAD["workers"]),
            str(LOAD["validators"]),
            str(LOAD["connections"]),
            str(total),
        ],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return float(done.stdout.strip().splitlines()[-1])


Round = dict[str, Side]
"""Per side: (envelopes/s, then server, client and database CPU ms per 1000 envelopes)."""


def one_round(kind: str, args: argparse.Namespace, workdir: Path, number: int) -> Round:
    """One round: the same envelopes to the server and to the bare endpoint (and the other
    tree's server, and v1's own round), in an order that alternates between rounds.
    Per side: (envelopes/s, then server, client and database CPU ms per 1000 envelopes)."""
    rounds: Round = {}
    per_1000 = 1000 / args.envelopes
    with database(kind, workdir) as db_url:
        org_id, code = prepare(db_url)
        bodies = batch_bodies(envelopes(org_id, args.envelopes), args.batch)
        sides = ["v2"] + ([] if args.no_bare else ["bare"]) + (["v1"] if args.v1_tree else [])
        sides += ["other"] if args.other_tree else []
        for side in sides if number % 2 == 0 else sides[::-1]:
            if side == "v2":
                wall, cpu, client, db = v2_rate(db_url, code, bodies)
            elif side == "bare":
                wall, cpu, client, db = bare_rate(kind, workdir, org_id, bodies)
            elif side == "other":  # the same envelopes into a fresh database of its own
                with database(kind, workdir) as other_url:
                    other_org, other_code = prepare_in(Path(args.other_tree), other_url)
                    other_bodies = [body.replace(org_id.encode(), other_org.encode()) for body in bodies]
                    other_tree = Path(args.other_tree)
                    wall, cpu, client, db = v2_rate(other_url, other_code, other_bodies, other_tree)
            else:
                rate = v1_rate(Path(args.v1_tree), kind, args.batch, args.envelopes)
                wall, cpu, client, db = args.envelopes / rate, float("nan"), float("nan"), float("nan")
            per = 1000 * per_1000
            rounds[side] = (args.envelopes / wall, cpu * per, client * per, db * per)
    return rounds


def run(kind: str, args: argparse.Namespace, workdir: Path) -> None:
    rounds: list[Round] = []
    loads: list[float] = [os.getloadavg()[0]]
    for number in range(args.rounds):
        rounds.append(one_round(kind, args, workdir, number))
        loads.append(os.getloadavg()[0])
    print(f"{kind} batch={args.batch} load {min(loads):.1f}-{max(loads):.1f}", flush=True)
    sides = (
        ("v2", "server"),
        ("bare", f"bare x{bare_processes()}"),
        ("v1", "v1 reports"),
        ("other", "other tree's server"),
    )
    for side, label in sides:
        if side not in rounds[0]:
            continue
        rates = [r[side][0] for r in rounds]
        cpus = [r[side][1] for r in rounds]
        clients = [r[side][2] for r in rounds]
        dbs = [r[side][3] for r in rounds]
        line = (
            f"  {label:20s} {statistics.median(rates):9,.0f}/s ({', '.join(f'{x:,.0f}' for x in rates)})"
            f"  server CPU {statistics.median(cpus):6.1f} ms/1000 ({', '.join(f'{x:.1f}' for x in cpus)})"
            f"  client CPU {statistics.median(clients):5.1f} ms/1000"
            + (f"  database CPU {statistics.median(dbs):5.1f} ms/1000" if kind == "postgres" else "")
        )
        if side != "v2":
            ratios = [r["v2"][0] / r[side][0] for r in rounds]
            cpu_ratios = [r[side][1] / r["v2"][1] for r in rounds]
            line += (
                f"\n  {'':20s} server/{side} throughput {', '.join(f'{x:.2f}' for x in ratios)}:"
                f" median {statistics.median(ratios):.2f};"
                f" CPU {side}/server {', '.join(f'{x:.2f}' for x in cpu_ratios)}:"
                f" median {statistics.median(cpu_ratios):.2f}"
            )
        print(line, flush=True)
    if args.record and "bare" in rounds[0]:
        record_row(kind, args, rounds, loads[0], loads[-1])


def record_row(
    kind: str, args: argparse.Namespace, rounds: list[Round], load_start: float, load_end: float
) -> None:
    from benchmarks.results import record, this_command

    database_name = {"sqlite": "SQLite", "postgres": "PostgreSQL"}[kind]
    shape = f"{args.workers} worker{'s' if args.workers > 1 else ''}"
    shape += f" + {args.validators} validators" if args.validators else ""
    shape += f", {args.connections} connection{'s' if args.connections > 1 else ''}"
    server_cpu = statistics.median(r["v2"][1] for r in rounds)
    bare_cpu = statistics.median(r["bare"][1] for r in rounds)
    record(
        "Server intake",
        f"POST /v2/envelopes, {database_name}, {shape} (batch {args.batch}, {args.envelopes:,} per round)",
        ours=round(statistics.median(r["v2"][0] for r in rounds)),
        baseline=round(statistics.median(r["bare"][0] for r in rounds)),
        baseline_name=f"bare FastAPI endpoint, {bare_processes()} process(es), same bodies",
        unit="envelopes/s",
        ratio_rounds=[r["v2"][0] / r["bare"][0] for r in rounds],
        ratio_reads="throughput ours/baseline",
        goal=0.5,
        goal_kind="≥",
        load_start=load_start,
        load_end=load_end,
        command=this_command("PYTHONPATH=."),
        notes=f"server CPU per 1000 envelopes: {server_cpu:.1f} ms (bare {bare_cpu:.1f} ms)",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--envelopes", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--validators", type=int, default=0)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-bare", action="store_true", help="leave out the bare endpoint")
    parser.add_argument("--v1-tree", help="a v1 checkout to measure against as well")
    parser.add_argument(
        "--other-tree", help="a checkout of another version of the v2 server (before/after, same run)"
    )
    parser.add_argument(
        "--record", action="store_true", help="write the server/bare rows to benchmarks/results/"
    )
    args = parser.parse_args()
    LOAD.update(workers=args.workers, connections=args.connections, validators=args.validators)
    print(
        f"workers={args.workers} validators={args.validators} connections={args.connections}"
        f" load={os.getloadavg()[0]:.1f}",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_sqlite:
            run("sqlite", args, Path(tmp))
        if not args.no_postgres:
            run("postgres", args, Path(tmp))


if __name__ == "__main__":
    main()
