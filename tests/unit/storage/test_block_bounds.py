"""Keyset paging: `*_block_bounds` + `at_or_before` give the same blocks as LIMIT/OFFSET, and a
deep block costs what the first one costs (SQLite VM steps, counted, not timed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.domain.enums import ContactKind, IncidentType
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import areas, contacts, incidents

from .records import area, contact, incident

KINDS = list(ContactKind)


def _blocks_by_offset(
    list_ids: Callable[..., list[Any]], filters: dict[str, Any], count: int, every: int
) -> list[Any]:
    return [list_ids(**filters, limit=every, offset=start) for start in range(0, count, every)]


def _blocks_by_key(
    list_ids: Callable[..., list[Any]], filters: dict[str, Any], bounds: list[int], every: int
) -> list[Any]:
    return [list_ids(**filters, at_or_before=bound, limit=every) for bound in bounds]


def test_contact_blocks_from_bounds_equal_offset_windows_under_every_filter(
    conn: Connection, t0: datetime
) -> None:
    north = area("North")
    areas.add_area(conn, north)
    # Several contacts share a millisecond (distinct slots of one sort key base), others are
    # spread over days; some are in the North, kinds rotate, every fifth mentions a clinic.
    made = [
        contact(
            t0 + timedelta(minutes=(n // 3) * 37),
            notes="clinic visit" if n % 5 == 0 else "",
            kind=KINDS[n % len(KINDS)],
            area_id=north.id if n % 2 else None,
        )
        for n in range(523)
    ]
    contacts.add_contacts(conn, made)
    cases: list[dict[str, Any]] = [
        {},
        {"area_id": north.id},
        {"kind": ContactKind.PHONE},
        {"kind": ContactKind.ONLINE, "area_id": north.id},
        {"since": t0 + timedelta(days=1), "until": t0 + timedelta(days=2)},
        {"query": "clinic"},
        {"query": "nothing-matches-this"},
    ]
    for filters in cases:
        for every in (1, 7, 50, 200, 1000):
            count, bounds = contacts.contact_block_bounds(conn, **filters, every=every)
            assert count == contacts.count_contacts(conn, **filters)
            assert len(bounds) == -(-count // every)
            by_offset = _blocks_by_offset(
                lambda **kw: contacts.list_contact_ids(conn, **kw), filters, count, every
            )
            by_key = _blocks_by_key(
                lambda **kw: contacts.list_contact_ids(conn, **kw), filters, bounds, every
            )
            assert by_key == by_offset, (filters, every)


@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=6 * 24 * 60), min_size=0, max_size=60),
    every=st.integers(min_value=1, max_value=25),
    wanted=st.sets(st.sampled_from(list(IncidentType)), max_size=2),
)
def test_incident_blocks_from_bounds_equal_offset_windows(
    conn: Connection, t0: datetime, offsets: list[int], every: int, wanted: set[IncidentType]
) -> None:
    conn.execute("DELETE FROM incidents")
    types = list(IncidentType)
    made = [
        incident(t0 + timedelta(minutes=m), f"n{i}", types=[types[i % len(types)]])
        for i, m in enumerate(offsets)
    ]
    for item in made:
        incidents.add_incident(conn, item)
    filters: dict[str, Any] = {"types": sorted(wanted)} if wanted else {}
    count, bounds = incidents.incident_block_bounds(conn, **filters, every=every)
    assert count == incidents.count_incidents(conn, **filters)
    by_offset = _blocks_by_offset(lambda **kw: incidents.list_incident_ids(conn, **kw), filters, count, every)
    assert (
        _blocks_by_key(lambda **kw: incidents.list_incident_ids(conn, **kw), filters, bounds, every)
        == by_offset
    )


def _vm_steps(conn: Connection, action: Callable[[], object]) -> int:
    """SQLite virtual-machine instructions `action` ran, in hundreds (deterministic, not a timing)."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(tick, 100)
    try:
        action()
    finally:
        conn.set_progress_handler(None, 100)
    return steps[0]


def test_the_last_block_costs_what_the_first_costs(conn: Connection, t0: datetime) -> None:
    contacts.add_contacts(conn, [contact(t0 + timedelta(seconds=n)) for n in range(6000)])
    count, bounds = contacts.contact_block_bounds(conn, every=200)
    assert count == 6000 and len(bounds) == 30
    first = _vm_steps(conn, lambda: contacts.list_contact_ids(conn, at_or_before=bounds[0], limit=200))
    last = _vm_steps(conn, lambda: contacts.list_contact_ids(conn, at_or_before=bounds[-1], limit=200))
    by_offset = _vm_steps(conn, lambda: contacts.list_contact_ids(conn, offset=5800, limit=200))
    assert last <= first + 2  # keyset: the depth of the block does not matter
    assert by_offset > 5 * last  # what it replaced walks the 5,800 rows before the block


def test_block_bounds_refuse_a_block_size_below_one(conn: Connection) -> None:
    with pytest.raises(ValueError, match="positive"):
        contacts.contact_block_bounds(conn, every=0)
