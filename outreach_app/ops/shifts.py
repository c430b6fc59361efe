"""The Shift page's operations: the running shift, starting and ending it, quick contacts and undo.

Pure data in, result out: the page builds the `Contact`/`Shift` values, these store them in
one transaction each and say what changed; nothing here calls back into the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import SupplyKind
from outreach_app.domain.models import Area, Contact, Shift
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.ops.records import known_aliases
from outreach_app.ops.search import ContactRow, contact_rows
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import areas, contacts, people, shifts
from outreach_app.storage.repos.area_regions import known_regions
from outreach_app.storage.repos.people import PersonChoice, find_or_add_person


@dataclass
class Tally:
    """What a shift has logged so far (shown under the quick contact form)."""

    contacts: int = 0
    people: set[UUID] = field(default_factory=set)
    supplies: dict[SupplyKind, int] = field(default_factory=dict)
    referrals: int = 0

    def add(self, contact: Contact) -> None:
        self.contacts += 1
        if contact.person_id is not None:
            self.people.add(contact.person_id)
        for kind, count in contact.supplies.items():
            self.supplies[kind] = self.supplies.get(kind, 0) + count
        self.referrals += len(contact.referrals)


@dataclass(frozen=True)
class ShiftState:
    shift: Shift | None
    areas: list[Area]
    aliases: list[str]
    tally: Tally
    rows: list[ContactRow] = field(default_factory=list)  # this shift's contacts, newest first
    regions: list[tuple[str, str]] = field(default_factory=list)  # the server's, for a new area


@dataclass(frozen=True)
class SavedContact:
    """A quick contact the page saved, and the person the save created (undo removes both)."""

    row: ContactRow
    created_person: UUID | None


def load_state(session: VaultSession, loose_ids: Sequence[UUID] = ()) -> ShiftState:
    """The running shift with its contacts; without one, the contacts `loose_ids` (saved on the
    page outside a shift) that still exist."""
    conn = session.conn
    shift = shifts.open_shift(conn)
    tally = Tally()
    if shift is not None:
        found = contacts.get_contacts(conn, contacts.list_contact_ids(conn, shift_id=shift.id))
        for contact in found:
            tally.add(contact)
    else:
        found = contacts.get_contacts(conn, loose_ids)
    rows = contact_rows(conn, sorted(found, key=lambda c: c.occurred_at, reverse=True))
    return ShiftState(shift, areas.list_areas(conn), known_aliases(session), tally, rows, known_regions(conn))


def start_shift(
    session: VaultSession, shift: Shift, new_area: str | None, region_id: str | None = None
) -> OpResult[Shift]:
    """Store the shift; a `new_area` name is stored first as an area, in `region_id` if given."""
    conn = session.conn
    with transaction(conn):
        if new_area:
            area = Area(name=new_area, region_id=region_id)
            areas.add_area(conn, area)
            shift = shift.model_copy(update={"area_id": area.id})
        shifts.add_shift(conn, shift)
    kinds = (Kind.SHIFTS, Kind.AREAS) if new_area else (Kind.SHIFTS,)
    return OpResult(shift, Changes.of(*kinds, ids=[shift.id]))


def end_shift(session: VaultSession, shift: Shift, ended_at: datetime) -> OpResult[None]:
    """Record when the shift ended."""
    shifts.update_shift(session.conn, Shift.model_validate({**shift.model_dump(), "ended_at": ended_at}))
    return OpResult(None, Changes.of(Kind.SHIFTS, ids=[shift.id]))


def save_quick_contact(
    session: VaultSession, contact: Contact, alias: str, choice: PersonChoice = None
) -> OpResult[tuple[Contact, bool]]:
    """Store the contact, linked to the person `alias` means (see `ops.records.find_or_add_person`):
    (the stored contact, whether a person was created).

    Raises AliasChoiceNeededError (nothing saved) when several people share the alias."""
    conn = session.conn
    created = False
    with transaction(conn):
        if alias.strip():
            person_id, created = find_or_add_person(conn, alias, choice)
            contact = contact.model_copy(update={"person_id": person_id})
        contacts.add_contact(conn, contact)
    kinds = (Kind.CONTACTS, Kind.PEOPLE) if created else (Kind.CONTACTS,)
    return OpResult((contact, created), Changes.of(*kinds, ids=[contact.id]))


def undo_quick_contact(session: VaultSession, saved: SavedContact) -> OpResult[bool]:
    """Delete a contact saved on the Shift page, and the person its save created if nothing
    else names them now. False (nothing changed) if the contact was already gone."""
    conn = session.conn
    with transaction(conn):
        deleted = contacts.delete_contact(conn, saved.row.contact.id)
        person_id = saved.created_person
        if person_id is not None and not people.person_has_records(conn, person_id):
            people.delete_person(conn, person_id)
    if not deleted:
        return OpResult(False, Changes())
    kinds = (Kind.CONTACTS, Kind.PEOPLE) if saved.created_person else (Kind.CONTACTS,)
    return OpResult(True, Changes.of(*kinds, ids=[saved.row.contact.id]))
