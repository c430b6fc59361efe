"""Group commit: batches that queue while one is written are stored in one transaction."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, select

from outreach_app.protocol.envelopes import EnvelopeBatch
from outreach_app.protocol.receipts import ReceiptStatus
from outreach_app.server.api.batch_validation import prepare
from outreach_app.server.core.clock import Clock
from outreach_app.server.db.envelopes import Answer, ingest
from outreach_app.server.db.group_commit import IntakeWriter
from outreach_app.server.db.prepared import PreparedEnvelopes
from outreach_app.server.db.tables import envelopes
from outreach_app.server.db.write_gate import write_gate_for
from tests.server.support import FakeClock, build_world, make_envelope


def _prepared(items: list[dict[str, Any]]) -> PreparedEnvelopes:
    return prepare(EnvelopeBatch.model_validate({"envelopes": items}))


def _stored_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(envelopes)).scalar_one())


class HeldFirst:
    """An ingest that holds the first batch until released, so later ones queue behind it;
    `fail` names batches whose ingest raises."""

    def __init__(self, fail: tuple[PreparedEnvelopes, ...] = ()) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        self.fail = fail

    def __call__(
        self,
        conn: Connection,
        org_id: str,
        prepared: PreparedEnvelopes,
        clock: Clock,
        desks: Mapping[str, frozenset[str]],
    ) -> list[Answer]:
        self.calls += 1
        if self.calls == 1:
            self.started.set()
            assert self.release.wait(30)
        if any(prepared is failing for failing in self.fail):
            raise RuntimeError("this batch cannot be stored")
        return ingest(conn, org_id, prepared, clock, desks)


def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        threading.Event().wait(0.001)


def _store_all(
    writer: IntakeWriter, ingest_hook: HeldFirst, org_id: str, batches: list[PreparedEnvelopes]
) -> list[list[Answer] | BaseException]:
    """Store batches[0] (held), then the rest while it is held; every caller's outcome."""
    outcomes: list[list[Answer] | BaseException] = [RuntimeError("not run")] * len(batches)

    def store(index: int) -> None:
        try:
            outcomes[index] = writer.store(org_id, batches[index])
        except BaseException as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=store, args=(i,)) for i in range(len(batches))]
    threads[0].start()
    assert ingest_hook.started.wait(30)
    for thread in threads[1:]:
        thread.start()
    _until(lambda: writer.queued() == len(batches) - 1)
    ingest_hook.release.set()
    for thread in threads:
        thread.join(30)
    return outcomes


def test_queued_batches_share_one_transaction_and_each_gets_its_own_answers(
    db_url: str, engine: Engine, clock: FakeClock
) -> None:
    org = build_world(db_url, engine, clock).org_a
    hook = HeldFirst()
    writer = IntakeWriter(engine, write_gate_for(engine), clock, ingest_batch=hook)
    batches = [_prepared([make_envelope(org) for _ in range(size)]) for size in (3, 1, 4, 2)]
    outcomes = _store_all(writer, hook, org, batches)
    assert writer.groups_written == 2  # the held batch alone, then the three that queued
    for batch, outcome in zip(batches, outcomes, strict=True):
        assert isinstance(outcome, list)
        assert [status for status, _code, _day in outcome] == [ReceiptStatus.ACCEPTED] * len(batch.ids)
    assert _stored_count(engine) == 10


def test_a_failing_batch_fails_alone_and_the_rest_of_its_group_is_stored(
    db_url: str, engine: Engine, clock: FakeClock
) -> None:
    org = build_world(db_url, engine, clock).org_a
    batches = [_prepared([make_envelope(org) for _ in range(2)]) for _ in range(4)]
    hook = HeldFirst(fail=(batches[2],))
    writer = IntakeWriter(engine, write_gate_for(engine), clock, ingest_batch=hook)
    outcomes = _store_all(writer, hook, org, batches)
    assert isinstance(outcomes[2], RuntimeError)
    assert all(isinstance(outcomes[i], list) for i in (0, 1, 3))
    # held batch; the group of three (rolled back); then each of the three on its own
    assert writer.groups_written == 5
    assert _stored_count(engine) == 6


def test_one_report_in_two_batches_of_a_group_is_stored_once(
    db_url: str, engine: Engine, clock: FakeClock
) -> None:
    org = build_world(db_url, engine, clock).org_a
    twice = make_envelope(org)
    batches = [_prepared([make_envelope(org)]), _prepared([twice]), _prepared([twice, make_envelope(org)])]
    hook = HeldFirst()
    writer = IntakeWriter(engine, write_gate_for(engine), clock, ingest_batch=hook)
    outcomes = _store_all(writer, hook, org, batches)
    assert writer.groups_written == 2
    statuses = sorted(str(outcome[0][0]) for outcome in outcomes[1:] if isinstance(outcome, list))
    assert statuses == ["accepted", "duplicate"]
    assert _stored_count(engine) == 3


def test_a_group_of_one_is_a_transaction_per_batch(db_url: str, engine: Engine, clock: FakeClock) -> None:
    org = build_world(db_url, engine, clock).org_a
    hook = HeldFirst()
    writer = IntakeWriter(engine, write_gate_for(engine), clock, max_group=1, ingest_batch=hook)
    batches = [_prepared([make_envelope(org)]) for _ in range(3)]
    outcomes = _store_all(writer, hook, org, batches)
    assert all(isinstance(outcome, list) for outcome in outcomes)
    assert writer.groups_written == 3
    with pytest.raises(ValueError, match="max_group"):
        IntakeWriter(engine, write_gate_for(engine), clock, max_group=0)
