"""What a server test pays to build its app and first route a request, with and without the
test processes' caches of FastAPI's route fields and signatures (tests/fastapi_fields.py, issue 19).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_test_app_build.py [--rounds 5] [--per-round 10]

Each round builds `--per-round` test worlds (tests/server/support.build_world: a copy of a
migrated SQLite file, the app, its regions, organisations and key bundle) and sends each app
one request to a missing path, which makes FastAPI build every route of every router: with
FastAPI's own functions (baseline) and with the caches (ours), alternating which goes first.
Also, per round, `--per-round` HTTP requests to a closed loopback port made with
`httpx.get` (a client, and an SSL context, per call: how the harness polled a starting
server) against the same on one kept client (how it polls now). CPU seconds of this process
(`time.process_time()`), median per call of each round; the ratio is taken per round and
the median of the ratios printed, with the load average before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import socket
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from outreach_app.server.db import migrate
from outreach_app.server.db.engine import make_engine
from tests import fastapi_fields
from tests.server.support import SERVER_START, FakeClock, build_world, charity


def _app_build_cpu(template: Path, folder: Path, count: int, *, cached: bool) -> float:
    """Median CPU seconds of one world build plus its first (every-router) request; the route
    fields are built at that request, from the cache or (not `cached`) by FastAPI itself."""

    async def first_request(app: object) -> None:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            await client.get("/no-such-path")

    samples = []
    for index in range(count):
        path = folder / f"{time.monotonic_ns()}-{index}.db"
        shutil.copyfile(template, path)
        engine = make_engine(f"sqlite:///{path}")
        started = time.process_time()
        world = build_world(f"sqlite:///{path}", engine, FakeClock(SERVER_START))
        if not cached:
            fastapi_fields.uninstall()  # build_world installs the cache; the baseline goes without
        asyncio.run(first_request(world.app))
        samples.append(time.process_time() - started)
        engine.dispose()
        path.unlink()
    return statistics.median(samples)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _poll_cpu(poll: Callable[[str], None], count: int) -> float:
    url = f"http://127.0.0.1:{_closed_port()}/v2/health"
    samples = []
    for _ in range(count):
        started = time.process_time()
        with contextlib.suppress(httpx.TransportError):  # nothing listens: the client's cost alone
            poll(url)
        samples.append(time.process_time() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-app-build-"))
    template = folder / "template.db"
    engine = make_engine(f"sqlite:///{template}")
    migrate.upgrade(engine)
    engine.dispose()
    charity()  # the session charity's keys, made once as in a test process
    kept = httpx.Client(timeout=2)
    load_before = os.getloadavg()[0]
    app_ratios, poll_ratios = [], []
    for round_index in range(args.rounds):
        figures = {}
        order = ["baseline", "ours"] if round_index % 2 == 0 else ["ours", "baseline"]
        for which in order:
            figures[which] = _app_build_cpu(template, folder, args.per_round, cached=which == "ours")

        def new_client_each(url: str) -> None:
            httpx.get(url, timeout=2)

        def one_client(url: str) -> None:
            kept.get(url)

        polls = {
            "baseline": _poll_cpu(new_client_each, args.per_round),
            "ours": _poll_cpu(one_client, args.per_round),
        }
        app_ratios.append(figures["ours"] / figures["baseline"])
        poll_ratios.append(polls["ours"] / polls["baseline"])
        print(
            f"round {round_index + 1}: app build + first request"
            f" baseline {figures['baseline'] * 1000:.1f} ms,"
            f" ours {figures['ours'] * 1000:.1f} ms; poll baseline {polls['baseline'] * 1000:.2f} ms,"
            f" ours {polls['ours'] * 1000:.2f} ms (CPU, median per call)"
        )
    kept.close()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"app build + first request, ours/baseline (median of rounds): {statistics.median(app_ratios):.2f}")
    print(
        f"one poll of a closed port, ours/baseline (median of rounds): {statistics.median(poll_ratios):.3f}"
    )
    print(f"load average {load_before:.2f} -> {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
