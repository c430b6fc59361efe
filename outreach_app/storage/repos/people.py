"""People, known by an alias only. Deleting one unlinks their records; `forget` erases them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from outreach_app.domain.models import Person
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, translate_integrity_errors
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
    return (person.alias, person.age_band.value, person.gender.value, person.preferred_language, person.notes)


def add_person(conn: Connection, person: Person) -> None:
    with transaction(conn), translate_integrity_errors("person", person.id):
        conn.execute(
            "INSERT INTO people(alias, age_band, gender, preferred_language, notes, id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (*_values(person), str(person.id)),
        )


def get_person(conn: Connection, person_id: UUID) -> Person | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (str(person_id),)).fetchone()  # noqa: S608
    return None if row is None else _from_row(row)


def update_person(conn: Connection, person: Person) -> None:
    with transaction(conn), translate_integrity_errors("person", person.id):
        cursor = conn.execute(
            "UPDATE people SET alias = ?, age_band = ?, gender = ?, preferred_language = ?, notes = ?"
            " WHERE id = ?",
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
        lambda person: person.id,
    )


def list_aliases(conn: Connection) -> list[str]:
    """Every alias recorded in the vault: the scrubber removes them all from text that leaves."""
    return [row[0] for row in conn.execute("SELECT alias FROM people ORDER BY alias, id")]


def person_exists(conn: Connection, person_id: UUID) -> bool:
    return conn.execute("SELECT 1 FROM people WHERE id = ?", (str(person_id),)).fetchone() is not None
