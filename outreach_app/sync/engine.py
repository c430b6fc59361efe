"""One sync pass (protocol v2): the key bundle, withdrawals by verifier, sealed envelopes,
monthly aggregates, the audit head, signed alerts, then regions.

Promises (issue "Sync that loses nothing"):
- An envelope is marked sent only on a schema-valid receipt whose envelope id AND content
  hash match it (checked in order, then again in SQL against the stored row); an outbox item
  is sent only when every one of its envelopes is. Anything else leaves it queued.
- Items left `sending` by a crash go back to `queued` at the start of a pass and are sent
  again; the server answers `duplicate` (nothing is guessed).
- Transient failures (timeouts, resets, 408, 429, 5xx, replies that do not validate) are
  retried with exponential backoff and full jitter, honouring Retry-After, within the
  pass's retry budget; then the pass ends and says when to try again.
- 413 (and 400/422 on a batch of several) halve the batch; a single envelope that is refused
  is parked with a readable reason (the protocol's action table), and its item with it.
- 401 stops the pass at once, parks nothing, and records that the device must re-enrol. A
  link made before protocol v2 (no pinned charity keys) stops the same way, asking to link
  again with the charity key fingerprint: nothing leaves without the pinned keys.
- A withdrawal by report id counts as done whatever the server answers (the server's
  tombstone withdraws an envelope that arrives later). A withdrawal by verifier that the
  server did not find is reported `not found yet`, never as withdrawn, and asked again for a
  while (sharing/withdrawal_progress.py).

The engine never touches the DB connection itself: every DB step goes through `db(fn)`,
which the CLI runs in place and the desktop app runs on its DB-writer thread. Clock,
sleep and randomness are injected, so tests never sleep for real. The envelope push itself
(claim, post, settle, pipelined) is `sync/envelope_push.py`; while it stores its last
receipts, the alert feed's first page and the regions are already asked (`send_tail_early`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar
from uuid import UUID

from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.audit import AuditHeadReceipt, AuditHeadStatus
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.enrollment import RegionList
from outreach_app.protocol.errors import ClientAction, ErrorCode
from outreach_app.protocol.limits import MAX_BODY_BYTES, MAX_WITHDRAWAL_BATCH
from outreach_app.protocol.receipts import Reason, Receipt, ReceiptStatus
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.signed_alerts import SignedAlertFeed
from outreach_app.protocol.withdrawals import WithdrawalResult, WithdrawalStatus
from outreach_app.protocol.withdrawals_v2 import VerifierWithdrawalBatch
from outreach_app.sharing import outbox
from outreach_app.sharing.charity_keys import KeyBundleError, charity_keys, install_rotation
from outreach_app.sharing.envelope_outbox import withdrawal_verifiers
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import audit as audit_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_outbox, sync_state
from outreach_app.storage.repos.audit import ChainHead
from outreach_app.sync.alert_signatures import keep_refusal_warning, refusal_warning, verified_feed
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import HttpStatusError, InvalidReplyError, SyncClient, SyncTransportError
from outreach_app.sync.envelope_push import EnvelopePush

T = TypeVar("T")
Db = Callable[[Callable[[Connection], Any]], Any]
"""Runs `fn(conn)` where the DB writer connection lives and returns its result."""
AggregateSource = Callable[[Connection, str, str], list[Any]]
"""(conn, first month, last month) -> uploads; `reports.monthly_aggregates.aggregate_uploads`."""

BODY_HEADROOM = 64 * 1024
MAX_ALERT_PAGES = 20
MAX_AUDIT_POSTS = 100
"""Audit-head posts in one pass (each carries up to MAX_AUDIT_LINKS links): 100,000 entries."""
AGGREGATED = "counted_in_aggregates"
"""Receipt reason of a statistics-only item: it has no envelope; the server accepted the
monthly aggregates that count it."""
TOO_OLD_FOR_STATISTICS = "too old for the monthly statistics the device sends: it was not counted"


@dataclass(frozen=True)
class EngineSettings:
    """Attributes:
    batch_size: envelopes per request (at most the protocol's MAX_BATCH_SIZE).
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
        sent, duplicates, withdrawn_on_arrival: items whose envelopes' receipts proved
            delivery, by status (all duplicate: duplicate; all withdrawn: withdrawn).
        parked: (report id, reason) of items parked in this pass.
        parked_total: items parked now (this pass and earlier ones).
        waiting: items still queued at the end.
        withdrawals_withdrawn: withdrawals the server found and withdrew (or that named a
            report of this device, withdrawn whether or not it had arrived).
        withdrawals_not_found: withdrawals by verifier the server has no envelope for yet
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
        problems: other things a person should know (statistics refused, audit head regressed,
            alerts refused for their signature, a key bundle refused).
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


class GiveUpError(Exception):
    """The retry budget is spent: end the pass, try again after `delay_s`."""

    def __init__(self, cause: SyncTransportError, delay_s: float) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.delay_s = delay_s


class ReenrolError(Exception):
    """Stop the pass: the device must enrol again (the message says why; empty: revoked)."""


REENROL_REASON = "the server no longer accepts this device's credential (revoked?); enrol this device again"
RELINK_V2_REASON = (
    "the server speaks protocol v2 and this device was linked before it: link it again with the "
    "charity key fingerprint printed on the enrolment code sheet"
)
"""A link without the charity's pinned keys: it stops at sign-in, sends nothing, parks nothing."""


class SyncEngine:
    """Runs sync passes for one vault against one server.

    Args:
        db: runs a function with the DB writer connection (see `Db`).
        client: the transport, with the device credential.
        aggregate_source: builds the monthly aggregate uploads (None: statistics are not sent).
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
        self.aggregate_source = aggregate_source
        self.backoff = backoff or Backoff(random.Random())  # noqa: S311 - jitter, not a secret
        self.clock = clock
        self.monotonic = monotonic
        self.sleep = sleep
        self._healthy_at = 0.0
        self._early: _EarlyReplies | None = None

    # ----- the pass ------------------------------------------------------------------------

    def run_pass(self) -> PassSummary:
        """One full pass. Never raises for network or server trouble: the summary says."""
        summary = PassSummary()
        self._healthy_at = self.monotonic()
        self._early = None
        now = self.clock()
        self._no_fsync(lambda c: sync_state.update_state(c, last_attempt_at=now))
        summary.requeued_after_crash = self._no_fsync(
            lambda c: outbox.requeue_stale_sending(c, now=self.clock())
        )
        try:
            self._sign_in()
            self._refresh_bundle(summary)
            self._push_withdrawals(summary)
            EnvelopePush(self, summary).run()
            first, last = _month_window(self.clock(), self.settings.stats_months)
            self._push_aggregates(summary, first, last)
            self._push_audit_head(summary)
            self._pull_alerts(summary)
            self._pull_regions(summary)
        except ReenrolError as stop:
            reason = str(stop) or REENROL_REASON
            summary.reenrol = reason
            summary.error = reason
            self.db(lambda c: sync_state.update_state(c, needs_reenrol=reason))
        except GiveUpError as give_up:
            summary.reachable = False
            summary.error = describe(give_up.cause)
            summary.next_retry_s = give_up.delay_s
        self._finish(summary)
        return summary

    def _sign_in(self) -> None:
        """Stop if the link holds no pinned charity keys (made before protocol v2: nothing can
        be sealed or checked); else get a token (registering the device key first if still to
        do), and record a registration in the vault: the credential it used is dead (issue 16)."""
        from outreach_app.sync.enrollment import settle_device_key

        if self.db(charity_keys) is None:
            raise ReenrolError(RELINK_V2_REASON)
        self.with_retry(self.client.sign_in)
        if self.client.key_registered_now:
            self.db(partial(settle_device_key, client=self.client))

    def _no_fsync(self, fn: Callable[[Connection], T]) -> T:
        """Run a DB step of the pass's bookkeeping without waiting for the disk
        (`sync_outbox.without_fsync`): losing it in a power cut is harmless, the next pass
        redoes it. Each one cost a WAL fsync (tens of milliseconds on a busy disk) a pass
        paid six to ten times over, which the raw loop does not."""
        result: T = self.db(partial(_without_fsync, fn=fn))
        return result

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

        summary.parked_total, summary.waiting = self._no_fsync(record)
        if summary.error is None:
            self.backoff.reset()

    # ----- the pass's last requests, sent early ---------------------------------------------

    def send_tail_early(self, poster: Executor) -> None:
        """Send the alert feed's first page and the regions request on `poster` now, while
        the push stores its last receipts (a DB step nothing else overlaps; the requests need
        nothing the push writes). One try each, no retry: `_pull_alerts` and `_pull_regions`
        use a reply that came back and validated, and otherwise make the request again in
        their turn, with retries, exactly as without this."""
        keys = self.db(charity_keys)
        if keys is None:
            return
        cursor = self.db(sync_state.get_state).feed_cursor
        alerts = poster.submit(self.client.get_signed_alerts, cursor, self.settings.alert_page_limit)
        self._early = _EarlyReplies(cursor, alerts, poster.submit(self.client.get_regions))

    def _early_reply(self, future: Future[T] | None) -> T | None:
        """The early request's reply, or None if there was none or it failed (asked again)."""
        if future is None:
            return None
        try:
            reply = future.result()
        except SyncTransportError:
            return None
        self.mark_healthy()
        return reply

    # ----- retrying ------------------------------------------------------------------------

    def wait_or_give_up(self, exc: SyncTransportError) -> None:
        """Sleep the backoff delay if the pass's budget allows it, else raise GiveUpError."""
        if isinstance(exc, HttpStatusError) and exc.action is ClientAction.REENROL:
            raise ReenrolError
        delay = self.backoff.next_delay(exc.retry_after_s)
        # Measured from the last success, not the start of the pass: a long pass that went
        # well must not have spent the budget a single hung connection needs.
        spent = self.monotonic() - self._healthy_at
        if spent + delay > self.settings.retry_budget_s:
            raise GiveUpError(exc, delay)
        self.sleep(delay)

    def mark_healthy(self) -> None:
        """A request worked: the retry budget is measured from now."""
        self._healthy_at = self.monotonic()

    def with_retry(self, call: Callable[[], T]) -> T:
        """`call()` again after transient failures; permanent ones (park/split) are raised."""
        while True:
            try:
                result = call()
            except SyncTransportError as exc:
                if isinstance(exc, HttpStatusError) and exc.status == 426:
                    raise ReenrolError(RELINK_V2_REASON) from None  # never park for it
                if exc.action is ClientAction.REENROL:
                    raise ReenrolError from None
                if exc.action is not ClientAction.RETRY:
                    raise
                self.wait_or_give_up(exc)
            else:
                self.mark_healthy()
                return result

    # ----- key bundle rotation -------------------------------------------------------------

    def _refresh_bundle(self, summary: PassSummary) -> None:
        try:
            signed = self.with_retry(self.client.get_key_bundle)
        except (HttpStatusError, InvalidReplyError) as exc:
            summary.problems.append(f"the charity's key bundle was not refreshed: {_why(exc)}")
            return
        try:
            self._no_fsync(partial(install_rotation, signed=signed))
        except KeyBundleError as exc:
            summary.problems.append(f"the server offered a key bundle this device refused: {exc}")

    # ----- withdrawals ---------------------------------------------------------------------

    def _push_withdrawals(self, summary: PassSummary) -> None:
        """Every due withdrawal as the per-purpose verifiers it withdraws, in batches."""
        due: list[outbox.OutgoingWithdrawal] = self.db(partial(outbox.withdrawals_to_send, now=self.clock()))
        if not due:
            return

        def verifiers(conn: Connection) -> dict[UUID, list[str]]:
            out: dict[UUID, list[str]] = {}
            for w in due:
                if w.withdrawal.verifier is not None:
                    out[w.withdrawal_id] = [w.withdrawal.verifier]
                    continue
                item = (
                    outbox_repo.get_item_by_report(conn, w.withdrawal.report_id)
                    if w.withdrawal.report_id
                    else None
                )
                purposes = {p.value for p in w.withdrawal.purposes}
                out[w.withdrawal_id] = withdrawal_verifiers(conn, item, purposes) if item else []
            return out

        by_row: dict[UUID, list[str]] = self.db(verifiers)
        every = sorted({v for vs in by_row.values() for v in vs})
        results: dict[str, WithdrawalStatus] = {}
        for start in range(0, len(every), MAX_WITHDRAWAL_BATCH):
            batch = VerifierWithdrawalBatch(verifiers=every[start : start + MAX_WITHDRAWAL_BATCH])
            try:
                reply = self.with_retry(partial(self.client.post_verifier_withdrawals, batch))
            except HttpStatusError as exc:
                reason = exc.reason()

                def note(conn: Connection, reason: str = reason) -> None:
                    for w in due:
                        outbox.note_withdrawal_failure(conn, w.withdrawal_id, reason, now=self.clock())

                self._no_fsync(note)
                summary.withdrawals_refused += [(str(w.withdrawal_id), reason) for w in due]
                return
            if [r.verifier for r in reply.results] != batch.verifiers:
                raise InvalidReplyError("the server's withdrawal results did not match what was sent")
            results.update({r.verifier: r.status for r in reply.results})

        def confirm(conn: Connection) -> None:
            at = self.clock()
            with transaction(conn):
                for w in due:
                    asked = by_row[w.withdrawal_id]
                    if w.withdrawal.verifier is not None:
                        status = results[w.withdrawal.verifier]
                        result = WithdrawalResult(
                            purposes=w.withdrawal.purposes, status=status, verifier=w.withdrawal.verifier
                        )
                        outbox.mark_withdrawn(conn, w.withdrawal_id, result, now=at)
                        if status is WithdrawalStatus.UNKNOWN:
                            summary.withdrawals_not_found += 1
                        else:
                            summary.withdrawals_withdrawn += 1
                    elif all(v in results for v in asked):
                        # by a report of this device: every answer settles it (a tombstone
                        # withdraws an envelope still on its way).
                        outbox.mark_withdrawn(conn, w.withdrawal_id, None, now=at)
                        summary.withdrawals_withdrawn += 1

        self._no_fsync(confirm)

    # ----- aggregates ----------------------------------------------------------------------

    def _push_aggregates(self, summary: PassSummary, first: str, last: str) -> None:
        source = self.aggregate_source
        if source is None:
            return
        uploads = self.db(lambda c: source(c, first, last))
        # The same counts go once, and again only when they change (or the window moves).
        digest = hashlib.sha256(b"\n".join(canonical_json(u) for u in uploads)).hexdigest()
        if uploads and self.db(sync_state.get_state).stats_digest == digest:
            self._no_fsync(partial(self._settle_statistics_only, first=first, last=last))
            return
        for upload in uploads:
            try:
                receipt = self.with_retry(partial(self.client.post_aggregates, upload))
            except HttpStatusError as exc:
                summary.problems.append(f"statistics not accepted: {exc.reason()}")
                return
            if receipt.aggregate_keys != [row.aggregate_key for row in upload.rows]:
                raise InvalidReplyError("the server's statistics receipt did not match what was sent")
            summary.stats_months += len({row.month for row in upload.rows})
        if uploads:
            self._no_fsync(lambda c: sync_state.update_state(c, stats_digest=digest))
        self._no_fsync(partial(self._settle_statistics_only, first=first, last=last))

    def _settle_statistics_only(self, conn: Connection, first: str, last: str) -> None:
        """Statistics-only items of the months just accepted have left (as counts)."""
        at = self.clock()
        with transaction(conn):
            for item in outbox_repo.list_items(conn, [OutboxState.QUEUED]):
                if not set(item.purposes) <= {"statistics"} or not item.payload:
                    continue
                report = SharedReport.model_validate_json(item.payload)
                month = report.date.strftime("%Y-%m")
                if month > last:
                    continue
                outbox.mark_sending(conn, [item.id], now=at)
                if month < first:  # older than any upload covers: never counted, so never "sent"
                    outbox.mark_parked(conn, item.id, TOO_OLD_FOR_STATISTICS, now=at)
                    continue
                receipt = Receipt(
                    content_hash=item.content_hash,
                    reason=Reason(code=AGGREGATED, message="counted in the monthly statistics"),
                    received_on=at.date(),
                    report_id=item.report_id,
                    status=ReceiptStatus.ACCEPTED,
                )
                outbox.mark_sent(conn, item.id, receipt, now=at)

    # ----- the audit head ------------------------------------------------------------------

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
                receipt = self.with_retry(partial(self.client.post_audit_head, head))
            except HttpStatusError as exc:
                if exc.code == ErrorCode.AUDIT_HEAD_NOT_EXTENDED and not asked_server:
                    asked_server = True
                    held = self.with_retry(self.client.get_audit_head)
                    since = None if held is None else ChainHead(held.sequence, held.chain_hash)
                    continue
                summary.problems.append(f"audit head not accepted: {exc.reason()}")
                return

            def store(conn: Connection, receipt: AuditHeadReceipt = receipt) -> None:
                with transaction(conn):
                    audit_repo.store_server_receipt(conn, receipt)
                    sync_state.update_state(conn, audit_status=receipt.status.value)

            self._no_fsync(store)
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

    # ----- signed alerts -------------------------------------------------------------------

    def _pull_alerts(self, summary: PassSummary) -> None:
        """The signed feed; an alert whose signature does not check out against the pinned
        bundle is refused, never stored, and the pass (and the alerts page) says so."""
        keys = self.db(charity_keys)
        if keys is None:
            return
        cursor = self.db(sync_state.get_state).feed_cursor
        early = self._early
        first = early.alerts if early is not None and early.cursor == cursor else None
        refused = []
        for _ in range(MAX_ALERT_PAGES):
            signed = self._early_reply(first)
            first = None
            try:
                if signed is None:
                    signed = self.with_retry(
                        partial(self.client.get_signed_alerts, cursor, self.settings.alert_page_limit)
                    )
            except HttpStatusError as exc:
                summary.problems.append(f"alerts not fetched: {exc.reason()}")
                return
            feed, page_refused = verified_feed(signed, keys.bundle)
            refused += page_refused
            outcome = self._no_fsync(partial(alerts_repo.apply_feed, feed=feed, at=self.clock()))
            summary.alerts_stored += outcome.stored
            summary.alerts_removed += outcome.removed
            cursor = feed.next_cursor
            if not feed.has_more:
                break
        warning = refusal_warning(refused) if refused else None
        if warning is not None:
            summary.problems.append(warning)
        self._no_fsync(partial(keep_refusal_warning, warning=warning))
        today = self.clock().date()
        summary.alerts_removed += self._no_fsync(lambda c: alerts_repo.drop_expired(c, today))

    # ----- regions -------------------------------------------------------------------------

    def _pull_regions(self, summary: PassSummary) -> None:
        """Replace the stored regions with the server's; areas named like a region get it."""
        reply = self._early_reply(self._early.regions if self._early is not None else None)
        try:
            if reply is None:
                reply = self.with_retry(self.client.get_regions)
        except HttpStatusError as exc:
            summary.problems.append(f"regions not refreshed: {exc.reason()}")
            return
        regions = [(region.id, region.name) for region in reply.regions]

        def store(conn: Connection) -> int:
            sync_state.save_regions(conn, regions)
            return sync_state.map_unmapped_areas_by_name(conn)

        summary.areas_mapped += self._no_fsync(store)

    # ----- quick delete --------------------------------------------------------------------

    def revoke_self(self) -> bool:
        """Revoke this device's credential on the server. True when the server no longer
        accepts it (revoked now, or already: 401); False when it could not be reached."""
        return revoke_self(self.client)


def revoke_self(client: SyncClient) -> bool:
    """`DELETE /v2/device`; True when the credential is revoked (now or before), False offline.
    Tokens held for later passes are forgotten either way (`sync/held_tokens.py`)."""
    try:
        client.revoke_device()
    except HttpStatusError as exc:
        return exc.status == 401
    except SyncTransportError:
        return False
    finally:
        client.forget_held_tokens()
    return True


# ----- helpers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _EarlyReplies:
    """The pass's last requests, sent while the push stored its last receipts: the alert
    feed's first page (after `cursor`) and the regions."""

    cursor: str | None
    alerts: Future[SignedAlertFeed]
    regions: Future[RegionList]


def _without_fsync(conn: Connection, fn: Callable[[Connection], T]) -> T:
    with sync_outbox.without_fsync(conn):
        return fn(conn)


def describe(exc: SyncTransportError) -> str:
    """A failure in words for the summary and the status bar (no reply body)."""
    if isinstance(exc, HttpStatusError):
        return (
            exc.reason()
            if exc.status < 500 and exc.status != 429
            else f"server busy or failing (HTTP {exc.status})"
        )
    return str(exc)


def _why(exc: Exception) -> str:
    return exc.reason() if isinstance(exc, HttpStatusError) else "the reply was not understood"


def _month_window(now: datetime, months: int) -> tuple[str, str]:
    year, month = now.year, now.month
    last = f"{year:04d}-{month:02d}"
    total = year * 12 + (month - 1) - max(0, months - 1)
    first = f"{total // 12:04d}-{total % 12 + 1:02d}"
    return first, last
