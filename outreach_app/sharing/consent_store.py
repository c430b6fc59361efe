"""Consent versions in the vault: the bridge between `sharing.consent` and its repository."""

from __future__ import annotations

from uuid import UUID

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.sharing.consent import Consent, ConsentChange
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import consents as repo


def to_row(consent: Consent) -> repo.ConsentRow:
    return repo.ConsentRow(
        incident_id=consent.incident_id,
        version=consent.version,
        decisions={purpose.value: yes for purpose, yes in consent.decisions.items()},
        recorded_at=consent.recorded_at,
        worker_initials=consent.worker_initials,
        method=consent.method.value,
        change=consent.change.value,
        verifier=consent.verifier,
    )


def from_row(row: repo.ConsentRow) -> Consent:
    return Consent(
        incident_id=row.incident_id,
        version=row.version,
        decisions={Purpose(key): yes for key, yes in row.decisions.items()},
        recorded_at=row.recorded_at,
        worker_initials=row.worker_initials,
        method=ConsentMethod(row.method),
        change=ConsentChange(row.change),
        verifier=row.verifier,
    )


def current_consent(conn: Connection, incident_id: UUID) -> Consent | None:
    row = repo.latest_consent(conn, incident_id)
    return None if row is None else from_row(row)


def consent_versions(conn: Connection, incident_id: UUID) -> list[Consent]:
    return [from_row(row) for row in repo.consent_history(conn, incident_id)]


def store_consent(conn: Connection, consent: Consent) -> None:
    repo.add_consent_version(conn, to_row(consent))
