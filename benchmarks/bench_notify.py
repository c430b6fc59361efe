"""One alert to 25,000 subscribers (issue 23), through `outreach-server notify` in its own
process, to a real aiosmtpd server and a Twilio Messages API emulator on loopback (half
by SMS, half by email), with report intake measured beside it.

Figures:
- delivery: from the notify process's start (the alert is already published) until the
  25,000th message reached a gateway: total time and messages per second, fan-out included;
- intake: envelopes per second through `POST /v2/envelopes` (batches of 100, one device,
  the real server in its own process) in paired windows while the delivery is under way: one
  window with the notify process running, the next with it paused (SIGSTOP; the gateways then
  idle), in alternating order; the ratio is the median of the per-pair ratios with/without,
  so both windows of a pair share the machine's load. The delivery time is reported twice:
  wall clock, and without the paused windows (what the delivery itself took);
- where the CPU goes (PostgreSQL): user+system CPU of the notify process, of the PostgreSQL
  backends serving it (found by their application_name), of the gateways' process, of the
  server and of the backends serving it, per 1,000 messages over the whole delivery and as
  cores busy during the intake windows with and without the delivery: what a delivery takes
  from intake, and whose it is.

The gateways stand in for services on other machines (an SMS provider, the charity's mail
relay); here they share the server's two cores, so their process runs at nice 19: it takes
the CPU that intake leaves idle, as a remote service would take none of the server's.

PostgreSQL on 127.0.0.1:5432 by default (a throwaway database), `--sqlite` for a WAL file.
The subscriber records are sealed with a fresh key as the server seals them, and inserted
in bulk (sign-up itself is not what is measured). The load average is printed with every
figure: on a shared machine it says how far to trust them.

Usage:
    .venv/bin/python benchmarks/bench_notify.py [--subscribers 25000] [--sqlite]
        [--batch 64 --threads 16] [--pairs 8]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import insert
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import multiprocessing  # noqa: E402
from multiprocessing.connection import Connection  # noqa: E402
from multiprocessing.sharedctypes import Synchronized  # noqa: E402

from benchmarks.bench_envelope_intake import CHARITY, envelopes  # noqa: E402
from outreach_app.server.core.clock import today  # noqa: E402
from outreach_app.server.db import alerts as alerts_db  # noqa: E402
from outreach_app.server.db import key_bundles, migrate, orgs  # noqa: E402
from outreach_app.server.db.engine import make_engine  # noqa: E402
from outreach_app.server.db.subscriptions import Subscription  # noqa: E402
from outreach_app.server.db.tables import subscribers  # noqa: E402
from outreach_app.server.notify.channels import Channel  # noqa: E402
from outreach_app.server.notify.keys import SubscriberKeys, new_subscriber_id  # noqa: E402
from tests.server.device_keys import signed_in_headers  # noqa: E402
from tests.server.notify_support import SmtpSink, Tally, TwilioEmulator, notify_data  # noqa: E402
from tests.server.test_notify_crash import write_secrets  # noqa: E402
from tests.server_harness import free_port, wait_until_serving  # noqa: E402

PG_ADMIN = os.environ.get("OUTREACH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
INTAKE_BATCH = 100
WINDOW_BATCHES = 20  # 2000 reports per intake window (--window-batches)


def clock() -> datetime:
    return datetime.now(UTC)


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


@contextmanager
def database(sqlite: bool, workdir: Path) -> Iterator[str]:
    if sqlite:
        yield f"sqlite:///{workdir / 'bench-notify.db'}"
        return
    name = f"outreach_bench_notify_{secrets.token_hex(4)}"
    admin = make_url(PG_ADMIN).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def populate(db_url: str, keys: SubscriberKeys, count: int) -> tuple[str, str]:
    """Migrate; a region, an org, the charity's key bundle and `count` confirmed subscribers;
    returns (org id, an enrolment code)."""
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    day = today(clock)
    rows = []
    for n in range(count):
        channel = Channel.SMS if n % 2 else Channel.EMAIL
        address = f"+4479{n:08d}" if channel is Channel.SMS else f"person{n}@example.org"
        record = Subscription(channel, address, ("north",), "en", n % 3 != 0, day)
        rows.append(
            {
                "id": new_subscriber_id(),
                "stop_lookup": keys.index(channel.value, address),
                "sealed": record.sealed(keys),
                "confirmed": True,
                "created_at": 0,
            }
        )
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", clock)
        org = orgs.create_org(conn, "Bench", ["north"], clock)
        code = orgs.create_enroll_code(conn, org.id, 1, clock)
        key_bundles.install(conn, CHARITY.bundle(), clock)
        for start in range(0, len(rows), 5000):
            conn.execute(insert(subscribers), rows[start : start + 5000])
    engine.dispose()
    return org.id, code


def publish(db_url: str) -> None:
    engine = make_engine(db_url)
    day = today(clock)
    content = {
        "alert_id": str(uuid.uuid4()),
        "version": 1,
        "region_ids": ["north"],
        "title": "Warning: man in a silver car",
        "body": "Be careful near the station.",
        "incident_types": ["robbery_theft"],
        "issued_on": day.isoformat(),
        "expires_on": (day + timedelta(days=30)).isoformat(),
    }
    with engine.begin() as conn:  # protocol v2: signed by the charity's alerts desk
        bundle = key_bundles.current(conn)
        assert bundle is not None
        alerts_db.publish_signed(conn, CHARITY.signed_alert(content), bundle.bundle, clock)
    engine.dispose()


def server_cli(*args: str) -> list[str]:
    code = "import sys; from outreach_app.server.cli import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, *args]


def _run_gateways(counter: Synchronized[int], pipe: Connection, stop: Any) -> None:
    """The gateways' process: aiosmtpd and the Twilio emulator, counting into `counter`."""

    class SharedTally(Tally):
        def bump(self) -> None:
            with counter.get_lock():
                counter.value += 1

    os.nice(19)  # a stand-in for services elsewhere: only the CPU that intake leaves idle
    tally = SharedTally()
    smtp, sms = SmtpSink(tally).start(), TwilioEmulator(tally).start()
    pipe.send((smtp.port, sms.port))
    stop.wait()
    pipe.send((smtp.count(), sms.count(), sms.repeated_keys))
    smtp.stop()
    sms.stop()


class Gateways:
    """The local SMTP sink and SMS emulator in a process of their own: in the benchmark's
    process their threads would take the GIL from the intake client and the intake figure
    would measure that, not the server (the real gateways are elsewhere too)."""

    def __init__(self) -> None:
        self.counter: Synchronized[int] = multiprocessing.Value("q", 0)  # type: ignore[assignment]
        self._stop = multiprocessing.Event()
        self._pipe, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(
            target=_run_gateways, args=(self.counter, child, self._stop), daemon=True
        )
        self._process.start()
        self.smtp_port, self.sms_port = self._pipe.recv()
        self.counts = (0, 0, 0)

    @property
    def pid(self) -> int:
        return int(self._process.pid or 0)

    @property
    def value(self) -> int:
        return int(self.counter.value)

    def wait_for(self, target: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self.value < target:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def stop(self) -> None:
        self._stop.set()
        self.counts = self._pipe.recv()
        self._process.join(timeout=30)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a live process (Linux /proc), to give CPU-s per 1,000 messages:
    a figure that extrapolates to another machine's load better than wall time does."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


NOTIFY_APP_NAME = "outreach-bench-notify"


class CpuGroups:
    """CPU seconds so far of the processes a delivery and intake run in, by group; the
    PostgreSQL backends are found through pg_stat_activity (notify's by its application_name,
    the server's as every other backend of the benchmark's database). A backend's CPU is kept
    at its last reading, so one that closed between readings still counts up to that one."""

    def __init__(self, db_url: str | None, pids: dict[str, int]) -> None:
        self._pids = pids
        self._db = None if db_url is None else make_url(db_url).database
        self._admin = (
            None
            if db_url is None
            else psycopg.connect(make_url(PG_ADMIN).render_as_string(hide_password=False), autocommit=True)
        )
        self._backends: dict[int, tuple[str, float]] = {}

    def read(self) -> dict[str, float]:
        totals = {name: _cpu_or_zero(pid) for name, pid in self._pids.items()}
        if self._admin is not None:
            rows = self._admin.execute(
                "SELECT pid, application_name FROM pg_stat_activity WHERE datname = %s", (self._db,)
            ).fetchall()
            for pid, app in rows:
                group = "notify_db" if app == NOTIFY_APP_NAME else "server_db"
                cpu = _cpu_or_zero(pid)
                if cpu:
                    self._backends[pid] = (group, cpu)
            for group, cpu in self._backends.values():
                totals[group] = totals.get(group, 0.0) + cpu
        return totals

    def close(self) -> None:
        if self._admin is not None:
            self._admin.close()


def _cpu_or_zero(pid: int) -> float:
    try:
        return cpu_seconds(pid)
    except (FileNotFoundError, ProcessLookupError):
        return 0.0


def _minus(after: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    return {name: after[name] - before.get(name, 0.0) for name in after}


def intake_rate(client: httpx.Client, payloads: list[bytes]) -> float:
    started = time.perf_counter()
    for body in payloads:
        reply = client.post("/v2/envelopes", content=body)
        assert reply.status_code == 200, reply.text[:200]
    return len(payloads) * INTAKE_BATCH / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--subscribers", type=int, default=25_000)
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--pairs", type=int, default=8, help="intake window pairs (with/without)")
    parser.add_argument(
        "--window-batches",
        type=int,
        default=WINDOW_BATCHES,
        help=f"batches of {INTAKE_BATCH} reports per intake window",
    )
    parser.add_argument(
        "--per-minute",
        type=int,
        default=600_000,
        help="each gateway's rate limit (default: none to speak of; docs/warnings.md, Pacing)",
    )
    parser.add_argument("--burst", type=int, default=1000, help="each gateway's burst (with --per-minute)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp, database(args.sqlite, Path(tmp)) as db_url:
        work = Path(tmp)
        key_text = SubscriberKeys.generate()
        keys = SubscriberKeys(key_text)
        (work / "subscriber.key").write_text(key_text, encoding="ascii")
        org_id, code = populate(db_url, keys, args.subscribers)
        tally = Gateways()
        gateways = notify_data(tally.smtp_port, tally.sms_port, burst=args.burst, per_minute=args.per_minute)
        write_secrets(work / "notify.toml", gateways)
        port = free_port()
        server = subprocess.Popen(
            server_cli("serve", "--db", db_url, "--port", str(port)),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}"
        notify: subprocess.Popen[bytes] | None = None
        try:
            wait_until_serving(url, server, timeout_s=120)
            enrolled = httpx.post(
                f"{url}/v2/enroll",
                json={"code": code, "device_label": "Bench", "request_id": str(uuid.uuid4())},
            ).json()
            headers = signed_in_headers(url, enrolled)
            client = httpx.Client(
                base_url=url, headers={**headers, "content-type": "application/json"}, timeout=120
            )
            items = envelopes(org_id, INTAKE_BATCH * args.window_batches * (2 * args.pairs + 1))
            batches = [
                json.dumps({"envelopes": items[i : i + INTAKE_BATCH]}).encode()
                for i in range(0, len(items), INTAKE_BATCH)
            ]
            size = args.window_batches
            windows = iter(batches[i : i + size] for i in range(0, len(batches), size))
            intake_rate(client, next(windows))  # warm-up
            publish(db_url)
            started = time.perf_counter()
            notify_db = (
                db_url
                if args.sqlite
                else make_url(db_url)
                .update_query_dict({"application_name": NOTIFY_APP_NAME})
                .render_as_string(hide_password=False)
            )
            notify_args = ["notify", "--db", notify_db, "--secrets", str(work / "notify.toml")]
            notify_args += ["--key-file", str(work / "subscriber.key"), "--batch", str(args.batch)]
            notify_args += ["--threads", str(args.threads), "--idle", "0.2"]
            notify = subprocess.Popen(server_cli(*notify_args), env=env, stderr=subprocess.PIPE)
            cpu = CpuGroups(
                None if args.sqlite else db_url,
                {"notify": notify.pid, "gateways": tally.pid, "server": server.pid},
            )
            cpu_at_start = cpu.read()
            window_cpu: dict[bool, dict[str, float]] = {True: {}, False: {}}
            window_s: dict[bool, float] = {True: 0.0, False: 0.0}
            tally.wait_for(min(500, args.subscribers // 10), 600)  # fanned out, sending
            pairs: list[tuple[float, float]] = []
            paused = 0.0
            for n in range(args.pairs):
                with_first = n % 2 == 0
                rates: dict[bool, float] = {}
                for running in (with_first, not with_first):
                    if running:
                        before, at = cpu.read(), time.perf_counter()
                        rates[True] = intake_rate(client, next(windows))
                    else:
                        notify.send_signal(signal.SIGSTOP)
                        before = cpu.read()
                        at = stopped = time.perf_counter()
                        try:
                            rates[False] = intake_rate(client, next(windows))
                        finally:
                            paused_cpu = cpu.read()
                            notify.send_signal(signal.SIGCONT)
                            paused += time.perf_counter() - stopped
                    window_s[running] += time.perf_counter() - at
                    spent = _minus(paused_cpu if not running else cpu.read(), before)
                    for name, value in spent.items():
                        window_cpu[running][name] = window_cpu[running].get(name, 0.0) + value
                pairs.append((rates[True], rates[False]))
            print(
                f"intake with / without delivery, paired windows: "
                f"{[(round(w), round(wo)) for w, wo in pairs]} reports/s"
                f" (sent so far {tally.value}; {load()})",
                flush=True,
            )
            assert tally.wait_for(args.subscribers, 1800), f"only {tally.value} delivered"
            wall = time.perf_counter() - started
            total = wall - paused
            notify_cpu = cpu_seconds(notify.pid)
            delivery_cpu = _minus(cpu.read(), cpu_at_start)
            cpu.close()
            load_during = os.getloadavg()
            client.close()
        finally:
            if notify is not None:
                notify.send_signal(signal.SIGCONT)
                notify.terminate()
                notify.wait(timeout=60)
            server.terminate()
            server.wait(timeout=60)
            tally.stop()
        ratio = statistics.median(w / wo for w, wo in pairs)
        result = {
            "subscribers": args.subscribers,
            "per_gateway_per_minute": args.per_minute,
            "per_gateway_burst": args.burst,
            "database": "sqlite" if args.sqlite else "postgresql",
            "delivery_total_s": round(total, 1),
            "delivery_wall_s_with_paused_windows": round(wall, 1),
            "messages_per_s": round(args.subscribers / total, 1),
            "sms": tally.counts[1],
            "email": tally.counts[0],
            "sms_repeats_absorbed_by_idempotency_key": tally.counts[2],
            "intake_pairs_with_without_reports_per_s": [[round(w), round(wo)] for w, wo in pairs],
            "intake_ratio_median_of_pairs": round(ratio, 2),
            "notify_cpu_s": round(notify_cpu, 1),
            "notify_cpu_s_per_1k_messages": round(notify_cpu / args.subscribers * 1000, 2),
            "cpu_s_per_1k_messages_whole_delivery": {
                name: round(value / args.subscribers * 1000, 2)
                for name, value in sorted(delivery_cpu.items())
            },
            "cores_busy_in_intake_windows_with_delivery": {
                name: round(value / window_s[True], 2) for name, value in sorted(window_cpu[True].items())
            },
            "cores_busy_in_intake_windows_without": {
                name: round(value / window_s[False], 2) for name, value in sorted(window_cpu[False].items())
            },
            "loadavg_at_delivered_1_5_15m": [round(x, 1) for x in load_during],
            "loadavg_1m_end": round(os.getloadavg()[0], 1),
        }
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
