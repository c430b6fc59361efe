"""The charity's alerts on this device: what the Alerts page shows, the CHECK, and "seen".

Alerts arrive through sync (`storage.repos.alerts`, migration 0003). The check is the store's
SQL match (`alerts.match_alerts`: a phone number as a suffix of the stored digits, a plate as
a part of a stored plate, an e-mail address or online name exactly) plus the local incidents
that name the same number, plate or address; the app's CHECK box and `outreach alerts check`
both run `check`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

from outreach_app.core.vault import VaultSession
from outreach_app.domain.models import Incident
from outreach_app.domain.normalise import looks_like_phone
from outreach_app.protocol.alerts import Alert
from outreach_app.storage import search
from outreach_app.storage.repos import alerts as alerts_repo
from outreach_app.storage.repos import areas, incidents, settings, sync_state
from outreach_app.sync.alert_signatures import REFUSED_ALERTS_SETTING

SEEN_SETTING = "alerts.seen"
"""Setting (list of "alert_id:version"): the alerts the worker has already looked at."""
CHECK_INCIDENT_LIMIT = 50  # local incidents per kind of identifier a check lists


@dataclass(frozen=True)
class StoredAlerts:
    """Attributes:
    alerts: every stored alert (expired ones included; the page hides those).
    last_sync: when alerts were last fetched (None: never).
    seen: "alert_id:version" keys the worker has already looked at.
    areas: area name → region id, for naming regions and filtering by area.
    regions: region id → the server's name for it (from enrolment), when known.
    refused_warning: why the last sync refused alerts (a bad or missing charity signature,
        written by the sync pass, sync/alert_signatures.py), or "".
    """

    alerts: list[Alert]
    last_sync: datetime | None
    seen: frozenset[str] = frozenset()
    areas: dict[str, str | None] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    refused_warning: str = ""


def alert_key(alert: Alert) -> str:
    return f"{alert.alert_id}:{alert.version}"


def load_alerts(session: VaultSession) -> StoredAlerts:
    """The alerts sync stored, when alerts were last fetched, and what the worker has seen."""
    conn = session.conn
    seen = frozenset(str(key) for key in settings.get_setting(conn, SEEN_SETTING, []) or [])
    area_regions = {area.name: area.region_id for area in areas.list_areas(conn)}
    return StoredAlerts(
        alerts_repo.list_alerts(conn),
        alerts_repo.last_alert_sync(conn),
        seen,
        area_regions,
        dict(sync_state.list_regions(conn)),
        str(settings.get_setting(conn, REFUSED_ALERTS_SETTING, "") or ""),
    )


def mark_seen(session: VaultSession, keys: Iterable[str]) -> None:
    """Remember that the worker has looked at these alerts (no view shows "seen" but the page's own)."""
    settings.set_setting(session.conn, SEEN_SETTING, sorted(set(keys)))


def current(alerts: Iterable[Alert], today: date, region_id: str | None = None) -> list[Alert]:
    """Alerts valid today (issued, not expired), for one region or all; newest first."""
    valid = [
        a
        for a in alerts
        if a.issued_on <= today <= a.expires_on and (region_id is None or region_id in a.region_ids)
    ]
    return sorted(valid, key=lambda a: (a.issued_on, a.version), reverse=True)


@dataclass(frozen=True)
class CheckResult:
    """What a phone number, plate, e-mail address or online name matched: the alerts valid
    today (newest first) and the local incidents that name it."""

    alerts: list[Alert]
    incidents: list[Incident]


def check(session: VaultSession, text: str, today: date) -> CheckResult:
    """Alerts valid on `today` and local incidents that name this phone number, plate, e-mail
    address or online name (any format)."""
    conn = session.conn
    hits = alerts_repo.match_alerts(conn, text, today=today)
    incident_ids: list[UUID] = []
    if looks_like_phone(text):
        incident_ids += search.incident_ids_by_phone(conn, text, limit=CHECK_INCIDENT_LIMIT)
    incident_ids += search.incident_ids_by_plate(conn, text, limit=CHECK_INCIDENT_LIMIT)
    incident_ids += search.incident_ids_by_email(conn, text, limit=CHECK_INCIDENT_LIMIT)
    return CheckResult(hits, incidents.get_incidents(conn, list(dict.fromkeys(incident_ids))))
