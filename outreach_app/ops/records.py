"""Editing and deleting records, and the one find-or-add-person rule they share.

An alias names a person exactly (case and spacing aside: an index lookup on the alias key),
never by a fuzzy match; when several people share it, nothing is saved and the caller asks
which one (`AliasChoiceNeededError`), then saves again with the answer (`PersonChoice`).
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from outreach_app.core.vault import VaultSession
from outreach_app.domain.models import Area, Contact
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.storage.connection import StorageError, transaction
from outreach_app.storage.repos import areas as areas_repo
from outreach_app.storage.repos import contacts as contacts_repo
from outreach_app.storage.repos import incidents as incidents_repo
from outreach_app.storage.repos import people as people_repo
from outreach_app.storage.repos import shifts as shifts_repo
from outreach_app.storage.repos.people import (
    NEW_PERSON,
    AliasChoiceNeededError,
    NamedPerson,
    PersonChoice,
)

# Re-exported for the pages, which ask which person and may not import storage.
__all__ = [
    "NEW_PERSON",
    "AliasChoiceNeededError",
    "NamedPerson",
    "PersonChoice",
    "PersonRecords",
    "StorageError",
    "delete_contact",
    "find_or_add_person",
    "form_inputs",
    "known_aliases",
    "list_areas",
    "person_records",
    "save_edited_contact",
]


def find_or_add_person(
    session: VaultSession, alias: str, choice: PersonChoice = None
) -> OpResult[tuple[UUID, bool]]:
    """The person `alias` means, or a new one: ((id, created), what changed).

    Raises AliasChoiceNeededError (nothing written) when several people share the alias and
    `choice` does not say which (see `storage.repos.people.find_or_add_person`)."""
    with transaction(session.conn):
        person_id, created = people_repo.find_or_add_person(session.conn, alias, choice)
    return OpResult((person_id, created), Changes.of(Kind.PEOPLE, ids=[person_id]) if created else Changes())


def save_edited_contact(
    session: VaultSession, contact: Contact, alias: str, choice: PersonChoice = None
) -> OpResult[bool]:
    """Store the corrected contact, linking (or creating) the person for `alias`; the value is
    True if a person was added. An empty alias unlinks the person.

    Raises AliasChoiceNeededError (nothing saved) when several people share a changed alias."""
    created = False
    conn = session.conn
    with transaction(conn):
        person_id = None
        if alias.strip():
            person_id, created = people_repo.find_or_add_person(
                conn, alias, choice, current=contact.person_id
            )
        contacts_repo.update_contact(conn, contact.model_copy(update={"person_id": person_id}))
    kinds = (Kind.CONTACTS, Kind.PEOPLE) if created else (Kind.CONTACTS,)
    return OpResult(created, Changes.of(*kinds, ids=[contact.id]))


def delete_contact(session: VaultSession, contact_id: UUID) -> OpResult[bool]:
    """Delete one contact; False (nothing changed) if it was already gone."""
    deleted = contacts_repo.delete_contact(session.conn, contact_id)
    return OpResult(deleted, Changes.of(Kind.CONTACTS, ids=[contact_id]) if deleted else Changes())


@dataclass(frozen=True)
class PersonRecords:
    """What forgetting a person would erase (for the confirmation): counts only."""

    alias: str
    contacts: int
    incidents: int


def person_records(session: VaultSession, person_id: UUID) -> PersonRecords:
    """The person's alias ("" if unknown) and how many contacts and incidents name them."""
    conn = session.conn
    person = people_repo.get_person(conn, person_id)
    return PersonRecords(
        person.alias if person is not None else "",
        contacts_repo.count_contacts(conn, person_id=person_id),
        incidents_repo.count_incidents(conn, person_id=person_id),
    )


def list_areas(session: VaultSession) -> list[Area]:
    """Every area, for pickers and filters."""
    return areas_repo.list_areas(session.conn)


def known_aliases(session: VaultSession) -> list[str]:
    """Every person's alias (for the alias completers)."""
    conn = session.conn
    return [p.alias for p in people_repo.get_people(conn, people_repo.list_person_ids(conn))]


def form_inputs(session: VaultSession) -> tuple[list[Area], list[str], str]:
    """Areas, known aliases and the running shift's initials, for a new or opened incident form."""
    conn = session.conn
    shift = shifts_repo.open_shift(conn)
    return areas_repo.list_areas(conn), known_aliases(session), shift.staff_initials if shift else ""
