"""Which of the engine's commits wait for the disk.

A claim (queued -> sending) must be on disk before its batches leave: a crash must never
forget that a report may be on the server. Receipts need not: a lost `sent` leaves the item
`sending`, and it is queued again, resent and answered `duplicate`; nor does the pass's
bookkeeping (times, alerts, regions), which the next pass redoes. So one durable commit
serves `claim_batches` batches, and claimed batches that never left go back to the queue.
"""

from __future__ import annotations

import json
import random
from datetime import date
from uuid import UUID

import httpx

from outreach_app.protocol.envelopes import EnvelopeReceipt
from outreach_app.protocol.receipts import Receipt, ReceiptStatus
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_state
from tests.e2e.sync_support import queue_reports
from tests.unit.sync.conftest import Scripted, make_engine, receipts_for

FULL, NORMAL = 2, 1


def _commit_levels(conn: Connection) -> list[tuple[int, bool]]:
    """Record, for every COMMIT that wrote something (a read-only one writes no WAL frame and
    waits for no disk), (the synchronous level it ran under, whether it claimed)."""
    commits: list[tuple[int, bool]] = []
    state = {"level": int(conn.execute("PRAGMA synchronous").fetchone()[0]), "claimed": False, "wrote": False}

    def trace(sql: str) -> None:
        text = sql.strip().upper()
        if text.startswith("PRAGMA SYNCHRONOUS ="):
            value = text.split("=", 1)[1].strip()
            state["level"] = {"OFF": 0, "NORMAL": NORMAL, "FULL": FULL}.get(value) or int(value)
        elif text.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            state["wrote"] = True
            if text.startswith("UPDATE OUTBOX_ITEMS SET STATE = 'SENDING'"):
                state["claimed"] = True
        elif text == "COMMIT":
            if state["wrote"]:
                commits.append((int(state["level"]), bool(state["claimed"])))
            state["claimed"] = state["wrote"] = False

    conn.set_trace_callback(trace)
    return commits


def test_claims_wait_for_the_disk_and_receipts_do_not(conn: Connection, seed: int) -> None:
    conn.execute("PRAGMA synchronous = FULL")
    queue_reports(conn, 12, "north", random.Random(seed))
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    engine = make_engine(conn, server, batch_size=2, claim_batches=3)
    commits = _commit_levels(conn)
    summary = engine.run_pass()
    conn.set_trace_callback(None)
    assert summary.ok and summary.sent == 12
    assert server.batches == [2] * 6
    claims = [level for level, claimed in commits if claimed]
    # 6 batches: the first claim takes one (the first POST waits for it whole), the next 3,
    # the last the 2 left; each claim durable
    assert claims == [FULL, FULL, FULL]
    assert commits.count((NORMAL, False)) >= 4  # receipt-only steps skip the fsync
    # and nothing else of the pass waits for the disk (its bookkeeping is redone if lost)
    assert [commit for commit in commits if commit[0] == FULL] == [(FULL, True)] * 3
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == FULL


def test_a_step_that_claims_stores_its_receipts_in_the_claim_s_durable_commit(
    conn: Connection, seed: int
) -> None:
    """Receipts and a claim in the same step share one commit (it waits for the disk, as the
    claim must): one commit fewer per claim, and the pages both write are written once."""
    conn.execute("PRAGMA synchronous = FULL")
    queue_reports(conn, 12, "north", random.Random(seed))
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    engine = make_engine(conn, server, batch_size=2, claim_batches=3)
    commits: list[tuple[int, bool, bool]] = []
    state = {"level": FULL, "claimed": False, "stored": False}

    def trace(sql: str) -> None:
        text = sql.strip().upper()
        if text.startswith("PRAGMA SYNCHRONOUS ="):
            value = text.split("=", 1)[1].strip()
            state["level"] = {"OFF": 0, "NORMAL": NORMAL, "FULL": FULL}.get(value) or int(value)
        elif text.startswith("UPDATE OUTBOX_ITEMS SET STATE = 'SENDING'"):
            state["claimed"] = True
        elif text.startswith("INSERT INTO OUTBOX_ENVELOPE_RESULTS"):
            state["stored"] = True
        elif text == "COMMIT":
            if state["claimed"] or state["stored"]:
                commits.append((int(state["level"]), bool(state["claimed"]), bool(state["stored"])))
            state["claimed"] = state["stored"] = False

    conn.set_trace_callback(trace)
    summary = engine.run_pass()
    conn.set_trace_callback(None)
    assert summary.ok and summary.sent == 12
    # claims of 1, 3 and 2 batches: the first before any POST, the second while the first is
    # on the wire (no receipts yet), the third with batch 3's receipts
    assert [commit for commit in commits if commit[1]] == [(FULL, True, False)] * 2 + [(FULL, True, True)]
    assert commits.count((NORMAL, False, True)) == 5  # the other batches' receipts, no fsync
    assert len(commits) == 8


def test_a_pass_with_nothing_to_send_never_waits_for_the_disk(conn: Connection) -> None:
    conn.execute("PRAGMA synchronous = FULL")
    engine = make_engine(conn, Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content))))
    commits = _commit_levels(conn)
    summary = engine.run_pass()
    conn.set_trace_callback(None)
    assert summary.ok and summary.sent == 0
    assert commits and all(level == NORMAL for level, _claimed in commits), commits
    assert sync_state.get_state(conn).last_success_at is not None  # written, just not fsynced
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == FULL


def test_one_batch_per_claim_when_asked(conn: Connection, seed: int) -> None:
    conn.execute("PRAGMA synchronous = FULL")
    queue_reports(conn, 6, "north", random.Random(seed))
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    engine = make_engine(conn, server, batch_size=2, claim_batches=1)
    commits = _commit_levels(conn)
    assert engine.run_pass().sent == 6
    conn.set_trace_callback(None)
    assert [level for level, claimed in commits if claimed] == [FULL, FULL, FULL]


def test_claimed_batches_that_never_left_go_back_to_the_queue(conn: Connection, seed: int) -> None:
    queue_reports(conn, 6, "north", random.Random(seed))
    posts = []

    def second_fails(request: httpx.Request) -> httpx.Response:
        posts.append(request)
        if len(posts) == 1:
            return httpx.Response(200, json=receipts_for(request.content))
        return httpx.Response(503, json={"code": "unavailable"})

    summary = make_engine(conn, Scripted(second_fails), batch_size=2, claim_batches=3).run_pass()
    assert summary.sent == 2 and not summary.reachable
    assert sync_state.outbox_counts(conn) == {"sent": 2, "queued": 4}


def test_receipts_mismatch_sends_the_claimed_rest_back_to_the_queue(conn: Connection, seed: int) -> None:
    queue_reports(conn, 6, "north", random.Random(seed))

    def wrong_hash(request: httpx.Request) -> httpx.Response:
        body = receipts_for(request.content)
        for receipt in body["receipts"]:  # type: ignore[attr-defined]
            receipt["content_hash"] = "0" * 64
        return httpx.Response(200, json=body)

    summary = make_engine(conn, Scripted(wrong_hash), batch_size=2, claim_batches=3).run_pass()
    assert summary.sent == 0 and summary.error is not None
    assert sync_state.outbox_counts(conn) == {"queued": 6}


def test_each_envelope_keeps_its_own_receipt_as_the_protocol_model_encodes_it(
    conn: Connection, seed: int
) -> None:
    ids = queue_reports(conn, 5, "north", random.Random(seed))
    answered: dict[str, str] = {}

    def reply(request: httpx.Request) -> httpx.Response:
        body = receipts_for(request.content, "duplicate")
        for receipt in body["receipts"]:  # type: ignore[attr-defined]
            answered[receipt["envelope_id"]] = EnvelopeReceipt.model_validate(receipt).model_dump_json(
                exclude_none=True
            )
        return httpx.Response(200, json=body)

    assert make_engine(conn, Scripted(reply), batch_size=2).run_pass().duplicates == 5
    stored = dict(
        conn.execute(
            f"SELECT e.envelope_id, {envelope_repo.ENVELOPE_RECEIPT} FROM outbox_envelopes AS e"
            " JOIN outbox_envelope_results AS r ON r.envelope_seq = e.seq"
        ).fetchall()
    )
    assert stored == answered and len(set(stored.values())) == 5
    # kept as status and day (migration 0029): no receipt text written per envelope
    assert conn.execute("SELECT count(*), count(receipt) FROM outbox_envelope_results").fetchone() == (5, 0)
    # each item's receipt sums its envelopes' and names the item's own report and hash
    for report_id in ids:
        item = outbox_repo.get_item_by_report(conn, report_id)
        assert item is not None and item.receipt is not None
        receipt = Receipt.model_validate(item.receipt)
        assert (receipt.report_id, receipt.content_hash) == (report_id, item.content_hash)
        assert receipt.status is ReceiptStatus.DUPLICATE


def test_a_pass_moves_items_without_writing_a_payload_byte(conn: Connection, seed: int) -> None:
    """Migration 0027 keeps the sealed payload apart from the item's state: a pass moves every
    item twice (sending, sent) and a receipt step lost to a crash is redone, and none of that
    rewrites a payload; each item still reads back exactly what was sealed."""
    queue_reports(conn, 6, "north", random.Random(seed))
    sealed = {row.id: row.payload for row in outbox_repo.list_items(conn)}
    written: list[str] = []

    def trace(sql: str) -> None:
        if sql.strip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            written.append(sql)

    conn.set_trace_callback(trace)
    server = Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content)))
    summary = make_engine(conn, server, batch_size=2, claim_batches=3).run_pass()
    conn.set_trace_callback(None)
    assert summary.ok and summary.sent == 6
    assert any("OUTBOX_ITEMS" in sql.upper() for sql in written)  # the trace saw the moves
    assert not any("OUTBOX_PAYLOADS" in sql.upper() for sql in written), written
    assert {row.id: row.payload for row in outbox_repo.list_items(conn)} == sealed
    assert all(row.state == "sent" for row in outbox_repo.list_items(conn))


def test_a_batch_of_mixed_receipts_leaves_exactly_the_refused_items_with_their_audit_rows(
    conn: Connection, seed: int
) -> None:
    """One reply: plain receipts (kept as status and day, migration 0029), receipts with a
    reason (kept as text), and refusals. Exactly the refused items stay, parked; every other
    item is sent with its log rows, and every receipt reads back as the protocol model
    encodes the server's answer."""
    ids = queue_reports(conn, 6, "north", random.Random(seed))
    plan = [
        ("accepted", None),
        ("rejected", {"code": "unknown_region", "message": "not a region of the organisation"}),
        ("duplicate", None),
        ("withdrawn", {"code": "tombstone", "message": ""}),
        ("conflict", {"code": "id_conflict"}),
        ("accepted", {"code": "late", "message": "kept anyway"}),
    ]
    answered: dict[str, str] = {}

    def reply(request: httpx.Request) -> httpx.Response:
        body = receipts_for(request.content)
        for receipt, (status, reason) in zip(body["receipts"], plan, strict=True):  # type: ignore[call-overload]
            receipt["status"] = status
            if reason is not None:
                receipt["reason"] = reason
            answered[receipt["envelope_id"]] = EnvelopeReceipt.model_validate(receipt).model_dump_json(
                exclude_none=True
            )
        return httpx.Response(200, json=body)

    summary = make_engine(conn, Scripted(reply), batch_size=6).run_pass()
    refused = {ids[1], ids[4]}
    assert {UUID(report_id) for report_id, _reason in summary.parked} == refused
    assert (summary.sent, summary.duplicates, summary.withdrawn_on_arrival) == (2, 1, 1)
    assert sync_state.outbox_counts(conn) == {"sent": 4, "parked": 2}
    for report_id, (status, _reason) in zip(ids, plan, strict=True):
        item = outbox_repo.get_item_by_report(conn, report_id)
        assert item is not None
        (envelope,) = envelope_repo.envelopes_for_item(conn, item.id)
        assert envelope.receipt == json.loads(answered[str(envelope.envelope_id)])
        log = [(f, t, r) for f, t, _at, r in outbox_repo.transitions(conn, item.id)]
        if report_id in refused:
            assert item.state == OutboxState.PARKED and envelope.state == envelope_repo.PARKED
            assert [(f, t) for f, t, _r in log[-2:]] == [("queued", "sending"), ("sending", "parked")]
            continue
        assert item.state == OutboxState.SENT and envelope.state == envelope_repo.SENT
        assert log[-2:] == [("queued", "sending", None), ("sending", "sent", f"receipt {status}")]
        assert item.receipt == {
            "content_hash": item.content_hash,
            "reason": {"code": "envelopes", "message": "1 envelope receipts"},
            "received_on": date.today().isoformat(),
            "report_id": str(report_id),
            "status": status,
        }
    # text only where a receipt has a reason; item receipts all kept as status and day
    texts = conn.execute("SELECT count(receipt) FROM outbox_envelope_results WHERE state = 'sent'").fetchone()
    assert texts == (2,)
    assert conn.execute(
        "SELECT count(receipt), count(receipt_status) FROM outbox_items WHERE state = 'sent'"
    ).fetchone() == (0, 4)
