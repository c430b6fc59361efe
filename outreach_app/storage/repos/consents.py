"""Consent versions (migration 0002). Rows are only ever added: a change is a new version.

The rows hold the domain-level fields as plain values; `sharing.consent.Consent` is built
from them by the sharing layer (storage sits below sharing and does not import it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import translate_integrity_errors

_COLUMNS = "incident_id, version, decisions, recorded_at, worker_initials, method, change, verifier"


@dataclass(frozen=True)
class ConsentRow:
    """One stored consent version. `decisions` maps purpose value -> yes/no."""

    incident_id: UUID
    version: int
    decisions: dict[str, bool]
    recorded_at: datetime
    worker_initials: str
    method: str
    change: str
    verifier: str


def _from_row(row: tuple[str, int, str, str, str, str, str, str]) -> ConsentRow:
    return ConsentRow(
        incident_id=UUID(row[0]),
        version=int(row[1]),
        decisions={str(k): bool(v) for k, v in json.loads(row[2]).items()},
        recorded_at=from_db_time(row[3]),
        worker_initials=row[4],
        method=row[5],
        change=row[6],
        verifier=row[7],
    )


def add_consent_version(conn: Connection, row: ConsentRow) -> None:
    """Store a new version; it must be exactly one more than the latest (1 for the first)."""
    with transaction(conn), translate_integrity_errors("consent", row.incident_id):
        latest = conn.execute(
            "SELECT max(version) FROM consents WHERE incident_id = ?", (str(row.incident_id),)
        ).fetchone()[0]
        expected = (latest or 0) + 1
        if row.version != expected:
            raise ValueError(f"consent version {row.version} is out of order (expected {expected})")
        conn.execute(
            f"INSERT INTO consents({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - fixed columns
            (
                str(row.incident_id),
                row.version,
                json.dumps(row.decisions, sort_keys=True),
                to_db_time(row.recorded_at),
                row.worker_initials,
                row.method,
                row.change,
                row.verifier,
            ),
        )


def latest_consent(conn: Connection, incident_id: UUID) -> ConsentRow | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM consents WHERE incident_id = ? ORDER BY version DESC LIMIT 1",  # noqa: S608
        (str(incident_id),),
    ).fetchone()
    return None if row is None else _from_row(row)


def consent_history(conn: Connection, incident_id: UUID) -> list[ConsentRow]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM consents WHERE incident_id = ? ORDER BY version",  # noqa: S608
        (str(incident_id),),
    )
    return [_from_row(row) for row in rows]


def get_consent_version(conn: Connection, incident_id: UUID, version: int) -> ConsentRow | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM consents WHERE incident_id = ? AND version = ?",  # noqa: S608
        (str(incident_id), version),
    ).fetchone()
    return None if row is None else _from_row(row)


def incidents_with_verifier(conn: Connection, verifier: str) -> list[UUID]:
    """Incidents whose consent carries this withdrawal verifier (normally one)."""
    rows = conn.execute(
        "SELECT DISTINCT incident_id FROM consents WHERE verifier = ? ORDER BY incident_id", (verifier,)
    )
    return [UUID(row[0]) for row in rows]


def delete_consents(conn: Connection, incident_id: UUID) -> int:
    """Erase every consent version of an incident (erasure on request); returns rows deleted."""
    with transaction(conn):
        return int(conn.execute("DELETE FROM consents WHERE incident_id = ?", (str(incident_id),)).rowcount)
