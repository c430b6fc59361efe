"""The Contacts and Incidents pages' search in SQL: the same records, in the same order, as
gathering every lookup's records and sorting them newest first (the way it was done before)."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from outreach_app.domain.enums import ContactKind, IncidentType
from outreach_app.domain.models import Contact, Incident, Perpetrator
from outreach_app.domain.normalise import looks_like_phone
from outreach_app.storage import search
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts, incidents, people

from .records import area, contact, incident, person

WORDS = ["blister", "clinic", "leaflet", "sam", "samir", "van"]
T0 = datetime(2026, 3, 14, 21, 30, tzinfo=UTC)  # the storage conftest's `t0`


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, dict[str, Any]]:
    """The records of `vault`, written once for the module's 65 read-only tests (0.2 CPU-s
    each to write, 13 CPU-s in all): the database file, its key and what `vault` returns."""
    path = tmp_path_factory.mktemp("page-search") / "vault.db"
    key = os.urandom(32)
    made = open_database(path, key, create=True)
    try:
        migrate(made)
        records = _fill(made, T0)
    finally:
        made.close()
    return path, key, records


@pytest.fixture
def conn(template: tuple[Path, bytes, dict[str, Any]], tmp_path: Path) -> Iterator[Connection]:
    """A copy of the template database in this test's own folder (the storage conftest's
    `conn` would be an empty database)."""
    path, key, _records = template
    copy = tmp_path / "vault.db"
    shutil.copyfile(path, copy)
    opened = open_database(copy, key)
    yield opened
    opened.close()


@pytest.fixture
def vault(template: tuple[Path, bytes, dict[str, Any]]) -> dict[str, Any]:
    return template[2]


def _fill(conn: Connection, t0: datetime) -> dict[str, Any]:
    """Three people (two share the word "sam"), 300 contacts and 60 incidents spread over them,
    two areas, numbers, plates and addresses; times shuffled so insertion order is not time order."""
    rng = random.Random(20)
    north, south = area("North"), area("South")
    for a in (north, south):
        from outreach_app.storage.repos import areas

        areas.add_area(conn, a)
    folks = [person("Sam"), person("Samir", notes="likes the clinic"), person("Jo")]
    for p in folks:
        people.add_person(conn, p)
    batch: list[Contact] = []
    for i in range(300):
        batch.append(
            contact(
                t0 + timedelta(minutes=rng.randrange(100_000)),
                " ".join(rng.sample(WORDS, 2)),
                person_id=rng.choice([None, *[p.id for p in folks]]),
                area_id=north.id if i % 2 else south.id,
                kind=rng.choice(list(ContactKind)),
            )
        )
    contacts.add_contacts(conn, batch)
    made: list[Incident] = []
    for i in range(60):
        made.append(
            incident(
                t0 + timedelta(minutes=rng.randrange(100_000)),
                " ".join(rng.sample(WORDS, 2)),
                person_id=rng.choice([None, *[p.id for p in folks]]),
                area_id=north.id if i % 2 else south.id,
                types=[rng.choice([IncidentType.ROBBERY_THEFT, IncidentType.NON_PAYMENT])],
                perpetrators=[
                    Perpetrator(
                        phone_numbers=[f"07700 900{i % 7:03d}"],
                        email_addresses=[f"kev{i % 5}@example.com"],
                    )
                ],
                plates=[f"AB{i % 9}2 CDE"],
            )
        )
    for i in made:
        incidents.add_incident(conn, i)
    return {"north": north, "south": south, "people": folks}


def _old_contacts(conn, text: str, filters: dict[str, Any], cap: int) -> list[UUID]:
    """The model's former gather-and-sort, kept here as the oracle."""
    ids = contacts.list_contact_ids(conn, query=text, **filters, limit=cap)
    found = people.list_person_ids(conn, query=text, limit=50)
    if filters.get("person_id") is not None:
        found = [p for p in found if p == filters["person_id"]]
    for person_id in found:
        ids += contacts.list_contact_ids(conn, **{**filters, "person_id": person_id}, limit=cap)
    records = contacts.get_contacts(conn, list(dict.fromkeys(ids)))
    records.sort(key=lambda c: c.occurred_at, reverse=True)
    return [c.id for c in records][:cap]


def _old_incidents(conn, text: str, filters: dict[str, Any], cap: int) -> list[UUID]:
    by_number: list[UUID] = []
    if looks_like_phone(text):
        by_number += search.incident_ids_by_phone(conn, text)
    by_number += search.incident_ids_by_plate(conn, text)
    by_number += search.incident_ids_by_email(conn, text)
    ids = incidents.list_incident_ids(conn, query=text, **filters, limit=cap)
    for person_id in people.list_person_ids(conn, query=text, limit=50):
        if filters.get("person_id") is None or person_id == filters["person_id"]:
            ids += incidents.list_incident_ids(conn, **{**filters, "person_id": person_id}, limit=cap)
    found = incidents.get_incidents(conn, list(dict.fromkeys(by_number + ids)))

    def keep(i: Incident) -> bool:
        if filters.get("area_id") is not None and i.area_id != filters["area_id"]:
            return False
        if filters.get("person_id") is not None and i.person_id != filters["person_id"]:
            return False
        return not filters.get("types") or bool(set(filters["types"]) & set(i.types))

    found = [i for i in found if keep(i)]
    found.sort(key=lambda i: i.occurred_at, reverse=True)
    return [i.id for i in found][:cap]


def _people_for(conn, text: str, person_id: UUID | None) -> list[UUID]:
    found = people.list_person_ids(conn, query=text, limit=50)
    return [p for p in found if person_id is None or p == person_id]


def _pages(ids_at, keys: list[int], size: int, conn: Connection) -> list[UUID]:
    """The ids of every page of `size` keys, as the lazy model asks for them (ops/search.py
    slices the search's keys)."""
    return [
        found for start in range(0, len(keys), size) for found in ids_at(conn, keys[start : start + size])
    ]


@pytest.mark.parametrize("text", ["sam", "Sam clinic", "clinic", "blister van", "jo", "nothing", "samir"])
@pytest.mark.parametrize("filtered", ["none", "area", "person", "kind"])
def test_contact_search_lists_what_gathering_and_sorting_listed(
    conn, vault, text: str, filtered: str
) -> None:
    filters: dict[str, Any] = {
        "none": {},
        "area": {"area_id": vault["north"].id},
        "person": {"person_id": vault["people"][1].id},
        "kind": {"kind": ContactKind.PHONE},
    }[filtered]
    for cap in (2_000, 17):
        expected = _old_contacts(conn, text, filters, cap)
        found = _people_for(conn, text, filters.get("person_id"))
        keys = contacts.search_contact_keys(conn, text=text, person_ids=found, **filters, cap=cap)
        assert contacts.contact_ids_at(conn, keys) == expected, (text, filtered, cap)
        assert keys == sorted(keys, reverse=True) and len(keys) == len(expected)
        assert _pages(contacts.contact_ids_at, keys, 7, conn) == expected
    assert text == "nothing" or filtered != "none" or expected, "the fixture must give some hits"


@pytest.mark.parametrize(
    "text",
    ["sam", "clinic van", "07700 900003", "900005", "ab32cde", "b52 c", "KEV3@example.com", "jo", "zzz"],
)
@pytest.mark.parametrize("filtered", ["none", "area", "person", "types"])
def test_incident_search_lists_what_gathering_and_sorting_listed(
    conn, vault, text: str, filtered: str
) -> None:
    filters: dict[str, Any] = {
        "none": {},
        "area": {"area_id": vault["south"].id},
        "person": {"person_id": vault["people"][0].id},
        "types": {"types": [IncidentType.NON_PAYMENT]},
    }[filtered]
    for cap in (2_000, 5):
        expected = _old_incidents(conn, text, filters, cap)
        found = _people_for(conn, text, filters.get("person_id"))
        phone = looks_like_phone(text)
        keys = incidents.search_incident_keys(
            conn, text=text, person_ids=found, phone=phone, **filters, cap=cap
        )
        assert incidents.incident_ids_at(conn, keys) == expected, (text, filtered, cap)
        assert keys == sorted(keys, reverse=True) and len(keys) == len(expected)
        assert _pages(incidents.incident_ids_at, keys, 3, conn) == expected
    assert text == "zzz" or filtered != "none" or expected, "the fixture must give some hits"


def test_a_search_with_no_lookup_finds_nothing(conn, vault) -> None:
    assert contacts.search_contact_keys(conn, text="!!", cap=50) == []
    assert incidents.search_incident_keys(conn, text="-", cap=50) == []
