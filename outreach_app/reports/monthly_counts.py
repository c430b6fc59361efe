"""Exact monthly service counts for the charity (`POST /v1/stats`), mapped onto server regions.

Nothing is suppressed or rounded here: the charity combines counts from many
devices first, and the disclosure rule applies where numbers are published.
Contacts, supplies and referrals come from the trigger-kept aggregates, so a
month's numbers do not change when retention purges old records. An area with
no region (or a region id the protocol would refuse) counts under region None.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from outreach_app.domain.enums import ReferralKind, SupplyKind
from outreach_app.protocol.base import REGION_ID_PATTERN
from outreach_app.protocol.limits import MAX_STATS_ROWS
from outreach_app.protocol.stats import MonthlyStats, StatsUpload
from outreach_app.storage.repos import aggregates

if TYPE_CHECKING:
    from sqlite3 import Connection

_REGION = re.compile(REGION_ID_PATTERN)
_SUPPLIES = {kind.value for kind in SupplyKind}
_REFERRALS = {kind.value for kind in ReferralKind}


def area_regions(conn: Connection) -> dict[str, str | None]:
    """Area id → server region id (None when unmapped or not a valid region id)."""
    out: dict[str, str | None] = {}
    for row in conn.execute("SELECT id, region_id FROM areas"):
        region = row[1]
        out[str(row[0])] = str(region) if region and _REGION.match(str(region)) else None
    return out


def monthly_stats(conn: Connection, first: str, last: str) -> list[MonthlyStats]:
    """One row per month and region that has any count, months first..last inclusive."""
    regions = area_regions(conn)
    contacts: dict[tuple[str, str | None], int] = defaultdict(int)
    supplies: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    referrals: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in aggregates.period_counts(conn, "contacts", first, last):
        contacts[(row.period, regions.get(row.dim1))] += row.n
    for row in aggregates.period_counts(conn, "supplies", first, last):
        if row.dim1 in _SUPPLIES:
            supplies[(row.period, regions.get(row.dim2))][row.dim1] += row.n
    for row in aggregates.period_counts(conn, "referrals", first, last):
        if row.dim1 in _REFERRALS:
            referrals[(row.period, regions.get(row.dim2))][row.dim1] += row.n
    cells = sorted(set(contacts) | set(supplies) | set(referrals), key=lambda c: (c[0], c[1] or ""))
    rows = []
    for month, region in cells:
        rows.append(
            MonthlyStats(
                month=month,
                region_id=region,
                contacts=max(0, contacts.get((month, region), 0)),
                supplies={SupplyKind(k): n for k, n in supplies[(month, region)].items() if n > 0},
                referrals={ReferralKind(k): n for k, n in referrals[(month, region)].items() if n > 0},
            )
        )
    return rows


def stats_uploads(conn: Connection, first: str, last: str) -> list[StatsUpload]:
    """The uploads that send months first..last whole, split so no upload exceeds the row limit.

    A month's rows are never split across uploads (the server replaces a month whole).
    """
    by_month: dict[str, list[MonthlyStats]] = defaultdict(list)
    for row in monthly_stats(conn, first, last):
        by_month[row.month].append(row)
    uploads: list[StatsUpload] = []
    batch: list[MonthlyStats] = []
    for month in sorted(by_month):
        rows = by_month[month]
        if batch and len(batch) + len(rows) > MAX_STATS_ROWS:
            uploads.append(StatsUpload(rows=batch))
            batch = []
        batch.extend(rows[:MAX_STATS_ROWS])
    if batch:
        uploads.append(StatsUpload(rows=batch))
    return uploads
