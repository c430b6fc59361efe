"""Sealing scrubs with every alias in the vault, not only the incident's own person."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Area, Incident, Perpetrator, Person, Vehicle
from outreach_app.sharing.seal import preview_incident, seal_incident
from outreach_app.sharing.workflow import record_consent
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.incidents import add_incident
from outreach_app.storage.repos.people import add_person, list_aliases


def test_other_peoples_aliases_in_the_vault_are_scrubbed_from_every_text_that_is_sealed(
    conn: Connection,
) -> None:
    area = Area(name="Holbeck", region_id="leeds")
    add_area(conn, area)
    person = Person(alias="Candy")
    for someone in (person, Person(alias="Roxy Canary"), Person(alias="Natasha"), Person(alias="Ginger")):
        add_person(conn, someone)
    assert list_aliases(conn) == ["Candy", "Ginger", "Natasha", "Roxy Canary"]
    incident = Incident(
        person_id=person.id,
        area_id=area.id,
        worker_initials="JK",
        occurred_at=datetime(2025, 4, 30, 23, 0, tzinfo=UTC),
        types=[IncidentType.PHYSICAL_ASSAULT],
        perpetrators=[
            Perpetrator(
                name_used="Kev",
                phone_numbers=["07700 900999"],
                hair="ginger beard",
                distinguishing_features="knows Candy lives on Cardigan Road, asked Tash about her",
            )
        ],
        vehicles=[Vehicle(make="Ford", model="Focus", colour="silver, same as Roxy's")],
        alert_summary="Kev (07700 900999) picked up a worker (Roxy) and then Candy. Ginger saw it.",
    )
    add_incident(conn, incident)
    record_consent(conn, incident.id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL)
    text = preview_incident(conn, incident.id)
    item = seal_incident(conn, incident.id)
    assert item.payload == text
    alert = json.loads(item.payload)["alert"]
    summary = "Kev (07700 900999) picked up a worker ([name]) and then [name]. [name] saw it."
    assert alert["summary"] == summary
    perp = alert["perpetrators"][0]
    assert perp["hair"] == "ginger beard"
    assert perp["distinguishing_features"] == "knows [name] lives on [address], asked [name] about her"
    assert alert["vehicles"][0]["colour"] == "silver, same as [name]'s"
