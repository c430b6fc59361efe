"""`outreach consent` hands over no withdrawal code for a report that could not be sent."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outreach_app.core.vault import unlock_vault
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Incident
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.incidents import add_incident
from outreach_app.storage.repos.sync_state import save_regions
from tests.unit.cli.test_sharing_cli import CODE, PASSPHRASE, cli, consent, table_counts
from tests.unit.cli.test_sharing_cli import layout as layout  # the same throwaway vault fixture

UNMAPPED = Area(name="Harbour Road")


@pytest.fixture
def unmapped_incident(layout: VaultLayout) -> Incident:
    record = Incident(
        area_id=UNMAPPED.id,
        worker_initials="JK",
        occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
        types=[IncidentType.PHYSICAL_ASSAULT],
    )
    with unlock_vault(layout, PASSPHRASE) as session:
        save_regions(session.conn, [("leeds", "Leeds")])
        add_area(session.conn, UNMAPPED)
        add_incident(session.conn, record)
    return record


def test_consent_for_an_unmapped_area_is_refused_until_the_area_is_mapped(
    layout: VaultLayout, unmapped_incident: Incident
) -> None:
    incident = unmapped_incident
    refused = consent(layout, incident, "--alert")
    assert refused.code == 5
    assert "no server region" in refused.err and "outreach area set-region" in refused.err
    assert CODE.search(refused.out) is None  # no code handed over
    assert table_counts(layout) == (0, 0, 0)

    assert cli(layout, "area", "set-region", "Harbour Road", "Leeds").code == 0
    given = consent(layout, incident, "--alert")
    assert given.code == 0, given.err
    assert CODE.search(given.out) is not None
    assert table_counts(layout)[0] == 1
