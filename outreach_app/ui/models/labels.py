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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` and returns it unchanged (typed, unlike Qt's)."""
    return text


# The source strings are here, once, marked for lupdate; `label` translates them at run time.
_SOURCE: dict[StrEnum, str] = {
    ShiftMode.STREET: QT_TRANSLATE_NOOP("Labels", "Street"),
    ShiftMode.VAN: QT_TRANSLATE_NOOP("Labels", "Van"),
    ShiftMode.DROP_IN: QT_TRANSLATE_NOOP("Labels", "Drop-in"),
    ShiftMode.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    ShiftMode.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    ContactKind.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    ContactKind.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    ContactKind.ADVOCACY: QT_TRANSLATE_NOOP("Labels", "Advocacy"),
    SupplyKind.CONDOMS: QT_TRANSLATE_NOOP("Labels", "Condoms"),
    SupplyKind.LUBE: QT_TRANSLATE_NOOP("Labels", "Lube"),
    SupplyKind.NEEDLES_SYRINGES: QT_TRANSLATE_NOOP("Labels", "Needles/syringes"),
    SupplyKind.NALOXONE: QT_TRANSLATE_NOOP("Labels", "Naloxone"),
    SupplyKind.SAFETY_LEAFLET: QT_TRANSLATE_NOOP("Labels", "Safety leaflets"),
    SupplyKind.ALERT_BULLETIN: QT_TRANSLATE_NOOP("Labels", "Alert bulletins"),
    SupplyKind.FOOD_DRINK: QT_TRANSLATE_NOOP("Labels", "Food/drink"),
    SupplyKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other supplies"),
    ReferralKind.SEXUAL_HEALTH: QT_TRANSLATE_NOOP("Labels", "Sexual health"),
    ReferralKind.DRUG_ALCOHOL: QT_TRANSLATE_NOOP("Labels", "Drugs/alcohol"),
    ReferralKind.HOUSING: QT_TRANSLATE_NOOP("Labels", "Housing"),
    ReferralKind.ISVA_VICTIM_SUPPORT: QT_TRANSLATE_NOOP("Labels", "ISVA/victim support"),
    ReferralKind.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Labels", "Mental health"),
    ReferralKind.LEGAL: QT_TRANSLATE_NOOP("Labels", "Legal"),
    ReferralKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other referral"),
    IncidentType.PHYSICAL_ASSAULT: QT_TRANSLATE_NOOP("Labels", "Physical assault"),
    IncidentType.SEXUAL_ASSAULT: QT_TRANSLATE_NOOP("Labels", "Sexual assault"),
    IncidentType.RAPE: QT_TRANSLATE_NOOP("Labels", "Rape"),
    IncidentType.ROBBERY_THEFT: QT_TRANSLATE_NOOP("Labels", "Robbery/theft"),
    IncidentType.NON_PAYMENT: QT_TRANSLATE_NOOP("Labels", "Non-payment"),
    IncidentType.THREATS_INTIMIDATION: QT_TRANSLATE_NOOP("Labels", "Threats/intimidation"),
    IncidentType.CONDOM_REMOVAL: QT_TRANSLATE_NOOP("Labels", "Condom removal"),
    IncidentType.STALKING_HARASSMENT: QT_TRANSLATE_NOOP("Labels", "Stalking/harassment"),
    IncidentType.KIDNAP_FALSE_IMPRISONMENT: QT_TRANSLATE_NOOP("Labels", "Kidnap/false imprisonment"),
    IncidentType.VERBAL_ABUSE: QT_TRANSLATE_NOOP("Labels", "Verbal abuse"),
    IncidentType.HATE_INCIDENT: QT_TRANSLATE_NOOP("Labels", "Hate incident"),
    IncidentType.FRAUD: QT_TRANSLATE_NOOP("Labels", "Fraud"),
    IncidentType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    TimePrecision.EXACT: QT_TRANSLATE_NOOP("Labels", "Exact time"),
    TimePrecision.APPROXIMATE: QT_TRANSLATE_NOOP("Labels", "Approximately"),
    TimePrecision.DAY: QT_TRANSLATE_NOOP("Labels", "Sometime that day"),
    TimePrecision.WEEK: QT_TRANSLATE_NOOP("Labels", "Sometime that week"),
    TimePrecision.MONTH: QT_TRANSLATE_NOOP("Labels", "Sometime that month"),
    AgeBand.UNDER_18: QT_TRANSLATE_NOOP("Labels", "Under 18"),
    AgeBand.AGE_18_24: QT_TRANSLATE_NOOP("Labels", "18-24"),
    AgeBand.AGE_25_34: QT_TRANSLATE_NOOP("Labels", "25-34"),
    AgeBand.AGE_35_44: QT_TRANSLATE_NOOP("Labels", "35-44"),
    AgeBand.AGE_45_54: QT_TRANSLATE_NOOP("Labels", "45-54"),
    AgeBand.AGE_55_PLUS: QT_TRANSLATE_NOOP("Labels", "55+"),
    AgeBand.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    Gender.WOMAN: QT_TRANSLATE_NOOP("Labels", "Woman"),
    Gender.MAN: QT_TRANSLATE_NOOP("Labels", "Man"),
    Gender.TRANS_WOMAN: QT_TRANSLATE_NOOP("Labels", "Trans woman"),
    Gender.TRANS_MAN: QT_TRANSLATE_NOOP("Labels", "Trans man"),
    Gender.NON_BINARY: QT_TRANSLATE_NOOP("Labels", "Non-binary"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    Gender.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    InjurySeverity.NONE: QT_TRANSLATE_NOOP("Labels", "No injury"),
    InjurySeverity.MINOR: QT_TRANSLATE_NOOP("Labels", "Minor"),
    InjurySeverity.MODERATE: QT_TRANSLATE_NOOP("Labels", "Moderate"),
    InjurySeverity.SERIOUS: QT_TRANSLATE_NOOP("Labels", "Serious"),
    InjurySeverity.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    Build.SLIM: QT_TRANSLATE_NOOP("Labels", "Slim"),
    Build.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Build.HEAVY: QT_TRANSLATE_NOOP("Labels", "Heavy"),
    Build.MUSCULAR: QT_TRANSLATE_NOOP("Labels", "Muscular"),
    Build.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
    Purpose.ALERT: QT_TRANSLATE_NOOP("Labels", "Warn other sex workers (alert)"),
    Purpose.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Count it in statistics"),
    Purpose.POLICE_INTELLIGENCE: QT_TRANSLATE_NOOP("Labels", "Anonymous intelligence to police"),
    Purpose.POLICE_REFERRAL: QT_TRANSLATE_NOOP("Labels", "Police contact (referral)"),
}


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its raw value if none is defined)."""
    source = _SOURCE.get(value)
    if source is None:
        return str(value)
    return QCoreApplication.translate(_CONTEXT, source)


def value_label(value: str) -> str:
    """The words for a raw enum value stored as text (statistics keys such as "non_payment"):
    the enum's own label when one has that value, else the value with spaces, capitalised."""
    for member, source in _SOURCE.items():
        if member.value == value:
            return QCoreApplication.translate(_CONTEXT, source)
    words = value.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def stored_key_label(value: str) -> str:
    """Words for a statistics cell heading: stored keys ("non_payment") as the app shows them;
    area names, months and titles (mixed case or with spaces) unchanged."""
    return value_label(value) if value == value.lower() and " " not in value else value


def tr(text: str) -> str:
    """Translate `text` in this module's context (for helpers outside a QObject)."""
    return QCoreApplication.translate(_CONTEXT, text)


def local_time_text(value: datetime, zone: str) -> str:
    """A moment as the worker read it where it happened: `2026-11-29 21:40`."""
    return to_local(value, zone).strftime("%Y-%m-%d %H:%M")


def local_date_text(value: datetime, zone: str) -> str:
    return to_local(value, zone).strftime("%Y-%m-%d")
