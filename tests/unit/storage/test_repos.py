"""Repositories round-trip domain models; listings are newest first and filter correctly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from outreach_app.domain.enums import ContactKind, IncidentType, SupplyKind
from outreach_app.domain.models import Perpetrator, Vehicle
from outreach_app.storage.codec import SEQ_SLOTS
from outreach_app.storage.errors import MissingReferenceError, RecordExistsError, RecordNotFoundError
from outreach_app.storage.repos import areas, contacts, drafts, incidents, people, settings, shifts

from .records import area, contact, incident, person, shift


def test_every_record_kind_round_trips(conn, t0: datetime) -> None:
    a = area(region_id="r-1")
    areas.add_area(conn, a)
    s = shift(t0, area_id=a.id, ended_at=t0 + timedelta(hours=4))
    shifts.add_shift(conn, s)
    p = person("Star", notes="likes tea", preferred_language="pl")
    people.add_person(conn, p)
    c = contact(
        t0, "gave leaflets", shift_id=s.id, area_id=a.id, person_id=p.id, referrals=["housing", "legal"]
    )
    contacts.add_contact(conn, c)
    i = incident(
        t0,
        "a narrative",
        phones=["07700 900123"],
        plates=["ab12 cde"],
        person_id=p.id,
        area_id=a.id,
        types=[IncidentType.THREATS_INTIMIDATION, IncidentType.NON_PAYMENT],
        weapon_used=True,
        police_told=True,
    )
    incidents.add_incident(conn, i)

    assert areas.get_area(conn, a.id) == a
    assert shifts.get_shift(conn, s.id) == s
    assert people.get_person(conn, p.id) == p
    assert contacts.get_contact(conn, c.id) == c
    assert incidents.get_incident(conn, i.id) == i
    assert incidents.get_incident(conn, i.id).perpetrators[0].phone_numbers == ["+447700900123"]


def test_local_date_puts_the_night_on_the_day_it_began(conn) -> None:
    # 01:30 London time on 15 March belongs to the night of the 14th.
    c = contact(datetime(2026, 3, 15, 1, 30, tzinfo=UTC), zone="Europe/London")
    contacts.add_contact(conn, c)
    assert conn.execute("SELECT local_date FROM contacts").fetchone() == ("2026-03-14",)
    assert contacts.list_contact_ids(conn, day=date(2026, 3, 14)) == [c.id]
    assert contacts.list_contact_ids(conn, day=date(2026, 3, 15)) == []


def test_duplicates_and_dangling_references_are_refused(conn, t0: datetime) -> None:
    c = contact(t0)
    contacts.add_contact(conn, c)
    with pytest.raises(RecordExistsError):
        contacts.add_contact(conn, c)
    with pytest.raises(MissingReferenceError):
        contacts.add_contact(conn, contact(t0, person_id=person().id))
    with pytest.raises(RecordNotFoundError):
        contacts.update_contact(conn, contact(t0))
    assert contacts.count_contacts(conn) == 1
    assert not conn.in_transaction


def test_bulk_add_is_all_or_nothing(conn, t0: datetime) -> None:
    good = [contact(t0 + timedelta(minutes=n)) for n in range(5)]
    bad = contact(t0, person_id=person().id)
    with pytest.raises(MissingReferenceError):
        contacts.add_contacts(conn, [*good, bad])
    assert contacts.count_contacts(conn) == 0
    assert contacts.add_contacts(conn, good) == 5


def test_listing_is_newest_first_whatever_the_insert_order(conn, t0: datetime) -> None:
    times = [t0 + timedelta(minutes=m) for m in (30, -600, 5, 5, 0, 24 * 60 * 400)]
    made = [contact(when) for when in times]
    for c in made:
        contacts.add_contact(conn, c)
    listed = contacts.get_contacts(conn, contacts.list_contact_ids(conn))
    assert [c.occurred_at for c in listed] == sorted(times, reverse=True)
    # Same millisecond: the later insert is listed first, and both are kept.
    same = [c.id for c in made if c.occurred_at == t0 + timedelta(minutes=5)]
    ids = contacts.list_contact_ids(conn)
    assert ids.index(same[1]) < ids.index(same[0])


def test_many_records_in_one_millisecond_get_distinct_keys(conn, t0: datetime) -> None:
    batch = [contact(t0) for _ in range(300)]
    contacts.add_contacts(conn, batch)
    seqs = [row[0] for row in conn.execute("SELECT seq FROM contacts")]
    assert len(set(seqs)) == 300
    assert max(seqs) - min(seqs) < SEQ_SLOTS


def test_filters_and_paging(conn, t0: datetime) -> None:
    north, south = area("North"), area("South")
    areas.add_area(conn, north)
    areas.add_area(conn, south)
    made = [contact(t0 + timedelta(hours=n), area_id=(north if n % 2 else south).id) for n in range(10)]
    contacts.add_contacts(conn, made)
    newest_first = [c.id for c in reversed(made)]
    assert contacts.list_contact_ids(conn) == newest_first
    assert contacts.list_contact_ids(conn, limit=3, offset=2) == newest_first[2:5]
    assert contacts.list_contact_ids(conn, area_id=north.id) == [
        c.id for c in reversed(made) if c.area_id == north.id
    ]
    window = contacts.list_contact_ids(conn, since=t0 + timedelta(hours=3), until=t0 + timedelta(hours=6))
    assert window == [made[5].id, made[4].id, made[3].id]
    # `since` is exact to the microsecond, not just to the millisecond of the sort key.
    assert made[3].id not in contacts.list_contact_ids(conn, since=t0 + timedelta(hours=3, microseconds=1))
    assert contacts.count_contacts(conn, area_id=south.id) == 5


def test_contacts_filter_by_kind_alone_and_with_other_filters(conn, t0: datetime) -> None:
    north = area("North")
    areas.add_area(conn, north)
    kinds = [ContactKind.IN_PERSON, ContactKind.PHONE, ContactKind.ONLINE]
    made = [
        contact(t0 + timedelta(hours=n), kind=kinds[n % 3], area_id=north.id if n % 2 else None)
        for n in range(12)
    ]
    contacts.add_contacts(conn, made)
    phone = [c.id for c in reversed(made) if c.kind is ContactKind.PHONE]
    assert contacts.list_contact_ids(conn, kind=ContactKind.PHONE) == phone
    assert contacts.count_contacts(conn, kind=ContactKind.PHONE) == 4
    assert contacts.list_contact_ids(conn, kind=ContactKind.PHONE, area_id=north.id) == [
        c.id for c in reversed(made) if c.kind is ContactKind.PHONE and c.area_id == north.id
    ]
    assert contacts.count_contacts(conn, kind=ContactKind.ADVOCACY) == 0
    assert (
        contacts.list_contact_ids(conn, kind=ContactKind.ONLINE, limit=2)
        == [c.id for c in reversed(made) if c.kind is ContactKind.ONLINE][:2]
    )


def test_get_by_block_keeps_order_and_skips_missing(conn, t0: datetime) -> None:
    made = [contact(t0 + timedelta(seconds=n)) for n in range(1200)]
    contacts.add_contacts(conn, made)
    wanted = [made[7].id, made[1100].id, contact(t0).id, made[3].id]
    assert [c.id for c in contacts.get_contacts(conn, wanted)] == [made[7].id, made[1100].id, made[3].id]
    assert len(contacts.get_contacts(conn, [c.id for c in made])) == 1200


def test_correction_moves_time_order_and_search(conn, t0: datetime) -> None:
    early, late = contact(t0, "kettle"), contact(t0 + timedelta(hours=1), "teapot")
    contacts.add_contacts(conn, [early, late])
    corrected = early.model_copy(update={"occurred_at": t0 + timedelta(hours=2), "notes": "saucepan"})
    contacts.update_contact(conn, corrected)
    assert contacts.list_contact_ids(conn) == [early.id, late.id]
    assert contacts.list_contact_ids(conn, query="kettle") == []
    assert contacts.list_contact_ids(conn, query="saucepan") == [early.id]
    assert contacts.get_contact(conn, early.id) == corrected
    notes_only = corrected.model_copy(update={"notes": "frying pan"})
    seq_before = conn.execute("SELECT seq FROM contacts WHERE id = ?", (str(early.id),)).fetchone()
    contacts.update_contact(conn, notes_only)
    assert conn.execute("SELECT seq FROM contacts WHERE id = ?", (str(early.id),)).fetchone() == seq_before
    assert contacts.list_contact_ids(conn, query="frying") == [early.id]
    assert contacts.list_contact_ids(conn, query="saucepan") == []


def test_delete_removes_record_and_search_entry(conn, t0: datetime) -> None:
    c = contact(t0, "unique-word")
    contacts.add_contact(conn, c)
    assert contacts.delete_contact(conn, c.id) is True
    assert contacts.delete_contact(conn, c.id) is False
    assert contacts.get_contact(conn, c.id) is None
    assert contacts.list_contact_ids(conn, query="unique") == []
    assert conn.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'unique'").fetchone() == (
        0,
    )


def test_deleting_a_person_unlinks_but_keeps_their_records(conn, t0: datetime) -> None:
    p = person()
    people.add_person(conn, p)
    c = contact(t0, person_id=p.id)
    contacts.add_contact(conn, c)
    assert people.delete_person(conn, p.id)
    assert contacts.get_contact(conn, c.id).person_id is None


def test_deleting_an_area_or_shift_unlinks(conn, t0: datetime) -> None:
    a = area()
    areas.add_area(conn, a)
    s = shift(t0, area_id=a.id)
    shifts.add_shift(conn, s)
    c = contact(t0, area_id=a.id, shift_id=s.id)
    contacts.add_contact(conn, c)
    assert areas.delete_area(conn, a.id) and shifts.delete_shift(conn, s.id)
    stored = contacts.get_contact(conn, c.id)
    assert stored.area_id is None and stored.shift_id is None


def test_incident_filters_by_type_area_and_date(conn, t0: datetime) -> None:
    a = area()
    areas.add_area(conn, a)
    robbery = incident(t0, types=[IncidentType.ROBBERY_THEFT], area_id=a.id)
    threats = incident(t0 + timedelta(days=1), types=[IncidentType.THREATS_INTIMIDATION, IncidentType.FRAUD])
    for i in (robbery, threats):
        incidents.add_incident(conn, i)
    assert incidents.list_incident_ids(conn) == [threats.id, robbery.id]
    assert incidents.list_incident_ids(conn, types=[IncidentType.FRAUD]) == [threats.id]
    assert incidents.list_incident_ids(conn, types=[IncidentType.FRAUD, IncidentType.ROBBERY_THEFT]) == [
        threats.id,
        robbery.id,
    ]
    assert incidents.list_incident_ids(conn, area_id=a.id) == [robbery.id]
    assert incidents.list_incident_ids(conn, since=t0 + timedelta(hours=1)) == [threats.id]
    assert incidents.count_incidents(conn, types=[IncidentType.RAPE]) == 0


def test_incident_correction_keeps_number_and_plate_index_in_step(conn, t0: datetime) -> None:
    i = incident(t0, phones=["07700 900123"], plates=["AB12CDE"])
    incidents.add_incident(conn, i)
    assert conn.execute("SELECT number FROM phone_index").fetchall() == [("+447700900123",)]
    corrected = i.model_copy(
        update={
            "perpetrators": [Perpetrator(phone_numbers=["07700 900456"])],
            "vehicles": [Vehicle(registration="XY99 ZZZ")],
        }
    )
    incidents.update_incident(conn, corrected)
    assert conn.execute("SELECT number FROM phone_index").fetchall() == [("+447700900456",)]
    assert conn.execute("SELECT plate FROM plate_index").fetchall() == [("XY99ZZZ",)]
    incidents.delete_incident(conn, i.id)
    assert conn.execute("SELECT count(*) FROM phone_index").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM plate_index").fetchone() == (0,)


def test_people_listing_and_alias_lookup(conn) -> None:
    for alias in ("zed", "Amber", "amberly", "Bee"):
        people.add_person(conn, person(alias))
    assert [p.alias for p in people.get_people(conn, people.list_person_ids(conn))] == [
        "Amber",
        "amberly",
        "Bee",
        "zed",
    ]
    found = people.get_people(conn, people.list_person_ids(conn, query="amb"))
    assert [p.alias for p in found] == ["Amber", "amberly"]
    renamed = found[0].model_copy(update={"alias": "Coral"})
    people.update_person(conn, renamed)
    assert [p.alias for p in people.get_people(conn, people.list_person_ids(conn, query="amb"))] == [
        "amberly"
    ]


def test_shift_listing_and_open_shift(conn, t0: datetime) -> None:
    done = shift(t0 - timedelta(days=1), ended_at=t0 - timedelta(hours=20))
    running = shift(t0)
    for s in (done, running):
        shifts.add_shift(conn, s)
    assert shifts.list_shift_ids(conn) == [running.id, done.id]
    assert shifts.open_shift(conn) == running
    shifts.update_shift(conn, running.model_copy(update={"ended_at": t0 + timedelta(hours=3)}))
    assert shifts.open_shift(conn) is None


def test_settings_and_drafts(conn, t0: datetime) -> None:
    assert settings.get_setting(conn, "theme", "light") == "light"
    settings.set_setting(conn, "theme", {"name": "dark", "size": 2})
    settings.set_setting(conn, "theme", {"name": "dark", "size": 3})
    assert settings.get_setting(conn, "theme") == {"name": "dark", "size": 3}
    assert settings.all_settings(conn) == {"theme": {"name": "dark", "size": 3}}
    drafts.save_draft(conn, "incident-form", "incident", '{"a": 1}', clock=lambda: t0)
    drafts.save_draft(conn, "incident-form", "incident", '{"a": 2}', clock=lambda: t0)
    found = drafts.get_draft(conn, "incident-form")
    assert found is not None and found.payload == '{"a": 2}' and found.updated_at == t0
    assert [d.id for d in drafts.list_drafts(conn, "incident")] == ["incident-form"]
    assert drafts.delete_draft(conn, "incident-form")
    assert drafts.get_draft(conn, "incident-form") is None


def test_supplies_are_stored_as_json_counts(conn, t0: datetime) -> None:
    c = contact(t0, supplies={SupplyKind.NALOXONE: 1, SupplyKind.CONDOMS: 0, SupplyKind.LUBE: 4})
    contacts.add_contact(conn, c)
    assert conn.execute("SELECT supplies FROM contacts").fetchone() == ('{"lube":4,"naloxone":1}',)


def test_bulk_insert_next_to_stored_records_in_the_same_millisecond(conn, t0: datetime) -> None:
    first = [contact(t0) for _ in range(3)] + [contact(t0 + timedelta(days=1))]
    for c in first:
        contacts.add_contact(conn, c)
    bulk = [contact(t0 + timedelta(hours=n % 30)) for n in range(400)] + [contact(t0) for _ in range(5)]
    contacts.add_contacts(conn, bulk)
    assert contacts.count_contacts(conn) == 409
    at_t0 = contacts.list_contact_ids(conn, since=t0, until=t0 + timedelta(microseconds=1))
    assert len(at_t0) == 3 + 14 + 5
    assert at_t0[-3:] == [c.id for c in reversed(first[:3])]  # older inserts stay after newer ones
