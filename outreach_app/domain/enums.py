"""Fixed vocabularies shared by the store, the sharing pipeline, the protocol and the UI.

Values are stable wire/storage strings: renaming one is a migration and a protocol change.
"""

from __future__ import annotations

from enum import StrEnum


class ShiftMode(StrEnum):
    STREET = "street"
    VAN = "van"
    DROP_IN = "drop_in"
    PHONE = "phone"
    ONLINE = "online"


class ContactKind(StrEnum):
    """How a contact happened (independent of the shift's mode: a van shift can take a call)."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"
    ADVOCACY = "advocacy"


class SupplyKind(StrEnum):
    CONDOMS = "condoms"
    LUBE = "lube"
    NEEDLES_SYRINGES = "needles_syringes"
    NALOXONE = "naloxone"
    SAFETY_LEAFLET = "safety_leaflet"
    ALERT_BULLETIN = "alert_bulletin"
    FOOD_DRINK = "food_drink"
    OTHER = "other"


class ReferralKind(StrEnum):
    SEXUAL_HEALTH = "sexual_health"
    DRUG_ALCOHOL = "drug_alcohol"
    HOUSING = "housing"
    ISVA_VICTIM_SUPPORT = "isva_victim_support"
    MENTAL_HEALTH = "mental_health"
    LEGAL = "legal"
    OTHER = "other"


class IncidentType(StrEnum):
    PHYSICAL_ASSAULT = "physical_assault"
    SEXUAL_ASSAULT = "sexual_assault"
    RAPE = "rape"
    ROBBERY_THEFT = "robbery_theft"
    NON_PAYMENT = "non_payment"
    THREATS_INTIMIDATION = "threats_intimidation"
    CONDOM_REMOVAL = "condom_removal"
    STALKING_HARASSMENT = "stalking_harassment"
    KIDNAP_FALSE_IMPRISONMENT = "kidnap_false_imprisonment"
    VERBAL_ABUSE = "verbal_abuse"
    HATE_INCIDENT = "hate_incident"
    FRAUD = "fraud"
    OTHER = "other"


class TimePrecision(StrEnum):
    """How well the time of an incident is known ("approximately" in the form)."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class PartOfDay(StrEnum):
    """Generalised time of day. Night is 22:00-06:00 and belongs to the date it began."""

    NIGHT = "night"
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class AgeBand(StrEnum):
    UNDER_18 = "under_18"
    AGE_18_24 = "18_24"
    AGE_25_34 = "25_34"
    AGE_35_44 = "35_44"
    AGE_45_54 = "45_54"
    AGE_55_PLUS = "55_plus"
    UNKNOWN = "unknown"


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    TRANS_WOMAN = "trans_woman"
    TRANS_MAN = "trans_man"
    NON_BINARY = "non_binary"
    OTHER = "other"
    UNKNOWN = "unknown"


class InjurySeverity(StrEnum):
    """Severity class; police purposes get this and a yes/no, never the description."""

    NONE = "none"
    MINOR = "minor"
    MODERATE = "moderate"
    SERIOUS = "serious"
    UNKNOWN = "unknown"


class Build(StrEnum):
    SLIM = "slim"
    MEDIUM = "medium"
    HEAVY = "heavy"
    MUSCULAR = "muscular"
    UNKNOWN = "unknown"


class Purpose(StrEnum):
    """What a person may consent to, one decision each (DESIGN.md section 5)."""

    ALERT = "alert"
    STATISTICS = "statistics"
    POLICE_INTELLIGENCE = "police_intelligence"
    POLICE_REFERRAL = "police_referral"


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"
