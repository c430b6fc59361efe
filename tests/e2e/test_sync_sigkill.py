"""`outreach sync` (the real CLI, in a subprocess) killed with SIGKILL at random points.

Each run is killed once the server holds a few more envelopes (one per report) than before, after a random
extra delay, so kills land while requests are in flight, while receipts are being stored,
and between batches. After at least ten kills a final run must leave: every item sent with
a receipt matching its payload, the server holding exactly their envelopes, nothing queued,
and no item attempted more than a few times.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from outreach_app import cli
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.repos import sync_state
from tests.e2e.sync_support import PASSPHRASE, check_delivery, enrol, make_vault, opened, queue_reports
from tests.forks import ForkedProcess, preload
from tests.server_harness import ServerHandle, running_server, without_ca_bundle
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

REPORTS = 400
MIN_KILLS = 10
RUN_TIMEOUT_S = 30.0

# What each `outreach sync` imports on its way (httpx loads httpcore, and with it trio, when its
# first client is made; the KDF loads argon2 at the unlock): imported once here, not in each of
# the ~12 forks, which imported ~140 modules each, trio's by running `ldconfig` (~0.25 CPU-s a
# fork, issue 19).
preload(
    cli.__name__,
    "outreach_app.cli.sync_cmds",
    "outreach_app.cli.json_output",
    "outreach_app.core.hardening",
    "outreach_app.crypto.pymalloc_sweep",
    "httpcore",
    "argon2.low_level",
    "certifi",
    "encodings.idna",
)


class _EnvelopeCount:
    """How many envelopes the server holds, read from its SQLite file through one plain
    connection in autocommit mode: each read sees the last commit. The loop below asks every
    2 ms for ten-odd seconds; through the engine (a pooled connection, BEGIN, a compiled
    statement, COMMIT) each ask cost ~1.5 ms of CPU, ~4 CPU-s a run; here ~0.03 ms (issue 19)."""

    def __init__(self, server: ServerHandle) -> None:
        database = make_url(server.db_url).database
        assert database is not None
        self._conn = sqlite3.connect(database, isolation_level=None, check_same_thread=False)

    def __call__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM envelopes").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


def _start_sync(data_dir: Path) -> ForkedProcess:
    """The real `outreach sync` (its `main()`, the passphrase on stdin) in a process of its
    own, forked from the fork server that imported the CLI's sync stack once
    (tests/forks.py): each round a fork, not a Python start-up (issue 19). Its sync client
    makes a TLS context for the plain http:// test server too: no CA bundle to load for it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OUTREACH_")}
    env = without_ca_bundle(env, data_dir.parent)
    argv = ["outreach", "--data-dir", str(data_dir), "--json", "sync", "--batch-size", "5"]
    return ForkedProcess(cli.main, stdin=f"{PASSPHRASE}\n".encode(), env=env, argv=argv, stdout=True)


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server:
        with opened(layout) as session:
            enrol(session.conn, server)
            ids = queue_reports(session.conn, REPORTS, "north", rng)
        with contextlib.closing(_EnvelopeCount(server)) as count:
            kills = 0
            for _ in range(60):
                if kills >= MIN_KILLS or count() >= REPORTS:
                    break
                target = count() + rng.randint(1, 10)
                proc = _start_sync(layout.data_dir)
                deadline = time.monotonic() + RUN_TIMEOUT_S
                while proc.poll() is None and count() < target and time.monotonic() < deadline:
                    time.sleep(0.002)  # polling the server's row count, not waiting out a delay
                time.sleep(rng.uniform(0, 0.03))  # land the kill at a random point after the target
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    kills += 1
                proc.wait(timeout=10)
                proc.close()
            print(f"killed {kills} times; server held {count()} of {REPORTS} before the last run")
        assert kills >= MIN_KILLS
        final = _start_sync(layout.data_dir)
        out, err = final.communicate(timeout=60)
        assert final.returncode == 0, err.decode()
        assert out is not None
        summary = json.loads(out)
        assert summary["ok"] is True and summary["waiting"] == 0
        with opened(layout) as session:
            delivery = check_delivery(session.conn, server, ids)
            counts = sync_state.outbox_counts(session.conn)
        assert delivery.not_sent == [] and delivery.bad_receipts == []
        assert delivery.server_missing == [] and delivery.server_extra == []
        assert counts == {OutboxState.SENT: REPORTS}
        # Attempts count claims (the durable `sending` mark before each POST): a kill can land
        # on a batch already claimed but not yet posted, so attempts bound posts from above.
        print(f"most attempts of one item: {delivery.max_attempts}")
        assert delivery.max_attempts <= 5
