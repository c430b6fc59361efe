"""Envelope intake with group commit: batches that arrive while one is being written are
stored together, in one transaction and one commit.

On SQLite a commit writes every page the transaction touched to the WAL and fsyncs it;
with random row keys a batch of 1000 touches about a page per row, and the commit is as
long as the inserts. Batches waiting at the write gate meanwhile are written by the next
writer in one transaction: pages they share are written once, there is one fsync, and
the gate changes hands once (docs/performance.md has the figures).

The first caller to find no writer at work becomes the writer (the "leader") and stores
what is queued, up to `max_group` batches (DEFAULT_MAX_GROUP); the others wait for their
answers. Every batch is answered only after the transaction that stored it has committed. If a group's
transaction fails, each of its batches is stored again on its own, so one batch's failure
is not another's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine

from outreach_app.server.core.clock import Clock
from outreach_app.server.db.envelopes import Answer, ingest
from outreach_app.server.db.key_bundles import BundleCache
from outreach_app.server.db.prepared import PreparedEnvelopes
from outreach_app.server.db.write_gate import WriteGate

DEFAULT_MAX_GROUP = 8
"""Batches stored per transaction at most. Every batch of a group waits for the group's
commit, so a larger group delays its first batch's answer (8 full batches: ~0.2 s here);
4 gave 20.2-21.4k reports/s, 8 gave 21.6-23.2k (docs/performance.md)."""

Ingest = Callable[[Connection, str, PreparedEnvelopes, Clock, Mapping[str, frozenset[str]]], list[Answer]]


@dataclass
class _Request:
    org_id: str
    prepared: PreparedEnvelopes
    done: threading.Event = field(default_factory=threading.Event)
    answers: list[Answer] | None = None
    error: BaseException | None = None


class IntakeWriter:
    """Stores prepared batches (`store`), grouping those that queue up into one transaction."""

    def __init__(
        self,
        engine: Engine,
        gate: WriteGate,
        clock: Clock,
        *,
        max_group: int = DEFAULT_MAX_GROUP,
        ingest_batch: Ingest = ingest,
        bundles: BundleCache | None = None,
    ) -> None:
        if max_group < 1:
            raise ValueError("max_group must be at least 1")
        self._engine = engine
        self._gate = gate
        self._clock = clock
        self._max_group = max_group
        self._ingest = ingest_batch
        self._bundles = bundles if bundles is not None else BundleCache()
        self._state = threading.Condition()
        self._queue: list[_Request] = []
        self._writing = False
        self.groups_written = 0  # transactions committed or tried (for tests and figures)

    def queued(self) -> int:
        """Batches waiting for a writer (not counting the group being written)."""
        with self._state:
            return len(self._queue)

    def store(self, org_id: str, prepared: PreparedEnvelopes) -> list[Answer]:
        """Store one batch; its answers once committed. Blocks the calling thread (a
        threadpool thread: never the event loop). Raises what storing it raised."""
        request = _Request(org_id, prepared)
        with self._state:
            self._queue.append(request)
        while not request.done.is_set():
            with self._state:
                if request.done.is_set():
                    break
                if self._writing:
                    self._state.wait()
                    continue
                self._writing = True
                group = self._queue[: self._max_group]
                del self._queue[: self._max_group]
            try:
                self._write(group)
            finally:
                with self._state:
                    self._writing = False
                    self._state.notify_all()
        if request.error is not None:
            raise request.error
        assert request.answers is not None
        return request.answers

    def _write(self, group: list[_Request]) -> None:
        try:
            if len(group) > 1:
                try:
                    self._commit(group)
                except Exception:
                    for request in group:  # on its own, so one failure stays its own
                        self._commit_alone(request)
            else:
                self._commit_alone(group[0])
        finally:
            for request in group:
                if request.answers is None and request.error is None:
                    request.error = RuntimeError("the batch was not stored")
                request.done.set()

    def _commit_alone(self, request: _Request) -> None:
        try:
            self._commit([request])
        except Exception as exc:  # handed to the request's own thread, which raises it
            request.answers = None
            request.error = exc

    def _commit(self, group: list[_Request]) -> None:
        with self._gate.held(), self._engine.begin() as conn:
            self.groups_written += 1
            desks = self._bundles.desks(conn).purposes
            answers = [self._ingest(conn, r.org_id, r.prepared, self._clock, desks) for r in group]
        for request, answered in zip(group, answers, strict=True):
            request.answers = answered
