"""Monthly service counts: stored per device and month, combined for staff, suppressed
only when published.

`suppress_for_publication` is the server's simple rule (cells of 1–9 hidden, others
rounded to the nearest 5). The desktop's coordinator reports apply the project's full
disclosure rule (outreach_app.reports); keep the two in step if either changes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from outreach_app.protocol.stats import MonthlyStats
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.orgs import org_region_ids
from outreach_app.server.db.tables import stats

SUPPRESS_BELOW = 10
ROUND_TO = 5
SUPPRESSED = "<10"


class ForeignRegionError(Exception):
    """An upload names a region its organisation does not work in (another's, or none at all)."""


def store(
    conn: Connection, device_id: str, org_id: str, rows: Sequence[MonthlyStats], clock: Clock
) -> list[str]:
    """Replace this device's rows for every month present; returns the months stored.

    Raises ForeignRegionError, storing nothing, when a row names a region that is not the
    organisation's: counts filed under another organisation's region (or a made-up one)
    would add to figures that are not this organisation's to report.
    """
    named = {row.region_id for row in rows if row.region_id is not None}
    if not named <= set(org_region_ids(conn, org_id)):
        raise ForeignRegionError
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_month[row.month].append(row.model_dump(mode="json", exclude_none=True))
    months = sorted(by_month)
    conn.execute(delete(stats).where(stats.c.device_id == device_id, stats.c.month.in_(months)))
    conn.execute(
        insert(stats),
        [
            {
                "device_id": device_id,
                "month": month,
                "org_id": org_id,
                "payload": json.dumps(by_month[month], sort_keys=True),
                "received_on": today(clock),
            }
            for month in months
        ],
    )
    return months


def combine(conn: Connection, org_id: str | None = None) -> list[dict[str, Any]]:
    """Exact totals per (org, month, region, measure) over every device."""
    query = select(stats.c.org_id, stats.c.payload)
    if org_id is not None:
        query = query.where(stats.c.org_id == org_id)
    totals: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for row in conn.execute(query):
        for cell in json.loads(row.payload):
            key = (row.org_id, cell["month"], cell.get("region_id") or "")
            totals[(*key, "contacts")] += int(cell.get("contacts", 0))
            for kind, count in cell.get("supplies", {}).items():
                totals[(*key, f"supplies.{kind}")] += int(count)
            for kind, count in cell.get("referrals", {}).items():
                totals[(*key, f"referrals.{kind}")] += int(count)
    return [
        {"org_id": o, "month": m, "region_id": r or None, "measure": measure, "count": count}
        for (o, m, r, measure), count in sorted(totals.items())
    ]


def suppress_cell(count: int) -> int | str:
    """0 stays 0; 1–9 become "<10"; anything else is rounded to the nearest 5."""
    if count == 0:
        return 0
    if count < SUPPRESS_BELOW:
        return SUPPRESSED
    return int(ROUND_TO * round(count / ROUND_TO))


def suppress_for_publication(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row, "count": suppress_cell(int(row["count"]))} for row in rows]
