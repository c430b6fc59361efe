"""The delivery worker behind `outreach-server notify`: its own process, reading the queue.

Housekeeping (every few seconds, one worker at a time): expire due alerts and cancel what
must no longer go, fan new alert versions out to the queue, put back the claims of dead
workers. Sending: at most `batch` messages claimed at any moment (what a crash may re-send),
paced per gateway, composed in one read per claim and handed to their gateways on a pool of
threads; `run` claims more as soon as half of them are done, so the gateways never wait for
the database. Only counts are logged, never an address, a region or a text.

Profiled (docs/performance.md): composing a message cost three queries of its own and the
pool sat idle while a batch was composed and recorded; now a claim is read in one query per
table and claiming, composing and recording overlap the sending.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, select

from outreach_app.server.core.clock import Clock, Monotonic, epoch_seconds, monotonic, utcnow
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import deliveries, subscriptions
from outreach_app.server.db.tables import alerts
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.config import NotifyConfig
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.messages import Message, compose
from outreach_app.server.notify.pacing import SendBucket, retry_delay
from outreach_app.server.notify.worker_guard import WorkerGuard, new_worker_id

if TYPE_CHECKING:
    from outreach_app.server.notify.sender import Sender

log = logging.getLogger("outreach_app.server.notify")
DEFAULT_BATCH = 32
DEFAULT_THREADS = 8
HOUSEKEEPING_EVERY_S = 5.0
"""Expiry, cancelling and fan-out run at most this often while there is sending to do: they
scan the queue, and a withdrawn alert's messages are not claimed meanwhile anyway
(`deliveries.claim` sends only rows of published alerts)."""


@dataclass
class PassResult:
    queued: int = 0
    cancelled: int = 0
    sent: int = 0
    failed: int = 0


class Notifier:
    def __init__(
        self,
        engine: Engine,
        keys: SubscriberKeys,
        config: NotifyConfig,
        *,
        sender: Sender | None = None,
        clock: Clock = utcnow,
        monotonic_clock: Monotonic = monotonic,
        batch: int = DEFAULT_BATCH,
        threads: int = DEFAULT_THREADS,
    ) -> None:
        self.engine = engine
        self.keys = keys
        self.config = config
        if sender is None:
            # Apprise and its plugins load here, when a notifier runs, not with this module:
            # every `outreach-server` command imports it for the notify command's defaults,
            # and they were ~40 % of the CLI's imports (`serve` included, issue 19).
            from outreach_app.server.notify.sender import AppriseSender

            sender = AppriseSender()
        self.sender = sender
        self.clock = clock
        self.batch = batch
        self.worker_id = new_worker_id()
        self.buckets = {ch: SendBucket(gw, monotonic_clock) for ch, gw in config.gateways.items()}
        self._monotonic = monotonic_clock
        self._housekept_at: float | None = None
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="notify")
        self._guard: WorkerGuard | None = None

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self.sender.close()
        if self._guard is not None:
            self._guard.release()
            self._guard = None

    def start(self) -> int:
        """Say this worker is alive (refused on SQLite if another runs: AnotherWorkerRunning)
        and put back what dead workers had claimed; call once before the passes."""
        if self._guard is None:
            self._guard = WorkerGuard(self.engine, self.worker_id)
        with self.engine.begin() as conn:
            return deliveries.reclaim_orphans(conn, self.worker_id)

    def housekeeping(self) -> PassResult:
        now = epoch_seconds(self.clock)
        with self.engine.begin() as conn:
            deliveries.serialize_housekeeping(conn)
            alerts_db.expire_due(conn, self.clock)
            deliveries.forget_finished(conn)
            cancelled = deliveries.cancel_stale(conn)
            queued = deliveries.fan_out(conn, self.keys, self.clock, now)
            subscriptions.sweep_unconfirmed(conn, now)
            deliveries.reclaim_orphans(conn, self.worker_id)
        return PassResult(queued=queued, cancelled=cancelled)

    def send_due(self) -> PassResult:
        """Claim, send and record one batch; returns what was done."""
        claimed = self._claim(self.batch)
        if not claimed:
            return PassResult()
        futures = self._submit(claimed)
        return self._record([(row, future.result()) for future, row in futures.items()])

    def run_pass(self) -> PassResult:
        house = self._housekeeping_if_due()
        done = self.send_due()
        return PassResult(house.queued, house.cancelled, done.sent, done.failed)

    def run(
        self, stop: threading.Event, idle_s: float = 1.0, on_pass: Callable[[PassResult], None] | None = None
    ) -> None:
        """Send until `stop` is set, keeping the pool busy: at most `batch` messages are
        claimed at once, and more are claimed when half of them are done. Waits `idle_s`
        only when nothing is in flight and nothing could be claimed. Starts the worker
        (`start`) unless that was done."""
        if self._guard is None:
            self.start()
        in_flight: dict[Future[bool], deliveries.Claimed] = {}
        while True:
            house = self._housekeeping_if_due()
            if not stop.is_set() and len(in_flight) <= self.batch // 2:
                in_flight.update(self._submit(self._claim(self.batch - len(in_flight))))
            if not in_flight:
                if on_pass is not None:
                    on_pass(house)
                if stop.is_set():
                    return
                self._housekept_at = None  # nothing to send: look for new alerts at the next pass
                stop.wait(idle_s)
                continue
            # Wait until what is over half the batch is done (all of it when stopping or when
            # the last claim found little), then record those in one transaction.
            settled: list[tuple[deliveries.Claimed, bool]] = []
            half = self.batch // 2
            target = len(in_flight) if stop.is_set() or len(in_flight) <= half else len(in_flight) - half
            while len(settled) < target:
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                settled += [(in_flight.pop(future), future.result()) for future in done]
            result = self._record(settled)
            if on_pass is not None:
                on_pass(PassResult(house.queued, house.cancelled, result.sent, result.failed))

    def _housekeeping_if_due(self) -> PassResult:
        now = self._monotonic()
        if self._housekept_at is None or now - self._housekept_at >= HOUSEKEEPING_EVERY_S:
            self._housekept_at = now
            return self.housekeeping()
        return PassResult()

    def _claim(self, room: int) -> list[deliveries.Claimed]:
        now = epoch_seconds(self.clock)
        claimed: list[deliveries.Claimed] = []
        with self.engine.begin() as conn:
            for channel, bucket in self.buckets.items():
                allowed = bucket.take(room - len(claimed))
                got = deliveries.claim(conn, channel.value, allowed, now, self.worker_id)
                bucket.give_back(allowed - len(got))
                claimed.extend(got)
        return claimed

    def _submit(self, claimed: list[deliveries.Claimed]) -> dict[Future[bool], deliveries.Claimed]:
        if not claimed:
            return {}
        # Reading only: no write lock on SQLite while records are opened.
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            messages = self._compose_all(conn, claimed)
        return {
            self._pool.submit(self._deliver, message): row
            for row, message in zip(claimed, messages, strict=True)
        }

    def _record(self, settled: Sequence[tuple[deliveries.Claimed, bool]]) -> PassResult:
        now = epoch_seconds(self.clock)
        sent = [row.pk for row, ok in settled if ok]
        retry = [
            (row.pk, now + retry_delay(self.config.gateways[Channel(row.channel)], row.attempts))
            for row, ok in settled
            if not ok
        ]
        with self.engine.begin() as conn:
            deliveries.finish(conn, sent, retry)
        if retry:
            log.info("notify: %d sent, %d to retry", len(sent), len(retry))
        return PassResult(sent=len(sent), failed=len(retry))

    def _compose_all(self, conn: Connection, claimed: Sequence[deliveries.Claimed]) -> list[Message | None]:
        """Every claimed message, from one read of the subscribers and one per alert."""
        people = subscriptions.load_many(conn, self.keys, [row.subscriber_id for row in claimed])
        about: dict[str, tuple[str, str] | None] = {}
        for alert_id in {row.alert_id for row in claimed if row.alert_id is not None}:
            content = conn.execute(select(alerts.c.content).where(alerts.c.id == alert_id)).scalar()
            about[alert_id] = (
                None
                if content is None
                else (
                    str(json.loads(content).get("title", "")),
                    deliveries.link_code_if_any(conn, alert_id) or "",
                )
            )
        messages: list[Message | None] = []
        for row in claimed:
            who = people.get(row.subscriber_id)
            title_code = ("", "") if row.alert_id is None else about.get(row.alert_id)
            if who is None or title_code is None:
                messages.append(None)  # the subscriber or the alert is gone
                continue
            messages.append(compose(self.config, self.keys, row, who, *title_code))
        return messages

    def _deliver(self, message: Message | None) -> bool:
        if message is None:
            return True  # the subscriber or alert is gone: nothing to send, nothing to keep
        return self.sender.send(message.url, message.channel, message.title, message.body)
