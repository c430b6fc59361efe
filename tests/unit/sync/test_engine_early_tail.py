"""The pass's last requests (alert feed, regions) go out while the push stores its last
receipts, a step nothing else overlaps; they need nothing the push writes. One early try each:
a reply that came back is used as if asked in turn, and a failed one is asked again in turn,
with the usual retries, so the pass ends the same either way."""

from __future__ import annotations

import random

import httpx

from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import sync_state
from outreach_app.sync.engine import SyncEngine
from tests.e2e.sync_support import FakeTime, queue_reports
from tests.unit.sync.conftest import Scripted, make_engine, receipts_for

ENVELOPES, ALERTS, REGIONS = "/v2/envelopes", "/v2/alerts", "/v2/regions"


def _watch_last_step(engine: SyncEngine, seen: list[str]) -> None:
    """Note `step` in `seen` when the push's last receipt step starts (as the request paths
    are noted by the server), to tell what was asked before it ran."""
    early = engine.send_tail_early

    def noted(poster: object) -> None:
        early(poster)  # type: ignore[arg-type]
        for future in (engine._early.alerts, engine._early.regions) if engine._early else ():
            future.result()  # the test's transport answers at once: wait for it, then note
        seen.append("last receipt step")

    engine.send_tail_early = noted  # type: ignore[method-assign]


def test_alerts_and_regions_are_asked_once_during_the_last_receipt_step(conn: Connection, seed: int) -> None:
    queue_reports(conn, 4, "north", random.Random(seed))
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    seen: list[str] = []
    engine = make_engine(conn, lambda r: (seen.append(r.url.path), server(r))[1], batch_size=2)
    _watch_last_step(engine, seen)
    summary = engine.run_pass()
    assert summary.ok and summary.sent == 4
    assert seen.count(ALERTS) == 1 and seen.count(REGIONS) == 1
    last_post = max(index for index, path in enumerate(seen) if path == ENVELOPES)
    assert seen[last_post + 1 :][:3] == [ALERTS, REGIONS, "last receipt step"]
    assert sync_state.list_regions(conn) == [("north", "North")]
    assert sync_state.outbox_counts(conn) == {"sent": 4}


def test_an_early_request_that_failed_is_asked_again_in_turn_with_retries(
    conn: Connection, seed: int
) -> None:
    queue_reports(conn, 4, "north", random.Random(seed))
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    failures = {ALERTS: 1, REGIONS: 2}  # the early try fails, and regions its first retry too

    def flaky(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if failures.get(path, 0):
            failures[path] -= 1
            server.paths.append(path)
            return httpx.Response(503, json={"code": "unavailable"})
        return server(request)

    fake = FakeTime()
    summary = make_engine(conn, flaky, batch_size=2, budget_s=60, fake=fake).run_pass()
    assert summary.ok and summary.sent == 4, summary
    assert server.paths.count(ALERTS) == 2 and server.paths.count(REGIONS) == 3
    assert len(fake.slept) == 1  # only the regions' retry in turn waited; the early tries never do
    assert sync_state.list_regions(conn) == [("north", "North")]


def test_a_pass_with_nothing_to_send_asks_in_turn_only(conn: Connection) -> None:
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    summary = make_engine(conn, server).run_pass()
    assert summary.ok and server.paths.count(ALERTS) == 1 and server.paths.count(REGIONS) == 1
    assert ENVELOPES not in server.paths
