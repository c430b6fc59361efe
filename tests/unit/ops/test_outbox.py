"""ops.outbox on a real vault, without Qt: the listing with enum states, and an incident's summary."""

from __future__ import annotations

from datetime import UTC, datetime

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.models import Area
from outreach_app.ops.outbox import EntryKind, OutboxState, list_outbox
from outreach_app.ops.sharing import sharing_status
from outreach_app.sharing.seal import seal_incident
from outreach_app.sharing.workflow import record_consent
from outreach_app.storage.repos import incidents

from .conftest import NOW, an_incident


def _sealed(session: VaultSession, area: Area, *, review: bool) -> tuple[object, object]:
    incident = an_incident(area)
    incidents.add_incident(session.conn, incident)
    record_consent(
        session.conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    )
    return incident, seal_incident(session.conn, incident.id, now=NOW, review_required=review)


def test_an_empty_outbox_lists_nothing_and_an_unsealed_incident_has_no_summary(
    session: VaultSession, area: Area
) -> None:
    incident = an_incident(area)
    incidents.add_incident(session.conn, incident)
    assert list_outbox(session, NOW) == []
    assert sharing_status(session, incident.id) is None


def test_a_sealed_report_is_listed_with_its_state_as_the_enum(session: VaultSession, area: Area) -> None:
    incident, item = _sealed(session, area, review=True)
    [entry] = list_outbox(session, NOW)
    assert entry.kind is EntryKind.REPORT and entry.item_id == item.id  # type: ignore[attr-defined]
    assert entry.state is OutboxState.AWAITING_REVIEW
    assert entry.incident_at == datetime(2026, 4, 2, 23, 15, tzinfo=UTC) and entry.incident_zone
    assert entry.payload is not None and "Hit by a man" in entry.payload
    summary = sharing_status(session, incident.id)
    assert summary is not None
    assert (summary.state, summary.version, summary.changed_since_shared) == (
        OutboxState.AWAITING_REVIEW,
        1,
        False,
    )
