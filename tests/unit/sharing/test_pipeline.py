"""Consent -> seal -> outbox -> receipt / withdrawal, on a real SQLCipher database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from uuid import uuid4

import pytest

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Area, Incident, Perpetrator, Person
from outreach_app.protocol.canonical import content_hash
from outreach_app.protocol.receipts import Receipt, ReceiptStatus
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.verifier import WithdrawalCodeError, purpose_verifier, withdrawal_verifier
from outreach_app.protocol.withdrawals import WithdrawalResult, WithdrawalStatus
from outreach_app.sharing import outbox
from outreach_app.sharing.anonymise import NotShareableError
from outreach_app.sharing.consent import SpentCodeError
from outreach_app.sharing.consent_store import consent_versions
from outreach_app.sharing.errors import NoConsentError, ReceiptMismatchError, ReviewError, UnknownCodeError
from outreach_app.sharing.outbox_states import OutboxState as S
from outreach_app.sharing.seal import (
    REVIEW_REQUIRED_SETTING,
    preview_incident,
    seal_incident,
)
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import consents as consent_repo
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.incidents import add_incident, delete_incident, update_incident
from outreach_app.storage.repos.people import add_person
from outreach_app.storage.repos.settings import set_setting

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


def make_incident(conn: Connection, *, region: str | None = "leeds", summary: str = "") -> Incident:
    area = Area(name="Holbeck", region_id=region)
    add_area(conn, area)
    person = Person(alias="Sparkle")
    add_person(conn, person)
    incident = Incident(
        person_id=person.id,
        area_id=area.id,
        worker_initials="JK",
        occurred_at=datetime(2025, 4, 30, 23, 0, tzinfo=UTC),
        types=[IncidentType.ROBBERY_THEFT],
        perpetrators=[Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"])],
        narrative="full story stays here",
        alert_summary=summary or "Sparkle robbed by Gaz, 07700 900123",
    )
    add_incident(conn, incident)
    return incident


def receipt_for(item: repo.OutboxRow, status: ReceiptStatus = ReceiptStatus.ACCEPTED) -> Receipt:
    return Receipt(
        report_id=item.report_id, content_hash=item.content_hash, status=status, received_on=date(2025, 5, 1)
    )


def states(conn: Connection) -> list[str]:
    return [item.state for item in repo.list_items(conn)]


def test_consent_then_share_seals_the_previewed_payload_into_the_queue(conn: Connection) -> None:
    incident = make_incident(conn)
    outcome = record_consent(
        conn,
        incident.id,
        [Purpose.ALERT, Purpose.STATISTICS],
        worker_initials="JK",
        method=ConsentMethod.VERBAL,
    )
    assert outcome.code is not None and len(outcome.code) == 19
    stored = consent_repo.latest_consent(conn, incident.id)
    assert stored is not None and stored.verifier == withdrawal_verifier(outcome.code)
    assert outcome.code.replace("-", "") not in json.dumps(stored.decisions) + stored.verifier
    text = preview_incident(conn, incident.id)
    item = seal_incident(conn, incident.id, now=NOW)
    assert item.payload == text
    assert item.content_hash == content_hash(SharedReport.model_validate_json(text))
    assert item.state == S.QUEUED
    assert [t[:2] for t in repo.transitions(conn, item.id)] == [
        ("draft", "consented"),
        ("consented", "queued"),
    ]
    assert "full story" not in item.payload and "Sparkle" not in item.payload
    # the perpetrator's own name used and number stay: warning others about him is the point
    assert json.loads(item.payload)["alert"]["summary"] == "[name] robbed by Gaz, 07700 900123"
    assert repo.get_sharing_state(conn, incident.id).state == "sealed"  # type: ignore[union-attr]


def test_sealed_payload_is_immutable(conn: Connection) -> None:
    incident = make_incident(conn)
    record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.WRITTEN)
    item = seal_incident(conn, incident.id, now=NOW)
    # the payload is kept apart from the item's state (migration 0027), sealed all the same
    with pytest.raises(Exception, match="immutable"):
        conn.execute(
            "UPDATE outbox_payloads SET payload = '{}'"
            " WHERE item_seq = (SELECT seq FROM outbox_items WHERE id = ?)",
            (str(item.id),),
        )
    with pytest.raises(Exception, match="immutable"):
        conn.execute("UPDATE outbox_items SET content_hash = ? WHERE id = ?", ("0" * 64, str(item.id)))
    assert repo.get_item(conn, item.id).payload == item.payload  # type: ignore[union-attr]


def test_sharing_twice_without_change_keeps_one_item_and_editing_seals_a_superseding_version(
    conn: Connection,
) -> None:
    incident = make_incident(conn)
    record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
    first = seal_incident(conn, incident.id, now=NOW)
    assert preview_incident(conn, incident.id) == first.payload
    assert seal_incident(conn, incident.id, now=NOW).id == first.id
    outbox.mark_sending(conn, [first.id], now=NOW)
    outbox.mark_sent(conn, first.id, receipt_for(first), now=NOW)
    update_incident(conn, incident.model_copy(update={"types": [IncidentType.FRAUD]}))
    second = seal_incident(conn, incident.id, now=NOW)
    assert second.id != first.id and second.version == 2
    assert second.supersedes == first.report_id
    assert json.loads(second.payload)["supersedes"] == str(first.report_id)
    assert repo.get_item(conn, first.id).state == S.SUPERSEDED  # type: ignore[union-attr]


def test_review_required_holds_items_until_approved_or_rejected(conn: Connection) -> None:
    set_setting(conn, REVIEW_REQUIRED_SETTING, True)
    incident = make_incident(conn)
    record_consent(conn, incident.id, [Purpose.STATISTICS], worker_initials="JK", method=ConsentMethod.VERBAL)
    item = seal_incident(conn, incident.id, now=NOW)
    assert item.state == S.AWAITING_REVIEW
    assert outbox.items_to_send(conn, 10) == []
    outbox.approve(conn, item.id, now=NOW)
    assert [o.item_id for o in outbox.items_to_send(conn, 10)] == [item.id]
    with pytest.raises(ReviewError):
        outbox.reject(conn, item.id, now=NOW)


def test_bad_inputs_change_nothing(conn: Connection) -> None:
    incident = make_incident(conn, region=None)
    with pytest.raises(NoConsentError):
        seal_incident(conn, incident.id, now=NOW)
    record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
    with pytest.raises(NotShareableError):
        seal_incident(conn, incident.id, now=NOW)
    assert repo.list_items(conn) == []
    with pytest.raises(WithdrawalCodeError):
        withdraw_with_code(conn, "not-a-code", [Purpose.ALERT])
    with pytest.raises(UnknownCodeError):
        withdraw_with_code(conn, "0000-0000-0000-0000", [Purpose.ALERT])
    assert len(consent_versions(conn, incident.id)) == 1
    assert repo.list_withdrawals(conn) == []


def test_sync_api_sends_receipts_and_parks(conn: Connection) -> None:
    a = make_incident(conn)
    b = make_incident(conn)
    for incident in (a, b):
        record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
        seal_incident(conn, incident.id, now=NOW)
    out = outbox.items_to_send(conn, 10)
    assert len(out) == 2 and all(o.content_hash == content_hash(o.report) for o in out)
    moved = outbox.mark_sending(conn, [o.item_id for o in out], now=NOW)
    assert moved == [o.item_id for o in out]
    first, second = (repo.get_item(conn, i) for i in moved)
    assert first is not None and second is not None
    with pytest.raises(ReceiptMismatchError):
        outbox.mark_sent(conn, first.id, receipt_for(second), now=NOW)
    outbox.mark_sent(conn, first.id, receipt_for(first), now=NOW)
    outbox.mark_parked(conn, second.id, "rejected: unknown_region", now=NOW)
    sent, parked = repo.get_item(conn, first.id), repo.get_item(conn, second.id)
    assert sent is not None and sent.state == S.SENT and sent.receipt is not None
    assert parked is not None and parked.state == S.PARKED and parked.last_error == "rejected: unknown_region"
    outbox.requeue_parked(conn, second.id, now=NOW)
    outbox.mark_sending(conn, [second.id], now=NOW)
    assert outbox.requeue_stale_sending(conn, now=NOW) == 1
    again = repo.get_item(conn, second.id)
    assert again is not None and again.state == S.QUEUED and again.ever_sending and again.attempts == 2


def test_withdrawal_by_code_before_sending_needs_no_server(conn: Connection) -> None:
    incident = make_incident(conn)
    code = record_consent(
        conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL
    ).code
    assert code is not None
    item = seal_incident(conn, incident.id, now=NOW)
    withdraw_with_code(conn, code.lower().replace("-", " "), [Purpose.ALERT], now=NOW)
    assert repo.get_item(conn, item.id).state == S.WITHDRAWN  # type: ignore[union-attr]
    assert outbox.withdrawals_to_send(conn) == []
    with pytest.raises(SpentCodeError):
        withdraw_with_code(conn, code, [Purpose.ALERT], now=NOW)
    assert [c.version for c in consent_versions(conn, incident.id)] == [1, 2]


def test_withdrawal_of_an_item_in_flight_goes_to_the_server_and_wins_over_a_late_receipt(
    conn: Connection,
) -> None:
    incident = make_incident(conn)
    code = record_consent(
        conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL
    ).code
    assert code is not None
    item = seal_incident(conn, incident.id, now=NOW)
    outbox.mark_sending(conn, [item.id], now=NOW)
    withdraw_with_code(conn, code, [Purpose.ALERT], now=NOW)
    assert repo.get_item(conn, item.id).state == S.WITHDRAWAL_PENDING  # type: ignore[union-attr]
    outbox.mark_sent(conn, item.id, receipt_for(item), now=NOW)
    assert repo.get_item(conn, item.id).state == S.WITHDRAWAL_PENDING  # type: ignore[union-attr]
    pending = outbox.withdrawals_to_send(conn)
    assert [(w.withdrawal.report_id, w.withdrawal.purposes) for w in pending] == [
        (item.report_id, [Purpose.ALERT])
    ]
    result = WithdrawalResult(
        report_id=item.report_id, status=WithdrawalStatus.WITHDRAWN, purposes=[Purpose.ALERT]
    )
    outbox.mark_withdrawn(conn, pending[0].withdrawal_id, result, now=NOW)
    assert repo.get_item(conn, item.id).state == S.WITHDRAWN  # type: ignore[union-attr]
    assert outbox.withdrawals_to_send(conn) == []


def test_partial_withdrawal_reseals_what_remains_and_withdraws_the_rest_from_the_server(
    conn: Connection,
) -> None:
    incident = make_incident(conn)
    code = record_consent(
        conn,
        incident.id,
        [Purpose.ALERT, Purpose.STATISTICS],
        worker_initials="JK",
        method=ConsentMethod.VERBAL,
    ).code
    assert code is not None
    item = seal_incident(conn, incident.id, now=NOW)
    outbox.mark_sending(conn, [item.id], now=NOW)
    outbox.mark_retry(conn, [item.id], "timeout", now=NOW)
    withdraw_with_code(conn, code, [Purpose.ALERT], now=NOW)
    old = repo.get_item(conn, item.id)
    assert old is not None and old.state == S.SUPERSEDED
    new = [i for i in repo.list_items(conn) if i.id != item.id]
    assert len(new) == 1 and new[0].state == S.QUEUED and new[0].purposes == ("statistics",)
    assert new[0].supersedes == item.report_id
    pending = outbox.withdrawals_to_send(conn)
    assert [(w.withdrawal.report_id, w.withdrawal.purposes) for w in pending] == [
        (item.report_id, [Purpose.ALERT])
    ]


def test_a_code_from_another_device_queues_a_verifier_withdrawal_only_when_asked(conn: Connection) -> None:
    code = "7KQ2-MX9D-4HTB-0WZR"
    result = withdraw_with_code(conn, code, [Purpose.ALERT, Purpose.STATISTICS], other_device=True, now=NOW)
    assert result.remote_only
    pending = outbox.withdrawals_to_send(conn)
    # protocol v2: the alert envelope's own verifier (statistics leaves only in aggregates)
    assert len(pending) == 1 and pending[0].withdrawal.verifier == purpose_verifier(code, "alert")
    assert pending[0].withdrawal.verifier != withdrawal_verifier(code)
    assert pending[0].withdrawal.report_id is None


def test_narrowing_consent_is_a_withdrawal(conn: Connection) -> None:
    incident = make_incident(conn)
    record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
    item = seal_incident(conn, incident.id, now=NOW)
    again = record_consent(conn, incident.id, [], worker_initials="MB", method=ConsentMethod.WRITTEN, now=NOW)
    assert again.code is None and again.consent.version == 2
    assert repo.get_item(conn, item.id).state == S.WITHDRAWN  # type: ignore[union-attr]
    with pytest.raises(NoConsentError):
        seal_incident(conn, incident.id, now=NOW)


def test_unknown_incident_for_consent_changes_nothing(conn: Connection) -> None:
    from outreach_app.sharing.errors import UnknownIncidentError

    with pytest.raises(UnknownIncidentError):
        record_consent(conn, uuid4(), [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
    assert conn.execute("SELECT count(*) FROM consents").fetchone()[0] == 0


def test_withdrawal_still_works_after_the_incident_was_purged(conn: Connection) -> None:
    incident = make_incident(conn)
    code = record_consent(
        conn,
        incident.id,
        [Purpose.ALERT, Purpose.STATISTICS],
        worker_initials="JK",
        method=ConsentMethod.VERBAL,
    ).code
    assert code is not None
    item = seal_incident(conn, incident.id, now=NOW)
    outbox.mark_sending(conn, [item.id], now=NOW)
    outbox.mark_retry(conn, [item.id], "timeout", now=NOW)
    assert delete_incident(conn, incident.id)
    withdraw_with_code(conn, code, [Purpose.ALERT], now=NOW)
    assert repo.get_item(conn, item.id).state == S.SUPERSEDED  # type: ignore[union-attr]
    assert [w.withdrawal.purposes for w in outbox.withdrawals_to_send(conn)] == [[Purpose.ALERT]]
    withdraw_with_code(conn, code, [Purpose.STATISTICS], now=NOW)
    assert repo.get_item(conn, item.id).state == S.WITHDRAWAL_PENDING  # type: ignore[union-attr]


def test_forgetting_a_person_withdraws_and_erases_what_sharing_keeps(conn: Connection) -> None:
    from outreach_app.sharing.forget import before_forget
    from outreach_app.storage.forget import forget_person

    sent_incident = make_incident(conn)
    unsent_incident = make_incident(conn)
    for incident in (sent_incident, unsent_incident):
        record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
    sent = seal_incident(conn, sent_incident.id, now=NOW)
    unsent = seal_incident(conn, unsent_incident.id, now=NOW)
    outbox.mark_sending(conn, [sent.id], now=NOW)
    outbox.mark_sent(conn, sent.id, receipt_for(sent), now=NOW)
    for incident in (sent_incident, unsent_incident):
        assert incident.person_id is not None
        forget_person(conn, incident.person_id, before_delete=before_forget, compact_after=False)
    assert conn.execute("SELECT count(*) FROM consents").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sharing_state").fetchone()[0] == 0
    assert repo.get_item(conn, unsent.id) is None and repo.transitions(conn, unsent.id) == []
    kept = repo.get_item(conn, sent.id)
    assert kept is not None and kept.state == S.WITHDRAWAL_PENDING
    assert [w.withdrawal.report_id for w in outbox.withdrawals_to_send(conn)] == [sent.report_id]
