"""ops.search on a real vault, without Qt: the pages' listing and search path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ContactKind
from outreach_app.domain.models import Area, Contact, Person
from outreach_app.ops.search import CONTACTS, INCIDENTS, RecordQuery, count_people, people_block, search
from outreach_app.storage.repos import contacts, incidents, people

from .conftest import an_incident

T0 = datetime(2026, 5, 1, 21, 0, tzinfo=UTC)


def test_listing_newest_first_by_offset_and_from_a_key_agree(session: VaultSession, area: Area) -> None:
    for n in range(7):
        kind = ContactKind.PHONE if n % 2 else ContactKind.IN_PERSON
        contacts.add_contact(
            session.conn, Contact(occurred_at=T0 + timedelta(hours=n), kind=kind, area_id=area.id)
        )
    query = RecordQuery()
    assert CONTACTS.count(session, query) == 7
    rows = CONTACTS.block(session, query, 0, 10)
    assert [r.contact.occurred_at for r in rows] == [T0 + timedelta(hours=n) for n in range(6, -1, -1)]
    assert {r.area for r in rows} == {"Holbeck"}
    bounds = CONTACTS.block_bounds(session, query, 3)
    assert bounds is not None and bounds[0] == 7
    keyed = [row for start in bounds[1] for row in CONTACTS.block_from(session, query, start, 3)]
    assert [r.contact.id for r in keyed] == [r.contact.id for r in rows]
    phone = RecordQuery(contact_kind=ContactKind.PHONE)
    assert CONTACTS.count(session, phone) == 3
    assert CONTACTS.block_bounds(session, RecordQuery(text="x"), 3) is None  # a search pages by offset


def test_search_finds_an_alias_and_an_incidents_number_as_the_pages_do(
    session: VaultSession, area: Area
) -> None:
    jade = Person(alias="Jade")
    people.add_person(session.conn, jade)
    contacts.add_contact(session.conn, Contact(occurred_at=T0, person_id=jade.id))
    contacts.add_contact(session.conn, Contact(occurred_at=T0, notes="someone else"))
    incident = an_incident(area).model_copy(update={"person_id": jade.id})
    incidents.add_incident(session.conn, incident)
    hits = search(session, "jade")
    assert (hits.contact_count, hits.incident_count) == (1, 1)
    assert hits.contacts[0].alias == "Jade" and hits.incidents[0].incident.id == incident.id
    assert INCIDENTS.count(session, RecordQuery(text="jade", person_id=jade.id)) == 1
    assert count_people(session, RecordQuery(text="ja")) == 1
    assert [p.alias for p in people_block(session, RecordQuery(), 0, 10)] == ["Jade"]
    none = search(session, "nobody")
    assert (none.contacts, none.incidents, none.contact_count) == ([], [], 0)


def test_a_search_runs_once_for_its_count_and_blocks_until_the_vault_changes(
    session: VaultSession, area: Area
) -> None:
    sam = Person(alias="Sam")
    people.add_person(session.conn, sam)
    for n in range(9):
        notes = "clinic leaflet" if n % 3 else ""
        contacts.add_contact(
            session.conn, Contact(occurred_at=T0 + timedelta(hours=n), person_id=sam.id, notes=notes)
        )
    contacts.add_contact(session.conn, Contact(occurred_at=T0, notes="clinic"))
    statements: list[str] = []
    session.conn.set_trace_callback(statements.append)
    try:
        query = RecordQuery(text="sam")
        first = CONTACTS.block(session, query, 0, 4)
        # the first block ran the search (the people whose alias matches, then the union)...
        assert len([s for s in statements if "MATCH" in s or "person_id IN" in s]) == 2
        statements.clear()
        assert CONTACTS.count(session, query) == 9
        rest = CONTACTS.block(session, query, 4, 10)
        assert not [s for s in statements if "MATCH" in s or "person_id IN" in s]  # ...once
        assert [r.contact.occurred_at for r in first + rest] == [
            T0 + timedelta(hours=n) for n in range(8, -1, -1)
        ]
        # ...and another text, or any write, runs it again
        assert CONTACTS.count(session, RecordQuery(text="clinic")) == 7
        contacts.add_contact(session.conn, Contact(occurred_at=T0 + timedelta(days=1), person_id=sam.id))
        statements.clear()
        assert CONTACTS.count(session, query) == 10
        assert [s for s in statements if "person_id IN" in s]
        assert CONTACTS.block(session, query, 0, 1)[0].contact.occurred_at == T0 + timedelta(days=1)
    finally:
        session.conn.set_trace_callback(None)
