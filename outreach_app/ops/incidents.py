"""Incident operations: saving the interview (with the person it names) and what the form
asks of the vault before the consent step.

Saving an edit to an incident that was shared runs `sharing.reconsent.note_edit` in the
same transaction, so "needs the person's confirmation again" is never out of step with the
stored text. Queries (`incident`, `area_without_region`) return plain values; operations
that write return `OpResult` with the `Changes` they made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from outreach_app.domain.enums import AgeBand, Gender
from outreach_app.domain.models import Incident, Person
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.storage.repos.people import NEW_PERSON, AliasChoiceNeededError, PersonChoice

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession
    from outreach_app.storage.connection import Connection

__all__ = [
    "NEW_PERSON",
    "AliasChoiceNeededError",
    "IncidentSaved",
    "PersonChoice",
    "area_without_region",
    "delete_incident",
    "incident",
    "incident_with_person",
    "save_incident",
]


@dataclass(frozen=True)
class IncidentSaved:
    """Attributes:
    incident: the incident as stored (with the person it now names).
    person_added: a new person was added for the alias.
    needs_consent_again: it had been shared and the edit changes what would be sent, so
        nothing is sealed until the person confirms the new version.
    preferred_language: the person's recorded preferred language (free text, "" for none):
        the consent step explains and prints the slip in it (domain.texts.language_for).
    """

    incident: Incident
    person_added: bool
    needs_consent_again: bool
    preferred_language: str = ""


def save_incident(
    session: VaultSession,
    incident: Incident,
    *,
    alias: str,
    age_band: AgeBand = AgeBand.UNKNOWN,
    gender: Gender = Gender.UNKNOWN,
    choice: PersonChoice = None,
    now: datetime | None = None,
) -> OpResult[IncidentSaved]:
    """Store the incident (new or edited), linking the person `alias` means.

    A known age band or gender is written to the person (for statistics); "unknown" never
    overwrites what was known. Raises AliasChoiceNeededError (nothing saved) when several
    people share the alias and `choice` does not say which one is meant."""
    from outreach_app.sharing.reconsent import note_edit
    from outreach_app.storage.connection import transaction
    from outreach_app.storage.repos import incidents, people
    from outreach_app.storage.repos.people import find_or_add_person

    conn = session.conn
    created = False
    again = False
    with transaction(conn):
        person_id = None
        preferred_language = ""
        if alias.strip():
            person_id, created = find_or_add_person(conn, alias, choice, current=incident.person_id)
            person = people.get_person(conn, person_id)
            if person is not None:
                _note_bands(conn, person, age_band, gender)
                preferred_language = person.preferred_language
        stored = incident.model_copy(update={"person_id": person_id})
        if incidents.incident_exists(conn, incident.id):
            incidents.update_incident(conn, stored)
            again = note_edit(conn, stored.id, now=now)
        else:
            incidents.add_incident(conn, stored)
    kinds = (Kind.INCIDENTS, Kind.OUTBOX, Kind.PEOPLE) if created else (Kind.INCIDENTS, Kind.OUTBOX)
    return OpResult(
        IncidentSaved(stored, created, again, preferred_language), Changes.of(*kinds, ids=[stored.id])
    )


def _note_bands(conn: Connection, person: Person, age_band: AgeBand, gender: Gender) -> None:
    from outreach_app.storage.repos import people

    bands: dict[str, AgeBand | Gender] = {}
    if age_band is not AgeBand.UNKNOWN:
        bands["age_band"] = age_band
    if gender is not Gender.UNKNOWN:
        bands["gender"] = gender
    if bands:
        people.update_person(conn, person.model_copy(update=bands))


def incident(session: VaultSession, incident_id: UUID) -> Incident | None:
    """The stored incident, or None."""
    from outreach_app.storage.repos.incidents import get_incident

    return get_incident(session.conn, incident_id)


def incident_with_person(session: VaultSession, incident_id: UUID) -> tuple[Incident | None, Person | None]:
    """The stored incident and the person it names (what the form opens on); Nones when gone."""
    from outreach_app.storage.repos.people import get_person

    found = incident(session, incident_id)
    person = None
    if found is not None and found.person_id is not None:
        person = get_person(session.conn, found.person_id)
    return found, person


def delete_incident(session: VaultSession, incident_id: UUID) -> OpResult[bool]:
    """Delete the incident from this device; False (nothing changed) when it was not stored."""
    from outreach_app.storage.repos.incidents import delete_incident as delete

    deleted = delete(session.conn, incident_id)
    changes = Changes.of(Kind.INCIDENTS, Kind.OUTBOX, ids=[incident_id]) if deleted else Changes.none()
    return OpResult(deleted, changes)


def area_without_region(session: VaultSession, incident_id: UUID) -> str | None:
    """Why a report of this incident could not be sent, or None when it could: the name of
    its area when that area has no server region, "" when it has no area at all
    (`area_regions.unmapped_area_of_incident`). RecordNotFoundError for an unknown incident."""
    from outreach_app.storage.repos.area_regions import unmapped_area_of_incident

    return unmapped_area_of_incident(session.conn, incident_id)
