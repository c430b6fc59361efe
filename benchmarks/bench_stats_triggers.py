"""What the coordinator's aggregate triggers cost on the insert path, and what they buy on reads.

1. Insert: `contacts.add_contacts` of the same synthetic contacts into a fresh vault with the
   0004 statistics triggers, against one where those triggers were dropped (same run).
2. Read: a year of monthly statistics from the aggregates (`reports.statistics.collect`)
   against the same counts computed by scanning the contacts table with GROUP BY.

Usage: .venv/bin/python benchmarks/bench_stats_triggers.py [COUNT]   (default 50000)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _contacts_data import make_contacts

from outreach_app.reports.statistics import Period, collect
from outreach_app.storage.connection import open_database
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts

STATS_TRIGGERS = ("stats_contacts_insert", "stats_contacts_delete", "stats_contacts_update")
SCAN = """
SELECT substr(local_date, 1, 7) AS month, coalesce(area_id, ''), kind, count(*)
FROM contacts WHERE local_date BETWEEN ? AND ? GROUP BY 1, 2, 3
"""


def fresh(folder: Path, name: str, *, triggers: bool):
    conn = open_database(folder / name, os.urandom(32), create=True)
    migrate(conn)
    if not triggers:
        for trigger in STATS_TRIGGERS:
            conn.execute(f"DROP TRIGGER {trigger}")
    return conn


def timed_insert(conn, batch) -> float:
    start = time.perf_counter()
    for offset in range(0, len(batch), 1000):
        contacts.add_contacts(conn, batch[offset : offset + 1000])
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    batch = list(make_contacts(count))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = fresh(folder, "plain.db", triggers=False)
        kept = fresh(folder, "kept.db", triggers=True)
        base = timed_insert(plain, batch)
        with_triggers = timed_insert(kept, batch)
        print(f"insert {count} contacts without stats triggers: {count / base:,.0f}/s (baseline 1.00)")
        print(
            f"insert {count} contacts with stats triggers:    {count / with_triggers:,.0f}/s "
            f"({base / with_triggers:.2f} of baseline)"
        )
        period = Period(date(2024, 1, 1), date(2024, 12, 31))
        rounds = 20
        start = time.perf_counter()
        for _ in range(rounds):
            kept.execute(SCAN, ("2024-01-01", "2024-12-31")).fetchall()
        scan = (time.perf_counter() - start) / rounds
        start = time.perf_counter()
        for _ in range(rounds):
            collect(kept, period)
        agg = (time.perf_counter() - start) / rounds
        print(f"one year of contacts by month/area/kind, table scan: {scan * 1000:.1f} ms (baseline 1.00)")
        print(
            f"one year of every statistic from the aggregates:     {agg * 1000:.1f} ms "
            f"({scan / agg:.1f}x faster than the scan)"
        )
        plain.close()
        kept.close()


if __name__ == "__main__":
    main()
