"""Human names for the fixed vocabularies (enums), all through Qt's translation functions.

Enum values are storage/wire strings; what a worker reads comes from here, so a
translation never touches the stored data. Lookups are functions (not module constants)
so the translator installed at run time is used.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    ContactKind,
    Gender,
    IncidentType,
    InjurySeverity,
    Purpose,
    ReferralKind,
    ShiftMode,
    SupplyKind,
    TimePrecision,
)
from outreach_app.domain.timeutil import to_local

_CONTEXT = "Labels"

# The source strings are here, once; QT_TRANSLATE_NOOP-style: lupdate reads the literals.
_SOURCE: dict[StrEnum, str] = {
    ShiftMode.STREET: "Street",
    ShiftMode.VAN: "Van",
    ShiftMode.DROP_IN: "Drop-in",
    ShiftMode.PHONE: "Phone",
    ShiftMode.ONLINE: "Online",
    ContactKind.IN_PERSON: "In person",
    ContactKind.PHONE: "Phone",
    ContactKind.ONLINE: "Online",
    ContactKind.ADVOCACY: "Advocacy",
    SupplyKind.CONDOMS: "Condoms",
    SupplyKind.LUBE: "Lube",
    SupplyKind.NEEDLES_SYRINGES: "Needles/syringes",
    SupplyKind.NALOXONE: "Naloxone",
    SupplyKind.SAFETY_LEAFLET: "Safety leaflets",
    SupplyKind.ALERT_BULLETIN: "Alert bulletins",
    SupplyKind.FOOD_DRINK: "Food/drink",
    SupplyKind.OTHER: "Other supplies",
    ReferralKind.SEXUAL_HEALTH: "Sexual health",
    ReferralKind.DRUG_ALCOHOL: "Drugs/alcohol",
    ReferralKind.HOUSING: "Housing",
    ReferralKind.ISVA_VICTIM_SUPPORT: "ISVA/victim support",
    ReferralKind.MENTAL_HEALTH: "Mental health",
    ReferralKind.LEGAL: "Legal",
    ReferralKind.OTHER: "Other referral",
    IncidentType.PHYSICAL_ASSAULT: "Physical assault",
    IncidentType.SEXUAL_ASSAULT: "Sexual assault",
    IncidentType.RAPE: "Rape",
    IncidentType.ROBBERY_THEFT: "Robbery/theft",
    IncidentType.NON_PAYMENT: "Non-payment",
    IncidentType.THREATS_INTIMIDATION: "Threats/intimidation",
    IncidentType.CONDOM_REMOVAL: "Condom removal",
    IncidentType.STALKING_HARASSMENT: "Stalking/harassment",
    IncidentType.KIDNAP_FALSE_IMPRISONMENT: "Kidnap/false imprisonment",
    IncidentType.VERBAL_ABUSE: "Verbal abuse",
    IncidentType.HATE_INCIDENT: "Hate incident",
    IncidentType.FRAUD: "Fraud",
    IncidentType.OTHER: "Other",
    TimePrecision.EXACT: "Exact time",
    TimePrecision.APPROXIMATE: "Approximately",
    TimePrecision.DAY: "Sometime that day",
    TimePrecision.WEEK: "Sometime that week",
    TimePrecision.MONTH: "Sometime that month",
    AgeBand.UNDER_18: "Under 18",
    AgeBand.AGE_18_24: "18-24",
    AgeBand.AGE_25_34: "25-34",
    AgeBand.AGE_35_44: "35-44",
    AgeBand.AGE_45_54: "45-54",
    AgeBand.AGE_55_PLUS: "55+",
    AgeBand.UNKNOWN: "Not known",
    Gender.WOMAN: "Woman",
    Gender.MAN: "Man",
    Gender.TRANS_WOMAN: "Trans woman",
    Gender.TRANS_MAN: "Trans man",
    Gender.NON_BINARY: "Non-binary",
    Gender.OTHER: "Other",
    Gender.UNKNOWN: "Not known",
    InjurySeverity.NONE: "No injury",
    InjurySeverity.MINOR: "Minor",
    InjurySeverity.MODERATE: "Moderate",
    InjurySeverity.SERIOUS: "Serious",
    InjurySeverity.UNKNOWN: "Not known",
    Build.SLIM: "Slim",
    Build.MEDIUM: "Medium",
    Build.HEAVY: "Heavy",
    Build.MUSCULAR: "Muscular",
    Build.UNKNOWN: "Not known",
    Purpose.ALERT: "Warn other sex workers (alert)",
    Purpose.STATISTICS: "Count it in statistics",
    Purpose.POLICE_INTELLIGENCE: "Anonymous intelligence to police",
    Purpose.POLICE_REFERRAL: "Police contact (referral)",
}


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its raw value if none is defined)."""
    source = _SOURCE.get(value)
    if source is None:
        return str(value)
    return QCoreApplication.translate(_CONTEXT, source)


def tr(text: str) -> str:
    """Translate `text` in this module's context (for helpers outside a QObject)."""
    return QCoreApplication.translate(_CONTEXT, text)


def local_time_text(value: datetime, zone: str) -> str:
    """A moment as the worker read it where it happened: `2026-11-29 21:40`."""
    return to_local(value, zone).strftime("%Y-%m-%d %H:%M")


def local_date_text(value: datetime, zone: str) -> str:
    return to_local(value, zone).strftime("%Y-%m-%d")
