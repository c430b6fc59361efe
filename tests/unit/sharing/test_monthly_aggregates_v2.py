"""Protocol v2 statistics: monthly aggregates per region with an unlinkable aggregate key."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.protocol.aggregates import aggregate_key
from outreach_app.reports.monthly_aggregates import device_secret, monthly_aggregates
from outreach_app.sharing import charity_keys
from outreach_app.sharing.seal import seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection
from tests.unit.sharing.test_pipeline import make_incident
from tests.unit.sharing.v2_keys import shared_charity

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
ORG = UUID("6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b")


def _share(conn: Connection, purposes: list[Purpose]) -> str:
    incident = make_incident(conn)
    outcome = record_consent(
        conn, incident.id, purposes, worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    )
    seal_incident(conn, incident.id, now=NOW)
    assert outcome.code is not None
    return outcome.code


def test_nothing_before_a_v2_enrolment(conn: Connection) -> None:
    _share(conn, [Purpose.STATISTICS])
    assert monthly_aggregates(conn, "2025-01", "2025-12") == []


def test_incidents_with_statistics_consent_are_counted_and_a_withdrawal_recounts_the_month(
    conn: Connection,
) -> None:
    charity = shared_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    code = _share(conn, [Purpose.STATISTICS, Purpose.ALERT])
    _share(conn, [Purpose.STATISTICS])
    _share(conn, [Purpose.ALERT])  # no statistics consent: not counted
    (row,) = monthly_aggregates(conn, "2025-01", "2025-12")
    assert (row.month, row.region_id, row.incidents) == ("2025-04", "leeds", 2)
    assert row.incident_types == {IncidentType.ROBBERY_THEFT: 2}
    assert row.aggregate_key == aggregate_key(device_secret(conn), str(ORG), "leeds", "2025-04")

    withdraw_with_code(conn, code, [Purpose.STATISTICS], now=NOW)
    (again,) = monthly_aggregates(conn, "2025-01", "2025-12")
    assert again.incidents == 1
    assert again.aggregate_key == row.aggregate_key  # replaces, never adds to, the month


def test_the_key_does_not_contain_or_repeat_the_device_secret(conn: Connection) -> None:
    charity = shared_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    _share(conn, [Purpose.STATISTICS])
    secret = device_secret(conn)
    assert device_secret(conn) == secret and len(secret) == 32
    (row,) = monthly_aggregates(conn, "2025-01", "2025-12")
    assert secret.hex() not in row.aggregate_key
