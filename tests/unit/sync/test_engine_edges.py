"""Protocol edge cases a real server does not produce on purpose (httpx.MockTransport).

Each checks the promise behind it: nothing is marked sent without a schema-valid receipt
for that envelope's id and hash; permanent refusals park with a reason; 401 parks nothing.
Every queued report leaves as one envelope (its alert section), sealed when it was shared.
"""

from __future__ import annotations

import random

import httpx

from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_state
from tests.e2e.sync_support import FakeTime, envelope_ids, queue_reports
from tests.unit.sync.conftest import ENVELOPES_PATH, Scripted, envelopes_in, make_engine, receipts_for


def _states(conn: Connection) -> dict[str, int]:
    return sync_state.outbox_counts(conn)


def test_captive_portal_html_with_200_leaves_everything_queued(conn: Connection, seed: int) -> None:
    queue_reports(conn, 3, "north", random.Random(seed))
    portal = Scripted(lambda r: httpx.Response(200, text="<html><body>Log in to the Wi-Fi</body></html>"))
    summary = make_engine(conn, portal).run_pass()
    assert _states(conn) == {OutboxState.QUEUED: 3}
    assert not summary.reachable and summary.next_retry_s is not None
    assert "not JSON" in (summary.error or "")


def test_redirect_is_never_followed_and_counts_as_failure(conn: Connection, seed: int) -> None:
    queue_reports(conn, 2, "north", random.Random(seed))
    redirect = Scripted(lambda r: httpx.Response(302, headers={"Location": "https://portal.example/login"}))
    summary = make_engine(conn, redirect).run_pass()
    assert _states(conn) == {OutboxState.QUEUED: 2}
    assert redirect.paths == ["/v2/key-bundle", ENVELOPES_PATH]  # the portal was never asked
    assert "redirect" in (summary.error or "")


def test_json_that_is_not_a_receipt_body_leaves_items_queued(conn: Connection, seed: int) -> None:
    queue_reports(conn, 2, "north", random.Random(seed))
    wrong = Scripted(lambda r: httpx.Response(200, json={"receipts": [{"envelope_id": "nope"}]}))
    make_engine(conn, wrong).run_pass()
    assert _states(conn) == {OutboxState.QUEUED: 2}


def test_receipt_with_the_wrong_hash_does_not_mark_sent(conn: Connection, seed: int) -> None:
    """One receipt naming another hash: the reply does not answer what was sent, so nothing
    of the batch is marked sent (stricter than per receipt: the reply is not trusted)."""
    ids = queue_reports(conn, 2, "north", random.Random(seed))

    def tampered(request: httpx.Request) -> httpx.Response:
        body = receipts_for(request.content)
        body["receipts"][0]["content_hash"] = "0" * 64  # type: ignore[index]
        return httpx.Response(200, json=body)

    summary = make_engine(conn, Scripted(tampered)).run_pass()
    for report_id in ids:
        item = outbox_repo.get_item_by_report(conn, report_id)
        assert item is not None and item.state == OutboxState.QUEUED and item.receipt is None
        assert {row.state for row in envelope_repo.envelopes_for_item(conn, item.id)} == {"pending"}
    assert summary.sent == 0 and summary.error is not None and not summary.reachable


def test_receipt_for_another_id_does_not_mark_sent(conn: Connection, seed: int) -> None:
    queue_reports(conn, 1, "north", random.Random(seed))

    def other(request: httpx.Request) -> httpx.Response:
        body = receipts_for(request.content)
        body["receipts"][0]["envelope_id"] = "5f0c6a3e-8f7d-4a57-9a55-2b6a0c1d2e3f"  # type: ignore[index]
        return httpx.Response(200, json=body)

    make_engine(conn, Scripted(other)).run_pass()
    assert _states(conn) == {OutboxState.QUEUED: 1}


def test_413_halves_the_batch_until_it_fits(conn: Connection, seed: int) -> None:
    queue_reports(conn, 8, "north", random.Random(seed))

    def small_only(request: httpx.Request) -> httpx.Response:
        if len(envelopes_in(request.content)) > 2:
            return httpx.Response(413, json={"code": "payload_too_large", "message": "too large"})
        return httpx.Response(200, json=receipts_for(request.content))

    server = Scripted(small_only)
    summary = make_engine(conn, server).run_pass()
    assert server.batches == [8, 4, 2, 2, 4, 2, 2]
    assert summary.sent == 8 and summary.ok
    assert _states(conn) == {OutboxState.SENT: 8}


def test_413_on_a_single_item_parks_it_with_a_reason(conn: Connection, seed: int) -> None:
    ids = queue_reports(conn, 1, "north", random.Random(seed))
    summary = make_engine(
        conn, Scripted(lambda r: httpx.Response(413, json={"code": "payload_too_large"}))
    ).run_pass()
    reason = "refused by the server: HTTP 413 (payload_too_large)"
    assert summary.parked == [(str(ids[0]), reason)]
    item = outbox_repo.get_item_by_report(conn, ids[0])
    assert item is not None and item.state == OutboxState.PARKED and "413" in (item.last_error or "")


def test_422_on_a_batch_splits_to_park_only_the_bad_item(conn: Connection, seed: int) -> None:
    ids = queue_reports(conn, 4, "north", random.Random(seed))
    bad = str(ids[2])
    (bad_envelope,) = envelope_ids(conn, [ids[2]])

    def picky(request: httpx.Request) -> httpx.Response:
        if bad_envelope in request.content.decode():
            return httpx.Response(422, json={"code": "validation_failed"})
        return httpx.Response(200, json=receipts_for(request.content))

    summary = make_engine(conn, Scripted(picky)).run_pass()
    assert [rid for rid, _ in summary.parked] == [bad]
    assert _states(conn) == {OutboxState.SENT: 3, OutboxState.PARKED: 1}


def test_401_stops_the_pass_parks_nothing_and_asks_for_reenrolment(conn: Connection, seed: int) -> None:
    queue_reports(conn, 3, "north", random.Random(seed))
    server = Scripted(lambda r: httpx.Response(401, json={"code": "unauthorized"}))
    summary = make_engine(conn, server, budget_s=60).run_pass()
    assert summary.reenrol is not None and summary.parked == []
    assert _states(conn) == {OutboxState.QUEUED: 3}
    assert server.paths == ["/v2/key-bundle", ENVELOPES_PATH]  # nothing else was tried
    assert sync_state.get_state(conn).needs_reenrol is not None


def test_429_honours_retry_after_then_succeeds(conn: Connection, seed: int) -> None:
    queue_reports(conn, 2, "north", random.Random(seed))
    answers = iter([httpx.Response(429, headers={"Retry-After": "30"}, json={"code": "rate_limited"})])

    def limited(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or httpx.Response(200, json=receipts_for(request.content))

    fake = FakeTime()
    summary = make_engine(conn, Scripted(limited), budget_s=120, fake=fake).run_pass()
    assert fake.slept and fake.slept[0] >= 30
    assert summary.ok and summary.sent == 2


def test_retry_after_beyond_the_budget_ends_the_pass_and_says_when(conn: Connection, seed: int) -> None:
    queue_reports(conn, 1, "north", random.Random(seed))
    server = Scripted(
        lambda r: httpx.Response(503, headers={"Retry-After": "600"}, json={"code": "unavailable"})
    )
    fake = FakeTime()
    summary = make_engine(conn, server, budget_s=10, fake=fake).run_pass()
    assert fake.slept == []
    assert summary.next_retry_s == 600 and not summary.reachable
    assert _states(conn) == {OutboxState.QUEUED: 1}
    assert sync_state.get_state(conn).next_retry_at is not None


def test_conflict_receipt_parks_and_duplicate_counts_as_sent(conn: Connection, seed: int) -> None:
    ids = queue_reports(conn, 2, "north", random.Random(seed))

    def mixed(request: httpx.Request) -> httpx.Response:
        body = receipts_for(request.content, "duplicate")
        receipts = body["receipts"]
        assert isinstance(receipts, list)
        receipts[1]["status"] = "conflict"
        receipts[1]["reason"] = {"code": "id_conflict", "message": "The id is stored with other content."}
        return httpx.Response(200, json=body)

    summary = make_engine(conn, Scripted(mixed)).run_pass()
    assert summary.duplicates == 1
    assert summary.parked == [(str(ids[1]), summary.parked[0][1])]
    assert "id_conflict" in summary.parked[0][1]


def test_items_left_sending_by_a_crash_are_sent_again(conn: Connection, seed: int) -> None:
    from outreach_app.sharing import outbox

    ids = queue_reports(conn, 2, "north", random.Random(seed))
    outbox.mark_sending(conn, [outbox_repo.get_item_by_report(conn, i).id for i in ids])  # type: ignore[union-attr]
    summary = make_engine(
        conn, Scripted(lambda r: httpx.Response(200, json=receipts_for(r.content, "duplicate")))
    ).run_pass()
    assert summary.requeued_after_crash == 2 and summary.duplicates == 2
    assert _states(conn) == {OutboxState.SENT: 2}
