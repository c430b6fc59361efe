"""Our police contents mapped onto the fields of the UK Intelligence Report (docs/police_export.md).

One `IntelligenceReport` per disclosed report: plain strings in a fixed order, every value
already a single field (no JSON in a cell), so the CSV gets one column per field and the
PDF one labelled line per field. Only what the sealed content holds is mapped: the
intelligence content has a month and part of day (never a date, never `police_told`); the
referral has the date and says that contact goes through the project. Subjects and
vehicles are numbered (`subject_1_…`, `vehicle_1_…`) up to as many as the export needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from outreach_app.charity.police_grading import (
    HANDLING_WORDS,
    INTELLIGENCE_WORDS,
    SOURCE_WORDS,
    Evaluation,
)
from outreach_app.protocol.contents import PoliceIntelligenceContent, PoliceReferralContent
from outreach_app.protocol.reports import SharedPerpetrator, SharedVehicle

PoliceContent = PoliceIntelligenceContent | PoliceReferralContent

REPORT_FIELDS: tuple[tuple[str, str], ...] = (
    ("ir_reference", "Originator's reference"),
    ("report_type", "Report type"),
    ("submitted_at", "Date/time of submission (UTC)"),
    ("originating_agency", "Originating agency"),
    ("submitted_by", "Submitted by"),
    ("receiving_force", "Receiving force"),
    ("source_evaluation", "Source evaluation"),
    ("intelligence_evaluation", "Intelligence evaluation"),
    ("handling_code", "Handling code"),
    ("handling_conditions", "Handling conditions"),
    ("evaluation", "3x5x2"),
    ("intelligence_date", "Date of intelligence"),
    ("time_of_day", "Time of day"),
    ("location", "Location (area)"),
    ("offence_types", "Offence / incident types"),
    ("weapon_used", "Weapon used"),
    ("injured", "Victim injured"),
    ("injury_severity", "Injury severity"),
    ("contact_route", "Contact with the person harmed"),
    ("intelligence_text", "Intelligence text"),
)
"""(column, label) of every report-level field, in IR order."""

SUBJECT_FIELDS: tuple[tuple[str, str], ...] = (
    ("name_used", "Name used"),
    ("gender", "Gender"),
    ("age_range", "Age range"),
    ("build", "Build"),
    ("height", "Height"),
    ("hair", "Hair"),
    ("ethnicity_described", "Ethnicity (as described)"),
    ("clothing", "Clothing"),
    ("distinguishing_features", "Distinguishing features"),
    ("phone_numbers", "Telephone numbers"),
    ("email_addresses", "E-mail addresses"),
    ("online_handles", "Online handles"),
    ("website_or_app", "Website or app"),
)
VEHICLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("registration", "VRM (registration)"),
    ("make", "Make"),
    ("model", "Model"),
    ("colour", "Colour"),
)
LIST_SEPARATOR = "; "
"""Between the values of one field that holds several (a subject's phone numbers)."""

REFERRAL_ROUTE = (
    "The person harmed asks for police contact through the originating agency, quoting the reference"
)


@dataclass(frozen=True, slots=True)
class ExportHeader:
    """Who discloses, to whom, when: the same for every report of one export.

    Attributes:
        agency: the charity's name as the police know it.
        staff: the desk member who discloses (the disclosure log keeps it too).
        force: the receiving police force.
        at: when (UTC).
    """

    agency: str
    staff: str
    force: str
    at: datetime


@dataclass(frozen=True, slots=True)
class IntelligenceReport:
    """One IR as plain text fields (see REPORT_FIELDS); subjects and vehicles as field maps."""

    reference: str
    fields: Mapping[str, str]
    subjects: Sequence[Mapping[str, str]] = field(default_factory=tuple)
    vehicles: Sequence[Mapping[str, str]] = field(default_factory=tuple)


def _words(value: str) -> str:
    """A stored key as words ("threats_intimidation" → "Threats intimidation")."""
    spaced = value.replace("_", " ")
    return spaced[:1].upper() + spaced[1:]


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")


def _age_range(perpetrator: SharedPerpetrator) -> str:
    low, high = perpetrator.age_min, perpetrator.age_max
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}-{high}"
    return f"{low} or older" if low is not None else f"up to {high}"


def _subject(perpetrator: SharedPerpetrator) -> dict[str, str]:
    unknown = {"unknown"}
    return {
        "name_used": perpetrator.name_used or "",
        "gender": "" if perpetrator.gender.value in unknown else _words(perpetrator.gender.value),
        "age_range": _age_range(perpetrator),
        "build": "" if perpetrator.build.value in unknown else _words(perpetrator.build.value),
        "height": perpetrator.height or "",
        "hair": perpetrator.hair or "",
        "ethnicity_described": perpetrator.ethnicity_described or "",
        "clothing": perpetrator.clothing or "",
        "distinguishing_features": perpetrator.distinguishing_features or "",
        "phone_numbers": LIST_SEPARATOR.join(perpetrator.phone_numbers),
        "email_addresses": LIST_SEPARATOR.join(perpetrator.email_addresses or ()),
        "online_handles": LIST_SEPARATOR.join(perpetrator.online_handles),
        "website_or_app": perpetrator.website_or_app or "",
    }


def _vehicle(vehicle: SharedVehicle) -> dict[str, str]:
    return {
        "registration": vehicle.registration or "",
        "make": vehicle.make or "",
        "model": vehicle.model or "",
        "colour": vehicle.colour or "",
    }


def map_report(
    content: PoliceContent,
    evaluation: Evaluation,
    header: ExportHeader,
    region_names: Mapping[str, str] | None = None,
) -> IntelligenceReport:
    """One decrypted police content, graded by the desk, as an IR."""
    reference = str(content.envelope_id)
    intelligence = isinstance(content, PoliceIntelligenceContent)
    fields = {
        "ir_reference": reference,
        "report_type": "Intelligence (anonymous)" if intelligence else "Referral (asks for police contact)",
        "submitted_at": header.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
        "originating_agency": header.agency,
        "submitted_by": header.staff,
        "receiving_force": header.force,
        "source_evaluation": f"{evaluation.source.value} - {SOURCE_WORDS[evaluation.source]}",
        "intelligence_evaluation": (
            f"{evaluation.intelligence.value} - {INTELLIGENCE_WORDS[evaluation.intelligence]}"
        ),
        "handling_code": f"{evaluation.handling.value} - {HANDLING_WORDS[evaluation.handling]}",
        "handling_conditions": evaluation.conditions or "",
        "evaluation": evaluation.code,
        "intelligence_date": content.month
        if isinstance(content, PoliceIntelligenceContent)
        else content.date.isoformat(),
        "time_of_day": _words(content.part_of_day.value),
        "location": (region_names or {}).get(content.region_id, content.region_id),
        "offence_types": LIST_SEPARATOR.join(_words(t.value) for t in content.incident_types),
        "weapon_used": "",
        "injured": _yes_no(content.injured),
        "injury_severity": ""
        if content.injury_severity.value == "unknown"
        else _words(content.injury_severity.value),
        "contact_route": "" if intelligence else REFERRAL_ROUTE,
        "intelligence_text": "",
    }
    if isinstance(content, PoliceIntelligenceContent):
        fields["weapon_used"] = _yes_no(content.weapon_used)
        fields["intelligence_text"] = content.summary or ""
        return IntelligenceReport(
            reference,
            fields,
            tuple(_subject(p) for p in content.perpetrators),
            tuple(_vehicle(v) for v in content.vehicles),
        )
    return IntelligenceReport(reference, fields)


def columns(reports: Sequence[IntelligenceReport]) -> list[tuple[str, str]]:
    """(column, label) for an export of these reports: the report fields, then as many
    numbered subject and vehicle groups as the report with the most of them needs."""
    out = list(REPORT_FIELDS)
    for number in range(1, max((len(r.subjects) for r in reports), default=0) + 1):
        out += [(f"subject_{number}_{name}", f"Subject {number}: {label}") for name, label in SUBJECT_FIELDS]
    for number in range(1, max((len(r.vehicles) for r in reports), default=0) + 1):
        out += [(f"vehicle_{number}_{name}", f"Vehicle {number}: {label}") for name, label in VEHICLE_FIELDS]
    return out


def flat_row(report: IntelligenceReport) -> dict[str, str]:
    """Every field of the report under its column name (numbered subjects and vehicles)."""
    row = dict(report.fields)
    for number, subject in enumerate(report.subjects, start=1):
        row.update({f"subject_{number}_{name}": value for name, value in subject.items()})
    for number, vehicle in enumerate(report.vehicles, start=1):
        row.update({f"vehicle_{number}_{name}": value for name, value in vehicle.items()})
    return row
