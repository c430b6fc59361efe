"""Monthly statistics (protocol v2): aggregates summed per organisation, region and month.

A device sends, for each region and month, its counts under an `aggregate_key`: an HMAC
of the organisation, region and month under a secret only the device holds, so the server
can recognise a resend of the same device-month without learning which device it is, or
linking two months of one device. Each key's contribution is kept (`stats_contributions`,
no device column) and added to `stats_sums`; a resend with the same key subtracts what the
key contributed before and adds the new counts, so a corrected month replaces, never adds.

`suppress_for_publication` applies the project's one disclosure rule
(`outreach_app.domain.disclosure`, the same code as the coordinator's exports and the
charity desk's statistics) to the flat rows of `stats --publish`: they print no totals,
so nothing sums to anything and the rule is primary suppression (1–9 → "[c]") and rounding
to the nearest 5. `summed_across_orgs` is the charity desk's input: every organisation's
sums added per month, region and measure, exact (the desk applies the rule where it prints).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from outreach_app.domain.disclosure import SUPPRESSED_MARK, Key, make_key, publish_counts
from outreach_app.server.db.envelopes import among
from outreach_app.server.db.orgs import org_region_ids
from outreach_app.server.db.tables import stats_contributions, stats_sums

SUPPRESSED = SUPPRESSED_MARK


class ForeignRegionError(Exception):
    """An upload names a region its organisation does not work in (another's, or none at all)."""


@dataclass(frozen=True)
class Contribution:
    """One device-month-region's counts, as `measure -> count` (flattened, no zeros)."""

    aggregate_key: str
    region_id: str
    month: str
    counts: Mapping[str, int]


def flatten(counts: Mapping[str, Any], prefix: str = "") -> dict[str, int]:
    """Nested counts (`{"supplies": {"condoms": 3}}`) as dotted measures
    (`{"supplies.condoms": 3}`), zeros left out."""
    flat: dict[str, int] = {}
    for name, value in counts.items():
        measure = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{measure}."))
        elif value:
            flat[measure] = int(value)
    return flat


def _add(
    conn: Connection, org_id: str, region_id: str, month: str, counts: Mapping[str, int], sign: int
) -> None:
    cell = (stats_sums.c.org_id == org_id, stats_sums.c.region_id == region_id, stats_sums.c.month == month)
    for measure, count in sorted(counts.items()):
        changed = conn.execute(
            update(stats_sums)
            .where(*cell, stats_sums.c.measure == measure)
            .values(count=stats_sums.c.count + sign * count)
        ).rowcount
        if not changed:
            conn.execute(
                insert(stats_sums).values(
                    org_id=org_id, region_id=region_id, month=month, measure=measure, count=sign * count
                )
            )


def store(
    conn: Connection,
    org_id: str,
    contributions: Sequence[Contribution],
    *,
    allowed_extra: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """Add each contribution to the sums, replacing what its key contributed before; returns
    the aggregate keys stored, in order. Run in one transaction (PostgreSQL: the sums' row
    locks order concurrent uploads of one cell).

    Raises ForeignRegionError, storing nothing, when a contribution names a region that is not
    the organisation's: counts filed under another organisation's region (or a made-up one)
    would add to figures that are not this organisation's to report. `allowed_extra`: region
    ids accepted besides the organisation's (the route's "no region" of unmapped areas).
    """
    named = {c.region_id for c in contributions} - set(allowed_extra)
    if not named <= set(org_region_ids(conn, org_id)):
        raise ForeignRegionError
    keys = [c.aggregate_key for c in contributions]
    before = {
        row.aggregate_key: row
        for row in conn.execute(
            select(stats_contributions).where(
                stats_contributions.c.org_id == org_id,
                among(conn, stats_contributions.c.aggregate_key, keys),
            )
        )
    }
    for contribution in contributions:
        old = before.get(contribution.aggregate_key)
        counts = {k: int(v) for k, v in contribution.counts.items() if v}
        if old is not None:
            _add(conn, org_id, old.region_id, old.month, json.loads(old.counts), -1)
            conn.execute(
                delete(stats_contributions).where(
                    stats_contributions.c.org_id == org_id,
                    stats_contributions.c.aggregate_key == contribution.aggregate_key,
                )
            )
        _add(conn, org_id, contribution.region_id, contribution.month, counts, +1)
        conn.execute(
            insert(stats_contributions).values(
                org_id=org_id,
                aggregate_key=contribution.aggregate_key,
                region_id=contribution.region_id,
                month=contribution.month,
                counts=json.dumps(counts, sort_keys=True),
            )
        )
    return keys


def combine(conn: Connection, org_id: str | None = None) -> list[dict[str, Any]]:
    """Exact totals per (org, month, region, measure); cells that sum to 0 are left out."""
    query = select(stats_sums).where(stats_sums.c.count != 0)
    if org_id is not None:
        query = query.where(stats_sums.c.org_id == org_id)
    rows = [
        {
            "org_id": r["org_id"],
            "month": r["month"],
            "region_id": r["region_id"] or None,  # "": contacts in areas mapped to no region
            "measure": r["measure"],
            "count": int(r["count"]),  # by name: a Row's `.count` is tuple.count
        }
        for r in conn.execute(query).mappings()
    ]
    return sorted(rows, key=lambda r: (r["org_id"], r["month"], r["region_id"] or "", r["measure"]))


def summed_across_orgs(
    conn: Connection, *, first_month: str | None = None, last_month: str | None = None
) -> list[dict[str, Any]]:
    """Exact totals per (month, region, measure), every organisation's sums added together
    (the charity desk's cross-organisation statistics). Months are inclusive `YYYY-MM`
    bounds; cells that sum to 0 are left out; sorted by month, region, measure.

    No organisation column: the desk reports across the charity, and an organisation's
    own figures stay with its coordinator (`combine(conn, org_id)`)."""
    total = func.sum(stats_sums.c.count).label("total")
    query = select(stats_sums.c.month, stats_sums.c.region_id, stats_sums.c.measure, total).group_by(
        stats_sums.c.month, stats_sums.c.region_id, stats_sums.c.measure
    )
    if first_month is not None:
        query = query.where(stats_sums.c.month >= first_month)
    if last_month is not None:
        query = query.where(stats_sums.c.month <= last_month)
    rows = [
        {
            "month": r.month,
            "region_id": r.region_id or None,  # "": contacts in areas mapped to no region
            "measure": r.measure,
            "count": int(r.total),
        }
        for r in conn.execute(query)
        if r.total
    ]
    return sorted(rows, key=lambda r: (r["month"], r["region_id"] or "", r["measure"]))


def _row_key(row: Mapping[str, Any]) -> Key:
    coords = {name: str(row[name] or "") for name in ("org_id", "month", "region_id") if name in row}
    return make_key(str(row["measure"]), **coords)


def suppress_cell(count: int) -> int | str:
    """One count as `stats --publish` prints it: 0; "[c]" for 1–9; else rounded to 5."""
    printed = publish_counts({make_key("count"): count})[make_key("count")]
    return SUPPRESSED if printed.value is None else printed.value


def suppress_for_publication(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with each count as the disclosure rule prints it (see the module doc)."""
    printed = publish_counts({_row_key(row): int(row["count"]) for row in rows})
    out = []
    for row in rows:
        shown = printed[_row_key(row)]
        out.append({**row, "count": SUPPRESSED if shown.value is None else shown.value})
    return out
