"""Removing a suspect span from what is shared: the incident's text it came from is rewritten.

The summary and the perpetrator and vehicle descriptions are the texts written for sharing, so
the worker's "remove" on the preview edits the one the suspect was found in
(`suspects.without_suspect`) and saves it like any other edit, in one transaction with
`reconsent.note_edit`: an incident already shared then needs the person's confirmation
before the new version is sealed, exactly as after an edit in the form. The preview is then
rebuilt by the one pipeline, so what is sealed is always what the preview showed.

A perpetrator's field is found by its place in the payload (the payload keeps the incident's
order). A vehicle with nothing to share is left out of the payload, so payload and incident
positions may differ: a vehicle field's text is removed from that field of every vehicle.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from outreach_app.domain.models import Incident
from outreach_app.sharing.errors import NotInSummaryError, UnknownIncidentError
from outreach_app.sharing.reconsent import note_edit
from outreach_app.sharing.suspects import SUMMARY_FIELD, FieldPath, parse_field, without_suspect
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos.incidents import get_incident, update_incident


def remove_from_summary(conn: Connection, incident_id: UUID, suspect_text: str, *, now: datetime) -> bool:
    """`remove_from_field` for the alert summary."""
    return remove_from_field(conn, incident_id, SUMMARY_FIELD, suspect_text, now=now)


def remove_from_field(
    conn: Connection, incident_id: UUID, field: str, suspect_text: str, *, now: datetime
) -> bool:
    """Replace every occurrence of `suspect_text` in the incident's text `field` (as in
    `Suspect.field`) by `[removed]` and save. Returns True when the incident now needs consent
    again.

    Raises UnknownIncidentError; ValueError for a field that is not a shared free text;
    NotInSummaryError when the text is not in that field as written (the scrubber put it
    there: nothing to remove, nothing saved).
    """
    path = parse_field(field)
    with transaction(conn):
        incident = get_incident(conn, incident_id)
        if incident is None:
            raise UnknownIncidentError(f"no incident {incident_id}")
        rewritten = _rewritten(incident, path, suspect_text)
        if rewritten == incident:
            where = "the summary" if path.kind == SUMMARY_FIELD else "that field"
            raise NotInSummaryError(f"that text is not in {where} as written; edit it instead")
        update_incident(conn, rewritten)
        return note_edit(conn, incident_id, now=now)


def _rewritten(incident: Incident, path: FieldPath, text: str) -> Incident:
    if path.kind == SUMMARY_FIELD:
        return incident.model_copy(update={"alert_summary": without_suspect(incident.alert_summary, text)})
    if path.kind == "perpetrators":
        people = list(incident.perpetrators)
        if path.index < len(people):
            person = people[path.index]
            value = without_suspect(getattr(person, path.name), text)
            people[path.index] = person.model_copy(update={path.name: value})
        return incident.model_copy(update={"perpetrators": people})
    vehicles = [
        v.model_copy(update={path.name: without_suspect(getattr(v, path.name), text)})
        for v in incident.vehicles
    ]
    return incident.model_copy(update={"vehicles": vehicles})
