"""Erasure on request: a person and every record that names them, then the traces in the file.

Records "name" a person when they link to them (`person_id`): their contacts
and incidents. Tables of later migrations that refer to incidents (consents,
outbox items) follow through their own ON DELETE CASCADE foreign keys; a
table that refuses makes the whole erasure roll back with an error, never half-done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.maintenance import compact


@dataclass(frozen=True)
class ForgetResult:
    """How many records were erased. Attributes: contacts, incidents (the person is always one)."""

    contacts: int
    incidents: int


IncidentHook = Callable[[Connection, list[UUID]], None]


def forget_person(
    conn: Connection,
    person_id: UUID,
    *,
    before_delete: IncidentHook | None = None,
    compact_after: bool = True,
) -> ForgetResult:
    """Delete the person, their contacts and their incidents in one transaction; then compact.

    Args:
        before_delete: called inside the transaction with the ids of the person's incidents,
            before they go, so later layers (sharing: consents, outbox) can erase or withdraw
            what they keep about them; if it raises, nothing is erased.

    Raises:
        RecordNotFoundError: no such person (nothing changed).
    """
    key = str(person_id)
    with transaction(conn):
        if conn.execute("SELECT 1 FROM people WHERE id = ?", (key,)).fetchone() is None:
            raise RecordNotFoundError(f"person {person_id} is not stored")
        incident_ids = [
            UUID(row[0]) for row in conn.execute("SELECT id FROM incidents WHERE person_id = ?", (key,))
        ]
        if before_delete is not None:
            before_delete(conn, incident_ids)
        # Row-by-row deletes fire the FTS and number/plate triggers for each record.
        contacts = conn.execute("DELETE FROM contacts WHERE person_id = ?", (key,)).rowcount
        incidents = conn.execute("DELETE FROM incidents WHERE person_id = ?", (key,)).rowcount
        conn.execute("DELETE FROM people WHERE id = ?", (key,))
    if compact_after:
        compact(conn)
    return ForgetResult(contacts=contacts, incidents=incidents)
