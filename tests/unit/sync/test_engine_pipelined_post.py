"""The posting thread only sends: the next batch leaves as soon as a reply is read, and the
reply is checked on the engine's thread while that batch is on the wire (it was checked on
the posting thread before, and the server waited for it).

Nothing is lost: a reply that does not check out counts for nothing, and the batch that left
after it goes back to the queue with it (resent, the server answers `duplicate`); a pass that
dies with a batch on the wire leaves every item sent with a receipt, or `sending` to be sent
again by the next pass.
"""

from __future__ import annotations

import json
import random
import threading
from datetime import date
from typing import Any

import httpx
import pytest

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import sync_state
from outreach_app.sync import envelope_push
from tests.e2e.sync_support import FakeTime, queue_reports
from tests.unit.sync.conftest import Scripted, envelopes_in, make_engine, receipts_for


class Deduplicating(Scripted):
    """A server that remembers every envelope it was given: accepted the first time,
    `duplicate` after. `events` notes each envelopes request as ("posted", n), n from 1."""

    def __init__(self, events: list[tuple[str, int]], wrong_reply_to: int | None = None) -> None:
        super().__init__(self._receipts)
        self.events = events
        self.held: dict[str, int] = {}
        self.wrong_reply_to = wrong_reply_to

    def _receipts(self, request: httpx.Request) -> httpx.Response:
        number = len(self.batches)
        self.events.append(("posted", number))
        receipts = []
        for envelope in envelopes_in(request.content):
            header: dict[str, str] = envelope["header"]  # type: ignore[assignment]
            seen = header["envelope_id"] in self.held
            self.held[header["envelope_id"]] = self.held.get(header["envelope_id"], 0) + 1
            receipts.append(
                {
                    "envelope_id": header["envelope_id"],
                    "content_hash": header["content_hash"] if number != self.wrong_reply_to else "0" * 64,
                    "status": "duplicate" if seen else "accepted",
                    "received_on": date.today().isoformat(),
                }
            )
        return httpx.Response(200, json={"receipts": receipts})


def _note_checks(monkeypatch: pytest.MonkeyPatch, events: list[tuple[str, int]]) -> None:
    """Note ("checked", n) when the engine parses the n-th reply."""
    parse = envelope_push.envelope_receipts
    checked = [0]

    def noted(reply: bytes) -> Any:
        checked[0] += 1
        events.append(("checked", checked[0]))
        return parse(reply)

    monkeypatch.setattr(envelope_push, "envelope_receipts", noted)


def test_the_next_batch_leaves_before_the_last_reply_is_checked(
    conn: Connection, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue_reports(conn, 8, "north", random.Random(seed))
    events: list[tuple[str, int]] = []
    _note_checks(monkeypatch, events)
    server = Deduplicating(events)
    summary = make_engine(conn, server, batch_size=2).run_pass()
    assert summary.ok and summary.sent == 8
    assert events == [
        ("posted", 1),
        ("posted", 2),
        ("checked", 1),
        ("posted", 3),
        ("checked", 2),
        ("posted", 4),
        ("checked", 3),
        ("checked", 4),
    ]


def test_a_reply_that_does_not_match_sends_back_the_batch_that_left_after_it(
    conn: Connection, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue_reports(conn, 8, "north", random.Random(seed))
    events: list[tuple[str, int]] = []
    _note_checks(monkeypatch, events)
    server = Deduplicating(events, wrong_reply_to=2)
    fake = FakeTime()
    summary = make_engine(conn, server, batch_size=2, budget_s=60, fake=fake).run_pass()
    # batch 2's reply names other hashes: it counts for nothing; batch 3 had left meanwhile and
    # its receipts are not stored either. Both go back to the queue and are sent again.
    assert events[:5] == [("posted", 1), ("posted", 2), ("checked", 1), ("posted", 3), ("checked", 2)]
    assert len(fake.slept) == 1
    assert summary.ok, summary
    assert summary.sent + summary.duplicates == 8 and summary.duplicates == 4
    assert sync_state.outbox_counts(conn) == {OutboxState.SENT: 8}
    assert sorted(server.held.values()) == [1, 1, 1, 1, 2, 2, 2, 2]
    assert server.batches == [2, 2, 2, 2, 2, 2]


def test_a_pass_that_dies_with_a_batch_on_the_wire_loses_nothing(conn: Connection, seed: int) -> None:
    queue_reports(conn, 10, "north", random.Random(seed))
    events: list[tuple[str, int]] = []
    server = Deduplicating(events)
    engine = make_engine(conn, server, batch_size=2)
    steps = [0]
    run = engine.db

    def dies_at_the_third_step(fn: Any) -> Any:
        name = getattr(getattr(fn, "func", fn), "__name__", "")
        if name == "_step_tx":
            steps[0] += 1
            if steps[0] == 3:
                raise SystemExit("the process dies here")
        return run(fn)

    engine.db = dies_at_the_third_step
    with pytest.raises(SystemExit):
        engine.run_pass()
    posted = len(server.batches)
    counts = sync_state.outbox_counts(conn)
    # what the server answered and the device stored is sent; the rest is still `sending`
    # (claimed, maybe on the server) or queued: nothing marked sent without its receipt
    assert counts.get(OutboxState.SENT, 0) == 2 and posted == 3
    assert (
        counts.get(OutboxState.SENT, 0)
        + counts.get(OutboxState.SENDING, 0)
        + counts.get(OutboxState.QUEUED, 0)
        == 10
    )
    summary = make_engine(conn, server, batch_size=2).run_pass()
    assert summary.ok and summary.requeued_after_crash == counts.get(OutboxState.SENDING, 0)
    assert sync_state.outbox_counts(conn) == {OutboxState.SENT: 10}
    assert summary.sent + summary.duplicates == 8 and summary.duplicates == 4
    assert len(server.held) == 10, "the server holds every envelope once, the resent ones answered duplicate"
    assert json.dumps(sorted(server.held.values())) == json.dumps([1] * 6 + [2] * 4)


def test_the_next_batch_s_body_is_built_while_the_batch_before_it_is_on_the_wire(
    conn: Connection, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is built between two POSTs: the first POST's reply is held until the second
    batch's body exists (it would wait in vain if bodies were built after the reply)."""
    queue_reports(conn, 6, "north", random.Random(seed))
    second_built, bodies = threading.Event(), [0]
    build = envelope_push.envelope_body

    def noted(envelopes: Any) -> bytes:
        bodies[0] += 1
        if bodies[0] == 2:
            second_built.set()
        return build(envelopes)

    monkeypatch.setattr(envelope_push, "envelope_body", noted)
    waited: list[bool] = []

    def reply(request: httpx.Request) -> httpx.Response:
        if not waited:
            waited.append(second_built.wait(timeout=5))  # only a failing engine waits that long
        return httpx.Response(200, json=receipts_for(request.content))

    summary = make_engine(conn, Scripted(reply), batch_size=2).run_pass()
    assert summary.ok and summary.sent == 6
    assert waited == [True]
    assert bodies[0] == 3, "each body built once"
