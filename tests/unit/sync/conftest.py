"""A migrated vault DB holding the charity's pinned keys, and a scripted v2 server
(httpx.MockTransport) for protocol edge cases.

The end-to-end tests use the real server; these only script the replies a real server
would not give on purpose (captive portals, redirects, wrong hashes, 413, 401, 429).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import httpx
import pytest

from outreach_app.protocol.canonical import canonical_json
from outreach_app.sharing import charity_keys
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import SyncClient
from outreach_app.sync.engine import EngineSettings, SyncEngine
from tests.e2e.sync_support import FakeTime
from tests.unit.sharing.v2_keys import FakeCharity, make_charity
from tests.vault_templates import migrated_database

TEST_KEY = bytes(range(32))
ORG = UUID("6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b")
Handler = Callable[[httpx.Request], httpx.Response]
ENVELOPES_PATH = "/v2/envelopes"


CHARITY = make_charity()
"""The charity every `conn` vault is linked to (real keys, made once per session)."""


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    """The vault of a device linked with protocol v2: queued reports are sealed when shared."""
    # a copy of an empty migrated database made once per process (tests/vault_templates.py)
    connection = open_database(migrated_database(tmp_path / "vault.db", TEST_KEY), TEST_KEY)
    connection.execute("PRAGMA synchronous = OFF")
    migrate(connection)
    charity_keys.pin(connection, CHARITY.root_public, ORG, CHARITY.signed)
    try:
        yield connection
    finally:
        connection.close()


def envelopes_in(body: bytes) -> list[dict[str, object]]:
    """The envelopes of a `POST /v2/envelopes` body, in order."""
    return list(json.loads(body)["envelopes"])


def receipts_for(body: bytes, status: str = "accepted") -> dict[str, object]:
    """One receipt per envelope of the body, in order, echoing its id and hash."""
    return {
        "receipts": [
            {
                "envelope_id": envelope["header"]["envelope_id"],  # type: ignore[index]
                "content_hash": envelope["header"]["content_hash"],  # type: ignore[index]
                "status": status,
                "received_on": date.today().isoformat(),
            }
            for envelope in envelopes_in(body)
        ]
    }


EMPTY_FEED = {"entries": [], "next_cursor": "c0", "reset": True}


class Scripted:
    """Routes requests: `reports` handles POST /v2/envelopes; other paths answer simply
    (the key bundle the vault pinned, an empty signed alert feed, one region).

    Attributes:
        batches: the number of envelopes in each envelopes request, in order.
        paths: every path asked, in order.
    """

    def __init__(self, reports: Handler, charity: FakeCharity = CHARITY) -> None:
        self.reports = reports
        self.charity = charity
        self.batches: list[int] = []
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.paths.append(path)
        if path == ENVELOPES_PATH:
            self.batches.append(len(envelopes_in(request.content)))
            return self.reports(request)
        if path == "/v2/key-bundle":
            return httpx.Response(200, json=json.loads(canonical_json(self.charity.signed)))
        if path == "/v2/alerts":
            return httpx.Response(200, json=EMPTY_FEED)
        if path == "/v2/regions":
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
    """An engine on `conn` talking to `handler` as a device linked with protocol v2."""
    client = SyncClient(
        "https://sync.example.org",
        "credential-0123456789abcdefghij",
        transport=httpx.MockTransport(handler),
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
