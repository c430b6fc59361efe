"""Report ingest through `POST /v1/reports/batch` on the real server (uvicorn on loopback),
beside two baselines measured in the same run on the same database engine:

- direct: the same rows inserted with the same driver (SQLAlchemy Core `executemany`,
  one transaction per batch), no HTTP, no validation;
- minimal: a bare FastAPI endpoint on the same uvicorn that parses the JSON and inserts the
  rows without validation, hashing, authentication or receipts, run as as many processes as
  the server (`--workers W --validators V`: W x (1 + V) worker processes), so both sides
  have the same cores to use.

Batches of 1, 100 and 1000 on SQLite (a WAL file, synchronous=FULL) and PostgreSQL
(127.0.0.1:5432; a throwaway database is created and dropped). Each report carries an
alert and a statistics section and one phone number, all distinct (no normaliser cache hits:
the worst case for validation; `--no-phones` leaves them out to show what parsing costs),
sent in normal form as a device's sealed reports are. The client sends pre-encoded bodies over one keep-alive
connection, so its own cost is small and the same for every row.

`--workers W --connections C`: the server (and the minimal endpoint) run W uvicorn worker
processes, and C keep-alive connections (C devices) post at once, the batches dealt out
round-robin; the rate is all reports over the wall time from the first POST to the last
receipt. The direct-insert baseline stays one connection: it is the database's own floor.

Each configuration runs `--rounds` paired rounds (server and minimal back to back, order
alternating, fresh databases); the ratio is taken per round, then the median.

Usage:
    .venv/bin/python benchmarks/bench_server_ingest.py [--reports 20000] [--no-postgres]
        [--workers 2 --connections 8] [--rounds 5] [--batches 1000]
"""

from __future__ import annotations

import argparse
import hashlib
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
from fastapi import FastAPI, Request  # module level: FastAPI resolves the endpoint's annotations here
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import insert
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach_app.protocol.reports import SharedReport  # noqa: E402
from outreach_app.server.db import migrate, orgs  # noqa: E402
from outreach_app.server.db.engine import make_engine  # noqa: E402
from outreach_app.server.db.reports import new_row_key  # noqa: E402
from outreach_app.server.db.tables import reports  # noqa: E402
from tests.server.device_keys import signed_in_headers  # noqa: E402
from tests.server_harness import free_port, wait_until_serving  # noqa: E402

PG_ADMIN = os.environ.get("OUTREACH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
BATCH_SIZES = (1, 100, 1000)
VERIFIER = hashlib.sha256(b"bench").hexdigest()


PHONES = {"distinct": True}
LOAD = {"workers": 1, "connections": 1, "validators": 0}


def typical_report(n: int) -> dict[str, Any]:
    phones = [f"07700 9{n % 100000:05d}"] if PHONES["distinct"] else []
    return {
        "schema_version": 1,
        "report_id": str(uuid.uuid4()),
        "region_id": "north",
        "date": "2026-03-02",
        "part_of_day": "night",
        "incident_types": ["physical_assault", "robbery_theft"],
        "withdrawal_verifier": VERIFIER,
        "alert": {
            "perpetrators": [
                {
                    "gender": "man",
                    "age_min": 30,
                    "age_max": 45,
                    "hair": "short, grey",
                    "clothing": "dark jacket",
                    "phone_numbers": phones,
                    "online_handles": ["dodgydave"],
                }
            ],
            "vehicles": [{"make": "Ford", "colour": "blue", "registration": "AB12CDE"}],
            "weapon_used": True,
            "summary": "Took the money back with a knife after the date.",
        },
        "statistics": {"age_band": "25_34", "gender": "woman", "injured": True, "weapon_used": True},
    }


def sealed(n: int) -> dict[str, Any]:
    """A report as a device sends it: through the model, so phone numbers and plates are in
    their normal form (the server still parses every number to check it)."""
    return SharedReport.model_validate(typical_report(n)).model_dump(mode="json", exclude_none=True)


def bodies(batch: int, total: int, start: int) -> list[bytes]:
    items = [sealed(start + i) for i in range(total)]
    return [json.dumps({"reports": items[i : i + batch]}).encode() for i in range(0, total, batch)]


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
    """Migrate, add a region and an org; returns (org id, one enrolment code)."""
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", lambda: datetime.now(UTC))
        org = orgs.create_org(conn, "Bench", ["north"], lambda: datetime.now(UTC))
        code = orgs.create_enroll_code(conn, org.id, 1, lambda: datetime.now(UTC))
    engine.dispose()
    return org.id, code


@contextmanager
def serving(args: list[str], port: int) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url, process, timeout_s=180)  # validators spawn slowly on a loaded machine
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


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
        client.get("/v1/health")  # open the connections outside the timing
    start = threading.Barrier(len(shares) + 1)
    failures: list[BaseException] = []

    def send(client: httpx.Client, share: list[bytes]) -> None:
        start.wait()
        try:
            for body in share:
                check(client.post("/v1/reports/batch", content=body))
        except BaseException as exc:  # re-raised below, in the main thread
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


def accepted(reply: httpx.Response) -> None:
    assert reply.status_code == 200, reply.text[:300]
    assert all(r["status"] == "accepted" for r in reply.json()["receipts"])


def stored(reply: httpx.Response) -> None:
    assert reply.status_code == 200, reply.text[:300]


def direct_rows(org_id: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    day = datetime.now(UTC).date()
    rows = []
    for item in items:
        payload = json.dumps(item, sort_keys=True, separators=(",", ":"))
        rows.append(
            {
                "pk": new_row_key(day),  # the server's row keys
                "org_id": org_id,
                "report_id": item["report_id"],
                "content_hash": hashlib.sha256(payload.encode()).hexdigest(),
                "received_on": day,
                "payload": payload,
                "region_id": item["region_id"],
                "verifier": item["withdrawal_verifier"],
                "withdrawn_purposes": "",
                "withdrawn_on": None,
            }
        )
    return rows


def direct(db_url: str, org_id: str, batch: int, total: int) -> float:
    engine = make_engine(db_url)
    items = [sealed(i) for i in range(total)]
    rows = direct_rows(org_id, items)
    started = time.perf_counter()
    for i in range(0, total, batch):
        with engine.begin() as conn:
            conn.execute(insert(reports), rows[i : i + batch])
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


# --- the minimal endpoint (runs in its own process, like the real server) -----------------


def minimal_app() -> Any:
    """The minimal endpoint (a uvicorn factory, so it can run in several worker processes)."""
    engine = make_engine(os.environ["BENCH_DB"])
    org_id = os.environ["BENCH_ORG"]
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    @app.post("/v1/reports/batch")
    async def batch_endpoint(request: Request) -> dict[str, int]:
        items = json.loads(await request.body())["reports"]

        def store() -> None:
            with engine.begin() as conn:
                conn.execute(insert(reports), direct_rows(org_id, items))

        await run_in_threadpool(store)
        return {"stored": len(items)}

    @app.get("/v1/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def serve_minimal(db_url: str, port: int, org_id: str, workers: int) -> None:
    import uvicorn

    os.environ.update(BENCH_DB=db_url, BENCH_ORG=org_id)
    uvicorn.run(
        "bench_server_ingest:minimal_app",
        factory=True,
        app_dir=str(Path(__file__).parent),
        workers=workers,
        host="127.0.0.1",
        port=port,
        access_log=False,
        log_level="warning",
    )


def _server_rate(kind: str, workdir: Path, batch: int, count: int) -> float:
    with database(kind, workdir) as db_url:
        _org, code = prepare(db_url)
        port = free_port()
        serve_args = ["--serve-real", db_url, str(port), str(LOAD["workers"]), str(LOAD["validators"])]
        with serving(serve_args, port) as url:
            enrolled = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_label": "bench"}).json()
            headers = signed_in_headers(url, enrolled)
            return count / post_all(url, headers, bodies(batch, count, 0), accepted)


def _minimal_rate(kind: str, workdir: Path, batch: int, count: int) -> float:
    processes = LOAD["workers"] * (1 + LOAD["validators"])  # as many as the server runs
    with database(kind, workdir) as db_url:
        org_id, _code = prepare(db_url)
        port = free_port()
        with serving(["--serve-minimal", db_url, str(port), org_id, str(processes)], port) as url:
            return count / post_all(url, {}, bodies(batch, count, 0), stored)


def run(
    kind: str, total: int, workdir: Path, batches: tuple[int, ...] = BATCH_SIZES, rounds: int = 5
) -> list[tuple[str, int, float, float, float]]:
    results = []
    for batch in batches:
        count = min(total, 1000) if batch == 1 else total
        real_rates: list[float] = []
        minimal_rates: list[float] = []
        for number in range(rounds):
            sides = ("server", "minimal") if number % 2 == 0 else ("minimal", "server")
            for side in sides:
                if side == "server":
                    real_rates.append(_server_rate(kind, workdir, batch, count))
                else:
                    minimal_rates.append(_minimal_rate(kind, workdir, batch, count))
        with database(kind, workdir) as db_url:
            org_id, _code = prepare(db_url)
            raw = count / direct(db_url, org_id, batch, count)
        ratios = [r / m for r, m in zip(real_rates, minimal_rates, strict=True)]
        real, minimal = statistics.median(real_rates), statistics.median(minimal_rates)
        results.append((kind, batch, real, minimal, raw))
        print(
            f"{kind:8s} batch={batch:<5d} server {real:9,.0f}/s   minimal endpoint {minimal:9,.0f}/s"
            f"   server/minimal per round {', '.join(f'{x:.2f}' for x in ratios)}:"
            f" median {statistics.median(ratios):.2f}"
            f"   direct inserts {raw:9,.0f}/s (server {real / raw:4.2f}x)"
            f"   load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    return results


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve-real":
        from outreach_app.server.cli import main as server_main

        raise SystemExit(
            server_main(
                [
                    *("serve", "--db", sys.argv[2], "--port", sys.argv[3]),
                    *("--workers", sys.argv[4], "--validators", sys.argv[5]),
                ]
            )
        )
    if len(sys.argv) > 1 and sys.argv[1] == "--serve-minimal":
        serve_minimal(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=20000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument(
        "--no-phones", action="store_true", help="reports without phone numbers (isolates phone parsing)"
    )
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes per server")
    parser.add_argument("--connections", type=int, default=1, help="connections posting at once")
    parser.add_argument(
        "--validators", type=int, default=0, help="the server's validator processes (serve --validators)"
    )
    parser.add_argument(
        "--batches", type=int, nargs="+", default=list(BATCH_SIZES), help="batch sizes to measure"
    )
    parser.add_argument("--rounds", type=int, default=5, help="paired rounds per configuration")
    args = parser.parse_args()
    PHONES["distinct"] = not args.no_phones
    LOAD.update(workers=args.workers, connections=args.connections, validators=args.validators)
    print(
        f"workers={args.workers} validators={args.validators} connections={args.connections}"
        f" load={os.getloadavg()[0]:.1f}",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        run("sqlite", args.reports, Path(tmp), tuple(args.batches), args.rounds)
        if not args.no_postgres:
            run("postgres", args.reports, Path(tmp), tuple(args.batches), args.rounds)


if __name__ == "__main__":
    main()
