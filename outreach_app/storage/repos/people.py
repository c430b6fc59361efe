"""People, known by an alias only. Deleting one unlinks their records; `forget` erases them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from uuid import UUID

from outreach_app.domain.aliases import alias_key
from outreach_app.domain.models import Person
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, StorageError, translate_integrity_errors
from outreach_app.storage.fts import match_expression
from outreach_app.storage.repos._blocks import fetch_by_ids

_COLUMNS = "id, alias, age_band, gender, preferred_language, notes"


def _from_row(row: Sequence[Any]) -> Person:
    return Person(
        id=UUID(row[0]),
        alias=row[1],
        age_band=row[2],
        gender=row[3],
        preferred_language=row[4],
        notes=row[5],
    )


def _values(person: Person) -> tuple[Any, ...]:
    return (
        person.alias,
        alias_key(person.alias),
        person.age_band.value,
        person.gender.value,
        person.preferred_language,
        person.notes,
    )


def add_person(conn: Connection, person: Person) -> None:
    with transaction(conn), translate_integrity_errors("person", person.id):
        conn.execute(
            "INSERT INTO people(alias, alias_key, age_band, gender, preferred_language, notes, id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*_values(person), str(person.id)),
        )


def get_person(conn: Connection, person_id: UUID) -> Person | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (str(person_id),)).fetchone()  # noqa: S608
    return None if row is None else _from_row(row)


def update_person(conn: Connection, person: Person) -> None:
    with transaction(conn), translate_integrity_errors("person", person.id):
        cursor = conn.execute(
            "UPDATE people SET alias = ?, alias_key = ?, age_band = ?, gender = ?, preferred_language = ?,"
            " notes = ? WHERE id = ?",
            (*_values(person), str(person.id)),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(f"person {person.id} is not stored")


def delete_person(conn: Connection, person_id: UUID) -> bool:
    """Delete the person only; their contacts and incidents stay, unlinked. See forget.py for erasure."""
    with transaction(conn):
        return conn.execute("DELETE FROM people WHERE id = ?", (str(person_id),)).rowcount > 0


def list_person_ids(conn: Connection, *, query: str | None = None, limit: int | None = None) -> list[UUID]:
    """People by alias (A→Z); with `query`, those whose alias or notes hold every word
    (the last word may be the start of a word, for as-you-type lookup)."""
    params: list[Any] = []
    if query is not None:
        expression = match_expression(query, prefix_last=True)
        if expression is None:
            return []
        sql = (
            "SELECT p.id FROM people_fts JOIN people AS p ON p.seq = people_fts.rowid"
            " WHERE people_fts MATCH ? ORDER BY p.alias COLLATE NOCASE, p.id"
        )
        params.append(expression)
    else:
        sql = "SELECT id FROM people ORDER BY alias COLLATE NOCASE, id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [UUID(row[0]) for row in conn.execute(sql, params)]


def get_people(conn: Connection, ids: Iterable[UUID]) -> list[Person]:
    return fetch_by_ids(
        conn,
        f"SELECT {_COLUMNS} FROM people WHERE id IN ({{marks}})",  # noqa: S608
        ids,
        _from_row,
    )


def list_aliases(conn: Connection) -> list[str]:
    """Every alias recorded in the vault: the scrubber removes them all from text that leaves."""
    return [row[0] for row in conn.execute("SELECT alias FROM people ORDER BY alias, id")]


def person_has_records(conn: Connection, person_id: UUID) -> bool:
    """True if a contact or an incident names the person."""
    return any(
        conn.execute(f"SELECT 1 FROM {table} WHERE person_id = ? LIMIT 1", (str(person_id),)).fetchone()  # noqa: S608 - fixed names
        for table in ("contacts", "incidents")
    )


def person_exists(conn: Connection, person_id: UUID) -> bool:
    return conn.execute("SELECT 1 FROM people WHERE id = ?", (str(person_id),)).fetchone() is not None


@dataclass(frozen=True)
class NamedPerson:
    """A person who has a given alias, and the last day they were seen (None: no record yet)."""

    id: UUID
    alias: str
    last_seen: date | None


NEW_PERSON: Literal["new"] = "new"
PersonChoice = UUID | Literal["new"] | None
"""Which person an alias means: a person's id, NEW_PERSON, or None (decide if unambiguous)."""


class AliasChoiceNeededError(StorageError):
    """Several people have this alias and the worker has not said which one is meant.

    Attributes:
        matches: the people with the alias, oldest first (for "the Sam seen on 3 Nov, or
            someone new?"). Nothing was saved.
    """

    def __init__(self, matches: list[NamedPerson]) -> None:
        super().__init__(f"{len(matches)} people have this alias: choose one, or someone new")
        self.matches = matches


def people_with_alias(conn: Connection, alias: str) -> list[NamedPerson]:
    """Every person whose alias has the same key as `alias` (exact and complete: an index lookup)."""
    rows = conn.execute(
        "SELECT p.id, p.alias, max("
        " coalesce((SELECT max(local_date) FROM contacts WHERE person_id = p.id), ''),"
        " coalesce((SELECT max(local_date) FROM incidents WHERE person_id = p.id), ''))"
        " FROM people AS p WHERE p.alias_key = ? ORDER BY p.seq",
        (alias_key(alias),),
    ).fetchall()
    return [NamedPerson(UUID(row[0]), row[1], date.fromisoformat(row[2]) if row[2] else None) for row in rows]


def find_or_add_person(
    conn: Connection, alias: str, choice: PersonChoice = None, *, current: UUID | None = None
) -> tuple[UUID, bool]:
    """The person `alias` means, or a new one: (id, created).

    Args:
        choice: the worker's answer when several people share the alias (their id, or
            NEW_PERSON); None decides alone: the one person with the alias, else a new one.
        current: the person the record is linked to now; kept while the alias still fits.

    Raises:
        AliasChoiceNeededError: several people have the alias and `choice` is None —
            never a silent merge nor a silent duplicate. Nothing was written.
        RecordNotFoundError: `choice` names a person who is not stored (or has another alias).
    """
    matches = people_with_alias(conn, alias)
    if choice == NEW_PERSON or (choice is None and not matches):
        person = Person(alias=alias.strip())
        add_person(conn, person)
        return person.id, True
    ids = [match.id for match in matches]
    if choice is not None:
        if choice not in ids:
            raise RecordNotFoundError("the chosen person does not have this alias")
        return choice, False
    if current is not None and current in ids:
        return current, False
    if len(ids) == 1:
        return ids[0], False
    raise AliasChoiceNeededError(matches)
