"""The pipelined send: the next batch is claimed a full round trip before it is posted.

A consent withdrawn in that window takes an item out of `sending`; it must not be posted.
"""

from __future__ import annotations

import json
import random
from functools import partial
from typing import Any
from uuid import UUID

import httpx

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.sync.engine import SyncEngine
from tests.e2e.sync_support import queue_reports
from tests.unit.sync.conftest import Scripted, make_engine, receipts_for


def _withdraw_in_window(conn: Connection, engine: SyncEngine, victims: int) -> list[str]:
    """Wrap the engine's DB runner: right after the step that claims the next batch, withdraw
    the first `victims` items of it (as sharing does for a `sending` item). Returns their report ids."""
    withdrawn: list[str] = []

    def db(fn: Any) -> Any:
        result = fn(conn)
        if isinstance(fn, partial) and fn.func.__name__ == "_step_tx" and not withdrawn:
            following = result[1]
            for item in following[:victims]:
                row = outbox_repo.get_item(conn, UUID(item.item_id))
                assert row is not None and row.state == OutboxState.SENDING
                outbox_repo.set_state(
                    conn, row.id, OutboxState.SENDING, OutboxState.WITHDRAWAL_PENDING, row.updated_at
                )
                withdrawn.append(str(item.report_id))
        return result

    engine.db = db
    return withdrawn


def _posted_ids(server: Scripted) -> list[str]:
    return [rid for body in server.bodies for rid in body]


class Recording(Scripted):
    def __init__(self) -> None:
        super().__init__(lambda r: httpx.Response(200, json=receipts_for(r.content)))
        self.bodies: list[list[str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/reports/batch":
            self.bodies.append([r["report_id"] for r in json.loads(request.content)["reports"]])
        return super().__call__(request)


def test_item_withdrawn_after_its_batch_was_claimed_is_not_posted(conn: Connection, seed: int) -> None:
    queue_reports(conn, 6, "north", random.Random(seed))
    server = Recording()
    engine = make_engine(conn, server, batch_size=2)
    withdrawn = _withdraw_in_window(conn, engine, victims=1)
    summary = engine.run_pass()
    assert len(withdrawn) == 1
    assert withdrawn[0] not in _posted_ids(server)
    assert summary.sent == 5 and summary.ok
    row = outbox_repo.get_item_by_report(conn, UUID(withdrawn[0]))
    assert row is not None and row.state == OutboxState.WITHDRAWAL_PENDING


def test_whole_claimed_batch_withdrawn_moves_on_to_the_rest(conn: Connection, seed: int) -> None:
    queue_reports(conn, 6, "north", random.Random(seed))
    server = Recording()
    engine = make_engine(conn, server, batch_size=2)
    withdrawn = _withdraw_in_window(conn, engine, victims=2)
    summary = engine.run_pass()
    assert len(withdrawn) == 2
    assert not set(withdrawn) & set(_posted_ids(server))
    assert summary.sent == 4 and summary.ok and summary.waiting == 0
