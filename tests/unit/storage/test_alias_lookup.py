"""People are found by an exact, indexed alias key: never missed, merged or duplicated silently."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach_app.domain.aliases import alias_key
from outreach_app.domain.enums import ContactKind
from outreach_app.domain.models import Contact, Person
from outreach_app.storage import migrations
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.migrations import available_migrations, migrate
from outreach_app.storage.repos.contacts import add_contact
from outreach_app.storage.repos.people import (
    NEW_PERSON,
    AliasChoiceNeededError,
    add_person,
    find_or_add_person,
    list_person_ids,
    people_with_alias,
    update_person,
)


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])


@pytest.mark.parametrize(
    ("typed", "stored"), [("sam", "Sam"), ("  SAM ", "Sam"), ("ＳＡＭ", "Sam"), ("Mary  Ann", "mary ann")]
)
def test_alias_key_folds_case_width_and_spaces_but_keeps_accents(typed: str, stored: str) -> None:
    assert alias_key(typed) == alias_key(stored)
    assert alias_key("Sám") != alias_key("Sam")


def test_sam_is_found_among_51_people_whose_notes_say_same(conn: Connection) -> None:
    # Full-text search ranked and limited to 50 hits: "Sam" matched "same…" 51 times first.
    for number in range(51):
        add_person(conn, Person(alias=f"Alex {number:02}", notes="same place as last week"))
    sam = Person(alias="Sam")
    add_person(conn, sam)
    assert sam.id not in list_person_ids(conn, query="Sam", limit=50)  # the old lookup's blind spot

    assert find_or_add_person(conn, " sam ") == (sam.id, False)
    assert count(conn) == 52


def test_a_new_alias_adds_one_person_and_renaming_moves_the_key(conn: Connection) -> None:
    person_id, created = find_or_add_person(conn, "  Jade ")
    assert created and count(conn) == 1
    assert find_or_add_person(conn, "JADE") == (person_id, False)
    update_person(conn, Person(id=person_id, alias="Jay"))
    assert people_with_alias(conn, "jade") == []
    assert [p.id for p in people_with_alias(conn, "jay")] == [person_id]


def test_two_people_with_one_alias_make_the_worker_choose(conn: Connection) -> None:
    first, second = Person(alias="Sam"), Person(alias="sam")
    add_person(conn, first)
    add_person(conn, second)
    seen = datetime(2026, 11, 3, 22, 0, tzinfo=UTC)
    add_contact(conn, Contact(occurred_at=seen, zone="UTC", person_id=first.id, kind=ContactKind.IN_PERSON))

    with pytest.raises(AliasChoiceNeededError) as raised:
        find_or_add_person(conn, "Sam")
    assert [(m.id, m.last_seen) for m in raised.value.matches] == [
        (first.id, seen.date()),
        (second.id, None),
    ]
    assert count(conn) == 2  # nothing written while the question is open

    assert find_or_add_person(conn, "Sam", second.id) == (second.id, False)
    assert find_or_add_person(conn, "Sam", current=first.id) == (first.id, False)
    new_id, created = find_or_add_person(conn, "Sam", NEW_PERSON)
    assert created and new_id not in (first.id, second.id) and count(conn) == 3
    with pytest.raises(RecordNotFoundError):
        find_or_add_person(conn, "Jade", first.id)  # a choice must have the alias


def test_migration_fills_the_key_of_people_stored_before_it(
    db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, db_key, create=True)
    before = [m for m in available_migrations() if m.version < 15]
    monkeypatch.setattr(migrations, "available_migrations", lambda: before)
    migrate(conn)
    conn.execute(
        "INSERT INTO people(id, alias, age_band, gender)"
        " VALUES ('00000000-0000-4000-8000-000000000001', ' ＳＡＭ ', 'unknown', 'unknown')"
    )
    monkeypatch.undo()
    migrate(conn)
    assert [str(p.id) for p in people_with_alias(conn, "sam")] == ["00000000-0000-4000-8000-000000000001"]
    plan = " ".join(
        str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT id FROM people WHERE alias_key = 'x'")
    )
    assert "people_by_alias_key" in plan
    conn.close()
