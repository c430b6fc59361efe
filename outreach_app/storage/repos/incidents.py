"""Incidents, in full local detail, with their phone numbers, plates and e-mail addresses
indexed for lookup."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import STORED, Incident, Perpetrator, Vehicle
from outreach_app.domain.normalise import normalise_email, normalise_plate, phone_search_digits
from outreach_app.storage.codec import (
    SEQ_SLOTS,
    SeqAllocator,
    from_db_time,
    local_date,
    seq_base,
    to_db_time,
    uuid_text,
)
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.errors import RecordNotFoundError, translate_integrity_errors
from outreach_app.storage.repos import _listing
from outreach_app.storage.repos._blocks import fetch_by_ids

RECORD_KIND = "incident"
MIN_PHONE_DIGITS = 4  # shorter digit runs match too many numbers to mean one
MIN_PLATE_CHARS = 2

_FIELDS = (
    "id, person_id, worker_initials, reported_at, occurred_at, occurred_precision, zone, area_id,"
    " location_note, types, injury_severity, injury_notes, weapon_used, weapon_description, perpetrators,"
    " vehicles, narrative, alert_summary, police_told"
)
_STORED = (
    "seq, id, person_id, worker_initials, reported_at, occurred_at, occurred_precision, local_date, zone,"
    " area_id, location_note, types, injury_severity, injury_notes, weapon_used, weapon_description,"
    " perpetrators, vehicles, narrative, alert_summary, police_told, search_text"
)
_STORED_NAMES = [name.strip() for name in _STORED.split(",")]


def _from_row(row: Sequence[Any]) -> Incident:
    return Incident(
        id=UUID(row[0]),
        person_id=None if row[1] is None else UUID(row[1]),
        worker_initials=row[2],
        reported_at=from_db_time(row[3]),
        occurred_at=from_db_time(row[4]),
        occurred_precision=row[5],
        zone=row[6],
        area_id=None if row[7] is None else UUID(row[7]),
        location_note=row[8],
        types=json.loads(row[9]),
        injury_severity=row[10],
        injury_notes=row[11],
        weapon_used=bool(row[12]),
        weapon_description=row[13],
        perpetrators=[Perpetrator.model_validate(item, context=STORED) for item in json.loads(row[14])],
        vehicles=[Vehicle.model_validate(item) for item in json.loads(row[15])],
        narrative=row[16],
        alert_summary=row[17],
        police_told=bool(row[18]),
    )


def search_text(incident: Incident) -> str:
    """The words the incident's full-text index holds: narrative, place and injury notes,
    and every descriptive field of the perpetrators and vehicles."""
    parts = [
        incident.narrative,
        incident.location_note,
        incident.injury_notes,
        incident.weapon_description,
        incident.alert_summary,
    ]
    for person in incident.perpetrators:
        parts += [
            person.height,
            person.ethnicity_described,
            person.hair,
            person.distinguishing_features,
            person.clothing,
            person.name_used,
            person.website_or_app,
            *person.online_handles,
            *person.email_addresses,
        ]
    for vehicle in incident.vehicles:
        parts += [vehicle.make, vehicle.model, vehicle.colour, vehicle.registration]
    return "\n".join(part for part in parts if part)


def _row(seq: int, incident: Incident) -> tuple[Any, ...]:
    return (
        seq,
        str(incident.id),
        uuid_text(incident.person_id),
        incident.worker_initials,
        to_db_time(incident.reported_at),
        to_db_time(incident.occurred_at),
        incident.occurred_precision.value,
        local_date(incident.occurred_at, incident.zone),
        incident.zone,
        uuid_text(incident.area_id),
        incident.location_note,
        json.dumps([kind.value for kind in incident.types]),
        incident.injury_severity.value,
        incident.injury_notes,
        int(incident.weapon_used),
        incident.weapon_description,
        json.dumps([p.model_dump(mode="json") for p in incident.perpetrators]),
        json.dumps([v.model_dump(mode="json") for v in incident.vehicles]),
        incident.narrative,
        incident.alert_summary,
        int(incident.police_told),
        search_text(incident),
    )


def _index_numbers(conn: Connection, incident: Incident) -> None:
    record_id = str(incident.id)
    conn.execute("DELETE FROM phone_index WHERE record_kind = ? AND record_id = ?", (RECORD_KIND, record_id))
    conn.execute("DELETE FROM plate_index WHERE record_kind = ? AND record_id = ?", (RECORD_KIND, record_id))
    conn.execute("DELETE FROM email_index WHERE record_kind = ? AND record_id = ?", (RECORD_KIND, record_id))
    numbers = {number: phone_search_digits(number)[::-1] for number in incident.phone_numbers()}
    conn.executemany(
        "INSERT OR IGNORE INTO phone_index(number, digits_reversed, record_kind, record_id)"
        " VALUES (?, ?, ?, ?)",
        [(number, digits, RECORD_KIND, record_id) for number, digits in numbers.items() if digits],
    )
    plates = {normalise_plate(plate) for plate in incident.plates()}
    conn.executemany(
        "INSERT OR IGNORE INTO plate_index(plate, record_kind, record_id) VALUES (?, ?, ?)",
        [(plate, RECORD_KIND, record_id) for plate in sorted(plates) if plate],
    )
    # Addresses are already checked and lower case (domain.models.Perpetrator).
    conn.executemany(
        "INSERT OR IGNORE INTO email_index(email, record_kind, record_id) VALUES (?, ?, ?)",
        [(email, RECORD_KIND, record_id) for email in sorted(set(incident.email_addresses()))],
    )


def add_incident(conn: Connection, incident: Incident) -> None:
    with transaction(conn), translate_integrity_errors("incident", incident.id):
        seq = SeqAllocator(conn, "incidents").allocate(incident.occurred_at)
        marks = ", ".join("?" * len(_STORED_NAMES))
        conn.execute(f"INSERT INTO incidents({_STORED}) VALUES ({marks})", _row(seq, incident))  # noqa: S608
        _index_numbers(conn, incident)


def get_incident(conn: Connection, incident_id: UUID) -> Incident | None:
    row = conn.execute(f"SELECT {_FIELDS} FROM incidents WHERE id = ?", (str(incident_id),)).fetchone()  # noqa: S608
    return None if row is None else _from_row(row)


def update_incident(conn: Connection, incident: Incident) -> None:
    """Correct an incident in place; the FTS entry (trigger) and number/plate index follow."""
    with transaction(conn), translate_integrity_errors("incident", incident.id):
        found = conn.execute("SELECT seq FROM incidents WHERE id = ?", (str(incident.id),)).fetchone()
        if found is None:
            raise RecordNotFoundError(f"incident {incident.id} is not stored")
        seq = int(found[0])
        if seq_base(incident.occurred_at) != seq - seq % SEQ_SLOTS:
            seq = SeqAllocator(conn, "incidents").allocate(incident.occurred_at)
        row = _row(seq, incident)
        assignments = ", ".join(f"{name} = ?" for name in _STORED_NAMES if name != "id")
        values = [value for name, value in zip(_STORED_NAMES, row, strict=True) if name != "id"]
        conn.execute(f"UPDATE incidents SET {assignments} WHERE id = ?", (*values, str(incident.id)))  # noqa: S608
        _index_numbers(conn, incident)


def delete_incident(conn: Connection, incident_id: UUID) -> bool:
    """Delete an incident; triggers drop its numbers, plates and addresses from the lookup tables."""
    with transaction(conn):
        return conn.execute("DELETE FROM incidents WHERE id = ?", (str(incident_id),)).rowcount > 0


def _conditions(
    *,
    area_id: UUID | None,
    person_id: UUID | None,
    types: Iterable[IncidentType] | None,
    since: datetime | None,
    until: datetime | None,
    day: date | None,
) -> _listing.Conditions:
    conditions = _listing.record_conditions(
        area_id=area_id, person_id=person_id, since=since, until=until, day=day
    )
    if types is not None:
        wanted = sorted({IncidentType(kind).value for kind in types})
        if wanted:
            marks = ", ".join("?" * len(wanted))
            any_type = f"EXISTS (SELECT 1 FROM json_each(r.types) WHERE value IN ({marks}))"  # noqa: S608
            conditions.add(any_type, *wanted)
    return conditions


def list_incident_ids(
    conn: Connection,
    *,
    query: str | None = None,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    types: Iterable[IncidentType] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    day: date | None = None,
    limit: int | None = None,
    offset: int | None = None,
    at_or_before: int | None = None,
) -> list[UUID]:
    """Incident ids, newest occurrence first.

    Args:
        query: words that must all appear in the narrative, notes or perpetrator/vehicle description.
        types: keep incidents having any of these types.
        since/until: occurred_at bounds, `since` inclusive and `until` exclusive.
        day: the local shift day the incident occurred on.
        at_or_before: start at this sort key (a bound from `incident_block_bounds`).
    """
    conditions = _conditions(
        area_id=area_id, person_id=person_id, types=types, since=since, until=until, day=day
    )
    return _listing.list_ids(
        conn,
        "incidents",
        query=query,
        conditions=conditions,
        limit=limit,
        offset=offset,
        at_or_before=at_or_before,
    )


def incident_block_bounds(
    conn: Connection,
    *,
    every: int,
    query: str | None = None,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    types: Iterable[IncidentType] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    day: date | None = None,
) -> tuple[int, list[int]]:
    """(count, the sort key starting each block of `every` rows), as `contact_block_bounds`."""
    conditions = _conditions(
        area_id=area_id, person_id=person_id, types=types, since=since, until=until, day=day
    )
    return _listing.block_bounds(conn, "incidents", query=query, conditions=conditions, every=every)


def count_incidents(
    conn: Connection,
    *,
    query: str | None = None,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    types: Iterable[IncidentType] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    day: date | None = None,
) -> int:
    conditions = _conditions(
        area_id=area_id, person_id=person_id, types=types, since=since, until=until, day=day
    )
    return _listing.count(conn, "incidents", query=query, conditions=conditions)


def phone_suffix_bounds(digits: str) -> tuple[str, str]:
    """The range of reversed stored digits that end with `digits` (a suffix is a prefix reversed)."""
    reversed_digits = digits[::-1]
    upper = reversed_digits[:-1] + chr(ord(reversed_digits[-1]) + 1)
    return reversed_digits, upper


def _number_arms(text: str, *, phone: bool) -> list[_listing.Arm]:
    """Incidents naming a number ending in `text` (when `phone`), a plate containing it, or the
    e-mail address it is, each in its one normalised form."""
    arms: list[_listing.Arm] = []
    digits = phone_search_digits(text) if phone else ""
    if len(digits) >= MIN_PHONE_DIGITS:
        arms.append(
            _listing.Arm(
                "phone_index AS p JOIN incidents AS r ON r.id = p.record_id",
                "p.record_kind = 'incident' AND p.digits_reversed >= ? AND p.digits_reversed < ?",
                phone_suffix_bounds(digits),
            )
        )
    plate = normalise_plate(text)
    if len(plate) >= MIN_PLATE_CHARS:
        arms.append(
            _listing.Arm(
                "plate_index AS p JOIN incidents AS r ON r.id = p.record_id",
                "p.record_kind = 'incident' AND instr(p.plate, ?) > 0",
                (plate,),
            )
        )
    email = normalise_email(text)
    if "@" in email:
        arms.append(
            _listing.Arm(
                "email_index AS e JOIN incidents AS r ON r.id = e.record_id",
                "e.record_kind = 'incident' AND e.email = ?",
                (email,),
            )
        )
    return arms


def _search_arms(text: str, person_ids: Iterable[UUID], *, phone: bool) -> list[_listing.Arm]:
    arms = (_listing.word_arm("incidents", text), _listing.person_arm("incidents", list(person_ids)))
    return _number_arms(text, phone=phone) + [arm for arm in arms if arm is not None]


def search_incident_keys(
    conn: Connection,
    *,
    text: str,
    person_ids: Iterable[UUID] = (),
    phone: bool = False,
    cap: int,
    area_id: UUID | None = None,
    person_id: UUID | None = None,
    types: Iterable[IncidentType] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[int]:
    """The sort keys of the incidents the search box text finds, newest first, at most `cap`,
    in SQL (`incident_ids_at` turns a slice of them into ids).

    Found are incidents whose words match `text`, that belong to one of `person_ids` (people
    whose alias matched), that name a plate containing it or the e-mail address it is, and,
    with `phone`, a number ending in its digits. The other arguments filter as in
    `list_incident_ids`, whichever way an incident was found."""
    conditions = _conditions(
        area_id=area_id, person_id=person_id, types=types, since=since, until=until, day=None
    )
    return _listing.union_keys(conn, _search_arms(text, person_ids, phone=phone), conditions, cap=cap)


def incident_ids_at(conn: Connection, keys: Sequence[int]) -> list[UUID]:
    """The ids of the incidents with these sort keys (from `search_incident_keys`), in that order."""
    return _listing.ids_at(conn, "incidents", keys)


def get_incidents(conn: Connection, ids: Iterable[UUID]) -> list[Incident]:
    """Incidents for a block of ids, in the order given (ids no longer stored are skipped)."""
    return fetch_by_ids(
        conn,
        f"SELECT {_FIELDS} FROM incidents WHERE id IN ({{marks}})",  # noqa: S608
        ids,
        _from_row,
    )


def incident_exists(conn: Connection, incident_id: UUID) -> bool:
    return conn.execute("SELECT 1 FROM incidents WHERE id = ?", (str(incident_id),)).fetchone() is not None
