"""One hung connection is retried within `outreach sync`'s pass (issue 17).

The CLI's own timeouts and retry budget are used, scaled down by `SCALE` so that the
hang costs a fraction of a second of real time: the engine's clock runs `SCALE` times
faster than the wall clock, and its backoff sleeps only advance that clock. Under the
old settings (read timeout 20 s, budget 12 s from the start of the pass) the pass gave
up at the first hang.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import httpx

from outreach_app.cli import sync_cmds
from outreach_app.reports.monthly_aggregates import aggregate_uploads
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.repos import sync_state
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, SyncEngine, budget_fits_a_hang
from outreach_app.sync.enrollment import client_for_link
from tests.e2e.fault_proxy import FaultProxy
from tests.e2e.sync_support import NOTHING, check_delivery, enrol, make_vault, opened, queue_reports
from tests.server_harness import running_server

SCALE = 10.0


class ScaledTime:
    """The engine's monotonic clock: real time × SCALE plus every backoff 'slept'."""

    def __init__(self) -> None:
        self.skipped = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() * SCALE + self.skipped

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.skipped += seconds


def _scaled(timeout: httpx.Timeout) -> httpx.Timeout:
    def part(value: float | None) -> float | None:
        return None if value is None else value / SCALE

    parts = {name: part(getattr(timeout, name)) for name in ("connect", "read", "write", "pool")}
    return httpx.Timeout(**parts)


def test_the_cli_budget_holds_a_hung_request_and_the_longest_backoff() -> None:
    read = sync_cmds.CLI_TIMEOUT.read
    assert read is not None
    assert budget_fits_a_hang(sync_cmds.CLI_RETRY_BUDGET_S, read, sync_cmds.CLI_BACKOFF_CAP_S)
    assert not budget_fits_a_hang(12.0, 20.0, 4.0)  # the settings issue 17 found


def test_a_single_hung_connection_is_retried_within_the_cli_pass(tmp_path: Path, seed: int) -> None:
    layout = make_vault(tmp_path)
    with running_server(tmp_path / "srv") as server, opened(layout) as session:
        enrol(session.conn, server)
        rng = random.Random(seed)
        ids = queue_reports(session.conn, 30, "north", rng)
        upstream_port = int(server.url.rsplit(":", 1)[1])
        with FaultProxy("127.0.0.1", upstream_port, fault_rate=0.0, seed=seed, plan={1: "hang"}) as proxy:
            session.conn.execute("UPDATE sync_link SET server_url = ?", (f"http://127.0.0.1:{proxy.port}",))
            conn = session.conn
            clock = ScaledTime()

            def make_client(url: str, credential: str | None, **options: object) -> SyncClient:
                options["timeout"] = _scaled(sync_cmds.CLI_TIMEOUT)
                return SyncClient(url, credential, **options)  # type: ignore[arg-type]

            engine = SyncEngine(
                lambda fn: fn(conn),
                client_for_link(conn, find_backend=NOTHING, make_client=make_client),
                settings=EngineSettings(batch_size=10, retry_budget_s=sync_cmds.CLI_RETRY_BUDGET_S),
                aggregate_source=aggregate_uploads,
                backoff=Backoff(rng, sync_cmds.CLI_BACKOFF_BASE_S, sync_cmds.CLI_BACKOFF_CAP_S),
                monotonic=clock.monotonic,
                sleep=clock.sleep,
            )
            with engine.client:
                summary = engine.run_pass()
            hangs = proxy.stats.faults["hang"]
        assert hangs == 1, "the proxy must have hung exactly one connection"
        assert summary.ok and summary.reachable, summary
        assert summary.sent == 30 and summary.waiting == 0
        assert len(clock.slept) == 1, "one backoff, after the hang"
        delivery = check_delivery(conn, server, ids)
        assert delivery.not_sent == [] and delivery.bad_receipts == []
        assert delivery.server_missing == [] and delivery.server_extra == []
        assert sync_state.outbox_counts(conn).get(OutboxState.QUEUED, 0) == 0
