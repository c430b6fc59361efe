"""Search latency over 100k and 1M contacts: a word query newest first (what the Contacts page
runs as you type; goal <= 30 ms at 1M) and a bm25-ranked query (on demand), each against
the raw FTS5 statement it wraps, measured in the same run.

Usage: .venv/bin/python benchmarks/bench_search.py [SIZES...]   (default 100000 1000000)
Set BENCH_KEEP_DIR=/some/dir to keep the built vaults and reuse them on the next run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from _contacts_data import make_contacts, vocabulary

from outreach_app.storage import search
from outreach_app.storage.codec import SeqAllocator
from outreach_app.storage.connection import open_database, transaction
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts
from outreach_app.storage.repos.contacts import _INSERT, contact_row

CHUNK = 50_000
REPEATS = 15
LIMIT = 50


def build(path: Path, count: int):
    """Build (or, with BENCH_KEEP_DIR, reuse) a vault of `count` synthetic contacts."""
    key_file = path.with_suffix(".key")
    if path.exists() and key_file.exists():
        conn = open_database(path, bytes.fromhex(key_file.read_text()))
        print(f"  reusing {path}", flush=True)
        return conn
    key = os.urandom(32)
    conn = open_database(path, key, create=True)
    key_file.write_text(key.hex())  # a benchmark vault of synthetic data; the key is not a secret
    migrate(conn)
    stream = make_contacts(count)
    began = time.perf_counter()
    while chunk := list(islice(stream, CHUNK)):
        with transaction(conn):
            allocator = SeqAllocator(conn, "contacts")
            conn.executemany(_INSERT, [contact_row(allocator.allocate(c.occurred_at), c) for c in chunk])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"  built {count:,} contacts in {time.perf_counter() - began:.0f} s", flush=True)
    return conn


def median_ms(run: Callable[[], object]) -> float:
    run()  # warm
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def bench(size: int, folder: Path) -> None:
    print(f"{size:,} contacts", flush=True)
    conn = build(folder / f"search{size}.db", size)
    words = vocabulary()
    # The vocabulary's weights fall as 1/rank: rank 0 is in most notes, rank 4000 in few.
    queries = {
        "common word": words[0],
        "mid word": words[100],
        "rare word": words[4000],
        "two words": f"{words[3]} {words[50]}",
    }
    for label, text in queries.items():
        matches = contacts.count_contacts(conn, query=text)
        expression = " ".join(f'"{w}"' for w in text.split())
        newest = median_ms(lambda t=text: contacts.list_contact_ids(conn, query=t, limit=LIMIT))
        newest_rows = median_ms(
            lambda t=text: contacts.get_contacts(conn, contacts.list_contact_ids(conn, query=t, limit=LIMIT))
        )
        raw_newest = median_ms(
            lambda e=expression: conn.execute(
                "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (e, LIMIT),
            ).fetchall()
        )
        ranked = median_ms(lambda t=text: search.ranked_ids(conn, "contacts", t, limit=LIMIT))
        raw_ranked = median_ms(
            lambda e=expression: conn.execute(
                "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?"
                " ORDER BY bm25(contacts_fts) LIMIT ?",
                (e, LIMIT),
            ).fetchall()
        )
        print(
            f"  {label:12s} ({matches:>7,} matches): newest-first {newest:7.2f} ms"
            f" (+rows {newest_rows:7.2f} ms; raw FTS {raw_newest:7.2f} ms, ratio {raw_newest / newest:.2f})"
            f" | ranked {ranked:8.1f} ms (raw bm25 {raw_ranked:8.1f} ms, ratio {raw_ranked / ranked:.2f})",
            flush=True,
        )
    listing = median_ms(lambda: contacts.list_contact_ids(conn, limit=LIMIT))
    print(f"  newest {LIMIT} without a query: {listing:.2f} ms", flush=True)
    conn.close()


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [100_000, 1_000_000]
    keep = os.environ.get("BENCH_KEEP_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for size in sizes:
            bench(size, Path(keep))
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            bench(size, Path(tmp))


if __name__ == "__main__":
    main()
