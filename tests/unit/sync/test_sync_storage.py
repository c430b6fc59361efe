"""Migration 0003's repositories: the alert feed applied as the protocol says, offline matching,
the set-based outbox steps of the envelope push, and the sync state row."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from outreach_app.protocol.alerts import Alert, AlertFeed
from outreach_app.sharing import outbox
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.storage.connection import Connection
from outreach_app.storage.errors import StorageError
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos import sync_outbox, sync_state
from tests.e2e.sync_support import queue_reports

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def _alert(
    version: int = 1, *, alert_id: uuid.UUID | None = None, expires: date | None = None, **extra: object
) -> Alert:
    return Alert.model_validate(
        {
            "alert_id": str(alert_id or uuid.uuid4()),
            "version": version,
            "region_ids": ["north"],
            "issued_on": (TODAY - timedelta(days=1)).isoformat(),
            "expires_on": (expires or TODAY + timedelta(days=30)).isoformat(),
            "title": f"Alert v{version}",
            **extra,
        }
    )


def _feed(*entries: dict[str, object], reset: bool = False, cursor: str = "c1") -> AlertFeed:
    return AlertFeed.model_validate({"entries": list(entries), "reset": reset, "next_cursor": cursor})


def _upsert(alert: Alert) -> dict[str, object]:
    return {"kind": "upsert", "alert_id": str(alert.alert_id), "alert": alert.model_dump(mode="json")}


def test_feed_reset_upsert_versions_expire_and_withdraw(conn: Connection) -> None:
    first, second, third = _alert(), _alert(), _alert()
    alerts_repo.apply_feed(conn, _feed(_upsert(first), _upsert(second), reset=True, cursor="a"), NOW)
    assert {a.alert_id for a in alerts_repo.list_alerts(conn)} == {first.alert_id, second.alert_id}
    assert sync_state.get_state(conn).feed_cursor == "a"
    newer = _alert(3, alert_id=first.alert_id)
    older = _alert(2, alert_id=first.alert_id)
    page = _feed(
        _upsert(newer),
        _upsert(older),  # a lower version never replaces a higher one
        {"kind": "expire", "alert_id": str(second.alert_id)},
        _upsert(third),
        {"kind": "withdraw", "alert_id": str(third.alert_id)},
        cursor="b",
    )
    outcome = alerts_repo.apply_feed(conn, page, NOW)
    stored = alerts_repo.list_alerts(conn)
    assert [(a.alert_id, a.version) for a in stored] == [(first.alert_id, 3)]
    assert outcome.removed == 2
    alerts_repo.apply_feed(conn, page, NOW)  # applying a page twice is harmless
    assert alerts_repo.list_alerts(conn) == stored
    reset = alerts_repo.apply_feed(conn, _feed(_upsert(second), reset=True, cursor="c"), NOW)
    assert reset.reset and [a.alert_id for a in alerts_repo.list_alerts(conn)] == [second.alert_id]
    assert alerts_repo.last_alert_sync(conn) == NOW


def test_matching_by_phone_suffix_plate_part_and_handle(conn: Connection) -> None:
    wanted = _alert(
        perpetrators=[{"phone_numbers": ["+447700900123"], "online_handles": ["bad_date"]}],
        vehicles=[{"registration": "AB12CDE"}],
    )
    other = _alert(perpetrators=[{"phone_numbers": ["+447700900999"]}])
    alerts_repo.apply_feed(conn, _feed(_upsert(wanted), _upsert(other), reset=True), NOW)
    for query in ("07700 900123", "+44 7700 900123", "900123", "ab12 cde", "B12C", "@Bad_Date"):
        assert [a.alert_id for a in alerts_repo.match_alerts(conn, query)] == [wanted.alert_id], query
    assert alerts_repo.match_alerts(conn, "7") == []
    assert alerts_repo.match_alerts(conn, "nothing-here") == []
    assert {a.alert_id for a in alerts_repo.match_alerts(conn, "7700 900")} == set()


def test_expired_alerts_are_hidden_and_dropped_without_the_feed(conn: Connection) -> None:
    old = _alert(expires=TODAY - timedelta(days=1), perpetrators=[{"phone_numbers": ["+447700900555"]}])
    alerts_repo.apply_feed(conn, _feed(_upsert(old), reset=True), NOW)
    assert alerts_repo.current_alerts(conn, TODAY) == []
    assert alerts_repo.match_alerts(conn, "900555", today=TODAY) == []
    assert alerts_repo.drop_expired(conn, TODAY) == 1 and alerts_repo.count_alerts(conn) == 0


def _claim(conn: Connection, limit: int = 10) -> list[sync_outbox.QueuedItem]:
    items = sync_outbox.queued_items(conn, limit)
    assert sync_outbox.mark_sending(conn, [i.item_id for i in items], NOW) == [i.item_id for i in items]
    return items


def test_bulk_steps_never_mark_a_mismatch_and_hand_back_items_moved_in_flight(
    conn: Connection, seed: int
) -> None:
    ids = queue_reports(conn, 3, "north", random.Random(seed))
    items = _claim(conn)
    assert [i.report_id for i in items] == ids and all(i.sealed and len(i.envelopes) == 1 for i in items)
    assert sync_outbox.mark_sending(conn, [items[0].item_id], NOW) == []  # no longer queued
    superseded = items[2]
    outbox_repo.set_state(
        conn, uuid.UUID(superseded.item_id), OutboxState.SENDING, OutboxState.SUPERSEDED, NOW
    )
    accepted = ("accepted", "2026-03-10", None)
    proofs = [
        (items[0].envelopes[0].envelope_id, items[0].envelopes[0].content_hash, *accepted),
        (items[1].envelopes[0].envelope_id, "0" * 64, *accepted),  # wrong hash
        (superseded.envelopes[0].envelope_id, superseded.envelopes[0].content_hash, *accepted),
    ]
    assert sync_outbox.store_envelope_receipts(conn, proofs, NOW) == 2
    settled = sync_outbox.settle_items(conn, [i.item_id for i in items], NOW)
    assert settled.sent == [(items[0].item_id, "accepted")]
    progress = {p.item_id: p for p in settled.others}
    assert (progress[items[1].item_id].state, progress[items[1].item_id].sent) == ("sending", 0)
    assert progress[superseded.item_id].state == OutboxState.SUPERSEDED  # handed back, not moved
    states = {i.item_id: outbox_repo.get_item(conn, uuid.UUID(i.item_id)) for i in items}
    assert states[items[0].item_id].state == OutboxState.SENT  # type: ignore[union-attr]
    assert states[items[1].item_id].state == OutboxState.SENDING  # type: ignore[union-attr]
    assert states[superseded.item_id].state == OutboxState.SUPERSEDED  # type: ignore[union-attr]
    sent = states[items[0].item_id]
    assert sent is not None and sent.receipt == {
        "content_hash": sent.content_hash,
        "reason": {"code": "envelopes", "message": "1 envelope receipts"},
        "received_on": "2026-03-10",
        "report_id": str(ids[0]),
        "status": "accepted",
    }
    log = outbox_repo.transitions(conn, uuid.UUID(items[0].item_id))
    assert [(f, t) for f, t, _at, _r in log][-2:] == [("queued", "sending"), ("sending", "sent")]
    assert log[-1][3] == "receipt accepted"
    assert outbox.requeue_stale_sending(conn) == 1


def test_an_item_is_sent_only_when_every_one_of_its_envelopes_is(conn: Connection, seed: int) -> None:
    (report_id,) = queue_reports(conn, 1, "north", random.Random(seed))
    item = outbox_repo.get_item_by_report(conn, report_id)
    assert item is not None
    (envelope,) = envelope_repo.envelopes_for_item(conn, item.id)
    second = replace(envelope, envelope_id=uuid.uuid4(), purpose="police_intelligence")
    envelope_repo.insert_envelopes(conn, [second])
    (claimed,) = _claim(conn)
    assert [e.envelope_id for e in claimed.envelopes] == [str(envelope.envelope_id), str(second.envelope_id)]
    sync_outbox.store_envelope_receipts(
        conn, [(str(envelope.envelope_id), envelope.content_hash, "duplicate", "2026-03-09", None)], NOW
    )
    settled = sync_outbox.settle_items(conn, [claimed.item_id], NOW)
    assert settled.sent == [] and len(settled.others) == 1
    (progress,) = settled.others
    assert (progress.state, progress.envelopes, progress.sent) == ("sending", 2, 1)
    # a receipt with a reason comes as its text: the item's status and day are read from it
    text = '{"reason":{"code":"late"},"received_on":"2026-03-10","status":"duplicate"}'
    sync_outbox.store_envelope_receipts(
        conn, [(str(second.envelope_id), second.content_hash, None, None, text)], NOW
    )
    assert sync_outbox.settle_items(conn, [claimed.item_id], NOW).sent == [(claimed.item_id, "duplicate")]
    stored = outbox_repo.get_item(conn, item.id)
    assert stored is not None and stored.receipt is not None
    assert (stored.receipt["status"], stored.receipt["received_on"]) == ("duplicate", "2026-03-10")


def test_an_item_s_receipt_is_summed_in_sql_from_every_one_of_its_stored_envelope_receipts(
    conn: Connection, seed: int
) -> None:
    """Settling moves an item only when SQL finds every one of its envelopes sent, and sums its
    receipt from what is stored (migration 0029: status, day and count, rebuilt on read)."""
    ids = queue_reports(conn, 3, "north", random.Random(seed))
    whole, short, unproven = _claim(conn)
    item = outbox_repo.get_item_by_report(conn, ids[1])
    assert item is not None
    (envelope,) = envelope_repo.envelopes_for_item(conn, item.id)
    second = replace(envelope, envelope_id=uuid.uuid4(), purpose="police_intelligence")
    envelope_repo.insert_envelopes(conn, [second])  # `short` has 2 envelopes, one sent below
    withdrawn = ("withdrawn", "2026-03-01", None)
    proofs = [
        (whole.envelopes[0].envelope_id, whole.envelopes[0].content_hash, *withdrawn),
        (short.envelopes[0].envelope_id, short.envelopes[0].content_hash, *withdrawn),
        (unproven.envelopes[0].envelope_id, "0" * 64, *withdrawn),  # wrong hash: never stored as sent
    ]
    assert sync_outbox.store_envelope_receipts(conn, proofs, NOW) == 2
    settled = sync_outbox.settle_items(conn, [whole.item_id, short.item_id, unproven.item_id], NOW)
    # `whole` is sent; `short` still has an envelope without a receipt, `unproven` has none.
    assert settled.sent == [(whole.item_id, "withdrawn")]
    assert [(p.item_id, p.state, p.envelopes, p.sent) for p in settled.others] == [
        (short.item_id, "sending", 2, 1),
        (unproven.item_id, "sending", 1, 0),
    ]
    stored = {i.item_id: outbox_repo.get_item(conn, uuid.UUID(i.item_id)) for i in (whole, short, unproven)}
    first = stored[whole.item_id]
    assert (
        first is not None
        and first.state == OutboxState.SENT
        and first.receipt
        == {
            "content_hash": first.content_hash,
            "reason": {"code": "envelopes", "message": "1 envelope receipts"},
            "received_on": "2026-03-01",
            "report_id": str(ids[0]),
            "status": "withdrawn",
        }
    )
    assert stored[short.item_id].state == OutboxState.SENDING  # type: ignore[union-attr]
    assert stored[unproven.item_id].state == OutboxState.SENDING  # type: ignore[union-attr]
    log = outbox_repo.transitions(conn, uuid.UUID(whole.item_id))
    assert [(f, t, r) for f, t, _at, r in log][-1] == ("sending", "sent", "receipt withdrawn")
    # the second envelope's receipt completes `short`: two envelopes summed, the later day
    later = (str(second.envelope_id), second.content_hash, "duplicate", "2026-03-09", None)
    assert sync_outbox.store_envelope_receipts(conn, [later], NOW) == 1
    assert sync_outbox.settle_items(conn, [short.item_id], NOW).sent == [(short.item_id, "accepted")]
    done = outbox_repo.get_item(conn, uuid.UUID(short.item_id))
    assert done is not None and done.receipt is not None
    assert (done.receipt["reason"], done.receipt["received_on"], done.receipt["status"]) == (
        {"code": "envelopes", "message": "2 envelope receipts"},
        "2026-03-09",
        "accepted",  # withdrawn and duplicate: neither all withdrawn nor all duplicate
    )


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["accepted"], "accepted"),
        (["duplicate", "duplicate"], "duplicate"),
        (["withdrawn"], "withdrawn"),
        (["duplicate", "withdrawn"], "accepted"),
        (["withdrawn", "accepted"], "accepted"),
    ],
)
def test_item_status_sums_envelope_statuses(conn: Connection, statuses: list[str], expected: str) -> None:
    days = [{"status": status, "received_on": "2026-03-10"} for status in statuses]
    # receipts kept as text, and as status and day (migration 0029)
    as_text = "SELECT value AS receipt, NULL AS status FROM json_each(?)"
    as_status = "SELECT NULL AS receipt, value ->> 'status' AS status FROM json_each(?)"
    for results in (as_text, as_status):
        rows = conn.execute(
            f"SELECT {sync_outbox._ITEM_STATUS} FROM ({results}) AS r", (json.dumps(days),)
        ).fetchone()
        assert rows == (expected,), results


def test_sync_state_success_failure_and_reset(conn: Connection) -> None:
    sync_state.record_failure(conn, NOW, "could not connect", NOW + timedelta(seconds=30), parked=2)
    state = sync_state.get_state(conn)
    assert state.consecutive_failures == 1 and state.last_error == "could not connect"
    assert state.next_retry_at == NOW + timedelta(seconds=30) and state.parked_count == 2
    sync_state.record_success(conn, NOW, parked=0)
    state = sync_state.get_state(conn)
    assert state.last_success_at == NOW and state.last_error is None and state.consecutive_failures == 0
    sync_state.reset_state(conn)
    assert sync_state.get_state(conn) == sync_state.SyncStateRow()


def test_bulk_steps_carry_envelopes_and_receipts_byte_exact(conn: Connection, seed: int) -> None:
    """Batches travel through SQL as one text and JSON arrays: the header and ciphertext (what
    is sent) and the stored receipt must come back exactly as stored, whatever they hold."""
    queue_reports(conn, 2, "north", random.Random(seed))
    tricky = '{"note":"qu\\"ote \\\\ back\\u0000slash","t":"Zoë 🚐 \u2028 line","n":[1,2.50,-0]}'
    conn.execute("DROP TRIGGER outbox_envelopes_sealed")  # test only: give a header odd characters
    first = conn.execute("SELECT envelope_id FROM outbox_envelopes ORDER BY created_at LIMIT 1").fetchone()[0]
    conn.execute("UPDATE outbox_envelopes SET header = ? WHERE envelope_id = ?", (tricky, first))
    items = _claim(conn)
    stored = dict(
        (row[0], tuple(row[1:]))
        for row in conn.execute("SELECT envelope_id, content_hash, header, ciphertext FROM outbox_envelopes")
    )
    read = {e.envelope_id: (e.content_hash, e.header, e.ciphertext) for i in items for e in i.envelopes}
    assert read == stored and read[first][1] == tricky
    receipt = '{"status":"accepted","received_on":"2026-03-10","reason":{"message":"é \\" \\\\ 🚐 \\u2028"}}'
    first_item, second_item = items
    proofs = [
        (first_item.envelopes[0].envelope_id, first_item.envelopes[0].content_hash, None, None, receipt),
        (
            second_item.envelopes[0].envelope_id,
            second_item.envelopes[0].content_hash,
            "duplicate",
            "2026-03-10",
            None,
        ),
    ]
    assert sync_outbox.store_envelope_receipts(conn, proofs, NOW) == 2
    rows = conn.execute(
        f"SELECT {envelope_repo.ENVELOPE_RECEIPT} FROM outbox_envelopes AS e"
        " JOIN outbox_items AS o ON o.id = e.item_id"
        " JOIN outbox_envelope_results AS r ON r.envelope_seq = e.seq ORDER BY o.created_at"
    ).fetchall()
    # a receipt with a reason keeps its text; one without is rebuilt from its status and day and
    # the envelope's own id and hash (migration 0029), keys in the protocol model's order
    second = second_item.envelopes[0]
    rebuilt = (
        f'{{"content_hash":"{second.content_hash}","envelope_id":"{second.envelope_id}",'
        '"received_on":"2026-03-10","status":"duplicate"}'
    )
    assert rows == [(receipt,), (rebuilt,)]


def test_matching_by_email_address_in_any_case(conn: Connection) -> None:
    wanted = _alert(perpetrators=[{"email_addresses": ["Kev.B@Example.com"]}])
    other = _alert(perpetrators=[{"email_addresses": ["someone@example.com"]}])
    alerts_repo.apply_feed(conn, _feed(_upsert(wanted), _upsert(other), reset=True), NOW)
    assert wanted.email_addresses() == ["kev.b@example.com"]
    for query in ("kev.b@example.com", " KEV.B@EXAMPLE.COM "):
        assert [a.alert_id for a in alerts_repo.match_alerts(conn, query)] == [wanted.alert_id], query
    assert alerts_repo.match_alerts(conn, "kev.b@example") == []


def test_an_alert_stored_with_an_old_made_up_number_still_opens(conn: Connection) -> None:
    # '+44770090012' is what '07700 90012x' became before issue 14; stored copies must parse.
    old = _alert(perpetrators=[{"phone_numbers": ["+44770090012"]}])
    alerts_repo.apply_feed(conn, _feed(_upsert(old), reset=True), NOW)
    assert [a.phone_numbers() for a in alerts_repo.list_alerts(conn)] == [["+44770090012"]]


def test_queued_items_read_each_envelope_exactly_as_stored_oldest_first(conn: Connection, seed: int) -> None:
    queue_reports(conn, 4, "north", random.Random(seed))
    stored = conn.execute(
        "SELECT o.id, o.report_id, e.envelope_id, e.content_hash, e.header, e.ciphertext"
        " FROM outbox_items AS o JOIN outbox_envelopes AS e ON e.item_id = o.id"
        " ORDER BY o.created_at, o.version, o.id"
    ).fetchall()
    items = sync_outbox.queued_items(conn, 10)
    read = [
        (i.item_id, i.report_key, e.envelope_id, e.content_hash, e.header, e.ciphertext)
        for i in items
        for e in i.envelopes
    ]
    assert read == [tuple(r) for r in stored]
    assert sync_outbox.queued_items(conn, 2) == items[:2]


def test_statistics_only_and_unsealed_items_are_told_apart(conn: Connection, seed: int) -> None:
    (report_id,) = queue_reports(conn, 1, "north", random.Random(seed))
    conn.execute("DELETE FROM outbox_envelopes")  # shared before the charity's keys were pinned
    (unsealed,) = sync_outbox.queued_items(conn, 10)
    assert unsealed.report_id == report_id and not unsealed.sealed and unsealed.envelopes == ()
    conn.execute("DROP TRIGGER outbox_items_sealed")
    conn.execute("UPDATE outbox_items SET purposes = ?", ('["statistics"]',))  # leaves in aggregates
    assert sync_outbox.queued_items(conn, 10) == []


def test_a_damaged_envelope_holding_a_separator_is_refused_not_misread(conn: Connection, seed: int) -> None:
    queue_reports(conn, 3, "north", random.Random(seed))
    conn.execute("DROP TRIGGER outbox_envelopes_sealed")  # to damage a row as a bad disk could
    for damage in ("\x1e", "\x1f"):
        conn.execute("UPDATE outbox_envelopes SET header = 'x' || ? || header WHERE rowid = 2", (damage,))
        with pytest.raises(StorageError, match="control character"):
            sync_outbox.queued_items(conn, 10)
        conn.execute("UPDATE outbox_envelopes SET header = substr(header, 3) WHERE rowid = 2")
    assert len(sync_outbox.queued_items(conn, 10)) == 3
