"""Reply size caps: a hostile server or captive portal cannot make the device read gigabytes.

httpx.MockTransport streams endless bodies; the client must stop reading just past the cap
(or not read at all when the declared length is over it), and the engine must treat that as
a transient failure: everything stays queued.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import sync_state
from outreach_app.sync.client import ERROR_REPLY_CAP, InvalidReplyError, SyncClient
from tests.e2e.sync_support import queue_reports
from tests.unit.sync.conftest import Scripted, make_engine

CHUNK = 1024 * 1024


class Endless:
    """An endless JSON-looking body; counts the bytes handed out."""

    def __init__(self) -> None:
        self.served = 0

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"receipts":['
        while True:
            self.served += CHUNK
            yield b" " * CHUNK


def _client(handler: httpx.MockTransport) -> SyncClient:
    return SyncClient("https://sync.example.org", "credential-0123456789abcdefghij", transport=handler)


def test_endless_2xx_body_stops_reading_just_past_the_cap() -> None:
    body = Endless()
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)
    )
    with _client(transport) as client, pytest.raises(InvalidReplyError, match="far larger"):
        client.post_envelopes([('{"x":1}', "AAAA")])
    # one receipt's cap is well under 1 MiB: at most a couple of chunks were pulled
    assert 0 < body.served <= 2 * CHUNK


def test_declared_length_over_the_cap_is_refused_unread() -> None:
    body = Endless()
    headers = {"Content-Type": "application/json", "Content-Length": str(8 * 1024**3)}
    transport = httpx.MockTransport(lambda r: httpx.Response(200, headers=headers, content=body))
    with _client(transport) as client, pytest.raises(InvalidReplyError, match="refused unread"):
        client.health()
    assert body.served == 0


def test_endless_error_body_is_capped_too() -> None:
    body = Endless()
    transport = httpx.MockTransport(
        lambda r: httpx.Response(503, headers={"Content-Type": "text/html"}, content=body)
    )
    with _client(transport) as client, pytest.raises(InvalidReplyError):
        client.get_signed_alerts(None)
    assert 0 < body.served <= ERROR_REPLY_CAP + CHUNK


def test_valid_reply_under_the_cap_still_parses() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"receipts": []}))
    with _client(transport) as client:
        assert client.post_envelopes([('{"x":1}', "AAAA")]).receipts == []


def test_engine_keeps_items_queued_when_the_reply_is_huge(conn: Connection, seed: int) -> None:
    queue_reports(conn, 3, "north", random.Random(seed))
    summary = make_engine(
        conn,
        Scripted(
            lambda r: httpx.Response(200, headers={"Content-Type": "application/json"}, content=Endless())
        ),
    ).run_pass()
    assert sync_state.outbox_counts(conn) == {OutboxState.QUEUED: 3}
    assert not summary.reachable and summary.next_retry_s is not None
    assert "far larger" in (summary.error or "")
