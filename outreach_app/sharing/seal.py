"""Sealing: the anonymised report and its canonical hash go into the outbox, in one transaction
with the incident's sharing state.

A sealed payload never changes (a trigger refuses it). An edit to a shared incident does not
seal anything: `sharing.reconsent.note_edit` marks the incident `changed` and `seal_incident`
refuses it until the person confirms the new version (`reconsent.confirm_edit`), which seals
it: the earlier items are marked superseded and the new report's `supersedes` names the
latest version that may have reached the server. The report id is reserved when consent is
first recorded, so `preview_incident` shows the exact text that `seal_incident` stores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID, uuid4

from outreach_app.domain.enums import Purpose
from outreach_app.domain.models import Incident, Person
from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.canonical import content_hash
from outreach_app.protocol.reports import SharedReport
from outreach_app.sharing.anonymise import build_report, payload_text
from outreach_app.sharing.consent import Consent, WideningError
from outreach_app.sharing.consent_store import current_consent
from outreach_app.sharing.envelope_outbox import seal_when_possible
from outreach_app.sharing.errors import NeedsConsentAgainError, NoConsentError, UnknownIncidentError
from outreach_app.sharing.outbox_states import LIVE, OutboxState
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos.areas import get_area
from outreach_app.storage.repos.incidents import get_incident
from outreach_app.storage.repos.people import get_person, list_aliases
from outreach_app.storage.repos.settings import get_setting

REVIEW_REQUIRED_SETTING = "sharing.review_required"
"""Setting (bool): sealed items wait for a coordinator's approval before they are queued."""

CHANGED = "changed"
"""`sharing_state.state` of an incident edited after it was shared: the edited version needs the
person's consent again before it is sealed (the earlier version stays as it is)."""

S = OutboxState


@dataclass(frozen=True)
class SealInputs:
    incident: Incident
    person: Person | None
    consent: Consent
    region_id: str | None
    state: repo.SharingStateRow
    vault_names: tuple[str, ...] = ()


def ensure_sharing_state(conn: Connection, incident_id: UUID, now: datetime) -> repo.SharingStateRow:
    """The incident's sharing state, created (with a reserved report id) on first use."""
    state = repo.get_sharing_state(conn, incident_id)
    if state is None:
        state = repo.SharingStateRow(incident_id, "consented", uuid4(), None, 0, now)
        repo.put_sharing_state(conn, state)
    return state


def _inputs(conn: Connection, incident_id: UUID, purposes: Iterable[Purpose] | None = None) -> SealInputs:
    incident = get_incident(conn, incident_id)
    if incident is None:
        raise UnknownIncidentError(f"no incident {incident_id}")
    consent = current_consent(conn, incident_id)
    state = repo.get_sharing_state(conn, incident_id)
    if consent is None or state is None:
        raise NoConsentError(f"incident {incident_id} has no consent recorded")
    if not consent.granted():
        raise NoConsentError(f"nothing is consented for incident {incident_id}")
    if purposes is not None:
        consent = narrowed(consent, purposes)
    person = get_person(conn, incident.person_id) if incident.person_id is not None else None
    area = get_area(conn, incident.area_id) if incident.area_id is not None else None
    return SealInputs(
        incident, person, consent, area.region_id if area else None, state, tuple(list_aliases(conn))
    )


def narrowed(consent: Consent, purposes: Iterable[Purpose]) -> Consent:
    """The consent as it would be with only `purposes` (WideningError for anything more)."""
    chosen = frozenset(purposes)
    wider = chosen - consent.granted()
    if wider:
        names = ", ".join(sorted(p.value for p in wider))
        raise WideningError(
            f"{names} was not consented before: adding a purpose needs a fresh consent with the person"
        )
    if not chosen:
        raise NoConsentError(f"nothing is consented for incident {consent.incident_id}")
    return consent.model_copy(update={"decisions": {p: p in chosen for p in consent.decisions}})


def _supersedes(items: list[repo.OutboxRow]) -> UUID | None:
    """The latest version that may be on the server (sent, or ever sending)."""
    reached = [item for item in items if item.ever_sending or item.state == S.SENT]
    return max(reached, key=lambda item: item.version).report_id if reached else None


def _report(conn: Connection, inputs: SealInputs) -> SharedReport:
    report = build_report(
        inputs.incident,
        inputs.consent,
        area_region_id=inputs.region_id,
        verifier=inputs.consent.verifier,
        person=inputs.person,
        supersedes=_supersedes(repo.items_for_incident(conn, inputs.incident.id)),
        report_id=inputs.state.next_report_id,
        vault_names=inputs.vault_names,
    )
    if report is None:  # pragma: no cover - _inputs refuses an empty consent first
        raise NoConsentError(f"nothing is consented for incident {inputs.incident.id}")
    return report


def preview_incident(conn: Connection, incident_id: UUID, purposes: Iterable[Purpose] | None = None) -> str:
    """The exact canonical JSON that `seal_incident` would store and send now (the already
    sealed payload when nothing changed since, because sharing again then seals nothing new).

    For an incident edited after it was shared, this is the new version that
    `reconsent.confirm_edit` would seal; `purposes` previews it with only those of the consented
    purposes (the person may narrow when confirming again)."""
    inputs = _inputs(conn, incident_id, purposes)
    report = _report(conn, inputs)
    current = _current_item(conn, inputs)
    if current is not None and _same_content(current, report):
        return current.payload
    return payload_text(report)


def _current_item(conn: Connection, inputs: SealInputs) -> repo.OutboxRow | None:
    if inputs.state.current_item_id is None:
        return None
    return repo.get_item(conn, inputs.state.current_item_id)


def _same_content(item: repo.OutboxRow, report: SharedReport) -> bool:
    """An earlier live or sent version with the same content (only the report id differs, and
    `supersedes`, which for a version already on the server would name that version itself)."""
    if item.state not in LIVE and item.state != S.SENT:
        return False
    if not item.payload:  # retention blanked a sent payload: nothing to compare with
        return False
    earlier = SharedReport.model_validate_json(item.payload)
    return (
        earlier.model_copy(update={"report_id": report.report_id, "supersedes": report.supersedes}) == report
    )


def seal_incident(
    conn: Connection,
    incident_id: UUID,
    *,
    now: datetime | None = None,
    review_required: bool | None = None,
) -> repo.OutboxRow:
    """Seal the incident's current anonymised report into the outbox and return the item.

    Sharing again with nothing changed returns the existing item. Raises UnknownIncidentError,
    NoConsentError, NeedsConsentAgainError (edited since shared: see `reconsent.confirm_edit`)
    or anonymise.NotShareableError; nothing is written then.
    """
    at = now or utcnow()
    with transaction(conn):
        inputs = _inputs(conn, incident_id)
        if inputs.state.state == CHANGED:
            raise NeedsConsentAgainError(
                f"incident {incident_id} was edited after it was shared: the new version is not "
                "shared until the person confirms it again"
            )
        report = _report(conn, inputs)
        items = repo.items_for_incident(conn, incident_id)
        current = _current_item(conn, inputs)
        if current is not None and _same_content(current, report):
            return current
        for item in items:
            if item.state in LIVE or item.state == S.SENT:
                repo.set_state(
                    conn, item.id, item.state, S.SUPERSEDED, at, reason="a newer version was sealed"
                )
        if review_required is None:
            review_required = bool(get_setting(conn, REVIEW_REQUIRED_SETTING, False))
        version = max((item.version for item in items), default=0) + 1
        item_id = uuid4()
        repo.insert_item(
            conn,
            repo.OutboxRow(
                id=item_id,
                incident_id=incident_id,
                report_id=report.report_id,
                version=version,
                consent_version=inputs.consent.version,
                purposes=tuple(sorted(p.value for p in report.purposes())),
                state=S.CONSENTED,
                payload=payload_text(report),
                content_hash=content_hash(report),
                supersedes=report.supersedes,
                last_error=None,
                receipt=None,
                attempts=0,
                ever_sending=False,
                created_at=at,
                updated_at=at,
            ),
        )
        target = S.AWAITING_REVIEW if review_required else S.QUEUED
        repo.set_state(conn, item_id, S.CONSENTED, target, at)
        repo.put_sharing_state(
            conn,
            repo.SharingStateRow(
                incident_id=incident_id,
                state="sealed",
                next_report_id=uuid4(),
                current_item_id=item_id,
                sealed_versions=inputs.state.sealed_versions + 1,
                updated_at=at,
            ),
        )
        sealed = repo.get_item(conn, item_id)
        assert sealed is not None
        # Envelopes sealed once, here, not on every sync pass (they are immutable).
        seal_when_possible(conn, sealed, at)
        return sealed
