"""The anonymiser: an incident plus its consent in, a SharedReport v1 (or nothing) out.

Allowlist, not blocklist: every field that leaves is copied here by name, per purpose, in
its generalised form (docs/sharing.md is the table). Anything not named here never leaves:
the alias and every person detail except age band and gender (statistics only), notes,
the narrative, the location note, injury notes, weapon description, worker identity and
every local id.

`preview` is THE preview: the CLI and the app's preview screen both call it, and sealing
stores exactly the text it returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from uuid import UUID, uuid4

from outreach_app.domain.enums import InjurySeverity, Purpose
from outreach_app.domain.models import Incident, Perpetrator, Person, Vehicle
from outreach_app.domain.normalise import normalise_phone, phone_is_complete
from outreach_app.domain.timeutil import generalise
from outreach_app.protocol.base import MAX_IDENTIFIERS, SUMMARY_TEXT, normalise_handle
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.limits import MAX_PERPETRATORS, MAX_VEHICLES
from outreach_app.protocol.reports import (
    AlertSection,
    PoliceIntelligenceSection,
    PoliceReferralSection,
    SharedPerpetrator,
    SharedReport,
    SharedVehicle,
    StatisticsSection,
)
from outreach_app.sharing.consent import Consent
from outreach_app.sharing.scrubber import Scrubber, default_scrubber

_PHONE_OK = re.compile(r"^(\+[1-9][0-9]{6,14}|[0-9]{4,20})$")
_PLATE_MIN, _PLATE_MAX = 2, 10


class NotShareableError(ValueError):
    """The incident cannot be shared as it stands (the message says what to fix)."""


def injured(severity: InjurySeverity) -> bool | None:
    """Yes/no from the severity class; None when not known."""
    if severity is InjurySeverity.UNKNOWN:
        return None
    return severity is not InjurySeverity.NONE


def _phones(values: Iterable[str]) -> list[str]:
    # the protocol refuses numbers whose normal form is not stable or too short to match on,
    # and a '+' on an incomplete number (records stored before issue 14 may hold one)
    usable = {
        v
        for v in values
        if _PHONE_OK.match(v) and normalise_phone(v) == v and (not v.startswith("+") or phone_is_complete(v))
    }
    return sorted(usable)[:MAX_IDENTIFIERS]


def _emails(values: Iterable[str]) -> list[str] | None:
    # already checked and lower case (domain.normalise.check_email_input); none → absent
    return sorted(set(values))[:MAX_IDENTIFIERS] or None


def _handles(values: Iterable[str]) -> list[str]:
    return sorted({h for h in (normalise_handle(v) for v in values) if h and len(h) <= 100})[:MAX_IDENTIFIERS]


def _perpetrator(p: Perpetrator) -> SharedPerpetrator:
    return SharedPerpetrator(
        gender=p.gender,
        age_min=p.age_min,
        age_max=p.age_max,
        height=p.height,
        build=p.build,
        ethnicity_described=p.ethnicity_described,
        hair=p.hair,
        distinguishing_features=p.distinguishing_features,
        clothing=p.clothing,
        name_used=p.name_used,
        phone_numbers=_phones(p.phone_numbers),
        email_addresses=_emails(p.email_addresses),
        online_handles=_handles(p.online_handles),
        website_or_app=p.website_or_app,
    )


def _vehicle(v: Vehicle) -> SharedVehicle:
    plate = v.registration if _PLATE_MIN <= len(v.registration) <= _PLATE_MAX else None
    return SharedVehicle(make=v.make, model=v.model, colour=v.colour, registration=plate)


def _vehicles(incident: Incident) -> list[SharedVehicle]:
    shared = [_vehicle(v) for v in incident.vehicles]
    return [v for v in shared if v.model_dump(exclude_none=True)][:MAX_VEHICLES]


def scrubbed_summary(
    incident: Incident, person: Person | None, scrubber: Scrubber | None = None
) -> str | None:
    """The alert summary with the incident's own names and identifiers, and any others found,
    replaced by placeholders. None when there is no summary."""
    if not incident.alert_summary.strip():
        return None
    names = [person.alias] if person is not None else []
    names += [p.name_used for p in incident.perpetrators if p.name_used]
    result = (scrubber or default_scrubber()).scrub(
        incident.alert_summary,
        known_names=names,
        known_phones=incident.phone_numbers(),
        known_plates=incident.plates(),
        known_handles=[h for p in incident.perpetrators for h in p.online_handles],
    )
    if len(result.text.strip()) > SUMMARY_TEXT:
        raise NotShareableError(
            f"the alert summary is longer than {SUMMARY_TEXT} characters once names and numbers are "
            "replaced: shorten it"
        )
    return result.text


def build_report(
    incident: Incident,
    consent: Consent | None,
    *,
    area_region_id: str | None,
    verifier: str,
    person: Person | None = None,
    supersedes: UUID | None = None,
    report_id: UUID | None = None,
    scrubber: Scrubber | None = None,
) -> SharedReport | None:
    """The report to send for `incident` under `consent`, or None when nothing is consented.

    Args:
        area_region_id: the server region the incident's area maps onto.
        verifier: the withdrawal verifier of the consent (`Consent.verifier`).
        person: the person harmed, for the statistics bands and so their alias is scrubbed.
        supersedes: report id of the version this one replaces.
        report_id: a fresh UUID4 when not given (never the local id).
    Raises:
        NotShareableError: consent given but the incident's area has no server region.
    """
    granted = consent.granted() if consent is not None else frozenset()
    if not granted:
        return None
    if consent is not None and consent.incident_id != incident.id:
        raise NotShareableError("the consent belongs to another incident")
    if not area_region_id:
        raise NotShareableError(
            "the incident's area is not mapped to a server region: set the area's region first"
        )
    day, part = generalise(incident.occurred_at, incident.zone)
    perpetrators = [_perpetrator(p) for p in incident.perpetrators][:MAX_PERPETRATORS]
    vehicles = _vehicles(incident)
    hurt = injured(incident.injury_severity)
    summary = (
        scrubbed_summary(incident, person, scrubber)
        if granted & {Purpose.ALERT, Purpose.POLICE_INTELLIGENCE}
        else None
    )
    return SharedReport(
        report_id=report_id or uuid4(),
        supersedes=supersedes,
        region_id=area_region_id,
        date=day,
        part_of_day=part,
        incident_types=list(incident.types),
        withdrawal_verifier=verifier,
        alert=AlertSection(
            perpetrators=perpetrators, vehicles=vehicles, weapon_used=incident.weapon_used, summary=summary
        )
        if Purpose.ALERT in granted
        else None,
        statistics=StatisticsSection(
            age_band=person.age_band if person is not None else StatisticsSection().age_band,
            gender=person.gender if person is not None else StatisticsSection().gender,
            injured=hurt,
            weapon_used=incident.weapon_used,
            police_told=incident.police_told,
        )
        if Purpose.STATISTICS in granted
        else None,
        police_intelligence=PoliceIntelligenceSection(
            perpetrators=perpetrators,
            vehicles=vehicles,
            weapon_used=incident.weapon_used,
            summary=summary,
            injured=hurt,
            injury_severity=incident.injury_severity,
            police_told=incident.police_told,
        )
        if Purpose.POLICE_INTELLIGENCE in granted
        else None,
        police_referral=PoliceReferralSection(injured=hurt, injury_severity=incident.injury_severity)
        if Purpose.POLICE_REFERRAL in granted
        else None,
    )


def payload_text(report: SharedReport) -> str:
    """The canonical JSON text of a report: exactly the bytes that are hashed and sent."""
    return canonical_json(report).decode("utf-8")


def preview(
    incident: Incident,
    consent: Consent | None,
    *,
    area_region_id: str | None,
    verifier: str,
    person: Person | None = None,
    supersedes: UUID | None = None,
    report_id: UUID | None = None,
    scrubber: Scrubber | None = None,
) -> str | None:
    """The exact canonical JSON text that would be sent, or None when nothing would be."""
    report = build_report(
        incident,
        consent,
        area_region_id=area_region_id,
        verifier=verifier,
        person=person,
        supersedes=supersedes,
        report_id=report_id,
        scrubber=scrubber,
    )
    return payload_text(report) if report is not None else None
