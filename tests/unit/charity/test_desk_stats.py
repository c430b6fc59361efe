"""Cross-organisation statistics: the server's rows as disclosed tables (the one rule)."""

from __future__ import annotations

from typing import Any

import pytest

from outreach_app.charity.desk_stats import DeskStatsError, months_between, parse_rows, report
from outreach_app.domain.disclosure import recoverable_keys

ROWS: list[dict[str, Any]] = [
    # Two organisations' rows for the same cell are summed (as `outreach-server stats` prints them).
    {"org_id": "a", "month": "2026-01", "region_id": "north", "measure": "incidents", "count": 20},
    {"org_id": "b", "month": "2026-01", "region_id": "north", "measure": "incidents", "count": 13},
    {"month": "2026-01", "region_id": "south", "measure": "incidents", "count": 4},
    {"month": "2026-02", "region_id": "north", "measure": "incidents", "count": 25},
    {"month": "2026-02", "region_id": "south", "measure": "incidents", "count": 31},
    {"month": "2026-01", "region_id": "north", "measure": "incident_types.rape", "count": 3},
    {"month": "2026-01", "region_id": "south", "measure": "incident_types.non_payment", "count": 30},
    {"month": "2026-01", "region_id": None, "measure": "contacts", "count": 12},
    {"month": "2026-01", "region_id": "north", "measure": "supplies.condoms", "count": 400},
    {"month": "2026-03", "region_id": "north", "measure": "incidents", "count": 99},  # outside the period
]


def test_rows_of_several_organisations_are_summed_and_checked() -> None:
    parsed = parse_rows(ROWS)
    north = [r for r in parsed if (r.month, r.region_id, r.measure) == ("2026-01", "north", "incidents")]
    assert [r.count for r in north] == [33]
    assert any(r.region_id == "" and r.measure == "contacts" for r in parsed)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"month": "2026-13"}, "month"),
        ({"month": "=1+1"}, "month"),
        ({"measure": "incidents; DROP TABLE"}, "measure"),
        ({"count": -1}, "count"),
        ({"count": "12"}, "count"),
        ({"count": True}, "count"),
        ({"region_id": ["north"]}, "region_id"),
    ],
)
def test_bad_rows_are_refused_with_the_row_named(bad: dict[str, Any], message: str) -> None:
    good = {"month": "2026-01", "region_id": "north", "measure": "incidents", "count": 1}
    with pytest.raises(DeskStatsError, match=f"row 2: {message}"):
        parse_rows([good, {**good, **bad}])


def test_periods() -> None:
    assert months_between("2025-11", "2026-02") == ("2025-11", "2025-12", "2026-01", "2026-02")
    for first, last in (("2026-02", "2026-01"), ("2026-1", "2026-02"), ("2000-01", "2026-01")):
        with pytest.raises(DeskStatsError):
            months_between(first, last)


def test_the_report_applies_the_disclosure_rule_to_all_tables_together() -> None:
    export = report(
        parse_rows(ROWS), months_between("2026-01", "2026-02"), {"north": "North", "south": "South"}
    )
    by_title = {d.table.title: d for d in export.tables}
    incidents = by_title["Incidents by month and region"]
    assert incidents.table.rows == ("2026-01", "2026-02")  # March is outside the period
    assert incidents.cell("2026-01", "south").suppressed  # 4: primary
    # Secondary: January's line and the south column each hide a second entry, so in a 2x2
    # table the other cells go too; the totals are printed (from exact counts, then rounded).
    assert incidents.cell("2026-01", "north").suppressed and incidents.cell("2026-02", "south").suppressed
    assert incidents.row_total("2026-01").value == 35  # 37
    assert incidents.col_total("north").value == 60  # 58
    assert incidents.grand_total().value == 95  # 93
    assert not recoverable_keys(export.lines, set(export.suppressed))
    types = by_title["Incidents by month and type"]
    assert types.cell("2026-01", "rape").suppressed and types.cell("2026-01", "non_payment").value == 30
    assert not types.table.additive  # one incident can have several types: no totals
    contacts = by_title["Contacts by month and region"]
    assert contacts.table.label("") == "No region" and contacts.cell("2026-01", "").value == 10
    assert by_title["Supplies handed out by month and kind"].cell("2026-01", "condoms").value == 400
    printed = [p.value for d in export.tables for p in d.printed.values() if p.value is not None]
    assert all(value % 5 == 0 for value in printed)
