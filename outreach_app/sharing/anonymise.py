"""The anonymiser: an incident plus its consent in, a SharedReport v1 (or nothing) out.

Allowlist, not blocklist: every field that leaves is copied here by name, per purpose, in
its generalised form (docs/sharing.md is the table). Anything not named here never leaves:
the alias and every person detail except age band and gender (statistics only), notes,
the narrative, the location note, injury notes, weapon description, worker identity and
every local id. Every free text that does leave (the alert summary and every perpetrator and
vehicle text field) passes the scrubber with the vault's context: every alias recorded in the
vault goes, the perpetrator's own identifiers stay (`scrub_context`).

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
from outreach_app.domain.scrubbing.context import keepable_name
from outreach_app.domain.scrubbing.scrubber import Scrubber, ScrubContext, default_scrubber
from outreach_app.domain.timeutil import generalise
from outreach_app.protocol.base import MAX_IDENTIFIERS, SHORT_TEXT, SUMMARY_TEXT, normalise_handle
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


class _TextScrubber:
    """Scrubs each free-text field under one context; a value too long once scrubbed is refused."""

    def __init__(self, context: ScrubContext, scrubber: Scrubber | None) -> None:
        self.scrubber = scrubber or default_scrubber()
        self.context = self.scrubber.prepare(context)  # built once per report, dropped with it

    def __call__(self, value: str, field: str, limit: int = SHORT_TEXT) -> str:
        if not value.strip():
            return value
        text = self.scrubber.scrub(value, self.context).text.strip()
        if len(text) > limit:
            raise NotShareableError(
                f"the {field} is longer than {limit} characters once names and numbers are replaced: "
                "shorten it"
            )
        return text


def scrub_context(incident: Incident, person: Person | None, vault_names: Iterable[str] = ()) -> ScrubContext:
    """What must go (every alias in the vault, the person's own alias) and what must stay (the
    perpetrators' own identifiers: warning others about them is the point of an alert)."""
    remove = [*vault_names, *([person.alias] if person is not None else [])]
    keep: list[str] = []
    for p in incident.perpetrators:
        if keepable_name(p.name_used):
            keep.append(p.name_used)
        keep += [*p.phone_numbers, *p.online_handles]
    keep += [v.registration for v in incident.vehicles]
    return ScrubContext.of(remove, keep)


def _perpetrator(p: Perpetrator, scrub: _TextScrubber) -> SharedPerpetrator:
    return SharedPerpetrator(
        gender=p.gender,
        age_min=p.age_min,
        age_max=p.age_max,
        height=scrub(p.height, "perpetrator's height"),
        build=p.build,
        ethnicity_described=scrub(p.ethnicity_described, "perpetrator's ethnicity as described"),
        hair=scrub(p.hair, "perpetrator's hair"),
        distinguishing_features=scrub(p.distinguishing_features, "perpetrator's distinguishing features"),
        clothing=scrub(p.clothing, "perpetrator's clothing"),
        name_used=scrub(p.name_used, "perpetrator's name used"),
        phone_numbers=_phones(p.phone_numbers),
        email_addresses=_emails(p.email_addresses),
        online_handles=_handles(p.online_handles),
        website_or_app=scrub(p.website_or_app, "perpetrator's website or app"),
    )


def _vehicle(v: Vehicle, scrub: _TextScrubber) -> SharedVehicle:
    plate = v.registration if _PLATE_MIN <= len(v.registration) <= _PLATE_MAX else None
    return SharedVehicle(
        make=scrub(v.make, "vehicle make"),
        model=scrub(v.model, "vehicle model"),
        colour=scrub(v.colour, "vehicle colour"),
        registration=plate,
    )


def _vehicles(incident: Incident, scrub: _TextScrubber) -> list[SharedVehicle]:
    shared = [_vehicle(v, scrub) for v in incident.vehicles]
    return [v for v in shared if v.model_dump(exclude_none=True)][:MAX_VEHICLES]


def scrubbed_summary(incident: Incident, scrub: _TextScrubber) -> str | None:
    """The alert summary scrubbed under the vault's context; None when there is no summary."""
    if not incident.alert_summary.strip():
        return None
    return scrub(incident.alert_summary, "alert summary", SUMMARY_TEXT)


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
    vault_names: Iterable[str] = (),
) -> SharedReport | None:
    """The report to send for `incident` under `consent`, or None when nothing is consented.

    Args:
        area_region_id: the server region the incident's area maps onto.
        verifier: the withdrawal verifier of the consent (`Consent.verifier`).
        person: the person harmed, for the statistics bands and so their alias is scrubbed.
        supersedes: report id of the version this one replaces.
        report_id: a fresh UUID4 when not given (never the local id).
        vault_names: every alias recorded in the vault; the scrubber removes them from free text.
    Raises:
        NotShareableError: consent given but the incident's area has no server region, or a
            free text too long once scrubbed.
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
    scrub = _TextScrubber(scrub_context(incident, person, vault_names), scrubber)
    perpetrators = [_perpetrator(p, scrub) for p in incident.perpetrators][:MAX_PERPETRATORS]
    vehicles = _vehicles(incident, scrub)
    hurt = injured(incident.injury_severity)
    summary = (
        scrubbed_summary(incident, scrub) if granted & {Purpose.ALERT, Purpose.POLICE_INTELLIGENCE} else None
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
    vault_names: Iterable[str] = (),
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
        vault_names=vault_names,
    )
    return payload_text(report) if report is not None else None
