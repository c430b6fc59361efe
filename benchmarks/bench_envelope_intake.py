"""Envelope intake (protocol v2) through `POST /v2/envelopes` on the real server (uvicorn on
loopback), paired with v1's report intake measured in the same run.

v2: each envelope is a typical alert content (the v1 benchmark's report, as protocol/contents
holds it) sealed to the alerts desk with PyNaCl, in batches of `--batch` (default 1000). The
server validates each header, decodes the base64 sealed box and checks its SHA-256 against the
header, then stores header and ciphertext.

v1 (the baseline): `benchmarks/bench_server_ingest.py` of a v1 tree (`--v1-tree DIR`, e.g.
`git archive main | tar -x -C DIR` before protocol v2 is merged) run for one round of the same
batch size, database and server flags, alternating with the v2 rounds; its "server N/s"
figure is read from its output. The ratio is taken per round, then the median.

Usage:
    .venv/bin/python benchmarks/bench_envelope_intake.py [--envelopes 20000] [--rounds 3]
        [--validators 2] [--workers 1 --connections 1] [--no-postgres] [--v1-tree DIR]
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
from collections.abc import Iterator
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


@contextmanager
def serving(db_url: str, port: int) -> Iterator[str]:
    command = [sys.executable, "-c", "from outreach_app.server.cli import main; raise SystemExit(main())"]
    flags = ["--workers", str(LOAD["workers"]), "--validators", str(LOAD["validators"])]
    process = subprocess.Popen(
        [*command, "serve", "--db", db_url, "--port", str(port), *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url, process, timeout_s=180)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def post_all(url: str, headers: dict[str, str], payloads: list[bytes]) -> float:
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
                reply = client.post("/v2/envelopes", content=body)
                assert reply.status_code == 200, reply.text[:300]
                assert all(r["status"] == "accepted" for r in reply.json()["receipts"])
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


def v2_rate(kind: str, workdir: Path, batch: int, total: int) -> float:
    with database(kind, workdir) as db_url:
        org_id, code = prepare(db_url)
        items = envelopes(org_id, total)
        bodies = [json.dumps({"envelopes": items[i : i + batch]}).encode() for i in range(0, total, batch)]
        with serving(db_url, free_port()) as url:
            enrolled = httpx.post(
                f"{url}/v2/enroll",
                json={"code": code, "device_label": "bench", "request_id": str(uuid.uuid4())},
            ).json()
            headers = signed_in_headers(url, enrolled)
            return total / post_all(url, headers, bodies)


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


def run(kind: str, args: argparse.Namespace, workdir: Path) -> None:
    v2_rates: list[float] = []
    v1_rates: list[float] = []
    loads: list[float] = []
    for number in range(args.rounds):
        sides = ("v2", "v1") if number % 2 == 0 else ("v1", "v2")
        for side in sides:
            if side == "v2":
                v2_rates.append(v2_rate(kind, workdir, args.batch, args.envelopes))
            elif args.v1_tree:
                v1_rates.append(v1_rate(Path(args.v1_tree), kind, args.batch, args.envelopes))
            loads.append(os.getloadavg()[0])
    line = (
        f"{kind:8s} batch={args.batch} v2 envelopes {statistics.median(v2_rates):9,.0f}/s"
        f" (rounds {', '.join(f'{r:,.0f}' for r in v2_rates)})"
    )
    if v1_rates:
        ratios = [a / b for a, b in zip(v2_rates, v1_rates, strict=True)]
        line += (
            f"   v1 reports {statistics.median(v1_rates):9,.0f}/s"
            f" (rounds {', '.join(f'{r:,.0f}' for r in v1_rates)})"
            f"   v2/v1 per round {', '.join(f'{x:.2f}' for x in ratios)}:"
            f" median {statistics.median(ratios):.2f}"
        )
    line += f"   load {min(loads):.1f}-{max(loads):.1f}"
    print(line, flush=True)


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
    parser.add_argument("--v1-tree", help="a v1 checkout to measure the baseline from")
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
