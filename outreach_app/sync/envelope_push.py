"""The envelope step of a sync pass: queued items' sealed envelopes out, settled by batch.

Envelopes are sealed once, when the item is shared (`sharing/envelope_outbox.py`); an item
shared before the device held the charity's keys is sealed here when first claimed. What
leaves is the stored header and ciphertext text, never re-encoded.

One request in flight at a time. While it is, one DB transaction stores the previous batch's
receipts and, every `claim_batches` batches, durably claims the next ones, so the device's
DB work overlaps the server's. Right before a batch claimed earlier is posted, items no
longer `sending` (a consent withdrawn meanwhile) are dropped from it.

Nothing is lost (non-negotiable 3):
- a claim (queued -> sending) is on disk before its batch leaves;
- a reply counts only if it has one receipt per envelope sent, in order, each naming that
  envelope's id and content hash (else nothing is marked sent and the items are queued
  again); `storage/repos/sync_outbox.py` checks id and hash again in SQL;
- steps that only store receipts commit without waiting for the disk: a power cut that loses
  one leaves the items `sending`, so the next pass queues them again, resends them and the
  server answers `duplicate`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from outreach_app.protocol.envelopes import EnvelopeReceipt, EnvelopeReceipts
from outreach_app.protocol.errors import ClientAction
from outreach_app.protocol.limits import MAX_BATCH_SIZE
from outreach_app.protocol.receipts import SENT_STATUSES, Receipt, ReceiptStatus
from outreach_app.sharing import outbox
from outreach_app.sharing.envelope_outbox import CannotSealError, ensure_envelopes
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_outbox
from outreach_app.storage.repos.sync_outbox import PendingEnvelope, QueuedItem
from outreach_app.sync.client import (
    HttpStatusError,
    InvalidReplyError,
    SyncTransportError,
    envelope_body,
    envelope_receipts,
)

if TYPE_CHECKING:
    from outreach_app.sync.engine import PassSummary, SyncEngine

Batch = list[QueuedItem]
_Posted = tuple[Batch, EnvelopeReceipts]
"""A posted batch and the server's matching answer to it (not yet stored)."""
_Flight = tuple[Batch, "Future[bytes | None]"]
"""A batch handed to the posting thread, and its reply's bytes to come (None: nothing to send)."""
_SPLIT_OR_PARK = frozenset({ClientAction.SPLIT, ClientAction.PARK})
_WITHDRAWN, _DUPLICATE = ReceiptStatus.WITHDRAWN.value, ReceiptStatus.DUPLICATE.value
_SENT = tuple(SENT_STATUSES)


class EnvelopePush:
    """Sends every queued item's unsent envelopes, for one pass of `engine`."""

    def __init__(self, engine: SyncEngine, summary: PassSummary) -> None:
        self.engine = engine
        self.summary = summary
        self._written: _WriteMark | None = None  # the vault's writes as the last step left them
        self._ahead: list[QueuedItem] | None = None  # the next claim's items, read a step early
        self._prepared: tuple[Batch, bytes] | None = None  # the next batch and its body, built early

    def _db(self, fn: Any) -> Any:
        return self.engine.db(fn)  # looked up each time: tests wrap the engine's runner

    def run(self) -> None:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-sync-post") as poster:
            while self._pipeline(poster):
                pass

    # ----- the pipeline --------------------------------------------------------------------

    def _pipeline(self, poster: ThreadPoolExecutor) -> bool:
        """Send batches back to back until the queue is empty (False) or a transient failure
        was waited out (True: start again from the queue's head)."""
        # Batches already durably `sending`, to be posted in this order. The first claim takes
        # one batch: nothing overlaps it, the first POST waits for all of it (and its fsync).
        # The next claims (`claim_batches` each) run while a batch is on the wire.
        self._ahead = self._prepared = None
        claimed: list[Batch] = self._db(partial(self._claim_tx, batches=1))
        flight = self._start_post(poster, claimed.pop(0)) if claimed else None
        done: _Posted | None = None
        while flight is not None:
            batch, future = flight
            try:
                # Claims only when nothing claimed is left to post: that step's commit is the
                # durable one; the others only store receipts (see `_step_tx`). The step
                # before it reads what that claim will take, so the two share the work.
                step = partial(self._step_tx, done=done, claim=not claimed, read_ahead=len(claimed) == 1)
                claimed += self._db(step)
                done = None
                if claimed:  # its body too, so nothing is built between two POSTs
                    self._prepared = (claimed[0], _body(claimed[0]))
            finally:
                error = future.exception()
            flight = None
            if error is None:
                # The next batch leaves before this reply is even parsed: the server gets it
                # as soon as it has answered, and the reply is checked while it works.
                following = self._next_batch(claimed)
                flight = self._start_post(poster, following) if following else None
                try:
                    done = (batch, _matched(batch, future.result()))
                except InvalidReplyError as exc:
                    error = exc
                else:
                    self.engine.mark_healthy()
                    continue
            # `batch` failed. A batch posted after it (its reply did not validate) goes back to
            # the queue with it: resent, it is answered `duplicate`.
            if flight is not None:
                flight[1].exception()
                claimed.insert(0, flight[0])
                flight = None
            unsent = [item for later in claimed for item in later]
            if isinstance(error, HttpStatusError) and error.action in _SPLIT_OR_PARK:
                try:
                    self._refused(batch, error)
                except SyncTransportError as exc:
                    self._requeue([*batch, *unsent], exc)
                    self.engine.wait_or_give_up(exc)
                    return True
                following = self._next_batch(claimed)
                flight = self._start_post(poster, following) if following else None
            elif isinstance(error, SyncTransportError):
                self._requeue([*batch, *unsent], error)
                self.engine.wait_or_give_up(error)
                return True
            else:
                self._requeue([*batch, *unsent], InvalidReplyError("sync stopped unexpectedly"))
                raise error
        if done is not None:
            # Nothing overlaps this last step otherwise: the pass's last requests go out on the
            # posting thread meanwhile (`SyncEngine.send_tail_early`).
            self.engine.send_tail_early(poster)
            self._db(partial(self._step_tx, done=done, claim=False))
        return False

    def _next_batch(self, claimed: list[Batch]) -> Batch | None:
        """The next claimed batch, without its items no longer `sending`: claimed at least a
        round trip ago, a consent withdrawn (or an edit) since then took some items out of
        `sending`, and those must not leave. If that empties every claimed batch, claim
        again (the step that would have claimed did not, batches were left)."""
        emptied = False
        while True:
            while claimed:
                batch: Batch = self._db(partial(self._still_sending, items=claimed.pop(0)))
                if batch:
                    return batch
                emptied = True
            if not emptied:
                return None  # the last step claimed nothing: the queue is empty
            emptied = False
            claimed += self._db(self._claim_tx)
            if claimed:
                return claimed.pop(0)  # claimed just now: nothing to re-read

    def _start_post(self, poster: ThreadPoolExecutor, batch: Batch) -> _Flight:
        """Hand `batch` to the posting thread and wait until that thread is running it.

        The step that follows holds the GIL for a few milliseconds of Python at a time; a
        posting thread still waiting to be scheduled then waits for it (up to the 5 ms switch
        interval) before the request even leaves, which the server spends idle. The posting
        thread only sends and reads the reply's bytes (`_matched` checks them here).
        """
        count = sum(len(item.envelopes) for item in batch)
        if not count:  # every envelope already has its receipt: only the item to settle
            nothing: Future[bytes | None] = Future()
            nothing.set_result(None)
            return batch, nothing
        prepared, self._prepared = self._prepared, None
        body = prepared[1] if prepared is not None and prepared[0] is batch else _body(batch)
        started = threading.Event()
        client = self.engine.client

        def post() -> bytes | None:
            started.set()
            return client.post_envelope_body(body, count)

        future = poster.submit(post)
        started.wait()
        return batch, future

    def _post(self, envelopes: Sequence[PendingEnvelope]) -> EnvelopeReceipts:
        """POST the envelopes as stored; the reply must answer each, in order, by id and hash."""
        reply = self.engine.client.post_envelopes([(e.header, e.ciphertext) for e in envelopes])
        _check_receipts(envelopes, reply)
        return reply

    # ----- DB steps ------------------------------------------------------------------------

    def _claim_tx(self, conn: Connection, batches: int | None = None) -> list[Batch]:
        """The next `batches` (default `claim_batches`) batches (envelope count and byte
        limits), moved to `sending` in one durable commit before the first of them is posted.
        An item not sealed yet is sealed now; one that cannot be is parked with the reason."""
        settings = self.engine.settings
        limit = max(1, min(settings.batch_size, MAX_BATCH_SIZE))
        count = max(1, settings.claim_batches if batches is None else batches)
        at = self.engine.clock()
        ahead, self._ahead = self._ahead, None
        with transaction(conn):
            if ahead is None or batches is not None:
                ahead = sync_outbox.queued_items(conn, limit * count)
            items = ahead
            if not items:
                return []
            ready = [sealed for item in items if (sealed := self._sealed(conn, item)) is not None]
            chosen = _batches(ready, limit, settings.max_batch_bytes)[:count]
            ids = [item.item_id for batch in chosen for item in batch]
            moved = set(sync_outbox.mark_sending(conn, ids, at))
        return [kept for batch in chosen if (kept := [item for item in batch if item.item_id in moved])]

    def _sealed(self, conn: Connection, item: QueuedItem) -> QueuedItem | None:
        if item.sealed:
            return item
        at = self.engine.clock()
        row = outbox_repo.get_item(conn, UUID(item.item_id))
        if row is None or row.state != sync_outbox.QUEUED:  # read ahead, then erased or moved
            return None
        try:
            rows = ensure_envelopes(conn, row, at)
        except CannotSealError as exc:
            outbox.mark_sending(conn, [row.id], now=at)
            outbox.mark_parked(conn, row.id, str(exc), now=at)
            self.summary.parked.append((item.report_key, str(exc)))
            return None
        envelopes = tuple(
            PendingEnvelope(str(r.envelope_id), r.content_hash, r.header, r.ciphertext)
            for r in rows
            if r.state != envelope_repo.SENT
        )
        return QueuedItem(item.item_id, item.report_key, True, envelopes)

    def _step_tx(
        self, conn: Connection, *, done: _Posted | None, claim: bool, read_ahead: bool = False
    ) -> list[Batch]:
        """Store `done`'s receipts and settle its items, then, if `claim`, claim the next
        batches; if `read_ahead`, read the queued items the next claim will take (it moves
        those still queued then: read early, the claim's own step is no longer the one that
        outlasts its POST). Returns the next batches.

        Only a claim must be durable before its batches leave (a crash must never forget
        that a report may be on the server), so receipts alone commit without waiting for the
        disk (`sync_outbox.without_fsync`): if a power cut loses them, the items are still
        `sending`, go back to the queue at the next pass, are sent again and answered
        `duplicate`: nothing is lost, and one fsync serves `claim_batches` batches. A step
        that also claims stores the receipts in the claim's durable commit (one commit, and
        the pages both write are written once). A claim that finds nothing to claim writes
        nothing and waits for no disk.
        """
        if claim and done is not None and self._queue_ahead(conn):
            with transaction(conn):
                self._store_and_settle(conn, done)
                claimed = self._claim_tx(conn)
        else:
            if done is not None:
                with sync_outbox.without_fsync(conn), transaction(conn):
                    self._store_and_settle(conn, done)
            claimed = self._claim_tx(conn) if claim else []
        if read_ahead and not claim:
            settings = self.engine.settings
            limit = max(1, min(settings.batch_size, MAX_BATCH_SIZE))
            self._ahead = sync_outbox.queued_items(conn, limit * max(1, settings.claim_batches))
        self._written = _write_mark(conn)
        return claimed

    def _store_and_settle(self, conn: Connection, done: _Posted) -> None:
        self._store_receipts(conn, *done)
        self._settle(conn, done[0])
        self.engine.backoff.reset()

    def _queue_ahead(self, conn: Connection) -> bool:
        """Whether the next claim has queued items to take (read now if not read ahead)."""
        if self._ahead is None:
            settings = self.engine.settings
            limit = max(1, min(settings.batch_size, MAX_BATCH_SIZE))
            self._ahead = sync_outbox.queued_items(conn, limit * max(1, settings.claim_batches))
        return bool(self._ahead)

    def _still_sending(self, conn: Connection, items: Batch) -> Batch:
        """The items of `items` still `sending` (the others were withdrawn or superseded since
        they were claimed). Read only if the vault was written since the last step: this
        runs between two POSTs, where nothing else of the engine's overlaps the server."""
        if self._written is not None and self._written == _write_mark(conn):
            return items
        keep = sync_outbox.still_sending(conn, [item.item_id for item in items])
        kept = [item for item in items if item.item_id in keep]
        return items if len(kept) == len(items) else kept  # the same batch: its body stands

    def _store_receipts(self, conn: Connection, batch: Batch, reply: EnvelopeReceipts) -> None:
        """Sent envelopes in one statement; refused ones (conflict, rejected) parked each.
        (Their items' receipts are summed in SQL from what is stored: `sync_outbox.settle_items`.)"""
        at = self.engine.clock()
        receipts = reply.receipts
        if len(receipts) != sum(len(item.envelopes) for item in batch):
            raise InvalidReplyError("the server's receipts do not match the envelopes sent")
        proofs: list[tuple[str, str, str | None, str | None, str | None]] = []
        days: dict[date, str] = {}  # a batch's receipts name a day or two: each written once
        envelopes = [envelope for item in batch for envelope in item.envelopes]
        for envelope, receipt in zip(envelopes, receipts, strict=True):
            # by identity (pydantic gives the members): hashing a member, or reading its
            # `.value`, is a Python call, 500 per batch
            if receipt.status in _SENT:
                if receipt.reason is None:  # kept as status and day (`store_envelope_receipts`)
                    day = days.get(receipt.received_on) or days.setdefault(
                        receipt.received_on, receipt.received_on.isoformat()
                    )
                    proofs.append((envelope.envelope_id, envelope.content_hash, receipt.status, day, None))
                else:
                    text = receipt.model_dump_json(exclude_none=True)
                    proofs.append((envelope.envelope_id, envelope.content_hash, None, None, text))
            else:
                envelope_repo.mark(
                    conn,
                    UUID(envelope.envelope_id),
                    envelope_repo.PARKED,
                    at,
                    receipt=receipt.model_dump(mode="json", exclude_none=True),
                    error=_receipt_reason(receipt),
                )
        if proofs:
            sync_outbox.store_envelope_receipts(conn, proofs, at)

    def _settle(self, conn: Connection, batch: Batch) -> None:
        """Items whose envelopes are all sent: sent (one statement for the batch). The rest
        item by item: parked if an envelope was refused, queued again if one has no receipt,
        and an item withdrawn or superseded in flight keeps the receipt and its state."""
        at = self.engine.clock()
        summary = self.summary
        settled = sync_outbox.settle_items(conn, [item.item_id for item in batch], at)
        statuses = [status for _item_id, status in settled.sent]  # the common case: nothing read
        for progress in settled.others:
            item_id = UUID(progress.item_id)
            complete = progress.envelopes > 0 and progress.sent == progress.envelopes
            if progress.state == sync_outbox.SENDING and progress.parked:
                rows = envelope_repo.envelopes_for_item(conn, item_id)
                reason = next(
                    row.last_error or "refused" for row in rows if row.state == envelope_repo.PARKED
                )
                outbox.mark_parked(conn, item_id, f"the server refused an envelope ({reason})", now=at)
                report = outbox_repo.get_item(conn, item_id)
                summary.parked.append((str(report.report_id) if report else progress.item_id, reason))
            elif progress.state == sync_outbox.SENDING and not complete:
                outbox.mark_retry(conn, [item_id], "no receipt yet", now=at)
            elif complete and progress.state != sync_outbox.SENT:  # withdrawn or superseded in flight
                outbox.mark_sent(conn, item_id, _item_receipt(conn, item_id), now=at)
                statuses.append(progress.status)
        withdrawn, duplicates = statuses.count(_WITHDRAWN), statuses.count(_DUPLICATE)
        summary.withdrawn_on_arrival += withdrawn
        summary.duplicates += duplicates
        summary.sent += len(statuses) - withdrawn - duplicates

    # ----- refusals and failures -----------------------------------------------------------

    def _refused(self, batch: Batch, exc: HttpStatusError) -> None:
        """413, or 400/422 on several envelopes: halve; a single refused envelope (or 403/404/
        409): park it. Then settle the batch's items."""
        self._split([envelope for item in batch for envelope in item.envelopes], exc)
        self._db(partial(self._settle_tx, batch=batch))

    def _settle_tx(self, conn: Connection, batch: Batch) -> None:
        with transaction(conn):
            self._settle(conn, batch)

    def _split(self, envelopes: list[PendingEnvelope], exc: HttpStatusError) -> None:
        if exc.action is ClientAction.SPLIT and len(envelopes) > 1:
            middle = len(envelopes) // 2
            self._send_now(envelopes[:middle])
            self._send_now(envelopes[middle:])
            return
        reason = exc.reason()

        def park(conn: Connection) -> None:
            at = self.engine.clock()
            with transaction(conn):
                for envelope in envelopes:
                    envelope_repo.mark(
                        conn, UUID(envelope.envelope_id), envelope_repo.PARKED, at, error=reason
                    )

        self._db(park)

    def _send_now(self, envelopes: list[PendingEnvelope]) -> None:
        """Post some envelopes and store their receipts, synchronously (the split path)."""
        try:
            reply = self._post(envelopes)
        except HttpStatusError as exc:
            if exc.action in _SPLIT_OR_PARK:
                self._split(envelopes, exc)
                return
            raise
        self.engine.mark_healthy()
        part = [QueuedItem("", "", True, tuple(envelopes))]

        def store(conn: Connection) -> None:
            with transaction(conn):
                self._store_receipts(conn, part, reply)

        self._db(store)

    def _requeue(self, items: Sequence[QueuedItem], exc: SyncTransportError) -> None:
        from outreach_app.sync.engine import describe

        if items:
            ids = [UUID(item.item_id) for item in items]
            self._db(partial(outbox.mark_retry, ids=ids, error=describe(exc), now=self.engine.clock()))


# ----- helpers -------------------------------------------------------------------------------


def _body(batch: Batch) -> bytes:
    return envelope_body([(e.header, e.ciphertext) for item in batch for e in item.envelopes])


def _matched(batch: Batch, reply: bytes | None) -> EnvelopeReceipts:
    """The batch's receipts from the reply's bytes: one per envelope sent, in order, each
    naming that envelope's id and content hash (else InvalidReplyError: nothing counts)."""
    envelopes = [envelope for item in batch for envelope in item.envelopes]
    receipts = envelope_receipts(reply) if reply is not None else EnvelopeReceipts(receipts=[])
    _check_receipts(envelopes, receipts)
    return receipts


def _check_receipts(envelopes: Sequence[PendingEnvelope], reply: EnvelopeReceipts) -> None:
    receipts = reply.receipts
    if len(receipts) != len(envelopes) or any(
        receipt.content_hash != envelope.content_hash or str(receipt.envelope_id) != envelope.envelope_id
        for receipt, envelope in zip(receipts, envelopes, strict=False)
    ):
        raise InvalidReplyError("the server's receipts do not match the envelopes sent")


_WriteMark = tuple[int, int]


def _write_mark(conn: Connection) -> _WriteMark:
    """Changes so far: rows this connection changed (`total_changes`, triggers included) and
    the commits of other connections (`PRAGMA data_version`). Equal marks: nothing was
    written between them, by anyone."""
    return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])


def _batches(items: Sequence[QueuedItem], max_envelopes: int, max_bytes: int) -> list[Batch]:
    """Consecutive batches of at most `max_envelopes` envelopes whose body stays under
    `max_bytes` (one item at least); an item's envelopes stay in one batch."""
    batches: list[Batch] = []
    current: Batch = []
    count, size = 0, 16
    for item in items:
        item_count = len(item.envelopes)
        item_size = 0
        for envelope in item.envelopes:
            item_size += envelope.body_bytes
        if current and (count + item_count > max_envelopes or size + item_size > max_bytes):
            batches.append(current)
            current, count, size = [], 0, 16
        current.append(item)
        count += item_count
        size += item_size
    if current:
        batches.append(current)
    return batches


def _item_receipt(conn: Connection, item_id: UUID) -> Receipt:
    """The item's receipt, summing its envelopes' (each keeps its own), for an item that left
    `sending` while in flight (withdrawn or superseded: it keeps the receipt, not the state)."""
    item = outbox_repo.get_item(conn, item_id)
    assert item is not None
    rows = envelope_repo.envelopes_for_item(conn, item_id)
    statuses = {str((row.receipt or {}).get("status")) for row in rows}
    days = [str((row.receipt or {}).get("received_on")) for row in rows]
    if statuses == {ReceiptStatus.WITHDRAWN.value}:
        status = ReceiptStatus.WITHDRAWN
    elif statuses == {ReceiptStatus.DUPLICATE.value}:
        status = ReceiptStatus.DUPLICATE
    else:
        status = ReceiptStatus.ACCEPTED
    return Receipt.model_validate(
        {
            "content_hash": item.content_hash,
            "received_on": max(days),
            "report_id": str(item.report_id),
            "status": status.value,
            "reason": {"code": "envelopes", "message": f"{len(rows)} envelope receipts"},
        }
    )


def _receipt_reason(receipt: EnvelopeReceipt) -> str:
    """A refusal in words (status, protocol code, the server's fixed message)."""
    code = receipt.reason.code if receipt.reason is not None else "no reason given"
    message = receipt.reason.message if receipt.reason is not None and receipt.reason.message else ""
    text = f"the server answered {receipt.status.value} ({code})"
    return f"{text}: {message}" if message else text
