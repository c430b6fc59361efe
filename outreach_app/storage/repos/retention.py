"""Deleting what the retention policy says has expired, and making the deletion stick in the file.

Each purge function takes the cutoff (an aware UTC datetime) and returns how
many records it changed. They run inside `aggregates.statistics_frozen`, so the
statistics of past months do not move. `release_space` then checkpoints the
WAL with TRUNCATE and releases free pages with an incremental vacuum: with
`secure_delete` on and FTS5 secure-delete, the purged text leaves the file.

Never purged here: drafts, anything queued or unsent in the outbox, and the
report ids and withdrawal-code hashes of reports the server still holds
(the outbox purge blanks the payload only; `protected_incident_ids` keeps
incidents with unsent reports whole).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from outreach_app.storage.codec import to_db_time
from outreach_app.storage.repos.incidents import get_incident, update_incident

if TYPE_CHECKING:
    from sqlite3 import Connection

# Free text of an incident that the narrative policy covers. The perpetrator and vehicle
# description stays: it is what phone/plate checks and alerts match against.
INCIDENT_TEXT_FIELDS = ("narrative", "location_note", "injury_notes", "weapon_description", "alert_summary")


def purge_contact_notes(conn: Connection, cutoff: datetime) -> int:
    """Blank the notes of contacts that happened before `cutoff` (the contact itself stays)."""
    cur = conn.execute(
        "UPDATE contacts SET notes = '' WHERE occurred_at < ? AND notes != ''", (to_db_time(cutoff),)
    )
    return int(cur.rowcount)


def purge_people(conn: Connection, cutoff: datetime, incident_cutoff: datetime) -> int:
    """Delete people (alias and notes) not seen or changed since `cutoff`.

    A person is kept while they have a contact on or after `cutoff`, or an
    incident whose text is still kept (changed on or after `incident_cutoff`).
    Their old contacts and incidents stay, unlinked.
    """
    since = to_db_time(cutoff)
    incident_since = to_db_time(incident_cutoff)
    cur = conn.execute(
        """
        DELETE FROM people WHERE id IN (
            SELECT p.id FROM people AS p
            LEFT JOIN record_changes AS rc ON rc.record_kind = 'person' AND rc.record_id = p.id
            WHERE coalesce(rc.changed_at, '') < ?
              AND NOT EXISTS (SELECT 1 FROM contacts AS c WHERE c.person_id = p.id AND c.occurred_at >= ?)
              AND NOT EXISTS (
                  SELECT 1 FROM incidents AS i
                  LEFT JOIN record_changes AS ic ON ic.record_kind = 'incident' AND ic.record_id = i.id
                  WHERE i.person_id = p.id AND max(i.reported_at, coalesce(ic.changed_at, '')) >= ?)
        )
        """,
        (since, since, incident_since),
    )
    return int(cur.rowcount)


def incidents_with_expired_text(conn: Connection, cutoff: datetime) -> list[UUID]:
    """Incidents last changed before `cutoff` that still hold narrative text."""
    non_empty = " OR ".join(f"i.{name} != ''" for name in INCIDENT_TEXT_FIELDS)
    rows = conn.execute(
        "SELECT i.id FROM incidents AS i "  # noqa: S608 - field names are constants above
        "LEFT JOIN record_changes AS rc ON rc.record_kind = 'incident' AND rc.record_id = i.id "
        f"WHERE max(i.reported_at, coalesce(rc.changed_at, '')) < ? AND ({non_empty}) ORDER BY i.seq",
        (to_db_time(cutoff),),
    )
    return [UUID(str(r[0])) for r in rows]


def purge_incident_text(conn: Connection, cutoff: datetime, protected: set[UUID]) -> int:
    """Blank the narrative fields of incidents last changed before `cutoff`, except `protected` ones.

    Goes through the incidents repository so the full-text entry is rebuilt without the words.
    """
    changed = 0
    for incident_id in incidents_with_expired_text(conn, cutoff):
        if incident_id in protected:
            continue
        incident = get_incident(conn, incident_id)
        if incident is None:
            continue
        blank = incident.model_copy(update=dict.fromkeys(INCIDENT_TEXT_FIELDS, ""))
        update_incident(conn, blank)
        changed += 1
    return changed


# Outbox states ([E]'s sharing/outbox_states.py) in which a report may still leave the device.
UNSENT_STATES = ("draft", "consented", "awaiting_review", "queued", "sending", "parked")
PAYLOAD_PURGE_STATES = ("sent", "superseded", "withdrawn")


def protected_incident_ids(conn: Connection) -> set[UUID]:
    """Incidents whose text a report still needs: consented but unsealed, edited since shared
    and waiting for the person's confirmation (`changed`), or with an unsent item, or with a
    withdrawal waiting for the server."""
    if not table_exists(conn, "outbox_items"):
        return set()
    marks = ", ".join("?" * len(UNSENT_STATES))
    rows = conn.execute(
        f"SELECT incident_id FROM outbox_items WHERE state IN ({marks}) "  # noqa: S608 - placeholders only
        "UNION SELECT incident_id FROM sharing_state WHERE state IN ('consented', 'changed') "
        "UNION SELECT incident_id FROM outbox_withdrawals"
        " WHERE state = 'pending' AND incident_id IS NOT NULL",
        UNSENT_STATES,
    )
    return {UUID(str(r[0])) for r in rows}


def purge_sent_payloads(conn: Connection, cutoff: datetime) -> int:
    """Blank the payload of reports whose receipt came before `cutoff`.

    The row stays with its report id and content hash (and the consent keeps the
    withdrawal verifier), so a withdrawal is still possible while the server holds
    the report. Items that are unsent or waiting for a withdrawal are never touched.
    """
    if not table_exists(conn, "outbox_items"):
        return 0
    marks = ", ".join("?" * len(PAYLOAD_PURGE_STATES))
    cur = conn.execute(
        # payloads are kept apart from their items, by the item's number (migration 0027)
        "UPDATE outbox_payloads SET payload = '' WHERE payload != '' AND item_seq IN ("  # noqa: S608
        f"SELECT seq FROM outbox_items WHERE state IN ({marks}) "
        "AND id IN (SELECT item_id FROM outbox_transitions WHERE to_state = 'sent' GROUP BY item_id "
        "HAVING max(at) < ?))",
        (*PAYLOAD_PURGE_STATES, to_db_time(cutoff)),
    )
    return int(cur.rowcount)


def table_exists(conn: Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def release_space(conn: Connection) -> tuple[int, int]:
    """TRUNCATE-checkpoint the WAL and release free pages; returns (pages freed, WAL frames left).

    Must run outside a transaction. A full VACUUM would need RAM the size of the
    DB with in-memory temp storage; the incremental vacuum does not.
    """
    if conn.in_transaction:
        raise RuntimeError("release_space must run outside a transaction")
    before = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    conn.execute("PRAGMA incremental_vacuum").fetchall()
    after = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    # (busy, frames in WAL, frames checkpointed); a reader holding an old snapshot makes busy = 1.
    frames_left = int(row[1]) if row is not None and int(row[0]) == 0 else -1
    return before - after, frames_left
