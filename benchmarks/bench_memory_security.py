"""What SQLCipher's `PRAGMA cipher_memory_security = ON` costs (issue 16).

With it, SQLCipher's allocator zeroes every block SQLite frees (page cache, statements,
results), so plaintext pages do not linger in freed memory after lock. The setting is
process-wide and, once on, cannot be turned off again in that process, so each round runs
the same workload in two fresh processes on the same vault, one with it off and one with it
on (the order alternates between rounds), and the ratio on/off is taken per round (paired);
the median of the rounds is reported with the load average.

Workload per measurement, on a vault of 20k synthetic contacts (the app's store code):
  - write: 1,000 contacts in one transaction (`add_contacts`, with FTS and triggers);
  - search: 40 word queries newest-first with their 50 rows (`get_contacts`), as the
    Contacts page runs while typing;
  - open: open and close a reader connection 20 times (what each page's reader does).

Usage: .venv/bin/python benchmarks/bench_memory_security.py [ROUNDS]   (default 7)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from _contacts_data import make_contacts, vocabulary

from outreach_app.storage.codec import SeqAllocator
from outreach_app.storage.connection import Connection, open_database, transaction
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts
from outreach_app.storage.repos.contacts import _INSERT, contact_row

BASE_CONTACTS = 20_000
WRITE_BATCH = 1_000
QUERIES = 40
OPENS = 20
PARTS = ("write", "search", "open")


def build(path: Path, key: bytes) -> Connection:
    conn = open_database(path, key, create=True)
    migrate(conn)
    stream = make_contacts(BASE_CONTACTS)
    while chunk := list(islice(stream, 5_000)):
        with transaction(conn):
            allocator = SeqAllocator(conn, "contacts")
            conn.executemany(_INSERT, [contact_row(allocator.allocate(c.occurred_at), c) for c in chunk])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn


def set_memory_security(conn: Connection, on: bool) -> None:
    if on:
        conn.execute("PRAGMA cipher_memory_security = ON")
    value = str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
    if value != ("1" if on else "0"):
        raise SystemExit(f"cipher_memory_security is {value}, wanted {'on' if on else 'off'}")


def timed(run: Callable[[], object]) -> float:
    began = time.perf_counter()
    run()
    return time.perf_counter() - began


def measure(path: Path, key: bytes, on: bool, seed: int) -> dict[str, float]:
    """One process's run of the workload (seconds per part); the vault grows by one batch."""
    conn = open_database(path, key)
    set_memory_security(conn, on)
    words = vocabulary()
    queries = [words[rank] for rank in range(0, 4000, 4000 // QUERIES)][:QUERIES]
    fresh = make_contacts(WRITE_BATCH, seed=seed)

    def search() -> None:
        for query in queries:
            contacts.get_contacts(conn, contacts.list_contact_ids(conn, query=query, limit=50))

    def open_readers() -> None:
        for _ in range(OPENS):
            open_database(path, key, reader=True).close()

    search()  # warm the page cache of this process
    result = {
        "write": timed(lambda: contacts.add_contacts(conn, fresh)),
        "search": timed(search),
        "open": timed(open_readers),
    }
    conn.close()
    return result


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        _, _, path, key_hex, mode, seed = sys.argv
        print(json.dumps(measure(Path(path), bytes.fromhex(key_hex), mode == "on", int(seed))))
        return
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        key = os.urandom(32)  # a throwaway benchmark vault of synthetic data
        path = Path(tmp) / "bench.db"
        build(path, key).close()
        ratios: dict[str, list[float]] = {name: [] for name in PARTS}
        times: dict[str, dict[str, list[float]]] = {name: {"off": [], "on": []} for name in PARTS}
        for number in range(rounds):
            order = ("off", "on") if number % 2 == 0 else ("on", "off")
            measured = {}
            for mode in order:
                out = subprocess.run(
                    [sys.executable, __file__, "--measure", str(path), key.hex(), mode, str(100 + number)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                measured[mode] = json.loads(out)
            for name in PARTS:
                times[name]["off"].append(measured["off"][name])
                times[name]["on"].append(measured["on"][name])
                ratios[name].append(measured["on"][name] / measured["off"][name])
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {rounds} paired rounds")
    for name in PARTS:
        off = statistics.median(times[name]["off"]) * 1000
        on = statistics.median(times[name]["on"]) * 1000
        ratio = statistics.median(ratios[name])
        print(f"  {name:7s} off {off:8.1f} ms  on {on:8.1f} ms  median ratio on/off {ratio:.2f}")


if __name__ == "__main__":
    main()
