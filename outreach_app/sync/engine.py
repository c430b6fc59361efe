"""One sync pass: withdrawals, reports, statistics, the audit head, alerts, then regions.

Promises (issue "Sync that loses nothing"):
- An item is marked sent only on a schema-valid receipt whose report id AND content hash
  match it (the rule of `protocol.receipts.matching_receipts`, applied in `_matching`, and
  checked again in SQL against the stored row); anything else leaves it queued.
- Items left `sending` by a crash go back to `queued` at the start of a pass and are
  sent again; the server answers `duplicate` (nothing is guessed).
- Transient failures (timeouts, resets, 408, 429, 5xx, replies that do not validate) are
  retried with exponential backoff and full jitter, honouring Retry-After, within the
  pass's retry budget; then the pass ends and says when to try again.
- 413 (and 400/422 on a batch of several) halve the batch; a single item that is refused
  is parked with a readable reason (the protocol's action table).
- 401 stops the pass at once, parks nothing, and records that the device must re-enrol.
- A withdrawal by report id counts as done whatever the server answers (a report that
  never arrived is withdrawn on arrival by the server's tombstone). A withdrawal by
  verifier that the server did not find is reported `not found yet`, never as withdrawn,
  and asked again for a while (sharing/withdrawal_progress.py).

The engine never touches the DB connection itself: every DB step goes through `db(fn)`,
which the CLI runs in place and the desktop app runs on its DB-writer thread. Clock,
sleep and randomness are injected, so tests never sleep for real.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar
from uuid import UUID

from pydantic import TypeAdapter

from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.audit import AuditHeadReceipt, AuditHeadStatus
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.errors import ClientAction, ErrorCode
from outreach_app.protocol.limits import MAX_BATCH_SIZE, MAX_BODY_BYTES, MAX_WITHDRAWAL_BATCH
from outreach_app.protocol.receipts import (
    PARK_STATUSES,
    SENT_STATUSES,
    BatchReceipts,
    Receipt,
    ReceiptStatus,
)
from outreach_app.protocol.stats import StatsUpload
from outreach_app.protocol.withdrawals import WithdrawalBatch, WithdrawalResult
from outreach_app.sharing import outbox
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.sharing.withdrawal_progress import WithdrawalProgress
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import audit as audit_repo
from outreach_app.storage.repos import sync_outbox, sync_state
from outreach_app.storage.repos.audit import ChainHead
from outreach_app.storage.repos.sync_outbox import QueuedItem
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import HttpStatusError, InvalidReplyError, SyncClient, SyncTransportError
from outreach_app.sync.engine_v2 import AggregateSource, V2Steps, is_v2

T = TypeVar("T")
Db = Callable[[Callable[[Connection], Any]], Any]
"""Runs `fn(conn)` where the DB writer connection lives and returns its result."""
StatsSource = Callable[[Connection, str, str], list[StatsUpload]]
"""(conn, first month, last month) -> uploads; `reports.monthly_counts.stats_uploads`."""

BODY_HEADROOM = 64 * 1024
MAX_ALERT_PAGES = 1000
MAX_AUDIT_POSTS = 100
"""Audit-head posts in one pass (each carries up to MAX_AUDIT_LINKS links): 100,000 entries."""


@dataclass(frozen=True)
class EngineSettings:
    """Attributes:
    batch_size: reports per request (at most the protocol's MAX_BATCH_SIZE).
    max_batch_bytes: a batch's body is kept under this (the server's limit less headroom).
    retry_budget_s: how long one pass keeps retrying a stretch of transient failures,
        measured from the last request that worked (or the start of the pass) to the end
        of the next backoff delay (0: the first failure ends the pass; the scheduler then
        waits the backoff delay). To retry a hung connection it must exceed the client's
        read timeout plus the backoff cap (`budget_fits_a_hang`).
    alert_page_limit: entries per alert feed page.
    stats_months: how many months (this one and earlier) the statistics upload covers.
    claim_batches: batches moved to `sending` per durable commit (each commit waits for the
        disk, ~10-70 ms; one per batch held the engine to half a raw loop). More means fewer
        waits, and more items marked as possibly sent before they leave (after a crash they
        are sent again and answered `duplicate`; a consent withdrawn meanwhile asks the server
        to withdraw them, which it does on arrival if they never came).
    """

    batch_size: int = 500
    max_batch_bytes: int = MAX_BODY_BYTES - BODY_HEADROOM
    retry_budget_s: float = 0.0
    alert_page_limit: int = 500
    stats_months: int = 13
    claim_batches: int = 3


@dataclass
class PassSummary:
    """What a pass did; shown by `outreach sync` and the status bar. No record text.

    Attributes:
        requeued_after_crash: items found `sending` at the start and queued again.
        sent, duplicates, withdrawn_on_arrival: receipts that proved delivery, by status.
        parked: (report id, reason) of items parked in this pass.
        parked_total: items parked now (this pass and earlier ones).
        waiting: items still queued at the end.
        withdrawals_withdrawn: withdrawals the server found and withdrew (or that named a
            report of this device, withdrawn whether or not it had arrived).
        withdrawals_not_found: withdrawals by verifier the server has no report for yet
            (kept and asked again; not withdrawn as far as anyone knows).
        withdrawals_refused: (withdrawal id, reason) the server refused for good (they stay pending).
        stats_months: months of statistics the server accepted.
        audit_status: the server's answer to the audit head (None: not sent).
        alerts_stored, alerts_removed: alert changes applied.
        areas_mapped: areas without a region that got the refreshed region of their name.
        reachable: False when the server could not be reached (or answered nonsense) in the end.
        reenrol: why the device must enrol again (None: it need not).
        error: the last failure that ended the pass early (None: finished).
        next_retry_s: when to try again after such a failure.
        problems: other things a person should know (statistics refused, audit head regressed).
    """

    requeued_after_crash: int = 0
    sent: int = 0
    duplicates: int = 0
    withdrawn_on_arrival: int = 0
    parked: list[tuple[str, str]] = field(default_factory=list)
    parked_total: int = 0
    waiting: int = 0
    withdrawals_withdrawn: int = 0
    withdrawals_not_found: int = 0
    withdrawals_refused: list[tuple[str, str]] = field(default_factory=list)
    stats_months: int = 0
    audit_status: str | None = None
    alerts_stored: int = 0
    alerts_removed: int = 0
    areas_mapped: int = 0
    reachable: bool = True
    reenrol: str | None = None
    error: str | None = None
    next_retry_s: float | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing parked, nothing refused, the server reached, nothing else to report."""
        return (
            self.reachable
            and self.reenrol is None
            and self.error is None
            and not self.parked
            and not self.withdrawals_refused
            and not self.problems
        )


def budget_fits_a_hang(retry_budget_s: float, read_timeout_s: float, backoff_cap_s: float) -> bool:
    """True when one hung request (it ends at the read timeout) is always retried in the pass.

    After a hang the time since the last success is the read timeout, and the next delay is
    at most the backoff cap; both must fit in the budget, or the pass gives up on the first
    hang (docs/sync.md, "Timeouts and the retry budget").
    """
    return retry_budget_s >= read_timeout_s + backoff_cap_s


class _GiveUpError(Exception):
    """The retry budget is spent: end the pass, try again after `delay_s`."""

    def __init__(self, cause: SyncTransportError, delay_s: float) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.delay_s = delay_s


class _ReenrolError(Exception):
    """Stop the pass: the device must enrol again (the message says why; empty: revoked)."""


REENROL_REASON = "the server no longer accepts this device's credential (revoked?); enrol this device again"
RELINK_V2_REASON = (
    "the server speaks protocol v2 and this device was linked before it: link it again with the "
    "charity key fingerprint printed on the enrolment code sheet"
)
"""A link without the charity's pinned keys gets 426 from a v2 server: it stops, parks nothing."""


class SyncEngine:
    """Runs sync passes for one vault against one server.

    Args:
        db: runs a function with the DB writer connection (see `Db`).
        client: the transport, with the device credential.
        stats_source: builds the statistics uploads (None: statistics are not sent).
        aggregate_source: builds the v2 monthly aggregate uploads (reports.monthly_aggregates).
        backoff: shared across passes by the scheduler (one is made per engine otherwise).
        clock: wall clock (UTC, aware) for stored times and the current month.
        monotonic, sleep: measure and wait out retry delays (tests pass fakes).
    """

    def __init__(
        self,
        db: Db,
        client: SyncClient,
        *,
        settings: EngineSettings | None = None,
        stats_source: StatsSource | None = None,
        aggregate_source: AggregateSource | None = None,
        backoff: Backoff | None = None,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import random

        self.db = db
        self.client = client
        self.settings = settings or EngineSettings()
        self.stats_source = stats_source
        self.aggregate_source = aggregate_source
        self.backoff = backoff or Backoff(random.Random())  # noqa: S311 - jitter, not a secret
        self.clock = clock
        self.monotonic = monotonic
        self.sleep = sleep
        self._healthy_at = 0.0

    # ----- the pass ------------------------------------------------------------------------

    def run_pass(self) -> PassSummary:
        """One full pass. Never raises for network or server trouble: the summary says."""
        summary = PassSummary()
        self._healthy_at = self.monotonic()
        now = self.clock()
        self.db(lambda c: sync_state.update_state(c, last_attempt_at=now))
        summary.requeued_after_crash = self.db(lambda c: outbox.requeue_stale_sending(c, now=self.clock()))
        try:
            self._sign_in()
            if self.db(is_v2):
                self._run_v2_steps(summary)
            else:
                self._push_withdrawals(summary)
                self._push_reports(summary)
                self._push_stats(summary)
                self._push_audit_head(summary)
                self._pull_alerts(summary)
                self._pull_regions(summary)
        except _ReenrolError as stop:
            reason = str(stop) or REENROL_REASON
            summary.reenrol = reason
            summary.error = reason
            self.db(lambda c: sync_state.update_state(c, needs_reenrol=reason))
        except _GiveUpError as give_up:
            summary.reachable = False
            summary.error = _describe(give_up.cause)
            summary.next_retry_s = give_up.delay_s
        self._finish(summary)
        return summary

    def _run_v2_steps(self, summary: PassSummary) -> None:
        """Protocol v2 (engine_v2.py): envelopes, withdrawals by verifier, aggregates, signed alerts."""
        steps = V2Steps(self, self.aggregate_source)
        steps.refresh_bundle(summary)
        steps.push_withdrawals(summary)
        steps.push_envelopes(summary)
        first, last = _month_window(self.clock(), self.settings.stats_months)
        steps.push_aggregates(summary, first, last)
        self._push_audit_head(summary)
        steps.pull_alerts(summary)
        self._pull_regions(summary)

    def _sign_in(self) -> None:
        """Get a token (registering the device key first if still to do), and record a
        registration in the vault: the credential it used is dead (issue 16)."""
        from outreach_app.sync.enrollment import settle_device_key

        self._with_retry(self.client.sign_in)
        if self.client.key_registered_now:
            self.db(partial(settle_device_key, client=self.client))

    def _finish(self, summary: PassSummary) -> None:
        def record(conn: Connection) -> tuple[int, int]:
            counts = sync_state.outbox_counts(conn)
            parked, waiting = counts.get(OutboxState.PARKED, 0), counts.get(OutboxState.QUEUED, 0)
            at = self.clock()
            if summary.error is None:
                sync_state.record_success(conn, at, parked)
            else:
                retry_at = (
                    None if summary.next_retry_s is None else at + timedelta(seconds=summary.next_retry_s)
                )
                sync_state.record_failure(conn, at, summary.error, retry_at, parked)
            return parked, waiting

        summary.parked_total, summary.waiting = self.db(record)
        if summary.error is None:
            self.backoff.reset()

    # ----- retrying ------------------------------------------------------------------------

    def _wait_or_give_up(self, exc: SyncTransportError) -> None:
        """Sleep the backoff delay if the pass's budget allows it, else raise _GiveUpError."""
        if isinstance(exc, HttpStatusError) and exc.action is ClientAction.REENROL:
            raise _ReenrolError
        delay = self.backoff.next_delay(exc.retry_after_s)
        # Measured from the last success, not the start of the pass: a long pass that went
        # well must not have spent the budget a single hung connection needs.
        spent = self.monotonic() - self._healthy_at
        if spent + delay > self.settings.retry_budget_s:
            raise _GiveUpError(exc, delay)
        self.sleep(delay)

    def _with_retry(self, call: Callable[[], T]) -> T:
        """`call()` again after transient failures; permanent ones (park/split) are raised."""
        while True:
            try:
                result = call()
            except SyncTransportError as exc:
                if isinstance(exc, HttpStatusError) and exc.status == 426:
                    raise _ReenrolError(RELINK_V2_REASON) from None  # never park for it
                if exc.action is ClientAction.REENROL:
                    raise _ReenrolError from None
                if exc.action is not ClientAction.RETRY:
                    raise
                self._wait_or_give_up(exc)
            else:
                self._healthy_at = self.monotonic()
                return result

    # ----- reports -------------------------------------------------------------------------

    def _push_reports(self, summary: PassSummary) -> None:
        # One request in flight at a time. While it is, one DB transaction stores the previous
        # batch's receipts and, every `claim_batches` batches, durably claims the next ones, so
        # DB work overlaps the server's. Right before a claimed batch is posted, items no longer
        # `sending` (withdrawn meanwhile) are dropped.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-sync-post") as poster:
            while self._pipeline(poster, summary):
                pass

    def _pipeline(self, poster: ThreadPoolExecutor, summary: PassSummary) -> bool:
        """Send batches back to back until the queue is empty (False) or a transient failure
        was waited out (True: start again from the queue's head)."""
        # Batches already durably `sending`, to be posted in this order.
        claimed: list[list[QueuedItem]] = self.db(self._claim_tx)
        done: _Posted | None = None
        fresh = True  # claimed just now, in the step that precedes the post
        while claimed:
            batch = claimed.pop(0)
            if not fresh:
                # Claimed at least a round trip ago: a consent withdrawn (or an edit) since
                # then took some items out of `sending`. Those must not leave.
                batch = self.db(partial(_still_sending, items=batch))
                if not batch:
                    if not claimed:
                        if done is not None:
                            left, claimed = self.db(
                                partial(self._step_tx, done=done, summary=summary, claim=True)
                            )
                            done = None
                            if left:
                                self._wait_or_give_up(_mismatch())
                                return True
                        else:
                            claimed = self.db(self._claim_tx)
                        fresh = True
                    continue
            fresh = False
            future = self._start_post(poster, batch)
            more: list[list[QueuedItem]] = []
            unmatched: list[QueuedItem] = []
            try:
                # Claims only when nothing claimed is left to post: that step's commit is the
                # durable one; the others only store receipts (see `_step_tx`).
                step = partial(self._step_tx, done=done, summary=summary, claim=not claimed)
                unmatched, more = self.db(step)
                done = None
            finally:
                error = future.exception()
            claimed += more
            unsent = [item for later in claimed for item in later]
            if error is None:
                done = (batch, future.result())
                self._healthy_at = self.monotonic()
            elif isinstance(error, HttpStatusError) and error.action in {
                ClientAction.SPLIT,
                ClientAction.PARK,
            }:
                try:
                    self._refused(batch, error, summary)
                except SyncTransportError as exc:
                    self._requeue([*batch, *unsent], exc)
                    self._wait_or_give_up(exc)
                    return True
            elif isinstance(error, SyncTransportError):
                self._requeue([*batch, *unsent], error)
                self._wait_or_give_up(error)
                return True
            else:
                self._requeue([*batch, *unsent], InvalidReplyError("sync stopped unexpectedly"))
                raise error
            if unmatched:
                if done is not None:
                    self.db(partial(self._step_tx, done=done, summary=summary, claim=False))
                self._requeue(unsent, _mismatch())
                self._wait_or_give_up(_mismatch())
                return True
        if done is not None:
            unmatched, _ = self.db(partial(self._step_tx, done=done, summary=summary, claim=False))
            if unmatched:
                self._wait_or_give_up(_mismatch())
                return True
        return False

    def _start_post(self, poster: ThreadPoolExecutor, batch: Sequence[QueuedItem]) -> Future[BatchReceipts]:
        """Hand `batch` to the posting thread and wait until that thread is running it.

        The step that follows holds the GIL for a few milliseconds of Python at a time; a
        posting thread still waiting to be scheduled then waits for it (up to the 5 ms switch
        interval) before the request even leaves, which the server spends idle.
        """
        started = threading.Event()
        payloads = [item.payload for item in batch]

        def post() -> BatchReceipts:
            started.set()
            return self.client.post_reports(payloads)

        future = poster.submit(post)
        started.wait()
        return future

    def _claim_tx(self, conn: Connection) -> list[list[QueuedItem]]:
        """The next `claim_batches` batches (size and byte limits), moved to `sending` in one
        durable commit before the first of them is posted."""
        limit = max(1, min(self.settings.batch_size, MAX_BATCH_SIZE))
        with transaction(conn):
            items = sync_outbox.queued_items(conn, limit * max(1, self.settings.claim_batches))
            if not items:
                return []
            batches = [
                by_size
                for chunk in _chunks(items, limit)
                for by_size in _by_size(chunk, self.settings.max_batch_bytes)
            ][: max(1, self.settings.claim_batches)]
            ids = [item.item_id for chunk in batches for item in chunk]
            moved = set(sync_outbox.mark_sending(conn, ids, self.clock()))
        return [kept for chunk in batches if (kept := [item for item in chunk if item.item_id in moved])]

    def _step_tx(
        self, conn: Connection, *, done: _Posted | None, summary: PassSummary, claim: bool
    ) -> tuple[list[QueuedItem], list[list[QueuedItem]]]:
        """In one transaction: store `done`'s receipts (items without a matching one go back to
        the queue) and, if nothing was unmatched and `claim`, claim the next batches.
        Returns (unmatched items, the next batches).

        Only a claim must be durable before its batches leave (a crash must never forget
        that a report may be on the server). A step that only stores receipts commits
        without waiting for the disk (`sync_outbox.receipts_only`): if a power cut loses it,
        the items are still `sending`, go back to the queue at the next pass, are sent again
        and answered `duplicate`: nothing is lost, and one fsync serves `claim_batches` batches.
        """
        relaxed = sync_outbox.receipts_only(conn) if not claim else nullcontext()
        with relaxed, transaction(conn):
            unmatched = [] if done is None else self._apply_receipts(conn, done, summary)
            if unmatched:
                ids = [UUID(item.item_id) for item in unmatched]
                outbox.mark_retry(conn, ids, _describe(_mismatch()), now=self.clock())
            elif done is not None:
                self.backoff.reset()
            following = self._claim_tx(conn) if claim and not unmatched else []
        return unmatched, following

    def _requeue(self, items: Sequence[QueuedItem], exc: SyncTransportError) -> None:
        if items:
            ids = [UUID(item.item_id) for item in items]
            self.db(partial(outbox.mark_retry, ids=ids, error=_describe(exc), now=self.clock()))

    def _refused(self, batch: Sequence[QueuedItem], exc: HttpStatusError, summary: PassSummary) -> None:
        """413, or 400/422 on several: halve; a single refused item (or 403/404/409): park."""
        if exc.action is ClientAction.SPLIT and len(batch) > 1:
            middle = len(batch) // 2
            self._send_batch(batch[:middle], summary)
            self._send_batch(batch[middle:], summary)
            return
        reason = exc.reason()
        self.db(lambda c: _park_all(c, batch, reason, self.clock()))
        summary.parked += [(str(item.report_id), reason) for item in batch]

    def _send_batch(self, batch: Sequence[QueuedItem], summary: PassSummary) -> None:
        """Post one batch and settle it, synchronously (the split path)."""
        try:
            receipts = self.client.post_reports([item.payload for item in batch])
        except HttpStatusError as exc:
            if exc.action in {ClientAction.SPLIT, ClientAction.PARK}:
                self._refused(batch, exc, summary)
                return
            raise
        unmatched, _ = self.db(partial(self._step_tx, done=(batch, receipts), summary=summary, claim=False))
        if unmatched:
            raise _mismatch()

    def _apply_receipts(self, conn: Connection, done: _Posted, summary: PassSummary) -> list[QueuedItem]:
        """Mark sent / park by receipt; returns the items without a matching receipt."""
        # Matched here, inside the step that overlaps the next POST, not between two POSTs.
        batch, matched = done[0], _matching(*done)
        unmatched = []
        at = self.clock()
        proofs = []
        by_id = {}
        # Every receipt encoded in one call, stored from that array by position in SQL: one
        # encoding per receipt cost ~0.3 s per 10,000 and the JSON text was escaped again.
        received = done[1].receipts
        position = {id(receipt): index for index, receipt in enumerate(received)}
        for item in batch:
            receipt = matched.get(item.report_key)
            if receipt is None:
                unmatched.append(item)
            elif receipt.status in SENT_STATUSES:
                proofs.append(
                    (
                        item.item_id,
                        item.report_key,
                        item.content_hash,
                        receipt.status.value,
                        position[id(receipt)],
                    )
                )
                by_id[item.item_id] = receipt
                if receipt.status is ReceiptStatus.DUPLICATE:
                    summary.duplicates += 1
                elif receipt.status is ReceiptStatus.WITHDRAWN:
                    summary.withdrawn_on_arrival += 1
                else:
                    summary.sent += 1
            elif receipt.status in PARK_STATUSES:
                reason = _receipt_reason(receipt)
                outbox.mark_parked(conn, UUID(item.item_id), reason, now=at)
                summary.parked.append((str(item.report_id), reason))
        # The common case in one statement; the rest (withdrawn or superseded in flight)
        # through the outbox's own per-item rules, which keep the receipt.
        receipts_json = _RECEIPT_LIST.dump_json(received, exclude_none=True).decode() if proofs else "[]"
        for item_id in sync_outbox.mark_sent(conn, proofs, receipts_json, at):
            outbox.mark_sent(conn, UUID(item_id), by_id[item_id], now=at)
        return unmatched

    # ----- withdrawals ---------------------------------------------------------------------

    def _push_withdrawals(self, summary: PassSummary) -> None:
        pending: list[outbox.OutgoingWithdrawal] = self.db(
            partial(outbox.withdrawals_to_send, now=self.clock())
        )
        for start in range(0, len(pending), MAX_WITHDRAWAL_BATCH):
            self._send_withdrawals(pending[start : start + MAX_WITHDRAWAL_BATCH], summary)

    def _send_withdrawals(self, chunk: Sequence[outbox.OutgoingWithdrawal], summary: PassSummary) -> None:
        batch = WithdrawalBatch(withdrawals=[w.withdrawal for w in chunk])
        try:
            results = self._with_retry(lambda: self._post_withdrawals(batch))
        except HttpStatusError as exc:
            if exc.action is ClientAction.SPLIT and len(chunk) > 1:
                middle = len(chunk) // 2
                self._send_withdrawals(chunk[:middle], summary)
                self._send_withdrawals(chunk[middle:], summary)
                return
            reason = exc.reason()

            def note(conn: Connection) -> None:
                for w in chunk:
                    outbox.note_withdrawal_failure(conn, w.withdrawal_id, reason, now=self.clock())

            self.db(note)
            summary.withdrawals_refused += [(str(w.withdrawal_id), reason) for w in chunk]
            return

        def confirm(conn: Connection) -> list[WithdrawalProgress]:
            with transaction(conn):
                return [
                    outbox.mark_withdrawn(conn, w.withdrawal_id, result, now=self.clock())
                    for w, result in zip(chunk, results, strict=True)
                ]

        answers: list[WithdrawalProgress] = self.db(confirm)
        summary.withdrawals_not_found += answers.count(WithdrawalProgress.NOT_FOUND_YET)
        summary.withdrawals_withdrawn += answers.count(WithdrawalProgress.WITHDRAWN)

    def _post_withdrawals(self, batch: WithdrawalBatch) -> list[WithdrawalResult]:
        results = self.client.post_withdrawals(batch).results
        if len(results) != len(batch.withdrawals) or any(
            (w.report_id is not None and r.report_id != w.report_id)
            or (w.verifier is not None and r.verifier not in {None, w.verifier})
            for w, r in zip(batch.withdrawals, results, strict=False)
        ):
            raise InvalidReplyError("the server's withdrawal results did not match what was sent")
        return list(results)

    # ----- statistics and audit head -------------------------------------------------------

    def _push_stats(self, summary: PassSummary) -> None:
        source = self.stats_source
        if source is None:
            return
        first, last = _month_window(self.clock(), self.settings.stats_months)
        uploads: list[StatsUpload] = self.db(lambda c: source(c, first, last))
        if not uploads:
            return
        digest = hashlib.sha256(b"\n".join(canonical_json(u) for u in uploads)).hexdigest()
        if self.db(sync_state.get_state).stats_digest == digest:
            return
        months = 0
        for upload in uploads:
            try:
                receipt = self._with_retry(partial(self.client.post_stats, upload))
            except HttpStatusError as exc:
                summary.problems.append(f"statistics not accepted: {exc.reason()}")
                return
            months += len(receipt.months)
        self.db(lambda c: sync_state.update_state(c, stats_digest=digest))
        summary.stats_months = months

    def _push_audit_head(self, summary: PassSummary) -> None:
        """Send the head with the links since the one the server holds (issue 16), in steps of
        at most MAX_AUDIT_LINKS. If the server holds another head than the one last
        acknowledged here (the vault lost that), its answer names the held head: continue from
        that once (a refusal of the links is answered by asking the server for it)."""
        since = self.db(audit_repo.load_server_head)
        asked_server = resynced = False
        receipt = None
        for _ in range(MAX_AUDIT_POSTS):
            head = self.db(partial(audit_repo.head_for_sync, since=since))
            if head is None:
                return
            try:
                receipt = self._with_retry(partial(self.client.post_audit_head, head))
            except HttpStatusError as exc:
                if exc.code == ErrorCode.AUDIT_HEAD_NOT_EXTENDED and not asked_server:
                    asked_server = True
                    held = self._with_retry(self.client.get_audit_head)
                    since = None if held is None else ChainHead(held.sequence, held.chain_hash)
                    continue
                summary.problems.append(f"audit head not accepted: {exc.reason()}")
                return

            def store(conn: Connection, receipt: AuditHeadReceipt = receipt) -> None:
                with transaction(conn):
                    audit_repo.store_server_receipt(conn, receipt)
                    sync_state.update_state(conn, audit_status=receipt.status.value)

            self.db(store)
            since = ChainHead(receipt.sequence, receipt.chain_hash)
            local = self.db(audit_repo.head)
            if local is None or local.seq <= receipt.sequence:
                break
            if receipt.status is AuditHeadStatus.STORED and head.links:
                continue  # the next step of a long gap
            if head.links and receipt.sequence != head.sequence and not resynced:
                resynced = True  # sent from a stale base: go on from the head the server holds
                continue
            break
        if receipt is None:
            return
        summary.audit_status = receipt.status.value
        if receipt.status is AuditHeadStatus.REGRESSED:
            summary.problems.append(
                "the server saw a longer audit log from this device: entries were cut off, "
                "or the vault was restored from a backup (run `outreach audit verify`)"
            )
        elif receipt.status is AuditHeadStatus.FORKED:
            summary.problems.append(
                "this device's audit log differs from what the server saw: it was edited "
                "(run `outreach audit verify`)"
            )

    # ----- alerts --------------------------------------------------------------------------

    def _pull_alerts(self, summary: PassSummary) -> None:
        cursor = self.db(sync_state.get_state).feed_cursor
        for _ in range(MAX_ALERT_PAGES):
            try:
                feed = self._with_retry(
                    partial(self.client.get_alerts, cursor, self.settings.alert_page_limit)
                )
            except HttpStatusError as exc:
                summary.problems.append(f"alerts not fetched: {exc.reason()}")
                return
            outcome = self.db(partial(alerts_repo.apply_feed, feed=feed, at=self.clock()))
            summary.alerts_stored += outcome.stored
            summary.alerts_removed += outcome.removed
            cursor = feed.next_cursor
            if not feed.has_more:
                break
        today = self.clock().date()
        summary.alerts_removed += self.db(lambda c: alerts_repo.drop_expired(c, today))

    # ----- regions -------------------------------------------------------------------------

    def _pull_regions(self, summary: PassSummary) -> None:
        """Replace the stored regions with the server's; areas named like a region get it."""
        try:
            reply = self._with_retry(self.client.get_regions)
        except HttpStatusError as exc:
            summary.problems.append(f"regions not refreshed: {exc.reason()}")
            return
        regions = [(region.id, region.name) for region in reply.regions]

        def store(conn: Connection) -> int:
            sync_state.save_regions(conn, regions)
            return sync_state.map_unmapped_areas_by_name(conn)

        summary.areas_mapped += self.db(store)

    # ----- quick delete --------------------------------------------------------------------

    def revoke_self(self) -> bool:
        """Revoke this device's credential on the server. True when the server no longer
        accepts it (revoked now, or already: 401); False when it could not be reached."""
        return revoke_self(self.client)


def revoke_self(client: SyncClient) -> bool:
    """`DELETE /v1/device`; True when the credential is revoked (now or before), False offline."""
    try:
        client.revoke_device()
    except HttpStatusError as exc:
        return exc.status == 401
    except SyncTransportError:
        return False
    return True


# ----- helpers -------------------------------------------------------------------------------


_RECEIPT_LIST = TypeAdapter(list[Receipt])
_Posted = tuple[Sequence[QueuedItem], BatchReceipts]
"""A posted batch and the server's schema-valid answer to it (not yet matched)."""


def _mismatch() -> InvalidReplyError:
    return InvalidReplyError("the server's receipts did not match what was sent")


def _matching(batch: Sequence[QueuedItem], receipts: BatchReceipts) -> dict[str, Receipt]:
    """report id as stored -> the receipt proving its delivery: the receipt names the item's
    id AND its content hash (first such receipt wins). The rule of
    `protocol.receipts.matching_receipts`, keyed by the stored id text (`str(UUID)`) so no
    UUID is parsed per item; an id written any other way matches nothing (stays queued)."""
    expected = {item.report_key: item.content_hash for item in batch}
    found: dict[str, Receipt] = {}
    for receipt in receipts.receipts:
        key = str(receipt.report_id)
        want = expected.get(key)
        if want is not None and receipt.content_hash == want and key not in found:
            found[key] = receipt
    return found


def _describe(exc: SyncTransportError) -> str:
    if isinstance(exc, HttpStatusError):
        return (
            exc.reason()
            if exc.status < 500 and exc.status != 429
            else f"server busy or failing (HTTP {exc.status})"
        )
    return str(exc)


def _receipt_reason(receipt: Receipt) -> str:
    code = receipt.reason.code if receipt.reason is not None else "no reason given"
    message = receipt.reason.message if receipt.reason is not None and receipt.reason.message else ""
    text = f"the server answered {receipt.status.value} ({code})"
    return f"{text}: {message}" if message else text


def _still_sending(conn: Connection, items: Sequence[QueuedItem]) -> list[QueuedItem]:
    """The items of `items` still `sending` (the others were withdrawn or superseded meanwhile)."""
    keep = sync_outbox.still_sending(conn, [item.item_id for item in items])
    return [item for item in items if item.item_id in keep]


def _park_all(conn: Connection, batch: Sequence[QueuedItem], reason: str, at: datetime) -> None:
    with transaction(conn):
        for item in batch:
            outbox.mark_parked(conn, UUID(item.item_id), reason, now=at)


def _by_size(items: Sequence[QueuedItem], max_bytes: int) -> list[list[QueuedItem]]:
    """Consecutive batches whose encoded body stays under `max_bytes` (one item at least)."""
    batches: list[list[QueuedItem]] = []
    current: list[QueuedItem] = []
    size = 16
    for item in items:
        # An ASCII payload's UTF-8 size is its length: no copy of ~1 KB per item (3-4 ms a
        # batch of 500, holding the GIL the posting thread needs).
        payload = item.payload
        item_size = (len(payload) if payload.isascii() else len(payload.encode("utf-8"))) + 1
        if current and size + item_size > max_bytes:
            batches.append(current)
            current, size = [], 16
        current.append(item)
        size += item_size
    if current:
        batches.append(current)
    return batches


def _chunks(items: list[QueuedItem], size: int) -> list[list[QueuedItem]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _month_window(now: datetime, months: int) -> tuple[str, str]:
    year, month = now.year, now.month
    last = f"{year:04d}-{month:02d}"
    total = year * 12 + (month - 1) - max(0, months - 1)
    first = f"{total // 12:04d}-{total % 12 + 1:02d}"
    return first, last
