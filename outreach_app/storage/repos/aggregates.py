"""Reading the statistics that migration 0004's triggers keep (no record is scanned).

Periods are text keys: 'YYYY-MM' for months, 'YYYY-Www' for ISO weeks, both of
the record's local shift day. Every function returns exact counts; suppression
is applied only where numbers are exported or published (domain/disclosure.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_app.storage.connection import transaction

if TYPE_CHECKING:
    from sqlite3 import Connection

MONTH_MEASURES = ("contacts", "contacts_mode", "supplies", "referrals", "incidents", "incident_types")
WEEK_MEASURES = ("contacts", "contacts_mode")


@dataclass(frozen=True)
class CountRow:
    period: str
    dim1: str
    dim2: str
    n: int


def period_counts(
    conn: Connection, measure: str, first: str, last: str, *, weekly: bool = False
) -> list[CountRow]:
    """Non-zero counts of `measure` for periods first..last inclusive (months, or weeks if `weekly`)."""
    allowed = WEEK_MEASURES if weekly else MONTH_MEASURES
    if measure not in allowed:
        raise ValueError(f"unknown measure {measure!r}")
    # Month keys are 7 characters, week keys 8: the length keeps the two apart.
    length = 8 if weekly else 7
    rows = conn.execute(
        "SELECT period, dim1, dim2, n FROM stats_counts "
        "WHERE measure = ? AND period BETWEEN ? AND ? AND length(period) = ? AND n != 0 "
        "ORDER BY period, dim1, dim2",
        (measure, first, last, length),
    )
    return [CountRow(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


def unique_people_by_month(conn: Connection, first: str, last: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT month, count(*) FROM stats_people_seen WHERE month BETWEEN ? AND ? AND n > 0 "
        "GROUP BY month ORDER BY month",
        (first, last),
    )
    return {str(r[0]): int(r[1]) for r in rows}


def unique_people_in_period(conn: Connection, first: str, last: str) -> int:
    row = conn.execute(
        "SELECT count(DISTINCT person_id) FROM stats_people_seen WHERE month BETWEEN ? AND ? AND n > 0",
        (first, last),
    ).fetchone()
    return int(row[0])


def area_names(conn: Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM areas")}


def months_with_data(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT period FROM stats_counts WHERE length(period) = 7 AND n != 0 ORDER BY 1"
    )
    return [str(r[0]) for r in rows]


@contextlib.contextmanager
def statistics_frozen(conn: Connection) -> Iterator[None]:
    """Inside this block (one transaction) deletes and edits leave the statistics untouched.

    Retention purges run inside it, so purging old records never changes a past month.
    The flag row lives only inside the transaction: a crash rolls it back with the purge.
    """
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO stats_freeze (id) VALUES (1)")
        try:
            yield
        finally:
            conn.execute("DELETE FROM stats_freeze")


def reports_by_month(conn: Connection, first: str, last: str) -> list[tuple[str, int, int]]:
    """(month, reports shared, reports withdrawn), UTC months, from the outbox's state log.

    Shared: items whose delivery the server confirmed (first `sent` transition).
    Withdrawn: items that reached `withdrawn`, plus withdrawals by code from another device.
    Retention never deletes these rows (it only blanks old payloads), so past months stay.
    """
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox_transitions'")
    if exists.fetchone() is None:
        return []
    rows = conn.execute(
        """
        WITH events(month, shared, withdrawn) AS (
            SELECT substr(min(at), 1, 7), 1, 0 FROM outbox_transitions WHERE to_state = 'sent'
                GROUP BY item_id
            UNION ALL
            SELECT substr(min(at), 1, 7), 0, 1 FROM outbox_transitions WHERE to_state = 'withdrawn'
                GROUP BY item_id
            UNION ALL
            SELECT substr(updated_at, 1, 7), 0, 1 FROM outbox_withdrawals
                WHERE report_id IS NULL AND state = 'done'
        )
        SELECT month, sum(shared), sum(withdrawn) FROM events WHERE month BETWEEN ? AND ?
        GROUP BY month ORDER BY month
        """,
        (first, last),
    )
    return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]
