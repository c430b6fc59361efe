"""Where the Alerts page reads alerts from: the copy sync keeps in the vault.

Alerts arrive through sync (helper [H]: migration 0003 and its repository). This module is
the one place that knows how to read them, so the page does not change when that lands or
moves. Until sync's storage is installed, `load_alerts` says so (`available=False`) and the
page shows an honest "no alerts have been fetched" state.

Everything here runs on the DB thread.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from outreach_app.domain.normalise import normalise_email, normalise_plate, phone_search_digits
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.base import normalise_handle

SEEN_SETTING = "alerts.seen"
"""Setting (list of "alert_id:version"): the alerts the worker has already looked at."""

# The names sync's repository is expected to offer; the first that exists is used.
_REPO_MODULES = ("outreach_app.storage.repos.alerts", "outreach_app.sync.alert_store")
_LIST_FUNCTIONS = ("list_alerts", "current_alerts", "all_alerts")
_LAST_SYNC_FUNCTIONS = ("last_alert_sync", "last_sync_at", "last_sync")


@dataclass(frozen=True)
class StoredAlerts:
    """Attributes:
    alerts: every stored alert (expired ones included; the page hides those).
    last_sync: when alerts were last fetched (None: never).
    available: False when sync's alert storage is not part of this install.
    seen: "alert_id:version" keys the worker has already looked at.
    areas: area name → region id, for naming regions and filtering by area.
    regions: region id → the server's name for it (from enrolment), when known.
    refused_warning: why the last sync refused alerts (a bad or missing charity signature), or "".
    """

    alerts: list[Alert]
    last_sync: datetime | None
    available: bool
    seen: frozenset[str] = frozenset()
    areas: dict[str, str | None] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    refused_warning: str = ""


REFUSED_ALERTS_SETTING = "alerts.refused_warning"
"""Written by the v2 sync pass (sync/engine_v2.py) when it refused badly signed alerts."""


def alert_key(alert: Alert) -> str:
    return f"{alert.alert_id}:{alert.version}"


def _sync_repo() -> Any:
    for name in _REPO_MODULES:
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return None


def _first(module: Any, names: Iterable[str]) -> Any:
    for name in names:
        function = getattr(module, name, None)
        if callable(function):
            return function
    return None


def load_alerts(session: Any) -> StoredAlerts:
    """The alerts sync stored, when alerts were last fetched, and what the worker has seen."""
    from outreach_app.storage.repos import areas, settings

    conn = session.conn
    seen = frozenset(str(key) for key in settings.get_setting(conn, SEEN_SETTING, []) or [])
    area_regions = {area.name: area.region_id for area in areas.list_areas(conn)}
    repo = _sync_repo()
    list_alerts = _first(repo, _LIST_FUNCTIONS) if repo is not None else None
    if list_alerts is None:
        return StoredAlerts([], None, available=False, seen=seen, areas=area_regions)
    found = [a if isinstance(a, Alert) else Alert.model_validate(a) for a in list_alerts(conn)]
    last_sync_fn = _first(repo, _LAST_SYNC_FUNCTIONS)
    last_sync = last_sync_fn(conn) if last_sync_fn is not None else None
    warning = str(settings.get_setting(conn, REFUSED_ALERTS_SETTING, "") or "")
    return StoredAlerts(found, last_sync, True, seen, area_regions, _region_names(conn), warning)


def _region_names(conn: Any) -> dict[str, str]:
    """The server's region names stored at enrolment (empty when sync keeps none)."""
    try:
        state = importlib.import_module("outreach_app.storage.repos.sync_state")
    except ModuleNotFoundError:
        return {}
    list_regions = getattr(state, "list_regions", None)
    return {str(rid): str(name) for rid, name in list_regions(conn)} if callable(list_regions) else {}


def mark_seen(session: Any, keys: Iterable[str]) -> None:
    from outreach_app.storage.repos import settings

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
    """What a phone number, plate, e-mail address or online name matched. Attributes: alerts,
    incident_ids."""

    alerts: list[Alert]
    incident_ids: list[Any]


def matches_alert(alert: Alert, text: str) -> bool:
    """Does `text` (a phone number, plate, e-mail address or handle, in any format) name
    something in `alert`?"""
    digits = phone_search_digits(text)
    if len(digits) >= 4 and any(n.lstrip("+").endswith(digits) for n in alert.phone_numbers()):
        return True
    plate = normalise_plate(text)
    if len(plate) >= 2 and any(plate in p for p in alert.plates()):
        return True
    email = normalise_email(text)
    if "@" in email and email in alert.email_addresses():
        return True
    handle = normalise_handle(text)
    return bool(handle) and handle in alert.handles()


def check(session: Any, text: str, alerts: list[Alert]) -> CheckResult:
    """Alerts and local incidents that name this phone number, plate, e-mail address or online name."""
    from outreach_app.domain.normalise import looks_like_phone
    from outreach_app.storage import search

    hits = [a for a in alerts if matches_alert(a, text)]
    incident_ids: list[Any] = []
    if looks_like_phone(text):
        incident_ids += search.incident_ids_by_phone(session.conn, text, limit=50)
    incident_ids += search.incident_ids_by_plate(session.conn, text, limit=50)
    incident_ids += search.incident_ids_by_email(session.conn, text, limit=50)
    return CheckResult(hits, list(dict.fromkeys(incident_ids)))
