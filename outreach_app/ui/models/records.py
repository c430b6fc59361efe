"""Lazy list models for contacts, incidents and people, over the storage repositories.

Plain listings (filters by area, person, date, contact kind and incident type) are windows of
the store's newest-first listing, so a million contacts cost one block; deep in the list the store gives
the sort key each block starts at (`*_block_bounds`) and a block is "200 rows from that key"
(keyset paging, lazy_table.py), as cheap at the end of the list as at the top. A search box
query is different: it unions several store lookups (words in notes, the records of the
people whose alias matches, phone numbers, plates and e-mail addresses in any format). The
store does that union in SQL, newest first, each lookup stopping after the rows the block
needs (`search_contact_ids`/`search_incident_ids`), and counts it in SQL (at most
`SEARCH_CAP`), so no block and no count loads records beyond the rows it shows, and the
first block costs the same whether the text matches ten records or a hundred thousand.

Everything in `count_rows`/`load_block` runs on the DB thread (the task manager's one writer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject

from outreach_app.domain.enums import ContactKind, IncidentType
from outreach_app.domain.models import Contact, Incident, Person
from outreach_app.domain.normalise import looks_like_phone
from outreach_app.services.tasks import TaskManager
from outreach_app.storage.repos import areas as areas_repo
from outreach_app.storage.repos import contacts as contacts_repo
from outreach_app.storage.repos import incidents as incidents_repo
from outreach_app.storage.repos import people as people_repo
from outreach_app.ui.models.labels import label, local_time_text
from outreach_app.ui.models.lazy_table import Column, LazyTableModel

SEARCH_CAP = 2_000  # a search shows at most this many hits (newest first); refine to see others
PEOPLE_PER_SEARCH = 50  # aliases a search expands into their records


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordModels", text)


@dataclass(frozen=True)
class RecordQuery:
    """What a list shows. Empty fields do not filter.

    Attributes:
        text: search box text: words, an alias, a phone number or a plate (any format).
        area_id / person_id: only records of this area / person.
        since / until: occurred_at bounds (since inclusive, until exclusive).
        types: incidents having any of these types (ignored by contacts).
        contact_kind: contacts that happened this way (ignored by incidents).
    """

    text: str = ""
    area_id: UUID | None = None
    person_id: UUID | None = None
    since: datetime | None = None
    until: datetime | None = None
    types: tuple[IncidentType, ...] = ()
    contact_kind: ContactKind | None = None

    def filters(self) -> dict[str, Any]:
        return {
            "area_id": self.area_id,
            "person_id": self.person_id,
            "since": self.since,
            "until": self.until,
        }


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    alias: str
    area: str


@dataclass(frozen=True)
class IncidentRow:
    incident: Incident
    alias: str
    area: str


def _names(conn: Any, person_ids: set[UUID]) -> tuple[dict[UUID, str], dict[UUID, str]]:
    aliases = {p.id: p.alias for p in people_repo.get_people(conn, person_ids)} if person_ids else {}
    areas = {a.id: a.name for a in areas_repo.list_areas(conn)}
    return aliases, areas


def contact_rows(conn: Any, contacts: list[Contact]) -> list[ContactRow]:
    """Contacts with their person's alias and area name, for lists (DB thread)."""
    aliases, areas = _names(conn, {c.person_id for c in contacts if c.person_id})
    return [
        ContactRow(
            c,
            aliases.get(c.person_id, "") if c.person_id else "",
            areas.get(c.area_id, "") if c.area_id else "",
        )
        for c in contacts
    ]


class _SearchingModel(LazyTableModel[Any]):
    """Windows a plain listing, or the store's union search for the search box text."""

    def __init__(self, tasks: TaskManager, parent: QObject | None = None, **kwargs: Any) -> None:
        super().__init__(tasks, parent, **kwargs)
        self.query = RecordQuery()

    # hooks for subclasses (DB thread)
    def _count_listing(self, conn: Any, query: RecordQuery) -> int:
        raise NotImplementedError

    def _listing_ids(self, conn: Any, query: RecordQuery, offset: int, limit: int) -> list[UUID]:
        raise NotImplementedError

    def _search_ids(
        self, conn: Any, query: RecordQuery, people: list[UUID], offset: int, limit: int
    ) -> list[UUID]:
        raise NotImplementedError

    def _count_search(self, conn: Any, query: RecordQuery, people: list[UUID]) -> int:
        raise NotImplementedError

    def _rows_for(self, conn: Any, ids: list[UUID]) -> list[Any]:
        raise NotImplementedError

    def _listing_bounds(self, conn: Any, query: RecordQuery, every: int) -> tuple[int, list[int]]:
        raise NotImplementedError

    def _listing_ids_from(self, conn: Any, query: RecordQuery, start: int, limit: int) -> list[UUID]:
        raise NotImplementedError

    @staticmethod
    def _people(conn: Any, query: RecordQuery) -> list[UUID]:
        """The people whose alias (or notes) the text matches, A→Z, at most PEOPLE_PER_SEARCH
        (only the filtered person, when the list is filtered by person)."""
        people = people_repo.list_person_ids(conn, query=query.text, limit=PEOPLE_PER_SEARCH)
        return [p for p in people if query.person_id is None or p == query.person_id]

    def count_rows(self, session: Any, query: RecordQuery) -> int:
        if query.text.strip():
            return self._count_search(session.conn, query, self._people(session.conn, query))
        return self._count_listing(session.conn, query)

    def block_bounds(
        self, session: Any, query: RecordQuery, block_size: int
    ) -> tuple[int, Sequence[Any]] | None:
        if query.text.strip():  # a search shows at most SEARCH_CAP rows: offsets stay shallow
            return None
        return self._listing_bounds(session.conn, query, block_size)

    def load_block(self, session: Any, query: RecordQuery, offset: int, limit: int) -> Sequence[Any]:
        conn = session.conn
        if query.text.strip():
            limit = max(0, min(limit, SEARCH_CAP - offset))
            ids = self._search_ids(conn, query, self._people(conn, query), offset, limit)
        else:
            ids = self._listing_ids(conn, query, offset, limit)
        return self._rows_for(conn, ids)

    def load_block_from(self, session: Any, query: RecordQuery, start: Any, limit: int) -> Sequence[Any]:
        return self._rows_for(session.conn, self._listing_ids_from(session.conn, query, int(start), limit))

    def clear(self) -> None:
        super().clear()
        self.query = RecordQuery()


class ContactsModel(_SearchingModel):
    """Contacts, newest first: when, area, alias, how, what was handed out, referrals, note."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(_tr("When"), lambda r: local_time_text(r.contact.occurred_at, r.contact.zone)),
            Column(_tr("Area"), lambda r: r.area),
            Column(_tr("Alias"), lambda r: r.alias),
            Column(_tr("How"), lambda r: label(r.contact.kind)),
            Column(_tr("Supplies"), _supplies_text, _tr("Supplies handed out, with counts")),
            Column(_tr("Referrals"), lambda r: ", ".join(label(k) for k in r.contact.referrals)),
            Column(_tr("Note"), lambda r: _first_line(r.contact.notes)),
        ]

    def row_key(self, row: ContactRow) -> UUID:
        return row.contact.id

    def _contact_filters(self, query: RecordQuery) -> dict[str, Any]:
        return {**query.filters(), "kind": query.contact_kind}

    def _count_listing(self, conn: Any, query: RecordQuery) -> int:
        return contacts_repo.count_contacts(conn, **self._contact_filters(query))

    def _listing_ids(self, conn: Any, query: RecordQuery, offset: int, limit: int) -> list[UUID]:
        return contacts_repo.list_contact_ids(
            conn, **self._contact_filters(query), limit=limit, offset=offset
        )

    def _listing_bounds(self, conn: Any, query: RecordQuery, every: int) -> tuple[int, list[int]]:
        return contacts_repo.contact_block_bounds(conn, **self._contact_filters(query), every=every)

    def _listing_ids_from(self, conn: Any, query: RecordQuery, start: int, limit: int) -> list[UUID]:
        filters = self._contact_filters(query)
        return contacts_repo.list_contact_ids(conn, **filters, at_or_before=start, limit=limit)

    def _search_ids(
        self, conn: Any, query: RecordQuery, people: list[UUID], offset: int, limit: int
    ) -> list[UUID]:
        filters = self._contact_filters(query)
        return contacts_repo.search_contact_ids(
            conn, text=query.text, person_ids=people, **filters, limit=limit, offset=offset
        )

    def _count_search(self, conn: Any, query: RecordQuery, people: list[UUID]) -> int:
        filters = self._contact_filters(query)
        return contacts_repo.count_contact_search(
            conn, text=query.text, person_ids=people, **filters, cap=SEARCH_CAP
        )

    def _rows_for(self, conn: Any, ids: list[UUID]) -> list[ContactRow]:
        return contact_rows(conn, contacts_repo.get_contacts(conn, ids))


class IncidentsModel(_SearchingModel):
    """Incidents, newest first: when, area, alias, what happened, vehicles/numbers on file."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(_tr("When"), _incident_when),
            Column(_tr("Area"), lambda r: r.area),
            Column(_tr("Alias"), lambda r: r.alias),
            Column(_tr("What happened"), lambda r: ", ".join(label(t) for t in r.incident.types)),
            Column(
                _tr("Perpetrators"),
                lambda r: str(len(r.incident.perpetrators)),
                _tr("Number of perpetrators"),
            ),
            Column(_tr("Plates"), lambda r: " ".join(r.incident.plates())),
            Column(_tr("Summary"), lambda r: _first_line(r.incident.alert_summary)),
        ]

    def row_key(self, row: IncidentRow) -> UUID:
        return row.incident.id

    def _incident_filters(self, query: RecordQuery) -> dict[str, Any]:
        return {**query.filters(), "types": list(query.types) or None}

    def _count_listing(self, conn: Any, query: RecordQuery) -> int:
        return incidents_repo.count_incidents(conn, **self._incident_filters(query))

    def _listing_ids(self, conn: Any, query: RecordQuery, offset: int, limit: int) -> list[UUID]:
        return incidents_repo.list_incident_ids(
            conn, **self._incident_filters(query), limit=limit, offset=offset
        )

    def _listing_bounds(self, conn: Any, query: RecordQuery, every: int) -> tuple[int, list[int]]:
        return incidents_repo.incident_block_bounds(conn, **self._incident_filters(query), every=every)

    def _listing_ids_from(self, conn: Any, query: RecordQuery, start: int, limit: int) -> list[UUID]:
        filters = self._incident_filters(query)
        return incidents_repo.list_incident_ids(conn, **filters, at_or_before=start, limit=limit)

    def _search_ids(
        self, conn: Any, query: RecordQuery, people: list[UUID], offset: int, limit: int
    ) -> list[UUID]:
        filters = self._incident_filters(query)
        phone = looks_like_phone(query.text)
        return incidents_repo.search_incident_ids(
            conn, text=query.text, person_ids=people, phone=phone, **filters, limit=limit, offset=offset
        )

    def _count_search(self, conn: Any, query: RecordQuery, people: list[UUID]) -> int:
        filters = self._incident_filters(query)
        phone = looks_like_phone(query.text)
        return incidents_repo.count_incident_search(
            conn, text=query.text, person_ids=people, phone=phone, **filters, cap=SEARCH_CAP
        )

    def _rows_for(self, conn: Any, ids: list[UUID]) -> list[IncidentRow]:
        incidents = incidents_repo.get_incidents(conn, ids)
        aliases, areas = _names(conn, {i.person_id for i in incidents if i.person_id})
        return [
            IncidentRow(
                i,
                aliases.get(i.person_id, "") if i.person_id else "",
                areas.get(i.area_id, "") if i.area_id else "",
            )
            for i in incidents
        ]


class PeopleModel(LazyTableModel[Person]):
    """People A→Z by alias; `query.text` matches aliases (and words of notes) as you type."""

    def __init__(self, tasks: TaskManager, parent: QObject | None = None, **kwargs: Any) -> None:
        super().__init__(tasks, parent, **kwargs)
        self.query = RecordQuery()

    def columns(self) -> list[Column[Person]]:
        return [
            Column(_tr("Alias"), lambda p: p.alias),
            Column(_tr("Age"), lambda p: label(p.age_band)),
            Column(_tr("Gender"), lambda p: label(p.gender)),
            Column(_tr("Language"), lambda p: p.preferred_language),
        ]

    def row_key(self, row: Person) -> UUID:
        return row.id

    def _ids(self, conn: Any, query: RecordQuery, limit: int | None) -> list[UUID]:
        text = query.text.strip() or None
        return people_repo.list_person_ids(conn, query=text, limit=limit)

    def count_rows(self, session: Any, query: RecordQuery) -> int:
        return len(self._ids(session.conn, query, None))

    def load_block(self, session: Any, query: RecordQuery, offset: int, limit: int) -> Sequence[Person]:
        # People are thousands at most; the store lists them without an offset.
        ids = self._ids(session.conn, query, offset + limit)[offset:]
        return people_repo.get_people(session.conn, ids)

    def clear(self) -> None:
        super().clear()
        self.query = RecordQuery()


def _first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _supplies_text(row: ContactRow) -> str:
    return ", ".join(f"{label(kind)} {count}" for kind, count in row.contact.supplies.items())


def _incident_when(row: IncidentRow) -> str:
    text = local_time_text(row.incident.occurred_at, row.incident.zone)
    if row.incident.occurred_precision.value != "exact":
        text = "≈ " + text
    return text
