"""Monthly statistics for protocol v2 (`POST /v2/stats`): per month and region, the device's
incident counts (from reports shared with statistics consent) and its service counts.

Statistics never leave per report in v2. An incident counts here while its current version
is approved to leave (queued, sending or sent) with statistics consent; a withdrawal or a
narrower consent removes it, and the next upload of its month replaces the device's earlier
contribution under the same `aggregate_key` (protocol/aggregates.py). The key is an HMAC
under a random secret kept in this vault's encrypted settings: the server cannot tell which
device a row came from, yet a corrected month never counts twice.

Incident counts come from the sealed payloads; retention blanks a sent payload after its
period, so a month is only recounted while its payloads are kept (`stats_months` is shorter).
"""

from __future__ import annotations

import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from outreach_app.domain.enums import AgeBand, Gender, IncidentType
from outreach_app.protocol.aggregates import AggregateUpload, MonthlyAggregate, aggregate_key
from outreach_app.protocol.limits import MAX_STATS_ROWS
from outreach_app.protocol.reports import SharedReport
from outreach_app.reports.monthly_counts import monthly_stats
from outreach_app.sharing.charity_keys import charity_keys
from outreach_app.storage.repos.settings import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite3 import Connection

SECRET_SETTING = "stats.aggregate_secret"  # noqa: S105 - a settings key, not a secret
COUNTED_STATES = ("queued", "sending", "sent")


def device_secret(conn: Connection) -> bytes:
    """This vault's random aggregate-key secret (32 bytes), made on first use."""
    stored = get_setting(conn, SECRET_SETTING)
    if stored is None:
        stored = secrets.token_hex(32)
        set_setting(conn, SECRET_SETTING, stored)
    return bytes.fromhex(str(stored))


@dataclass
class _Cell:
    incidents: int = 0
    weapon_used: int = 0
    police_told: int = 0
    types: Counter[IncidentType] = field(default_factory=Counter)
    ages: Counter[AgeBand] = field(default_factory=Counter)
    genders: Counter[Gender] = field(default_factory=Counter)


def _incident_cells(conn: Connection, first: str, last: str) -> dict[tuple[str, str], _Cell]:
    cells: dict[tuple[str, str], _Cell] = defaultdict(_Cell)
    marks = ", ".join("?" * len(COUNTED_STATES))
    rows = conn.execute(
        "SELECT p.payload FROM outbox_items AS o JOIN outbox_payloads AS p ON p.item_seq = o.seq"  # noqa: S608
        f" WHERE o.state IN ({marks}) AND p.payload != '' AND o.purposes LIKE '%\"statistics\"%'",
        COUNTED_STATES,
    )
    for (payload,) in rows:
        report = SharedReport.model_validate_json(payload)
        month = report.date.strftime("%Y-%m")
        if report.statistics is None or not first <= month <= last:
            continue
        section = report.statistics
        cell = cells[(month, report.region_id)]
        cell.incidents += 1
        cell.weapon_used += int(section.weapon_used)
        cell.police_told += int(section.police_told)
        cell.types.update(report.incident_types)
        cell.ages[section.age_band] += 1
        cell.genders[section.gender] += 1
    return cells


def monthly_aggregates(conn: Connection, first: str, last: str) -> list[MonthlyAggregate]:
    """One row per month and region with any count; [] before a v2 enrolment (no organisation)."""
    keys = charity_keys(conn)
    if keys is None:
        return []
    secret = device_secret(conn)
    org = str(keys.organisation_id)
    services = {(row.month, row.region_id): row for row in monthly_stats(conn, first, last)}
    incidents = _incident_cells(conn, first, last)
    cells = sorted(set(services) | set(incidents), key=lambda c: (c[0], c[1] or ""))
    rows: list[MonthlyAggregate] = []
    for month, region in cells:
        service = services.get((month, region))
        cell = incidents.get((month, region or ""), _Cell()) if region else _Cell()
        rows.append(
            MonthlyAggregate(
                aggregate_key=aggregate_key(secret, org, region, month),
                month=month,
                region_id=region,
                incidents=cell.incidents,
                incident_types=dict(cell.types),
                age_bands=dict(cell.ages),
                genders=dict(cell.genders),
                weapon_used=cell.weapon_used,
                police_told=cell.police_told,
                contacts=service.contacts if service else 0,
                supplies=dict(service.supplies) if service else {},
                referrals=dict(service.referrals) if service else {},
            )
        )
    return rows


def aggregate_uploads(conn: Connection, first: str, last: str) -> list[AggregateUpload]:
    """The uploads carrying months first..last, at most MAX_STATS_ROWS rows each."""
    rows = monthly_aggregates(conn, first, last)
    return [AggregateUpload(rows=rows[i : i + MAX_STATS_ROWS]) for i in range(0, len(rows), MAX_STATS_ROWS)]
