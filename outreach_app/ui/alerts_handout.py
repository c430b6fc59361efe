"""The alerts handout's content: each current alert in words people read on paper.

Shared by the Alerts page and `outreach alerts handout`, so both print the same bulletin
(services/handout.py draws it). Nothing from the vault's records goes in: only the charity's
alerts, the areas' names the project uses, the date and the contact line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.timeutil import to_local
from outreach_app.ops.alerts import StoredAlerts
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.signed_alerts import alert_fingerprint
from outreach_app.services.handout import ENGLISH, Handout, HandoutAlert, Languages, say
from outreach_app.ui.models.alerts import perpetrator_words, vehicle_words

LOCAL_ZONE = device_zone()  # the system's zone, read once at start (domain.device_zone)


# How an alert ranks on the handout, from what happened (alerts carry no severity field).
_SERIOUS = frozenset(
    {
        IncidentType.RAPE,
        IncidentType.SEXUAL_ASSAULT,
        IncidentType.PHYSICAL_ASSAULT,
        IncidentType.KIDNAP_FALSE_IMPRISONMENT,
        IncidentType.CONDOM_REMOVAL,
    }
)
_WARNING = frozenset(
    {
        IncidentType.ROBBERY_THEFT,
        IncidentType.THREATS_INTIMIDATION,
        IncidentType.STALKING_HARASSMENT,
        IncidentType.HATE_INCIDENT,
    }
)


def severity_and_advice(types: Iterable[IncidentType], langs: Languages = ENGLISH) -> tuple[str, str]:
    """(severity words, what to do) for an alert about `types`, in the handout's languages
    (person texts: the reader's language, not the app's)."""
    kinds = set(types)
    level = "serious" if kinds & _SERIOUS else "warning" if kinds & _WARNING else "aware"
    return say(langs, f"handout.severity.{level}"), say(langs, f"handout.advice.{level}")


def what_happened(types: Iterable[IncidentType], langs: Languages = ENGLISH) -> str:
    """The incident types in the handout's languages ("Robbery/theft / Jaf/furt")."""
    return ", ".join(say(langs, f"handout.type.{kind.value}") for kind in types)


def handout_alert(
    alert: Alert, region_names: Mapping[str, str] | None = None, langs: Languages = ENGLISH
) -> HandoutAlert:
    """`alert` in the handout's words: numbers in national format, plates spaced, the areas
    by the names the project uses (region ids with no area mapped are left out)."""
    lines = [perpetrator_words(p) for p in alert.perpetrators] + [vehicle_words(v) for v in alert.vehicles]
    names = region_names or {}
    areas = sorted({names[str(r)] for r in alert.region_ids if str(r) in names})
    severity, advice = severity_and_advice(alert.incident_types, langs)
    return HandoutAlert(
        title=alert.title,
        body=alert.body,
        what=what_happened(alert.incident_types, langs),
        issued_on=alert.issued_on,
        expires_on=alert.expires_on,
        descriptions=tuple(line for line in lines if line),
        severity=severity,
        area=", ".join(areas),
        advice=advice,
        fingerprint=alert_fingerprint(alert) if alert.signature is None else "",
    )


def region_names(stored: StoredAlerts) -> dict[str, str]:
    """Region id → the name the worker knows: the server's name, or better an area mapped to it."""
    names = dict(stored.regions)
    names.update({region: name for name, region in stored.areas.items() if region})
    return names


def build_handout(
    stored: StoredAlerts,
    alerts: list[Alert],
    *,
    area: str,
    today: date,
    contact_line: str,
    names: Mapping[str, str] | None = None,
    languages: Languages = ENGLISH,
) -> Handout:
    """The handout of `alerts` (those shown: current, for the area) for `area` (its name),
    printed in `languages` (one catalog language, or two side by side)."""
    last_sync = to_local(stored.last_sync, LOCAL_ZONE).date() if stored.last_sync is not None else None
    names = region_names(stored) if names is None else names
    return Handout(
        area=area,
        alerts=[handout_alert(a, names, languages) for a in alerts],
        printed_on=today,
        last_sync=last_sync,
        contact_line=contact_line,
        languages=languages,
    )
