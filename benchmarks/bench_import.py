"""Import throughput: the app's store (`contacts.add_contacts`, one transaction) against raw
sqlcipher3 `executemany` of the very same rows into the same tables, indexes and triggers
(FTS and the coordinator's aggregate triggers), in the same run on fresh vaults.

Usage: .venv/bin/python benchmarks/bench_import.py [COUNT]   (default 100000)
Prints one line per figure; the ratio is app throughput / raw throughput (goal >= 0.7).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from _contacts_data import make_contacts

from outreach_app.storage.codec import SeqAllocator
from outreach_app.storage.connection import open_database, transaction
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts
from outreach_app.storage.repos.contacts import _INSERT, contact_row


def fresh(folder: Path, name: str):
    conn = open_database(folder / name, os.urandom(32), create=True)
    migrate(conn)
    return conn


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    records = list(make_contacts(count))
    results: dict[str, list[float]] = {"app": [], "raw": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for attempt in range(2):  # alternate, keep the best of each: these machines are noisy
            app = fresh(folder, f"app{attempt}.db")
            began = time.perf_counter()
            contacts.add_contacts(app, records)
            results["app"].append(time.perf_counter() - began)
            app.close()

            raw = fresh(folder, f"raw{attempt}.db")
            with transaction(raw):
                allocator = SeqAllocator(raw, "contacts")
                rows = [contact_row(allocator.allocate(c.occurred_at), c) for c in records]
            began = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.executemany(_INSERT, rows)
            raw.execute("COMMIT")
            results["raw"].append(time.perf_counter() - began)
            raw.close()
    app_s, raw_s = min(results["app"]), min(results["raw"])
    print(f"contacts: {count}")
    print(f"app store (add_contacts): {app_s:.2f} s, {count / app_s:,.0f} rows/s")
    print(f"raw executemany:          {raw_s:.2f} s, {count / raw_s:,.0f} rows/s")
    print(f"ratio app/raw throughput: {raw_s / app_s:.2f} (goal >= 0.7)")


if __name__ == "__main__":
    main()
