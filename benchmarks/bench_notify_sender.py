"""The notify sender alone (issue 23): `Notifier.run` in this process on a SQLite file, N
subscribers (half SMS, half email), the real aiosmtpd sink and the Twilio emulator in a
process of their own; prints one JSON line: wall time, messages/s and this process's
CPU-seconds per 1,000 messages (the figure that extrapolates across machine loads).

The code measured is whatever `outreach_app` is first on PYTHONPATH, so the same file
compares two checkouts in paired, alternating rounds (docs/performance.md):

    for r in 1 2 3 4; do
      for code in /path/to/main /path/to/branch; do
        (cd $code && PYTHONPATH=$code python /path/to/bench_notify_sender.py 3000)
      done
    done
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from benchmarks.bench_envelope_intake import CHARITY
from outreach_app.server.core.clock import today
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import key_bundles, migrate, orgs
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.subscriptions import Subscription
from outreach_app.server.db.tables import subscribers
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.keys import SubscriberKeys, new_subscriber_id
from outreach_app.server.notify.worker import Notifier
from tests.server.notify_support import SmtpSink, Tally, TwilioEmulator, notify_config


def clock() -> datetime:
    return datetime.now(UTC)


def gateways(counter: Any, pipe: Any, stop: Any) -> None:
    class SharedTally(Tally):
        def bump(self) -> None:
            with counter.get_lock():
                counter.value += 1

    tally = SharedTally()
    smtp, sms = SmtpSink(tally).start(), TwilioEmulator(tally).start()
    pipe.send((smtp.port, sms.port))
    stop.wait()
    smtp.stop()
    sms.stop()


def main(n: int) -> None:
    tmp = tempfile.mkdtemp()
    url = f"sqlite:///{tmp}/b.db"
    keys = SubscriberKeys(SubscriberKeys.generate())
    engine = make_engine(url)
    migrate.upgrade(engine)
    day = today(clock)
    rows = []
    for i in range(n):
        channel = Channel.SMS if i % 2 else Channel.EMAIL
        address = f"+4479{i:08d}" if channel is Channel.SMS else f"person{i}@example.org"
        rows.append(
            {
                "id": new_subscriber_id(),
                "stop_lookup": keys.index(channel.value, address),
                "sealed": Subscription(channel, address, ("north",), "en", i % 3 != 0, day).sealed(keys),
                "confirmed": True,
                "created_at": 0,
            }
        )
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", clock)
        key_bundles.install(conn, CHARITY.bundle(), clock)
        conn.execute(insert(subscribers), rows)
        content = {
            "alert_id": str(uuid.uuid4()),
            "version": 1,
            "region_ids": ["north"],
            "title": "T",
            "body": "B",
            "incident_types": ["robbery_theft"],
            "issued_on": day.isoformat(),
            "expires_on": (day + timedelta(days=30)).isoformat(),
        }
        installed = key_bundles.current(conn)
        assert installed is not None
        alerts_db.publish_signed(conn, CHARITY.signed_alert(content), installed.bundle, clock)
    counter = multiprocessing.Value("q", 0)
    stop_gw = multiprocessing.Event()
    ours, theirs = multiprocessing.Pipe()
    gateway_process = multiprocessing.Process(target=gateways, args=(counter, theirs, stop_gw), daemon=True)
    gateway_process.start()
    smtp_port, sms_port = ours.recv()
    cfg = notify_config(smtp_port, sms_port, burst=1000, per_minute=600000)
    notifier = Notifier(engine, keys, cfg, batch=64, threads=16)
    stop = threading.Event()

    def watch() -> None:
        while counter.value < n:
            time.sleep(0.05)
        stop.set()

    threading.Thread(target=watch, daemon=True).start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    notifier.run(stop, idle_s=0.05)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    notifier.close()
    stop_gw.set()
    gateway_process.join(10)
    print(
        json.dumps(
            {
                "code": os.path.dirname(os.path.dirname(sys.modules["outreach_app"].__file__ or "")),
                "n": n,
                "wall_s": round(wall, 1),
                "msg_per_s": round(n / wall, 1),
                "cpu_s_per_1k": round(cpu / n * 1000, 2),
                "load1": round(os.getloadavg()[0], 1),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
