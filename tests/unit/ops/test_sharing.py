"""ops.sharing against a real vault, without Qt: consent, preview, suspects, seal, confirm an
edit, withdraw and forget, each with the Changes it reports."""

from __future__ import annotations

import json

import pytest

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.models import Area
from outreach_app.ops import incidents, sharing
from outreach_app.ops.changes import Kind
from outreach_app.sharing.errors import NeedsConsentAgainError
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.repos import outbox as outbox_repo

from .conftest import NOW, an_incident

VERBAL = ConsentMethod.VERBAL


def _saved(session: VaultSession, area: Area, summary: str = "Hit by a man in a red van.") -> object:
    record = an_incident(area, summary)
    return incidents.save_incident(session, record, alias="Rosa", now=NOW).value.incident


def test_record_consent_issues_the_code_once(session: VaultSession, area: Area) -> None:
    record = _saved(session, area)

    first = sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW)
    again = sharing.record_consent(
        session, record.id, [Purpose.ALERT, Purpose.STATISTICS], initials="JK", method=VERBAL, now=NOW
    )

    assert first.value.code is not None and again.value.code is None
    assert first.changes.kinds == {Kind.OUTBOX, Kind.INCIDENTS}
    answers = sharing.consent_answers(session, record.id)
    assert answers is not None and answers.version == 2
    assert answers.decisions[Purpose.STATISTICS] is True
    assert answers.decisions[Purpose.POLICE_REFERRAL] is False


def test_no_consent_yet_is_none(session: VaultSession, area: Area) -> None:
    assert sharing.consent_answers(session, _saved(session, area).id) is None


def test_seal_refuses_a_payload_other_than_the_one_shown(session: VaultSession, area: Area) -> None:
    record = _saved(session, area)
    sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW)

    with pytest.raises(sharing.PreviewOutdatedError):
        sharing.seal(session, record.id, expected_payload='{"not": "this"}', now=NOW)
    assert outbox_repo.items_for_incident(session.conn, record.id) == []
    assert sharing.safe_message(sharing.PreviewOutdatedError("x")) == "x"

    shown = sharing.preview(session, record.id)
    result = sharing.seal(session, record.id, expected_payload=shown, now=NOW)
    (item,) = outbox_repo.items_for_incident(session.conn, record.id)
    assert result.value.id == item.id and item.payload == shown
    assert result.changes.kinds == {Kind.OUTBOX, Kind.INCIDENTS}


def test_removing_a_suspect_rebuilds_the_preview_without_it(session: VaultSession, area: Area) -> None:
    record = _saved(session, area, "Gaz drove past Quillan by the arches.")
    sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW)
    suspects = sharing.payload_suspects(sharing.preview(session, record.id))
    quillan = next(s for s in suspects if s.text == "Quillan")

    result = sharing.remove_suspect(session, record.id, quillan.field, quillan.text, now=NOW)

    removed = result.value
    assert removed.needs_consent_again is False
    assert removed.preview is not None and "Quillan" not in removed.preview
    assert removed.incident is not None and "Quillan" not in removed.incident.alert_summary
    assert (
        json.loads(removed.preview)["alert"]["summary"]
        == json.loads(sharing.preview(session, record.id))["alert"]["summary"]
    )


def test_confirm_edit_seals_the_new_version(session: VaultSession, area: Area) -> None:
    record = _saved(session, area)
    sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW)
    sharing.seal(session, record.id, now=NOW)
    edited = record.model_copy(update={"alert_summary": "Hit by a man in a blue van."})
    assert incidents.save_incident(session, edited, alias="Rosa", now=NOW).value.needs_consent_again
    with pytest.raises(NeedsConsentAgainError):
        sharing.seal(session, record.id, now=NOW)

    shown = sharing.preview(session, record.id, [Purpose.ALERT])
    result = sharing.confirm_edit(
        session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, expected_payload=shown, now=NOW
    )

    assert result.value.item.version == 2
    assert result.value.item.payload == shown
    assert result.changes.kinds == {Kind.OUTBOX, Kind.INCIDENTS}


def test_withdraw_with_the_code(session: VaultSession, area: Area) -> None:
    record = _saved(session, area)
    code = sharing.record_consent(
        session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW
    ).value.code
    assert code is not None

    result = sharing.withdraw(session, code, [Purpose.ALERT], initials="JK", now=NOW)

    assert result.value.incidents == (record.id,)
    assert result.changes.ids == {str(record.id)}
    answers = sharing.consent_answers(session, record.id)
    assert answers is not None and answers.decisions[Purpose.ALERT] is False


def test_forget_person_erases_their_incidents_and_consents(session: VaultSession, area: Area) -> None:
    record = _saved(session, area)
    sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW)
    assert record.person_id is not None

    result = sharing.forget_person(session, record.person_id, now=NOW)

    assert (result.value.incidents, result.value.contacts) == (1, 0)
    assert result.changes.touches(Kind.PEOPLE, Kind.INCIDENTS)
    assert incidents.incident(session, record.id) is None
    assert sharing.consent_answers(session, record.id) is None
    with pytest.raises(RecordNotFoundError):
        sharing.forget_person(session, record.person_id, now=NOW)


def test_safe_message_hides_other_errors() -> None:
    assert sharing.safe_message(RuntimeError("Rosa's address")) is None


def test_sharing_status_follows_the_latest_version(session: VaultSession, area: Area) -> None:
    record = _saved(session, area)
    assert sharing.sharing_status(session, record.id) is None
    sharing.record_consent(session, record.id, [Purpose.ALERT], initials="JK", method=VERBAL, now=NOW)
    sharing.seal(session, record.id, now=NOW)

    sealed = sharing.sharing_status(session, record.id)
    edited = record.model_copy(update={"alert_summary": "Hit by a man in a blue van."})
    incidents.save_incident(session, edited, alias="Rosa", now=NOW)
    changed = sharing.sharing_status(session, record.id)

    assert sealed is not None and sealed.version == 1 and sealed.changed_since_shared is False
    assert sealed.state in {sharing.OutboxState.QUEUED, sharing.OutboxState.AWAITING_REVIEW}
    assert changed is not None and changed.changed_since_shared is True
