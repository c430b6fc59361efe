"""The pipelined send: a batch is claimed at least a full round trip before it is posted
(with the batch before it, or `claim_batches` batches at once).

A consent withdrawn in that window takes an item out of `sending`; it must not be posted.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos.sync_outbox import QueuedItem
from outreach_app.sync.engine import SyncEngine
from tests.e2e.sync_support import envelope_ids, queue_reports
from tests.unit.sync.conftest import (
    ENVELOPES_PATH,
    TEST_KEY,
    Scripted,
    envelopes_in,
    make_engine,
    receipts_for,
)

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def _withdraw_in_window(
    conn: Connection, engine: SyncEngine, victims: int, writer: Connection | None = None
) -> list[str]:
    """Wrap the engine's DB runner: in the first step that runs while a batch is posted,
    withdraw the first `victims` items of the next claimed batch (as sharing does for a
    `sending` item), through `writer` (default: the engine's own connection): claimed, not
    yet posted. Returns their report ids."""
    withdrawn: list[str] = []
    claimed: list[list[QueuedItem]] = []
    writer = writer or conn

    def db(fn: Any) -> Any:
        result = fn(conn)
        name = fn.func.__name__ if isinstance(fn, partial) else getattr(fn, "__name__", "")
        if name == "_claim_tx":
            claimed.extend(result)
        elif name == "_step_tx":
            claimed.extend(result)
            if not withdrawn:
                for item in claimed[1][:victims]:
                    row = outbox_repo.get_item(conn, UUID(item.item_id))
                    assert row is not None and row.state == OutboxState.SENDING
                    outbox_repo.set_state(
                        writer, row.id, OutboxState.SENDING, OutboxState.WITHDRAWAL_PENDING, row.updated_at
                    )
                    withdrawn.append(str(item.report_id))
        return result

    engine.db = db
    return withdrawn


def _posted_ids(conn: Connection, server: Recording, report_ids: list[UUID]) -> list[str]:
    """The report ids whose envelopes were posted."""
    by_envelope = envelope_ids(conn, report_ids)
    return [by_envelope[envelope_id] for body in server.bodies for envelope_id in body]


class Recording(Scripted):
    def __init__(self) -> None:
        super().__init__(lambda r: httpx.Response(200, json=receipts_for(r.content)))
        self.bodies: list[list[str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == ENVELOPES_PATH:
            self.bodies.append([e["header"]["envelope_id"] for e in envelopes_in(request.content)])  # type: ignore[index]
        return super().__call__(request)


@pytest.mark.parametrize("claim_batches", [1, 3])
def test_item_withdrawn_after_its_batch_was_claimed_is_not_posted(
    conn: Connection, seed: int, claim_batches: int
) -> None:
    ids = queue_reports(conn, 6, "north", random.Random(seed))
    server = Recording()
    engine = make_engine(conn, server, batch_size=2, claim_batches=claim_batches)
    withdrawn = _withdraw_in_window(conn, engine, victims=1)
    summary = engine.run_pass()
    assert len(withdrawn) == 1
    assert withdrawn[0] not in _posted_ids(conn, server, ids)
    assert len(_posted_ids(conn, server, ids)) == 5
    assert summary.sent == 5 and summary.ok
    row = outbox_repo.get_item_by_report(conn, UUID(withdrawn[0]))
    assert row is not None and row.state == OutboxState.WITHDRAWAL_PENDING


@pytest.mark.parametrize("claim_batches", [1, 3])
def test_whole_claimed_batch_withdrawn_moves_on_to_the_rest(
    conn: Connection, seed: int, claim_batches: int
) -> None:
    ids = queue_reports(conn, 6, "north", random.Random(seed))
    server = Recording()
    engine = make_engine(conn, server, batch_size=2, claim_batches=claim_batches)
    withdrawn = _withdraw_in_window(conn, engine, victims=2)
    summary = engine.run_pass()
    assert len(withdrawn) == 2
    assert not set(withdrawn) & set(_posted_ids(conn, server, ids))
    assert summary.sent == 4 and summary.ok and summary.waiting == 0


def test_an_item_withdrawn_by_another_connection_in_the_window_is_not_posted(
    conn: Connection, seed: int, tmp_path: Path
) -> None:
    """The re-read before a post is skipped only when nothing was written since the last step:
    a commit by another connection to the vault counts too (`PRAGMA data_version`)."""
    ids = queue_reports(conn, 6, "north", random.Random(seed))
    server = Recording()
    engine = make_engine(conn, server, batch_size=2, claim_batches=3)
    other = open_database(tmp_path / "vault.db", TEST_KEY)
    try:
        withdrawn = _withdraw_in_window(conn, engine, victims=1, writer=other)
        summary = engine.run_pass()
    finally:
        other.close()
    assert len(withdrawn) == 1
    assert withdrawn[0] not in _posted_ids(conn, server, ids)
    assert summary.sent == 5 and summary.ok


def test_an_item_read_ahead_for_the_next_claim_and_withdrawn_before_it_is_not_posted(
    conn: Connection, seed: int
) -> None:
    """The step before a claim reads the items it will take; the claim moves only those still
    queued then, so one withdrawn in between never leaves."""
    ids = queue_reports(conn, 12, "north", random.Random(seed))
    server = Recording()
    engine = make_engine(conn, server, batch_size=2, claim_batches=3)
    withdrawn: list[str] = []
    read_ahead = []

    def db(fn: Any) -> Any:
        result = fn(conn)
        if isinstance(fn, partial) and fn.keywords.get("read_ahead") and not withdrawn:
            read_ahead.append(fn)
            head = conn.execute(
                "SELECT id, report_id FROM outbox_items WHERE state = 'queued'"
                " ORDER BY created_at, version, id"
            ).fetchone()
            outbox_repo.set_state(conn, UUID(head[0]), OutboxState.QUEUED, OutboxState.WITHDRAWN, NOW)
            withdrawn.append(head[1])
        return result

    engine.db = db
    summary = engine.run_pass()
    assert read_ahead and len(withdrawn) == 1
    posted = _posted_ids(conn, server, ids)
    assert withdrawn[0] not in posted and len(posted) == 11
    assert summary.sent == 11 and summary.ok and summary.waiting == 0
