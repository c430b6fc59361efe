"""Decrypted police contents for the desk's tests (as a police desk opens them)."""

from __future__ import annotations

import uuid
from typing import Any

from outreach_app.protocol.contents import PoliceIntelligenceContent, PoliceReferralContent


def intelligence(**changes: Any) -> PoliceIntelligenceContent:
    fields: dict[str, Any] = {
        "envelope_id": str(uuid.uuid4()),
        "incident_types": ["robbery_theft", "physical_assault"],
        "month": "2026-03",
        "part_of_day": "night",
        "region_id": "north",
        "injured": True,
        "injury_severity": "minor",
        "weapon_used": True,
        "summary": "He took the money and hit her.",
        "perpetrators": [
            {
                "phone_numbers": ["+447700900123"],
                "hair": "short grey",
                "age_min": 30,
                "age_max": 40,
                "gender": "man",
                "online_handles": ["@redvan"],
            }
        ],
        "vehicles": [{"registration": "AB12CDE", "colour": "red", "make": "Ford"}],
    }
    fields.update(changes)
    return PoliceIntelligenceContent.model_validate(fields)


def referral(**changes: Any) -> PoliceReferralContent:
    fields: dict[str, Any] = {
        "envelope_id": str(uuid.uuid4()),
        "incident_types": ["sexual_assault"],
        "date": "2026-03-02",
        "part_of_day": "evening",
        "region_id": "north",
        "injured": False,
        "injury_severity": "none",
    }
    fields.update(changes)
    return PoliceReferralContent.model_validate(fields)
