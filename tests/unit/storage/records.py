"""Record builders for storage tests (plain functions, so each test states what matters)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from outreach_app.domain.enums import ContactKind, IncidentType, ShiftMode, SupplyKind
from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Shift, Vehicle


def area(name: str = "Harbour Road", **kw: Any) -> Area:
    return Area(name=name, **kw)


def shift(started_at: datetime, **kw: Any) -> Shift:
    return Shift(started_at=started_at, mode=kw.pop("mode", ShiftMode.VAN), staff_initials="AB", **kw)


def person(alias: str = "Blue", **kw: Any) -> Person:
    return Person(alias=alias, **kw)


def contact(occurred_at: datetime, notes: str = "", **kw: Any) -> Contact:
    kw.setdefault("kind", ContactKind.IN_PERSON)
    kw.setdefault("supplies", {SupplyKind.CONDOMS: 10})
    return Contact(occurred_at=occurred_at, notes=notes, **kw)


def incident(
    occurred_at: datetime,
    narrative: str = "",
    *,
    phones: list[str] | None = None,
    plates: list[str] | None = None,
    person_id: UUID | None = None,
    **kw: Any,
) -> Incident:
    return Incident(
        occurred_at=occurred_at,
        reported_at=occurred_at,
        worker_initials="CD",
        types=kw.pop("types", [IncidentType.ROBBERY_THEFT]),
        narrative=narrative,
        perpetrators=kw.pop("perpetrators", [Perpetrator(phone_numbers=phones or [])]),
        vehicles=[Vehicle(registration=plate, make="Ford") for plate in plates or []],
        person_id=person_id,
        **kw,
    )
