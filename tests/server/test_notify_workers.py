"""Several notify workers (issue 23): on PostgreSQL two `outreach-server notify` processes
share one queue and every message reaches its gateway exactly once (claims with FOR UPDATE
SKIP LOCKED); a dead worker's claims are put back, a live one's never; on SQLite a second
worker is refused with a clear message."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text, update

from outreach_app.server.core.clock import today, utcnow
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import deliveries as deliveries_db
from outreach_app.server.db import key_bundles, orgs, subscriptions
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import deliveries
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.worker import Notifier
from outreach_app.server.notify.worker_guard import AnotherWorkerRunning
from tests.forks import ForkedProcess
from tests.server.notify_support import SmtpSink, Tally, TwilioEmulator, notify_config, notify_data
from tests.server.support import charity, make_alert
from tests.server.test_notify_crash import write_secrets
from tests.server_harness import server_command
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

SUBSCRIBERS = 160
WAIT_S = 90.0


def populate(db_url: str, keys: SubscriberKeys, count: int, *, alert: bool = True) -> set[str]:
    """`count` confirmed subscribers in region north (welcomes marked sent) and, if `alert`,
    one signed alert for north (`publish_alert`); returns their addresses."""
    engine = make_engine(db_url)
    clock = utcnow
    addresses: set[str] = set()
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", clock)
        for n in range(count):
            channel = Channel.SMS if n % 2 else Channel.EMAIL
            address = f"+4479111{n:05d}" if channel is Channel.SMS else f"person{n}@example.org"
            addresses.add(address)
            record = subscriptions.Subscription(channel, address, ("north",), "en", True, today(clock))
            subscriptions.subscribe(conn, keys, record, confirmed=True, now=0)
        conn.execute(update(deliveries).values(status="sent"))  # welcome messages: not under test
    engine.dispose()
    if alert:
        publish_alert(db_url)
    return addresses


def publish_alert(db_url: str) -> None:
    engine = make_engine(db_url)
    clock = utcnow
    with engine.begin() as conn:
        day = today(clock)
        content = make_alert(
            ["north"],
            title="Two workers",
            body="Be careful.",
            incident_types=["robbery_theft"],
            issued_on=day.isoformat(),
            expires_on=(day + timedelta(days=30)).isoformat(),
        )
        bundle = key_bundles.install(conn, charity().bundle(), clock)
        alerts_db.publish_signed(conn, charity().signed_alert(content), bundle, clock)
    engine.dispose()


def wait_for_workers(engine: Engine, count: int) -> None:
    """Until `count` notify workers hold their lock (are running) on this database."""
    deadline = time.monotonic() + WAIT_S
    query = text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2"
        " AND classid = :worker_class"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    )
    while True:
        with engine.connect() as conn:
            if conn.execute(query, {"worker_class": deliveries_db.WORKER_LOCK_CLASS}).scalar_one() >= count:
                return
        assert time.monotonic() < deadline, "the notify workers did not start"
        threading.Event().wait(0.05)  # another process starting: nothing to wait on but the database


def spawn(db_url: str, secrets: Path, key_file: Path) -> ForkedProcess:
    """`outreach-server notify` in a process of its own (forked: tests/server_harness.py)."""
    args = ["notify", "--db", db_url, "--secrets", str(secrets), "--key-file", str(key_file)]
    args += ["--batch", "8", "--threads", "3", "--idle", "0.05", "--nice", "0"]
    return server_command(*args)


@pytest.mark.postgres
@pytest.mark.slow
def test_two_notify_processes_on_postgresql_send_every_message_exactly_once(
    pg_db_url: str, tmp_path: Path
) -> None:
    key_text = SubscriberKeys.generate()
    key_file = tmp_path / "subscriber.key"
    key_file.write_text(key_text, encoding="ascii")
    # The alert is published once both workers run: one started late could otherwise find
    # every message sent by the other (160 take about a second).
    addresses = populate(pg_db_url, SubscriberKeys(key_text), SUBSCRIBERS, alert=False)
    tally = Tally()
    smtp, sms = SmtpSink(tally).start(), TwilioEmulator(tally).start()
    secrets = tmp_path / "notify.toml"
    write_secrets(secrets, notify_data(smtp.port, sms.port, burst=10_000, per_minute=600_000))
    engine = make_engine(pg_db_url)
    workers = [spawn(pg_db_url, secrets, key_file) for _ in range(2)]
    try:
        wait_for_workers(engine, 2)
        publish_alert(pg_db_url)
        assert tally.wait_for(SUBSCRIBERS, WAIT_S), f"only {tally.value} of {SUBSCRIBERS} sent"
        # Stopped (SIGTERM: each records what it handed over) before the queue is read: a
        # message reaches its gateway a moment before its worker records it sent.
        for worker in workers:
            worker.terminate()
        stderr = b"".join(worker.communicate(timeout=WAIT_S)[1] for worker in workers)
        assert [worker.returncode for worker in workers] == [0, 0], stderr.decode()[-2000:]
        with engine.connect() as conn:
            left = conn.execute(
                select(func.count()).select_from(deliveries).where(deliveries.c.status != "sent")
            ).scalar_one()
            senders = conn.execute(
                select(deliveries.c.claimed_by, func.count())
                .where(deliveries.c.kind == "alert")
                .group_by(deliveries.c.claimed_by)
            ).all()
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
        smtp.stop()
        sms.stop()
        engine.dispose()
    assert left == 0
    print("alert messages per worker:", sorted(count for _, count in senders))
    assert len(senders) == 2, "both workers sent a share"
    received = Counter(m.to for m in smtp.messages + sms.messages)
    assert set(received) == addresses
    assert max(received.values()) == 1  # exactly once at the gateways ...
    assert sms.repeated_keys == 0  # ... not even a repeat the idempotency key absorbed


@pytest.mark.postgres
def test_only_a_dead_workers_claims_are_put_back_on_postgresql(pg_db_url: str) -> None:
    keys = SubscriberKeys(SubscriberKeys.generate())
    populate(pg_db_url, keys, 12)
    engine = make_engine(pg_db_url)
    config = notify_config(1, 1, burst=1000, per_minute=60_000)
    first, second = Notifier(engine, keys, config, batch=4), Notifier(engine, keys, config, batch=4)
    try:
        first.start()
        first.housekeeping()  # fans the alert out: 12 messages queued
        with engine.begin() as conn:
            claimed = deliveries_db.claim(conn, "sms", 4, 2**40, first.worker_id)
        assert len(claimed) == 4
        second.start()  # the first worker is alive: its claims stay
        with engine.begin() as conn:
            assert deliveries_db.reclaim_orphans(conn, second.worker_id) == 0
            more = deliveries_db.claim(conn, "sms", 10, 2**40, second.worker_id)
        assert {row.pk for row in more}.isdisjoint(row.pk for row in claimed)
        first.close()  # the first worker's session ends, as when its process dies
        with engine.begin() as conn:
            assert deliveries_db.reclaim_orphans(conn, second.worker_id) == 4
            still = conn.execute(
                select(func.count()).select_from(deliveries).where(deliveries.c.status == "sending")
            ).scalar_one()
        assert still == len(more)  # the second worker's own claims are untouched
    finally:
        first.close()
        second.close()
        engine.dispose()


def test_a_second_notify_worker_on_one_sqlite_database_is_refused(tmp_path: Path) -> None:
    from outreach_app.server.db import migrate

    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate.upgrade(engine)
    keys = SubscriberKeys(SubscriberKeys.generate())
    config = notify_config(1, 1)
    first, second = Notifier(engine, keys, config), Notifier(engine, keys, config)
    try:
        first.start()
        with pytest.raises(AnotherWorkerRunning, match="PostgreSQL"):
            second.start()
        first.close()
        second.start()  # once the first has stopped (or died), the next one runs
    finally:
        first.close()
        second.close()
        engine.dispose()
