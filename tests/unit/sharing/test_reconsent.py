"""Re-consent after an edit (sharing/reconsent.py), on a real SQLCipher database.

An edit to a shared incident seals nothing; the person's confirmation (same purposes or
fewer, same withdrawal code) is a consent version and seals the new version in one
transaction, superseding what may be on the server.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Incident
from outreach_app.protocol.receipts import Receipt, ReceiptStatus
from outreach_app.protocol.verifier import withdrawal_verifier
from outreach_app.sharing import outbox
from outreach_app.sharing.consent import ConsentChange, ConsentError, WideningError
from outreach_app.sharing.consent_store import consent_versions
from outreach_app.sharing.errors import NeedsConsentAgainError, NotChangedError, PreviewChangedError
from outreach_app.sharing.outbox_states import OutboxState as S
from outreach_app.sharing.reconsent import confirm_edit, needs_consent_again, note_edit
from outreach_app.sharing.seal import preview_incident, seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos.incidents import update_incident
from tests.unit.sharing.test_pipeline import make_incident

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)
BOTH = [Purpose.ALERT, Purpose.STATISTICS]


def shared(
    conn: Connection, purposes: list[Purpose], *, send: bool = True
) -> tuple[Incident, str, repo.OutboxRow]:
    """An incident with consent for `purposes`, sealed (and sent, with a receipt, if `send`)."""
    incident = make_incident(conn)
    code = record_consent(
        conn, incident.id, purposes, worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    ).code
    assert code is not None
    item = seal_incident(conn, incident.id, now=NOW)
    if send:
        send_item(conn, item)
    return incident, code, item


def send_item(conn: Connection, item: repo.OutboxRow) -> None:
    outbox.mark_sending(conn, [item.id], now=NOW)
    receipt = Receipt(
        report_id=item.report_id,
        content_hash=item.content_hash,
        status=ReceiptStatus.ACCEPTED,
        received_on=date(2025, 5, 1),
    )
    outbox.mark_sent(conn, item.id, receipt, now=NOW)


def edit(conn: Connection, incident: Incident, **changes: object) -> bool:
    """Save an edit the way the app does: the update and `note_edit` in one transaction."""
    with transaction(conn):
        update_incident(conn, incident.model_copy(update=changes))
        return note_edit(conn, incident.id, now=LATER)


def test_an_edit_to_a_shared_incident_seals_nothing_and_sharing_is_refused(conn: Connection) -> None:
    incident, _code, first = shared(conn, BOTH)
    assert edit(conn, incident, alert_summary="he came back on Tuesday") is True
    assert needs_consent_again(conn, incident.id)
    assert repo.get_sharing_state(conn, incident.id).state == "changed"  # type: ignore[union-attr]
    items = repo.items_for_incident(conn, incident.id)
    assert [(i.id, i.state) for i in items] == [(first.id, S.SENT)]  # the old version stays as sent
    with pytest.raises(NeedsConsentAgainError, match="confirms it again"):
        seal_incident(conn, incident.id, now=LATER)
    assert len(repo.items_for_incident(conn, incident.id)) == 1
    # the preview shows the new version (what confirming would seal)
    assert json.loads(preview_incident(conn, incident.id))["alert"]["summary"] == "he came back on Tuesday"


def test_edits_to_what_never_leaves_need_no_consent_and_an_edit_back_clears_the_mark(
    conn: Connection,
) -> None:
    incident, _code, _first = shared(conn, BOTH)
    assert edit(conn, incident, narrative="more of the story, stays here") is False
    assert repo.get_sharing_state(conn, incident.id).state == "sealed"  # type: ignore[union-attr]
    assert edit(conn, incident, types=[IncidentType.FRAUD]) is True
    assert edit(conn, incident, types=list(incident.types)) is False
    assert not needs_consent_again(conn, incident.id)


def test_incidents_never_shared_or_fully_withdrawn_are_not_marked(conn: Connection) -> None:
    never = make_incident(conn)
    assert edit(conn, never, alert_summary="x") is False
    consented_only = make_incident(conn)
    record_consent(conn, consented_only.id, BOTH, worker_initials="JK", method=ConsentMethod.VERBAL)
    assert edit(conn, consented_only, alert_summary="x") is False
    withdrawn, code, _item = shared(conn, BOTH, send=False)
    withdraw_with_code(conn, code, BOTH, now=NOW)
    assert edit(conn, withdrawn, alert_summary="x") is False


def test_confirming_seals_a_superseding_version_under_the_same_code(conn: Connection) -> None:
    incident, code, first = shared(conn, BOTH)
    edit(conn, incident, alert_summary="he came back on Tuesday")
    shown = preview_incident(conn, incident.id)
    outcome = confirm_edit(
        conn,
        incident.id,
        BOTH,
        worker_initials="MB",
        method=ConsentMethod.WRITTEN,
        now=LATER,
        expected_payload=shown,
    )
    new = outcome.item
    assert new.payload == shown and new.version == 2 and new.state == S.QUEUED
    assert new.supersedes == first.report_id
    payload, old_payload = json.loads(new.payload), json.loads(first.payload)
    assert payload["supersedes"] == str(first.report_id)
    assert payload["withdrawal_verifier"] == old_payload["withdrawal_verifier"] == withdrawal_verifier(code)
    assert payload["report_id"] != old_payload["report_id"]
    assert repo.get_item(conn, first.id).state == S.SUPERSEDED  # type: ignore[union-attr]
    versions = consent_versions(conn, incident.id)
    assert [(c.version, c.change) for c in versions] == [
        (1, ConsentChange.GIVEN),
        (2, ConsentChange.CONFIRMED_EDIT),
    ]
    confirmed = versions[-1]
    assert (confirmed.worker_initials, confirmed.method, confirmed.recorded_at) == (
        "MB",
        ConsentMethod.WRITTEN,
        LATER,
    )
    assert confirmed.verifier == versions[0].verifier
    assert repo.get_sharing_state(conn, incident.id).state == "sealed"  # type: ignore[union-attr]
    assert outcome.consent == confirmed
    with pytest.raises(NotChangedError):  # nothing left to confirm
        confirm_edit(conn, incident.id, BOTH, worker_initials="MB", method=ConsentMethod.VERBAL)


def test_a_still_queued_old_version_is_sent_until_confirmation_then_never(conn: Connection) -> None:
    incident, _code, first = shared(conn, [Purpose.ALERT], send=False)
    edit(conn, incident, alert_summary="new words")
    # the person consented to exactly that content: it may still go while the edit waits
    assert [o.item_id for o in outbox.items_to_send(conn, 10)] == [first.id]
    new = confirm_edit(
        conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL, now=LATER
    ).item
    assert repo.get_item(conn, first.id).state == S.SUPERSEDED  # type: ignore[union-attr]
    assert [o.item_id for o in outbox.items_to_send(conn, 10)] == [new.id]
    assert new.supersedes is None  # the old version never reached the server: nothing to replace


def test_narrowing_drops_sections_and_withdraws_them_from_the_sent_version(conn: Connection) -> None:
    incident, _code, first = shared(conn, BOTH)
    edit(conn, incident, alert_summary="new words")
    shown = preview_incident(conn, incident.id, [Purpose.STATISTICS])
    assert "alert" not in json.loads(shown)
    new = confirm_edit(
        conn,
        incident.id,
        [Purpose.STATISTICS],
        worker_initials="JK",
        method=ConsentMethod.VERBAL,
        now=LATER,
        expected_payload=shown,
    ).item
    payload = json.loads(new.payload)
    assert "alert" not in payload and payload["statistics"] is not None
    assert new.purposes == ("statistics",) and new.supersedes == first.report_id
    pending = outbox.withdrawals_to_send(conn)
    assert [(w.withdrawal.report_id, w.withdrawal.purposes) for w in pending] == [
        (first.report_id, [Purpose.ALERT])
    ]
    assert consent_versions(conn, incident.id)[-1].granted() == {Purpose.STATISTICS}


def test_widening_is_refused_without_a_fresh_consent(conn: Connection) -> None:
    incident, _code, first = shared(conn, [Purpose.ALERT])
    edit(conn, incident, alert_summary="new words")
    with pytest.raises(WideningError, match="fresh consent"):
        confirm_edit(conn, incident.id, BOTH, worker_initials="JK", method=ConsentMethod.VERBAL, now=LATER)
    with pytest.raises(WideningError):
        preview_incident(conn, incident.id, BOTH)
    with pytest.raises(ConsentError, match="at least one"):
        confirm_edit(conn, incident.id, [], worker_initials="JK", method=ConsentMethod.VERBAL, now=LATER)
    assert len(consent_versions(conn, incident.id)) == 1
    assert len(repo.items_for_incident(conn, incident.id)) == 1 and needs_consent_again(conn, incident.id)
    # a fresh consent with the person covers the edited version; sharing then supersedes as usual
    record_consent(conn, incident.id, BOTH, worker_initials="JK", method=ConsentMethod.WRITTEN, now=LATER)
    assert not needs_consent_again(conn, incident.id)
    second = seal_incident(conn, incident.id, now=LATER)
    assert second.supersedes == first.report_id and set(second.purposes) == {"alert", "statistics"}


def test_a_stale_preview_is_refused_and_nothing_is_written(conn: Connection) -> None:
    incident, _code, _first = shared(conn, BOTH)
    edit(conn, incident, alert_summary="first edit")
    shown = preview_incident(conn, incident.id)
    edit(conn, incident, alert_summary="second edit")
    with pytest.raises(PreviewChangedError):
        confirm_edit(
            conn,
            incident.id,
            BOTH,
            worker_initials="JK",
            method=ConsentMethod.VERBAL,
            now=LATER,
            expected_payload=shown,
        )
    assert len(consent_versions(conn, incident.id)) == 1
    assert len(repo.items_for_incident(conn, incident.id)) == 1


def test_the_withdrawal_code_withdraws_both_versions(conn: Connection) -> None:
    incident, code, first = shared(conn, BOTH)
    edit(conn, incident, alert_summary="new words")
    second = confirm_edit(
        conn, incident.id, BOTH, worker_initials="JK", method=ConsentMethod.VERBAL, now=LATER
    ).item
    withdraw_with_code(conn, code, list(Purpose), now=LATER)
    old, new = repo.get_item(conn, first.id), repo.get_item(conn, second.id)
    assert old is not None and old.state == S.WITHDRAWAL_PENDING  # it was on the server
    assert new is not None and new.state == S.WITHDRAWN  # never left
    asked = {w.withdrawal.report_id: set(w.withdrawal.purposes) for w in outbox.withdrawals_to_send(conn)}
    assert asked == {first.report_id: set(BOTH)}


def test_the_withdrawal_code_withdraws_both_versions_once_both_were_sent(conn: Connection) -> None:
    incident, code, first = shared(conn, BOTH)
    edit(conn, incident, alert_summary="new words")
    second = confirm_edit(
        conn, incident.id, BOTH, worker_initials="JK", method=ConsentMethod.VERBAL, now=LATER
    ).item
    send_item(conn, second)
    withdraw_with_code(conn, code, list(Purpose), now=LATER)
    for item in (first, second):
        assert repo.get_item(conn, item.id).state == S.WITHDRAWAL_PENDING  # type: ignore[union-attr]
    asked = {w.withdrawal.report_id: set(w.withdrawal.purposes) for w in outbox.withdrawals_to_send(conn)}
    assert asked == {first.report_id: set(BOTH), second.report_id: set(BOTH)}


def test_a_partial_withdrawal_while_an_edit_waits_reseals_nothing(conn: Connection) -> None:
    incident, code, first = shared(conn, BOTH, send=False)
    edit(conn, incident, alert_summary="new words")
    withdraw_with_code(conn, code, [Purpose.ALERT], now=LATER)
    items = repo.items_for_incident(conn, incident.id)
    assert [(i.id, i.state) for i in items] == [(first.id, S.SUPERSEDED)]  # narrowed: not sent as was
    assert needs_consent_again(conn, incident.id)
    new = confirm_edit(
        conn, incident.id, [Purpose.STATISTICS], worker_initials="JK", method=ConsentMethod.VERBAL, now=LATER
    ).item
    assert new.purposes == ("statistics",) and "new words" not in new.payload


def test_retention_keeps_the_text_of_an_edit_waiting_for_confirmation(conn: Connection) -> None:
    from outreach_app.storage.repos.retention import protected_incident_ids

    incident, _code, _first = shared(conn, BOTH)
    assert incident.id not in protected_incident_ids(conn)  # sent: nothing waits for its text
    edit(conn, incident, alert_summary="new words")
    assert incident.id in protected_incident_ids(conn)
