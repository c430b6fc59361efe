"""An unlocked vault (cheap KDF) with an area that maps onto a server region, for the ops."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach_app.core.vault import VaultSession, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Incident, Perpetrator
from outreach_app.storage.repos.areas import add_area
from tests.vault_templates import created_vault

PASSPHRASE = "lantern orchard gravel nine"
NOW = datetime(2026, 4, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    layout = VaultLayout(tmp_path / "vault")
    created_vault(layout, PASSPHRASE, kdf=TEST_KDF)  # a copy of one made once per process
    with unlock_vault(layout, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def area(session: VaultSession) -> Area:
    mapped = Area(name="Holbeck", region_id="leeds")
    add_area(session.conn, mapped)
    return mapped


def an_incident(area: Area | None, summary: str = "Hit by a man in a red van.") -> Incident:
    return Incident(
        area_id=area.id if area is not None else None,
        worker_initials="JK",
        reported_at=NOW,
        occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
        types=[IncidentType.PHYSICAL_ASSAULT],
        perpetrators=[Perpetrator(hair="short grey")],
        alert_summary=summary,
    )
