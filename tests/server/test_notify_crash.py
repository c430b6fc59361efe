"""`outreach-server notify` killed with SIGKILL twenty times while sending one alert: no
subscriber is missed, and each crash re-sends at most the batch it had in flight. The real
command in its own process, a SQLite file, aiosmtpd and the Twilio emulator on loopback."""

from __future__ import annotations

import os
import random
import signal
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from outreach_app.server.core.clock import today, utcnow
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import key_bundles, orgs, subscriptions
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import deliveries
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.keys import SubscriberKeys
from tests.forks import ForkedProcess, preload
from tests.server.notify_support import SmtpSink, Tally, TwilioEmulator, notify_data
from tests.server.support import charity, make_alert
from tests.server_harness import migrated_sqlite_file, server_command, without_ca_bundle
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

# The notify processes forked here (and in test_notify_workers) send through Apprise, which the
# server CLI no longer imports (issue 19): the fork server imports it once, not each fork.
preload("outreach_app.server.notify.sender")

SUBSCRIBERS = 240
BATCH = 6
KILLS = 20
WAIT_S = 60.0


def write_secrets(path: Path, data: dict[str, object]) -> None:
    gateways = data["gateways"]
    assert isinstance(gateways, dict)
    lines = [
        f'public_base_url = "{data["public_base_url"]}"',
        f'inbound_sms_token = "{data["inbound_sms_token"]}"',
    ]
    for channel, gateway in gateways.items():
        lines.append(f"[gateways.{channel}]")
        lines += [f"{k} = {v!r}" if not isinstance(v, str) else f"{k} = '{v}'" for k, v in gateway.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def spawn(db_url: str, secrets: Path, key_file: Path, env: dict[str, str]) -> ForkedProcess:
    """The real `outreach-server notify` command in a process of its own, forked from the
    fork server that imported the server stack once (tests/server_harness.py:
    server_command), not a fresh Python each round: twenty-one rounds cost forks, not
    start-ups (issue 19)."""
    args = ["notify", "--db", db_url, "--secrets", str(secrets), "--key-file", str(key_file)]
    args += ["--batch", str(BATCH), "--threads", "3", "--idle", "0.05"]
    return server_command(*args, env=env)


@pytest.mark.slow
def test_sigkill_twenty_times_loses_nobody_and_resends_at_most_the_batch_in_flight(tmp_path: Path) -> None:
    db_url = migrated_sqlite_file(tmp_path / "server.db")  # a copy of a migrated template
    engine = make_engine(db_url)
    keys_text = SubscriberKeys.generate()
    keys = SubscriberKeys(keys_text)
    key_file = tmp_path / "subscriber.key"
    key_file.write_text(keys_text, encoding="ascii")
    tally = Tally()
    smtp, sms = SmtpSink(tally).start(), TwilioEmulator(tally).start()
    secrets = tmp_path / "notify.toml"
    write_secrets(secrets, notify_data(smtp.port, sms.port, burst=10_000, per_minute=600_000))
    clock = utcnow
    addresses: set[str] = set()
    with engine.begin() as conn:
        orgs.add_region(conn, "north", "North", clock)
        for n in range(SUBSCRIBERS):
            channel = Channel.SMS if n % 2 else Channel.EMAIL
            address = f"+4479111{n:05d}" if channel is Channel.SMS else f"person{n}@example.org"
            addresses.add(address)
            record = subscriptions.Subscription(channel, address, ("north",), "en", True, today(clock))
            subscriptions.subscribe(conn, keys, record, confirmed=True, now=0)
        conn.execute(update(deliveries).values(status="sent"))  # welcome messages: not under test
        day = today(clock)
        content = make_alert(
            ["north"],
            title="Crash test",
            body="Be careful.",
            incident_types=["robbery_theft"],
            issued_on=day.isoformat(),
            expires_on=(day + timedelta(days=30)).isoformat(),
        )
        # protocol v2: the charity's bundle installed, the alert signed by its alerts desk
        bundle = key_bundles.install(conn, charity().bundle(), clock)
        alerts_db.publish_signed(conn, charity().signed_alert(content), bundle, clock)
    # Apprise's SMTP plugin makes a TLS context even for this plain-text sink, and each
    # sending thread of each of the 21 processes loaded the CA bundle for it: none here.
    env = without_ca_bundle(os.environ, tmp_path)
    rng = random.Random(23)
    stderr = b""
    try:
        for _ in range(KILLS):
            process = spawn(db_url, secrets, key_file, env)
            target = tally.value + rng.randint(1, 3 * BATCH)
            assert tally.wait_for(target, WAIT_S), "the worker sent nothing"
            process.send_signal(signal.SIGKILL)
            stderr += process.communicate(timeout=WAIT_S)[1]
        assert tally.value < SUBSCRIBERS, "the kills came too late to interrupt the sending"
        process = spawn(db_url, secrets, key_file, env)
        with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            pending = select(func.count()).select_from(deliveries).where(deliveries.c.status != "sent")
            while conn.execute(pending).scalar_one():
                tally.wait_for(tally.value + 1, 2.0)
                conn.rollback()
        process.send_signal(signal.SIGTERM)
        stderr += process.communicate(timeout=WAIT_S)[1]
        assert process.returncode == 0
    finally:
        smtp.stop()
        sms.stop()
        engine.dispose()
    received = Counter(m.to for m in smtp.messages + sms.messages if "/u/" in m.body)
    assert set(received) == addresses  # nobody lost
    # Re-sent SMS reach the emulator but are not delivered twice (it honours idempotency keys).
    resent = sum(received.values()) + sms.repeated_keys - SUBSCRIBERS
    assert resent <= KILLS * BATCH  # each crash re-sends at most its batch in flight
    text = stderr.decode("utf-8", "replace")
    assert not any(address in text for address in addresses)
