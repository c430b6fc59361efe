"""A migrated vault DB, and a scripted server (httpx.MockTransport) for protocol edge cases.

The end-to-end tests use the real server; these only script the replies a real server
would not give on purpose (captive portals, redirects, wrong hashes, 413, 401, 429).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from outreach_app.protocol.canonical import content_hash
from outreach_app.protocol.reports import SharedReport
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, SyncEngine
from tests.e2e.sync_support import FakeTime

TEST_KEY = bytes(range(32))
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    connection = open_database(tmp_path / "vault.db", TEST_KEY, create=True)
    connection.execute("PRAGMA synchronous = OFF")
    migrate(connection)
    try:
        yield connection
    finally:
        connection.close()


def receipts_for(body: bytes, status: str = "accepted") -> dict[str, object]:
    reports = json.loads(body)["reports"]
    return {
        "receipts": [
            {
                "report_id": r["report_id"],
                "content_hash": content_hash(SharedReport.model_validate(r)),
                "status": status,
                "received_on": date.today().isoformat(),
            }
            for r in reports
        ]
    }


EMPTY_FEED = {"entries": [], "next_cursor": "c0", "reset": True}


class Scripted:
    """Routes requests: `reports` handles POST /v1/reports/batch; other paths answer simply.

    Attributes:
        batches: the number of reports in each reports request, in order.
    """

    def __init__(self, reports: Handler) -> None:
        self.reports = reports
        self.batches: list[int] = []
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path == "/v1/reports/batch":
            self.batches.append(len(json.loads(request.content)["reports"]))
            return self.reports(request)
        if request.url.path == "/v1/alerts":
            return httpx.Response(200, json=EMPTY_FEED)
        if request.url.path == "/v1/regions":
            return httpx.Response(200, json={"regions": [{"id": "north", "name": "North"}]})
        return httpx.Response(404, json={"code": "not_found", "message": "Not found."})


def make_engine(
    conn: Connection,
    handler: Handler,
    *,
    budget_s: float = 0.0,
    fake: FakeTime | None = None,
    batch_size: int = 500,
    claim_batches: int = 3,
) -> SyncEngine:
    client = SyncClient(
        "https://sync.example.org", "credential-0123456789abcdefghij", transport=httpx.MockTransport(handler)
    )
    fake = fake or FakeTime()
    return SyncEngine(
        lambda fn: fn(conn),
        client,
        settings=EngineSettings(retry_budget_s=budget_s, batch_size=batch_size, claim_batches=claim_batches),
        backoff=Backoff(random.Random(1)),
        monotonic=fake.monotonic,
        sleep=fake.sleep,
    )
