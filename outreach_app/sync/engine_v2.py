"""The protocol v2 steps of a sync pass (issue 21): sealed envelopes out, withdrawals by
verifier, monthly aggregates, and signed alerts in.

`SyncEngine.run_pass` runs these instead of the v1 steps once the vault holds the charity's
pinned keys (a v2 enrolment). They use the engine's DB runner, client, retry and clock.

Nothing is lost (non-negotiable 3): an envelope is marked sent only on a receipt whose
envelope id and content hash both match it, and an outbox item only when all of its
envelopes are (its stored receipt then sums theirs; each envelope keeps its own). Sealing
happens here, off the GUI thread, when an item is first claimed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.envelopes import EnvelopeReceipt
from outreach_app.protocol.errors import ClientAction
from outreach_app.protocol.limits import MAX_BATCH_SIZE, MAX_WITHDRAWAL_BATCH
from outreach_app.protocol.receipts import PARK_STATUSES, SENT_STATUSES, Reason, Receipt, ReceiptStatus
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.withdrawals import WithdrawalResult, WithdrawalStatus
from outreach_app.protocol.withdrawals_v2 import VerifierWithdrawalBatch
from outreach_app.sharing import outbox
from outreach_app.sharing.charity_keys import KeyBundleError, charity_keys, install_rotation
from outreach_app.sharing.envelope_outbox import CannotSealError, ensure_envelopes, withdrawal_verifiers
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_state
from outreach_app.storage.repos.settings import delete_setting, set_setting
from outreach_app.sync.alert_signatures import refusal_warning, verified_feed
from outreach_app.sync.client import HttpStatusError, InvalidReplyError

if TYPE_CHECKING:
    from outreach_app.sync.engine import PassSummary, SyncEngine

AGGREGATED = "counted_in_aggregates"
"""Receipt reason of a statistics-only item: it has no envelope; the server accepted the
monthly aggregates that count it."""
MAX_ALERT_PAGES = 20
TOO_OLD_FOR_STATISTICS = "too old for the monthly statistics the device sends: it was not counted"

AggregateSource = Callable[[Connection, str, str], list[Any]]


@dataclass(frozen=True)
class _Claimed:
    item_id: UUID
    report_id: UUID
    envelopes: list[envelope_repo.EnvelopeRow]


def is_v2(conn: Connection) -> bool:
    return charity_keys(conn) is not None


class V2Steps:
    def __init__(self, engine: SyncEngine, aggregate_source: AggregateSource | None) -> None:
        self.engine = engine
        self.aggregate_source = aggregate_source

    @property
    def _now(self) -> dt.datetime:
        return self.engine.clock()

    # ----- key bundle rotation -------------------------------------------------------------

    def refresh_bundle(self, summary: PassSummary) -> None:
        try:
            signed = self.engine._with_retry(self.engine.client.get_key_bundle)
        except (HttpStatusError, InvalidReplyError) as exc:
            summary.problems.append(f"the charity's key bundle was not refreshed: {_why(exc)}")
            return
        try:
            self.engine.db(partial(install_rotation, signed=signed))
        except KeyBundleError as exc:
            summary.problems.append(f"the server offered a key bundle this device refused: {exc}")

    # ----- envelopes -----------------------------------------------------------------------

    def push_envelopes(self, summary: PassSummary) -> None:
        while True:
            claimed = self.engine.db(partial(self._claim, summary=summary))
            if not claimed:
                return
            pending = [(item, row) for item in claimed for row in item.envelopes if row.state != "sent"]
            try:
                if pending:
                    self._send(pending, summary)
            except InvalidReplyError as exc:  # receipts that do not match: nothing is marked sent
                self.engine.db(partial(self._requeue, claimed=claimed, error=str(exc)))
                self.engine._wait_or_give_up(exc)
                continue
            except BaseException:
                self.engine.db(partial(self._requeue, claimed=claimed, error="the sync pass stopped"))
                raise
            self.engine.db(partial(self._settle_items, claimed=claimed, summary=summary))

    def _requeue(self, conn: Connection, claimed: list[_Claimed], error: str) -> None:
        outbox.mark_retry(conn, [item.item_id for item in claimed], error, now=self._now)

    def _claim(self, conn: Connection, summary: PassSummary) -> list[_Claimed]:
        """Queued items (oldest first) moved to `sending`, sealed into envelopes if they were not.
        An item that cannot be sealed is parked with the reason; a statistics-only item waits
        for the aggregates (it is left queued here and settled by `push_aggregates`)."""
        limit = max(1, min(self.engine.settings.batch_size, MAX_BATCH_SIZE))
        at = self._now
        claimed: list[_Claimed] = []
        with transaction(conn):
            # every queued item: statistics-only ones are skipped here and must not crowd out the rest
            rows = outbox_repo.list_items(conn, [OutboxState.QUEUED])
            for item in rows:
                if len(claimed) >= limit:
                    break
                if set(item.purposes) <= {"statistics"}:
                    continue
                if not outbox.mark_sending(conn, [item.id], now=at):
                    continue
                try:
                    envelopes = ensure_envelopes(conn, item, at)
                except CannotSealError as exc:
                    outbox.mark_parked(conn, item.id, str(exc), now=at)
                    summary.parked.append((str(item.report_id), str(exc)))
                    continue
                claimed.append(_Claimed(item.id, item.report_id, envelopes))
        return claimed

    def _send(
        self, pending: Sequence[tuple[_Claimed, envelope_repo.EnvelopeRow]], summary: PassSummary
    ) -> None:
        engine = self.engine
        body = [(row.header, row.ciphertext) for _, row in pending]
        try:
            reply = engine._with_retry(partial(engine.client.post_envelopes, body))
        except HttpStatusError as exc:
            if exc.action is ClientAction.SPLIT and len(pending) > 1:
                middle = len(pending) // 2
                self._send(pending[:middle], summary)
                self._send(pending[middle:], summary)
                return
            reason = exc.reason()

            def park(conn: Connection) -> None:
                for _, row in pending:
                    envelope_repo.mark(conn, row.envelope_id, envelope_repo.PARKED, self._now, error=reason)

            engine.db(park)
            return
        receipts = reply.receipts
        if len(receipts) != len(pending) or any(
            r.envelope_id != row.envelope_id or r.content_hash != row.content_hash
            for r, (_, row) in zip(receipts, pending, strict=False)
        ):
            raise InvalidReplyError("the server's receipts do not match the envelopes sent")

        def store(conn: Connection) -> None:
            at = self._now
            with transaction(conn):
                for receipt, (_, row) in zip(receipts, pending, strict=True):
                    body = receipt.model_dump(mode="json", exclude_none=True)
                    if receipt.status in SENT_STATUSES:
                        envelope_repo.mark(conn, row.envelope_id, envelope_repo.SENT, at, receipt=body)
                    elif receipt.status in PARK_STATUSES:
                        reason = _receipt_reason(receipt)
                        envelope_repo.mark(
                            conn, row.envelope_id, envelope_repo.PARKED, at, receipt=body, error=reason
                        )

        engine.db(store)

    def _settle_items(self, conn: Connection, claimed: list[_Claimed], summary: PassSummary) -> None:
        """Each claimed item: sent when all its envelopes are, parked when one is parked,
        queued again otherwise (a later pass resends only what has no receipt)."""
        at = self._now
        with transaction(conn):
            for item in claimed:
                rows = envelope_repo.envelopes_for_item(conn, item.item_id)
                states = {row.state for row in rows}
                if states == {envelope_repo.SENT}:
                    outbox.mark_sent(conn, item.item_id, _item_receipt(conn, item.item_id, rows), now=at)
                    statuses = {str((row.receipt or {}).get("status")) for row in rows}
                    if statuses == {ReceiptStatus.WITHDRAWN.value}:
                        summary.withdrawn_on_arrival += 1
                    elif statuses == {ReceiptStatus.DUPLICATE.value}:
                        summary.duplicates += 1
                    else:
                        summary.sent += 1
                elif envelope_repo.PARKED in states:
                    reason = next(
                        row.last_error or "refused" for row in rows if row.state == envelope_repo.PARKED
                    )
                    outbox.mark_parked(
                        conn, item.item_id, f"the server refused an envelope ({reason})", now=at
                    )
                    summary.parked.append((str(item.report_id), reason))
                else:
                    outbox.mark_retry(conn, [item.item_id], "no receipt yet", now=at)

    # ----- withdrawals ---------------------------------------------------------------------

    def push_withdrawals(self, summary: PassSummary) -> None:
        engine = self.engine
        due: list[outbox.OutgoingWithdrawal] = engine.db(partial(outbox.withdrawals_to_send, now=self._now))
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

        by_row: dict[UUID, list[str]] = engine.db(verifiers)
        every = sorted({v for vs in by_row.values() for v in vs})
        results: dict[str, WithdrawalStatus] = {}
        for start in range(0, len(every), MAX_WITHDRAWAL_BATCH):
            batch = VerifierWithdrawalBatch(verifiers=every[start : start + MAX_WITHDRAWAL_BATCH])
            try:
                reply = engine._with_retry(partial(engine.client.post_verifier_withdrawals, batch))
            except HttpStatusError as exc:
                summary.withdrawals_refused += [(str(w.withdrawal_id), exc.reason()) for w in due]
                return
            if [r.verifier for r in reply.results] != batch.verifiers:
                raise InvalidReplyError("the server's withdrawal results did not match what was sent")
            results.update({r.verifier: r.status for r in reply.results})

        def confirm(conn: Connection) -> None:
            with transaction(conn):
                for w in due:
                    asked = by_row[w.withdrawal_id]
                    if w.withdrawal.verifier is not None:
                        status = results[w.withdrawal.verifier]
                        result = WithdrawalResult(
                            purposes=w.withdrawal.purposes, status=status, verifier=w.withdrawal.verifier
                        )
                        outcome = outbox.mark_withdrawn(conn, w.withdrawal_id, result, now=self._now)
                        if status is WithdrawalStatus.UNKNOWN:
                            summary.withdrawals_not_found += 1
                        else:
                            summary.withdrawals_withdrawn += 1
                        del outcome
                    elif all(v in results for v in asked):
                        # by a report of this device: every answer settles it (a tombstone
                        # withdraws an envelope still on its way).
                        outbox.mark_withdrawn(conn, w.withdrawal_id, None, now=self._now)
                        summary.withdrawals_withdrawn += 1

        engine.db(confirm)

    # ----- aggregates ----------------------------------------------------------------------

    def push_aggregates(self, summary: PassSummary, first: str, last: str) -> None:
        source = self.aggregate_source
        if source is None:
            return
        engine = self.engine
        uploads = engine.db(lambda c: source(c, first, last))
        # As v1 did: the same counts go once, and again only when they change (or the window moves).
        digest = hashlib.sha256(b"\n".join(canonical_json(u) for u in uploads)).hexdigest()
        if uploads and engine.db(sync_state.get_state).stats_digest == digest:
            engine.db(partial(self._settle_statistics_only, first=first, last=last))
            return
        for upload in uploads:
            try:
                receipt = engine._with_retry(partial(engine.client.post_aggregates, upload))
            except HttpStatusError as exc:
                summary.problems.append(f"statistics not accepted: {exc.reason()}")
                return
            if receipt.aggregate_keys != [row.aggregate_key for row in upload.rows]:
                raise InvalidReplyError("the server's statistics receipt did not match what was sent")
            summary.stats_months += len({row.month for row in upload.rows})
        if uploads:
            engine.db(lambda c: sync_state.update_state(c, stats_digest=digest))
        engine.db(partial(self._settle_statistics_only, first=first, last=last))

    def _settle_statistics_only(self, conn: Connection, first: str, last: str) -> None:
        """Statistics-only items of the months just accepted have left (as counts)."""
        at = self._now
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

    # ----- signed alerts -------------------------------------------------------------------

    def pull_alerts(self, summary: PassSummary) -> None:
        engine = self.engine
        keys = engine.db(charity_keys)
        if keys is None:
            return
        cursor = engine.db(sync_state.get_state).feed_cursor
        refused = []
        for _ in range(MAX_ALERT_PAGES):
            try:
                signed = engine._with_retry(
                    partial(engine.client.get_signed_alerts, cursor, engine.settings.alert_page_limit)
                )
            except HttpStatusError as exc:
                summary.problems.append(f"alerts not fetched: {exc.reason()}")
                return
            feed, page_refused = verified_feed(signed, keys.bundle)
            refused += page_refused
            outcome = engine.db(partial(alerts_repo.apply_feed, feed=feed, at=self._now))
            summary.alerts_stored += outcome.stored
            summary.alerts_removed += outcome.removed
            cursor = feed.next_cursor
            if not feed.has_more:
                break
        warning = refusal_warning(refused) if refused else None
        if warning is not None:
            summary.problems.append(warning)
        engine.db(partial(_keep_warning, warning=warning))
        today = self._now.date()
        summary.alerts_removed += engine.db(lambda c: alerts_repo.drop_expired(c, today))


REFUSED_ALERTS_SETTING = "alerts.refused_warning"
"""The last pass's warning about refused alerts (the alerts page shows it); absent when none."""


def _keep_warning(conn: Connection, warning: str | None) -> None:
    if warning is None:
        delete_setting(conn, REFUSED_ALERTS_SETTING)
    else:
        set_setting(conn, REFUSED_ALERTS_SETTING, warning)


def _item_receipt(conn: Connection, item_id: UUID, rows: list[envelope_repo.EnvelopeRow]) -> Receipt:
    """The item's stored receipt, summing its envelopes' (each keeps its own)."""
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None
    statuses = {str((row.receipt or {}).get("status")) for row in rows}
    days = [dt.date.fromisoformat(str((row.receipt or {}).get("received_on"))) for row in rows]
    if statuses == {ReceiptStatus.WITHDRAWN.value}:
        status = ReceiptStatus.WITHDRAWN
    elif statuses == {ReceiptStatus.DUPLICATE.value}:
        status = ReceiptStatus.DUPLICATE
    else:
        status = ReceiptStatus.ACCEPTED
    return Receipt(
        content_hash=item.content_hash,
        received_on=max(days),
        report_id=item.report_id,
        status=status,
        reason=Reason(code="envelopes", message=f"{len(rows)} envelope receipts"),
    )


def _receipt_reason(receipt: EnvelopeReceipt) -> str:
    """A refusal in words (status, protocol code, the server's fixed message), as v1 parked with."""
    code = receipt.reason.code if receipt.reason is not None else "no reason given"
    message = receipt.reason.message if receipt.reason is not None and receipt.reason.message else ""
    text = f"the server answered {receipt.status.value} ({code})"
    return f"{text}: {message}" if message else text


def _why(exc: Exception) -> str:
    return exc.reason() if isinstance(exc, HttpStatusError) else "the reply was not understood"
