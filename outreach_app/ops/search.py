"""Listing and searching contacts, incidents and people: the one path the Contacts and
Incidents pages and `outreach search` run.

Plain listings (filters by area, person, date, contact kind and incident type) are windows of
the store's newest-first listing, so a million contacts cost one block; deep in the list the
store gives the sort key each block starts at (`*_block_bounds`) and a block is "N rows from
that key" (keyset paging, ui/models/lazy_table.py), as cheap at the end of the list as at the
top. A search box query is different: it unions several store lookups (words in notes, the
records of the people whose alias matches, phone numbers, plates and e-mail addresses in any
format). The store does that union in SQL, newest first, each lookup stopping after
`SEARCH_CAP` keys, and hands back only the sort keys (`search_contact_keys`/
`search_incident_keys`). That list is the search: the count is its length and every block a
slice of it, so a text is searched once (the first block), not again for the count and for
each block scrolled to; it is kept until the vault changes. No block loads records beyond the
rows it shows.

Everything here runs on the DB thread (the task manager's one writer) or in the CLI.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ContactKind, IncidentType
from outreach_app.domain.models import Contact, Incident, Person
from outreach_app.domain.normalise import looks_like_phone
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import areas as areas_repo
from outreach_app.storage.repos import contacts as contacts_repo
from outreach_app.storage.repos import incidents as incidents_repo
from outreach_app.storage.repos import people as people_repo

SEARCH_CAP = 2_000  # a search shows at most this many hits (newest first); refine to see others
PEOPLE_PER_SEARCH = 50  # aliases a search expands into their records


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


def _names(conn: Connection, person_ids: set[UUID]) -> tuple[dict[UUID, str], dict[UUID, str]]:
    aliases = {p.id: p.alias for p in people_repo.get_people(conn, person_ids)} if person_ids else {}
    areas = {a.id: a.name for a in areas_repo.list_areas(conn)}
    return aliases, areas


def contact_rows(conn: Connection, contacts: list[Contact]) -> list[ContactRow]:
    """Contacts with their person's alias and area name, for lists."""
    aliases, areas = _names(conn, {c.person_id for c in contacts if c.person_id})
    return [
        ContactRow(
            c,
            aliases.get(c.person_id, "") if c.person_id else "",
            areas.get(c.area_id, "") if c.area_id else "",
        )
        for c in contacts
    ]


def incident_rows(conn: Connection, incidents: list[Incident]) -> list[IncidentRow]:
    """Incidents with their person's alias and area name, for lists."""
    aliases, areas = _names(conn, {i.person_id for i in incidents if i.person_id})
    return [
        IncidentRow(
            i,
            aliases.get(i.person_id, "") if i.person_id else "",
            areas.get(i.area_id, "") if i.area_id else "",
        )
        for i in incidents
    ]


R = TypeVar("R")


class RecordSource(Generic[R]):
    """One kind of record as a list: count, blocks by offset or from a sort key, and search."""

    def __init__(self) -> None:
        # Per open vault, the last search and the vault state it was run on: (query, writes
        # made on the writer connection, SQLite's data_version) -> its sort keys. Only sort keys
        # (integers), never record text; dropped with the session.
        self._last_search: weakref.WeakKeyDictionary[VaultSession, tuple[tuple[object, ...], list[int]]] = (
            weakref.WeakKeyDictionary()
        )

    # hooks for subclasses
    def _count_listing(self, conn: Connection, query: RecordQuery) -> int:
        raise NotImplementedError

    def _listing_ids(self, conn: Connection, query: RecordQuery, offset: int, limit: int) -> list[UUID]:
        raise NotImplementedError

    def _search_keys(self, conn: Connection, query: RecordQuery, people: list[UUID], cap: int) -> list[int]:
        raise NotImplementedError

    def _ids_at(self, conn: Connection, keys: Sequence[int]) -> list[UUID]:
        raise NotImplementedError

    def _rows_for(self, conn: Connection, ids: list[UUID]) -> list[R]:
        raise NotImplementedError

    def _listing_bounds(self, conn: Connection, query: RecordQuery, every: int) -> tuple[int, list[int]]:
        raise NotImplementedError

    def _listing_ids_from(self, conn: Connection, query: RecordQuery, start: int, limit: int) -> list[UUID]:
        raise NotImplementedError

    def _hits(self, session: VaultSession, query: RecordQuery) -> list[int]:
        """The search's sort keys, newest first, at most SEARCH_CAP: run once per text and
        vault state, then read by the count and by every block."""
        conn = session.conn
        # total_changes counts every row this connection wrote (the one writer); data_version
        # moves when another connection commits. Either moving means the hits may differ.
        state = (query, conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
        last = self._last_search.get(session)
        if last is not None and last[0] == state:
            return last[1]
        keys = self._search_keys(conn, query, self._people(conn, query), SEARCH_CAP)
        self._last_search[session] = (state, keys)
        return keys

    def forget_searches(self) -> None:
        """Drop every kept search (the next block or count searches again): for benchmarks
        that time a search from cold; a change to the vault already makes a search run again."""
        self._last_search.clear()

    @staticmethod
    def _people(conn: Connection, query: RecordQuery) -> list[UUID]:
        """The people whose alias (or notes) the text matches, A→Z, at most PEOPLE_PER_SEARCH
        (only the filtered person, when the list is filtered by person)."""
        people = people_repo.list_person_ids(conn, query=query.text, limit=PEOPLE_PER_SEARCH)
        return [p for p in people if query.person_id is None or p == query.person_id]

    def count(self, session: VaultSession, query: RecordQuery) -> int:
        """How many rows the list has (a search: at most SEARCH_CAP)."""
        if query.text.strip():
            return len(self._hits(session, query))
        return self._count_listing(session.conn, query)

    def block_bounds(
        self, session: VaultSession, query: RecordQuery, block_size: int
    ) -> tuple[int, Sequence[int]] | None:
        """(rows, the sort key each block starts at) of a plain listing; None for a search
        (it shows at most SEARCH_CAP rows: offsets stay shallow)."""
        if query.text.strip():
            return None
        return self._listing_bounds(session.conn, query, block_size)

    def block(self, session: VaultSession, query: RecordQuery, offset: int, limit: int) -> list[R]:
        """`limit` rows from `offset`, newest first."""
        conn = session.conn
        if query.text.strip():
            ids = self._ids_at(conn, self._hits(session, query)[offset : offset + max(0, limit)])
        else:
            ids = self._listing_ids(conn, query, offset, limit)
        return self._rows_for(conn, ids)

    def block_from(self, session: VaultSession, query: RecordQuery, start: int, limit: int) -> list[R]:
        """`limit` rows of a plain listing from the sort key `start` (see `block_bounds`)."""
        return self._rows_for(session.conn, self._listing_ids_from(session.conn, query, start, limit))


class ContactSource(RecordSource[ContactRow]):
    """Contacts, newest first."""

    def _contact_filters(self, query: RecordQuery) -> dict[str, Any]:
        return {**query.filters(), "kind": query.contact_kind}

    def _count_listing(self, conn: Connection, query: RecordQuery) -> int:
        return contacts_repo.count_contacts(conn, **self._contact_filters(query))

    def _listing_ids(self, conn: Connection, query: RecordQuery, offset: int, limit: int) -> list[UUID]:
        filters = self._contact_filters(query)
        return contacts_repo.list_contact_ids(conn, **filters, limit=limit, offset=offset)

    def _listing_bounds(self, conn: Connection, query: RecordQuery, every: int) -> tuple[int, list[int]]:
        return contacts_repo.contact_block_bounds(conn, **self._contact_filters(query), every=every)

    def _listing_ids_from(self, conn: Connection, query: RecordQuery, start: int, limit: int) -> list[UUID]:
        filters = self._contact_filters(query)
        return contacts_repo.list_contact_ids(conn, **filters, at_or_before=start, limit=limit)

    def _search_keys(self, conn: Connection, query: RecordQuery, people: list[UUID], cap: int) -> list[int]:
        filters = self._contact_filters(query)
        return contacts_repo.search_contact_keys(conn, text=query.text, person_ids=people, **filters, cap=cap)

    def _ids_at(self, conn: Connection, keys: Sequence[int]) -> list[UUID]:
        return contacts_repo.contact_ids_at(conn, keys)

    def _rows_for(self, conn: Connection, ids: list[UUID]) -> list[ContactRow]:
        return contact_rows(conn, contacts_repo.get_contacts(conn, ids))


class IncidentSource(RecordSource[IncidentRow]):
    """Incidents, newest first."""

    def _incident_filters(self, query: RecordQuery) -> dict[str, Any]:
        return {**query.filters(), "types": list(query.types) or None}

    def _count_listing(self, conn: Connection, query: RecordQuery) -> int:
        return incidents_repo.count_incidents(conn, **self._incident_filters(query))

    def _listing_ids(self, conn: Connection, query: RecordQuery, offset: int, limit: int) -> list[UUID]:
        return incidents_repo.list_incident_ids(
            conn, **self._incident_filters(query), limit=limit, offset=offset
        )

    def _listing_bounds(self, conn: Connection, query: RecordQuery, every: int) -> tuple[int, list[int]]:
        return incidents_repo.incident_block_bounds(conn, **self._incident_filters(query), every=every)

    def _listing_ids_from(self, conn: Connection, query: RecordQuery, start: int, limit: int) -> list[UUID]:
        filters = self._incident_filters(query)
        return incidents_repo.list_incident_ids(conn, **filters, at_or_before=start, limit=limit)

    def _search_keys(self, conn: Connection, query: RecordQuery, people: list[UUID], cap: int) -> list[int]:
        filters = self._incident_filters(query)
        phone = looks_like_phone(query.text)
        return incidents_repo.search_incident_keys(
            conn, text=query.text, person_ids=people, phone=phone, **filters, cap=cap
        )

    def _ids_at(self, conn: Connection, keys: Sequence[int]) -> list[UUID]:
        return incidents_repo.incident_ids_at(conn, keys)

    def _rows_for(self, conn: Connection, ids: list[UUID]) -> list[IncidentRow]:
        return incident_rows(conn, incidents_repo.get_incidents(conn, ids))


CONTACTS = ContactSource()
INCIDENTS = IncidentSource()


# ----- people -----------------------------------------------------------------------------------


def _people_ids(conn: Connection, query: RecordQuery, limit: int | None) -> list[UUID]:
    text = query.text.strip() or None
    return people_repo.list_person_ids(conn, query=text, limit=limit)


def count_people(session: VaultSession, query: RecordQuery) -> int:
    """People whose alias (or words of notes) match `query.text` (all people without text)."""
    return len(_people_ids(session.conn, query, None))


def people_block(session: VaultSession, query: RecordQuery, offset: int, limit: int) -> list[Person]:
    """People A→Z by alias. People are thousands at most; the store lists them without an offset."""
    ids = _people_ids(session.conn, query, offset + limit)[offset:]
    return people_repo.get_people(session.conn, ids)


# ----- the search box, whole ----------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHits:
    """What the search box finds on the Contacts and Incidents pages (newest first, at most
    `limit` rows each) and how many each page would list (at most SEARCH_CAP)."""

    contacts: list[ContactRow]
    incidents: list[IncidentRow]
    contact_count: int
    incident_count: int


def search(session: VaultSession, text: str, *, limit: int = 50) -> SearchHits:
    """Run the pages' search for `text`: the same count and first block each page shows."""
    query = RecordQuery(text=text)
    return SearchHits(
        contacts=CONTACTS.block(session, query, 0, limit),
        incidents=INCIDENTS.block(session, query, 0, limit),
        contact_count=CONTACTS.count(session, query),
        incident_count=INCIDENTS.count(session, query),
    )
