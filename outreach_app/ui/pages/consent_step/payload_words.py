"""The payload in plain words: what the preview and the coordinator's review read aloud.

Every field except the technical ones (ids, fingerprints and the format version, shown under
"Technical details"), ages as "from … to", each purpose's section under its title; the
summary's suspects highlighted where the summary is read; where a suspect stands.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    Gender,
    IncidentType,
    InjurySeverity,
    PartOfDay,
    Purpose,
)
from outreach_app.ops.sharing import (
    SUMMARY_FIELD,
    Suspect,
    SuspectReason,
    parse_field,
    payload_texts,
    purpose_explanations,
)
from outreach_app.ui.i18n import current_language
from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP, label

_PART_OF_DAY = {
    PartOfDay.NIGHT: QT_TRANSLATE_NOOP("SharingSteps", "night"),
    PartOfDay.MORNING: QT_TRANSLATE_NOOP("SharingSteps", "morning"),
    PartOfDay.AFTERNOON: QT_TRANSLATE_NOOP("SharingSteps", "afternoon"),
    PartOfDay.EVENING: QT_TRANSLATE_NOOP("SharingSteps", "evening"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingSteps", text)


_KEY_WORDS = {
    "schema_version": QT_TRANSLATE_NOOP("SharingSteps", "Format version"),
    "report_id": QT_TRANSLATE_NOOP(
        "SharingSteps", "Report number (random; not linked to this device or the person)"
    ),
    "supersedes": QT_TRANSLATE_NOOP("SharingSteps", "Replaces the earlier report"),
    "region_id": QT_TRANSLATE_NOOP("SharingSteps", "Region"),
    "date": QT_TRANSLATE_NOOP("SharingSteps", "Date"),
    "part_of_day": QT_TRANSLATE_NOOP("SharingSteps", "Part of the day"),
    "incident_types": QT_TRANSLATE_NOOP("SharingSteps", "What happened"),
    "withdrawal_verifier": QT_TRANSLATE_NOOP(
        "SharingSteps", "Withdrawal check (a one-way fingerprint of the code, not the code)"
    ),
    "perpetrators": QT_TRANSLATE_NOOP("SharingSteps", "Perpetrator"),
    "vehicles": QT_TRANSLATE_NOOP("SharingSteps", "Vehicle"),
    "weapon_used": QT_TRANSLATE_NOOP("SharingSteps", "Weapon used"),
    "summary": QT_TRANSLATE_NOOP("SharingSteps", "Summary (names and numbers taken out)"),
    "age_band": QT_TRANSLATE_NOOP("SharingSteps", "Age band of the person"),
    "gender": QT_TRANSLATE_NOOP("SharingSteps", "Gender"),
    "injured": QT_TRANSLATE_NOOP("SharingSteps", "Hurt"),
    "injury_severity": QT_TRANSLATE_NOOP("SharingSteps", "How badly hurt"),
    "police_told": QT_TRANSLATE_NOOP("SharingSteps", "Police already told"),
    "wants_contact_via_project": QT_TRANSLATE_NOOP(
        "SharingSteps", "Wants police contact through the outreach project"
    ),
    "age_min": QT_TRANSLATE_NOOP("SharingSteps", "Age from"),
    "age_max": QT_TRANSLATE_NOOP("SharingSteps", "Age to"),
    "height": QT_TRANSLATE_NOOP("SharingSteps", "Height"),
    "build": QT_TRANSLATE_NOOP("SharingSteps", "Build"),
    "ethnicity_described": QT_TRANSLATE_NOOP("SharingSteps", "Ethnicity (as described)"),
    "hair": QT_TRANSLATE_NOOP("SharingSteps", "Hair"),
    "distinguishing_features": QT_TRANSLATE_NOOP("SharingSteps", "Distinguishing features"),
    "clothing": QT_TRANSLATE_NOOP("SharingSteps", "Clothing"),
    "name_used": QT_TRANSLATE_NOOP("SharingSteps", "Name used"),
    "phone_numbers": QT_TRANSLATE_NOOP("SharingSteps", "Phone numbers"),
    "email_addresses": QT_TRANSLATE_NOOP("SharingSteps", "E-mail addresses"),
    "online_handles": QT_TRANSLATE_NOOP("SharingSteps", "Online names"),
    "website_or_app": QT_TRANSLATE_NOOP("SharingSteps", "Website or app"),
    "make": QT_TRANSLATE_NOOP("SharingSteps", "Make"),
    "model": QT_TRANSLATE_NOOP("SharingSteps", "Model"),
    "colour": QT_TRANSLATE_NOOP("SharingSteps", "Colour"),
    "registration": QT_TRANSLATE_NOOP("SharingSteps", "Registration plate"),
}
_ENUMS: dict[str, type[StrEnum]] = {
    "incident_types": IncidentType,
    "gender": Gender,
    "build": Build,
    "age_band": AgeBand,
    "injury_severity": InjurySeverity,
}
_SECTIONS = {purpose.value: purpose for purpose in Purpose}


def _value_words(key: str, value: object) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SharingSteps", "yes")
            if value
            else QCoreApplication.translate("SharingSteps", "no")
        )
    if key == "part_of_day":
        return _tr(_PART_OF_DAY.get(PartOfDay(str(value)), str(value)))
    enum = _ENUMS.get(key)
    if enum is not None:
        if isinstance(value, list):
            return ", ".join(label(enum(str(v))) for v in value)
        return label(enum(str(value)))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


_TECHNICAL = ("schema_version", "report_id", "supersedes", "withdrawal_verifier")
"""Fields not read aloud: ids, fingerprints and the format version ("technical details")."""
_AGES = ("age_min", "age_max")


def _age_words(item: Mapping[str, object]) -> str:
    """Ages in the order people say them: "from 30 to 40", "from 30", "up to 40"."""
    low, high = item.get("age_min"), item.get("age_max")
    if low is not None and high is not None:
        return (
            QCoreApplication.translate("SharingSteps", "from %1 to %2")
            .replace("%1", str(low))
            .replace("%2", str(high))
        )
    if low is not None:
        return QCoreApplication.translate("SharingSteps", "from %1").replace("%1", str(low))
    return QCoreApplication.translate("SharingSteps", "up to %1").replace("%1", str(high))


def _lines(payload: Mapping[str, object], indent: str) -> list[str]:
    out: list[str] = []
    ages_said = False
    for key, value in payload.items():
        if value is None or value == [] or key in _SECTIONS or key in _TECHNICAL:
            continue
        if key in _AGES:
            if not ages_said:
                age = QCoreApplication.translate("SharingSteps", "Age")
                out.append(f"{indent}{age}: {_age_words(payload)}")
                ages_said = True
            continue
        name = _tr(_KEY_WORDS.get(key, key))
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for number, item in enumerate(value, start=1):
                out.append(f"{indent}{name} {number}:")
                out += _lines(item, indent + "    ")
            continue
        out.append(f"{indent}{name}: {_value_words(key, value)}")
    return out


def technical_words(payload_json: str) -> str:
    """The fields left out of the words read aloud: format version, report number, the report
    it replaces, the withdrawal fingerprint (shown under "Technical details")."""
    payload = json.loads(payload_json)
    return "\n".join(
        f"{_tr(_KEY_WORDS[key])}: {payload[key]}" for key in _TECHNICAL if payload.get(key) is not None
    )


def plain_words(payload_json: str) -> str:
    """The payload in words to read aloud, section by section: every field except the
    technical ones (`technical_words`), ages as "from … to"."""
    payload = json.loads(payload_json)
    titles = purpose_explanations(current_language())  # the purposes in the app's language
    lines = [QCoreApplication.translate("SharingSteps", "Sent to the charity:"), *_lines(payload, "    ")]
    for key, purpose in _SECTIONS.items():
        section = payload.get(key)
        if section is None:
            continue
        lines.append("")
        lines.append(
            QCoreApplication.translate("SharingSteps", "For: %1").replace("%1", titles[purpose].title)
        )
        section_lines = _lines(section, "    ")
        lines += section_lines or [
            "    " + QCoreApplication.translate("SharingSteps", "(only that this purpose was agreed)")
        ]
    lines.append("")
    lines.append(QCoreApplication.translate("SharingSteps", "Nothing else leaves this device."))
    return "\n".join(lines)


# ----- suspects ------------------------------------------------------------------------------


REASON_WORDS = {
    SuspectReason.CAPITALISED: QT_TRANSLATE_NOOP("SharingSteps", "a name or a place?"),
    SuspectReason.DIGITS: QT_TRANSLATE_NOOP("SharingSteps", "a number"),
    SuspectReason.AT_SIGN: QT_TRANSLATE_NOOP("SharingSteps", "an address or online name (has @)"),
    SuspectReason.AFTER_CUE: QT_TRANSLATE_NOOP(
        "SharingSteps", "comes after lives, works, at or flat: a place?"
    ),
}
_MARK_STYLE = "background-color:#ffe08a; color:#000000; font-weight:bold;"


def _marked_summary_html(summary: str, suspects: list[Suspect]) -> str:
    """The summary as HTML with each suspect highlighted and numbered as in the list."""
    out, at = [], 0
    for number, suspect in enumerate(suspects, start=1):
        out.append(html.escape(summary[at : suspect.start]))
        out.append(f'<span style="{_MARK_STYLE}">{html.escape(suspect.text)}&nbsp;[{number}]</span>')
        at = suspect.end
    out.append(html.escape(summary[at:]))
    return "".join(out)


def plain_words_html(payload_json: str, suspects: list[Suspect]) -> str:
    """`plain_words` as HTML, the summary's suspects highlighted wherever the summary is read
    (they come first in `suspects`, so their numbers match the list's)."""
    words = html.escape(plain_words(payload_json))
    summary = payload_texts(json.loads(payload_json)).get(SUMMARY_FIELD)
    in_summary = [s for s in suspects if s.field == SUMMARY_FIELD]
    if summary and in_summary:
        words = words.replace(html.escape(summary), _marked_summary_html(summary, in_summary))
    return f'<div style="white-space: pre-wrap;">{words}</div>'


_FIELD_WORDS = {
    "height": QT_TRANSLATE_NOOP("SharingSteps", "height"),
    "ethnicity_described": QT_TRANSLATE_NOOP("SharingSteps", "ethnicity as described"),
    "hair": QT_TRANSLATE_NOOP("SharingSteps", "hair"),
    "distinguishing_features": QT_TRANSLATE_NOOP("SharingSteps", "distinguishing features"),
    "clothing": QT_TRANSLATE_NOOP("SharingSteps", "clothing"),
    "name_used": QT_TRANSLATE_NOOP("SharingSteps", "name used"),
    "website_or_app": QT_TRANSLATE_NOOP("SharingSteps", "website or app"),
    "make": QT_TRANSLATE_NOOP("SharingSteps", "make"),
    "model": QT_TRANSLATE_NOOP("SharingSteps", "model"),
    "colour": QT_TRANSLATE_NOOP("SharingSteps", "colour"),
}


def field_words(field: str) -> str:
    """Where a suspect stands, in plain words: "the summary", "perpetrator 1, hair"."""
    path = parse_field(field)
    if path.kind == SUMMARY_FIELD:
        return QCoreApplication.translate("SharingSteps", "the summary")
    which = (
        QCoreApplication.translate("SharingSteps", "perpetrator %1")
        if path.kind == "perpetrators"
        else QCoreApplication.translate("SharingSteps", "vehicle %1")
    )
    return f"{which.replace('%1', str(path.index + 1))}, {_tr(_FIELD_WORDS[path.name])}"
