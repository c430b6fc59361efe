"""The delivery worker behind `outreach-server notify`: its own process, reading the queue.

Each pass: expire due alerts and cancel what must no longer go, fan new alert versions out
to the queue, then claim at most `batch` due messages (paced per gateway), hand them to
their gateways on a few threads, and record the results. Only counts are logged, never an
address, a region or a text.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

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
from outreach_app.server.notify.sender import AppriseSender, Sender

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
        self.sender = sender or AppriseSender()
        self.clock = clock
        self.batch = batch
        self.buckets = {ch: SendBucket(gw, monotonic_clock) for ch, gw in config.gateways.items()}
        self._monotonic = monotonic_clock
        self._housekept_at: float | None = None
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="notify")

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def start(self) -> int:
        """Put back what a killed predecessor had claimed; call once before the passes."""
        with self.engine.begin() as conn:
            return deliveries.reclaim_in_flight(conn)

    def housekeeping(self) -> PassResult:
        now = epoch_seconds(self.clock)
        with self.engine.begin() as conn:
            alerts_db.expire_due(conn, self.clock)
            deliveries.forget_finished(conn)
            cancelled = deliveries.cancel_stale(conn)
            queued = deliveries.fan_out(conn, self.keys, self.clock, now)
            subscriptions.sweep_unconfirmed(conn, now)
        return PassResult(queued=queued, cancelled=cancelled)

    def send_due(self) -> PassResult:
        """Claim, send and record one batch; returns what was done."""
        now = epoch_seconds(self.clock)
        claimed: list[deliveries.Claimed] = []
        with self.engine.begin() as conn:
            for channel, bucket in self.buckets.items():
                room = self.batch - len(claimed)
                allowed = bucket.take(room)
                got = deliveries.claim(conn, channel.value, allowed, now)
                bucket.give_back(allowed - len(got))
                claimed.extend(got)
        if not claimed:
            return PassResult()
        # Reading only: no write lock on SQLite while records are opened.
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            messages = [self._compose(conn, row) for row in claimed]
        outcomes = list(self._pool.map(self._deliver, messages))
        sent = [row.pk for row, ok in zip(claimed, outcomes, strict=True) if ok]
        retry = [
            (row.pk, now + retry_delay(self.config.gateways[Channel(row.channel)], row.attempts))
            for row, ok in zip(claimed, outcomes, strict=True)
            if not ok
        ]
        with self.engine.begin() as conn:
            deliveries.finish(conn, sent, retry)
        if retry:
            log.info("notify: %d sent, %d to retry", len(sent), len(retry))
        return PassResult(sent=len(sent), failed=len(retry))

    def run_pass(self) -> PassResult:
        now = self._monotonic()
        house = PassResult()
        if self._housekept_at is None or now - self._housekept_at >= HOUSEKEEPING_EVERY_S:
            house = self.housekeeping()
            self._housekept_at = now
        done = self.send_due()
        return PassResult(house.queued, house.cancelled, done.sent, done.failed)

    def run(
        self, stop: threading.Event, idle_s: float = 1.0, on_pass: Callable[[PassResult], None] | None = None
    ) -> None:
        """Passes until `stop` is set; waits `idle_s` only when a pass found nothing to send."""
        self.start()
        while not stop.is_set():
            result = self.run_pass()
            if on_pass is not None:
                on_pass(result)
            if result.sent == 0 and result.failed == 0:
                self._housekept_at = None  # nothing to send: look for new alerts at the next pass
                stop.wait(idle_s)

    def _compose(self, conn: Connection, row: deliveries.Claimed) -> Message | None:
        who = subscriptions.load(conn, self.keys, row.subscriber_id)
        if who is None:
            return None
        title, code = "", ""
        if row.alert_id is not None:
            content = conn.execute(select(alerts.c.content).where(alerts.c.id == row.alert_id)).scalar()
            if content is None:
                return None
            title = str(json.loads(content).get("title", ""))
            code = deliveries.link_code_if_any(conn, row.alert_id) or ""
        return compose(self.config, self.keys, row, who, title, code)

    def _deliver(self, message: Message | None) -> bool:
        if message is None:
            return True  # the subscriber or alert is gone: nothing to send, nothing to keep
        return self.sender.send(message.url, message.channel, message.title, message.body)
