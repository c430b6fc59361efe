"""Removing a suspect span from what is shared: the incident's alert summary is rewritten.

The summary is the text written for sharing, so the worker's "remove" on the preview edits it
(`suspects.without_suspect`) and saves it like any other edit, in one transaction with
`reconsent.note_edit`: an incident already shared then needs the person's confirmation
before the new version is sealed, exactly as after an edit in the form. The preview is then
rebuilt by the one pipeline, so what is sealed is always what the preview showed.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from outreach_app.sharing.errors import NotInSummaryError, UnknownIncidentError
from outreach_app.sharing.reconsent import note_edit
from outreach_app.sharing.suspects import without_suspect
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos.incidents import get_incident, update_incident


def remove_from_summary(conn: Connection, incident_id: UUID, suspect_text: str, *, now: datetime) -> bool:
    """Replace every occurrence of `suspect_text` in the incident's alert summary by
    `[removed]` and save. Returns True when the incident now needs consent again.

    Raises UnknownIncidentError; NotInSummaryError when the text is not in the summary as
    written (the scrubber put it there: nothing to remove, nothing saved).
    """
    with transaction(conn):
        incident = get_incident(conn, incident_id)
        if incident is None:
            raise UnknownIncidentError(f"no incident {incident_id}")
        rewritten = without_suspect(incident.alert_summary, suspect_text)
        if rewritten == incident.alert_summary:
            raise NotInSummaryError("that text is not in the summary as written; edit the summary instead")
        update_incident(conn, incident.model_copy(update={"alert_summary": rewritten}))
        return note_edit(conn, incident_id, now=now)
