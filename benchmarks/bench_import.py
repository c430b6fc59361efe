"""`outreach import` throughput against raw keyed `executemany` into the same schema, and
adding to a vault holding 1M contacts against adding to an empty one.

    .venv/bin/python benchmarks/bench_import.py [--count 100000] [--big 1000000] [--rounds 5]

Per round, on fresh copies of the same vaults (SQLCipher, keyed, migrated):

- ours: the command's path from the file on (`records_cmds._read_lines`, `transfer.parse_lines`,
  `plan_import`, `apply_import`: JSON, hostile-text checks, pydantic validation, id and
  reference checks, row encoding, insert, full-text index, statistics), into an empty vault
  and into a copy of a vault holding `--big` contacts. Unlocking (the KDF) is not included.
- raw: the very same rows, already encoded (outside the timer), in one `executemany` in one
  transaction into an empty vault, with the schema's per-row triggers (full-text index and
  statistics) as a plain insert fires them: what the schema costs done the simplest way.
- raw + bulk fill: the same `executemany` with the triggers standing aside and the index and
  statistics filled by the store's one-pass statements: the floor for the same work.

Ratios are per round (both sides ran back to back, under the same load: `ours` runs between
`raw` and `big`, the order reversed every round), then the median:
throughput ours/raw (goal >= 0.8) and time big/empty (goal <= 1.5).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from _contacts_data import make_contacts

from outreach_app.cli.records_cmds import _read_lines
from outreach_app.storage import transfer
from outreach_app.storage.codec import SeqAllocator
from outreach_app.storage.connection import Connection, open_database, transaction
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts
from outreach_app.storage.repos.contacts import _INSERT, contact_row

CACHE = Path("/tmp/importperf")  # outside git; the 1M vault is slow to build under load


def fresh(path: Path, key: bytes) -> Connection:
    conn = open_database(path, key, create=True)
    migrate(conn)
    return conn


def big_vault(count: int) -> tuple[Path, bytes]:
    """A vault of `count` contacts with the full schema (statistics too), built once and cached."""
    path = CACHE / f"outreach-bench-import-{count}.db"
    key_file = path.with_suffix(".key")
    if path.exists() and key_file.exists():
        key = bytes.fromhex(key_file.read_text())
        conn = open_database(path, key)
        migrate(conn)  # a cache from before a new migration
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        return path, key
    key = os.urandom(32)
    began = time.perf_counter()
    conn = fresh(path, key)
    stream = make_contacts(count, seed=11)
    while chunk := list(islice(stream, 50_000)):
        contacts.add_contacts(conn, chunk)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    key_file.write_text(key.hex())  # synthetic data; the key is not a secret
    print(f"# built {count:,} contacts in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    return path, key


def copy_vault(source: Path, target: Path) -> None:
    for stale in (target, *target.parent.glob(target.name + "-*")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)


def ours(conn: Connection, file: Path) -> float:
    began = time.perf_counter()
    items = transfer.parse_lines(_read_lines(file))
    plan = transfer.plan_import(conn, items, "fail")
    transfer.apply_import(conn, plan)
    return time.perf_counter() - began


def raw(conn: Connection, rows: list[tuple[object, ...]], *, bulk_fill: bool) -> float:
    began = time.perf_counter()
    with transaction(conn):
        if bulk_fill:
            contacts._insert_bulk(conn, rows)
        else:
            conn.executemany(_INSERT, rows)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    big_path, big_key = big_vault(args.big)
    records = list(make_contacts(args.count, seed=23))
    load = os.getloadavg()
    rounds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = folder / "import.jsonl"
        with file.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps({"type": "contact", "v": 1, **record.model_dump(mode="json")}) + "\n")
        key = os.urandom(32)
        scratch = fresh(folder / "scratch.db", key)
        with transaction(scratch):
            allocator = SeqAllocator(scratch, "contacts")
            rows = [contact_row(allocator.allocate(c.occurred_at), c) for c in records]
        scratch.close()
        for number in range(args.rounds):
            took: dict[str, float] = {}
            # `ours` next to both sides it is divided by (raw, big): a load swing between
            # the two halves of a ratio then shows as little as it can.
            order = ["raw", "ours", "big", "bulk"] if number % 2 == 0 else ["bulk", "big", "ours", "raw"]
            for side in order:
                target = folder / f"{side}.db"
                if side == "big":
                    copy_vault(big_path, target)
                    conn = open_database(target, big_key)
                else:
                    for stale in (target, *folder.glob(target.name + "-*")):
                        stale.unlink(missing_ok=True)
                    conn = fresh(target, key)
                if side in ("ours", "big"):
                    took[side] = ours(conn, file)
                else:
                    took[side] = raw(conn, rows, bulk_fill=side == "bulk")
                conn.close()
            rounds.append(took)
            print(
                f"# round {number + 1}: ours {took['ours']:.2f} s, raw {took['raw']:.2f} s,"
                f" raw+bulk fill {took['bulk']:.2f} s, ours into {args.big:,}: {took['big']:.2f} s",
                file=sys.stderr,
            )
    load_after = os.getloadavg()

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    def ratio(top: str, bottom: str) -> float:
        return statistics.median(r[top] / r[bottom] for r in rounds)

    n = args.count
    print(
        f"import of {n:,} contacts, median of {args.rounds} paired rounds;"
        f" load {load[0]:.2f} -> {load_after[0]:.2f} (1-min), {os.cpu_count()} cores"
    )
    print(f"ours (command path) into empty: {med('ours'):.2f} s  {n / med('ours'):,.0f} rows/s")
    print(f"raw executemany, per-row triggers: {med('raw'):.2f} s  {n / med('raw'):,.0f} rows/s")
    print(f"raw executemany + bulk fill:     {med('bulk'):.2f} s  {n / med('bulk'):,.0f} rows/s")
    print(f"ours into {args.big:,}:           {med('big'):.2f} s  {n / med('big'):,.0f} rows/s")
    print(f"throughput ours/raw (per-row triggers): {ratio('raw', 'ours'):.2f} (goal >= 0.8)")
    print(f"throughput ours/raw+bulk fill:          {ratio('bulk', 'ours'):.2f}")
    print(f"time into {args.big:,} / into empty:     {ratio('big', 'ours'):.2f} (goal <= 1.5)")


if __name__ == "__main__":
    main()
