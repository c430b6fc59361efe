"""`outreach import` throughput against raw keyed `executemany` into the same schema, and
adding to a vault holding 1M contacts against adding to an empty one.

    .venv/bin/python benchmarks/bench_import.py [--count 100000] [--big 1000000] [--rounds 5]

Per round, on fresh copies of the same vaults (SQLCipher, keyed, migrated):

- ours: the command's path from the file on (`records_cmds._read_lines`, `transfer.parse_lines`,
  `plan_import`, `apply_import`: JSON, hostile-text checks, pydantic validation, id and
  reference checks, row encoding, insert, full-text index, statistics, and the WAL checkpoint
  the commit runs), into an empty vault and into a copy of a vault holding `--big` contacts,
  with `--on-conflict skip`. Unlocking (the KDF) is not included.
- raw: the very same rows, already encoded (outside the timer), in one `executemany` in one
  transaction into an empty vault, with the schema's per-row triggers (full-text index and
  statistics) as a plain insert fires them: what the schema costs done the simplest way.
  The areas, shifts and people they refer to are stored first, outside the timer.
- raw + bulk fill: the same `executemany` with the triggers standing aside and the index and
  statistics filled by the store's one-pass statements: the floor for the same work.

The data is realistic (until 7 Dec 2026 no contact had an area, a shift or a person, which
left three of the five indexes out of the import): contacts spread over five years, 60 % on
the night's shift (one a night, in an area) and of the others 85 % in an area (94 % in all),
45 % with a person (one person per 50 contacts). The areas are the organisation's: the vault
holds them and the file carries them too (skipped into the big vault). The file's shifts and
people are its own, as in an export from another device. The big vault is built the same
way (seeds apart) and cached under /tmp/importperf (a 1M build took 1,714 s at load ~20).

Ratios are per round (both sides ran back to back, under the same load: `ours` runs between
`raw` and `big`, the order reversed every round), then the median:
throughput ours/raw (goal >= 0.8) and time big/empty (goal <= 1.5). The CPU seconds of
each side are printed too: on a shared machine they show the work apart from the waiting.
`--record` writes both ratios to benchmarks/results/import.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from itertools import islice
from pathlib import Path
from uuid import UUID

from _contacts_data import SPAN_S, START, make_contacts

from outreach_app.cli.records_cmds import _read_lines
from outreach_app.domain.enums import ShiftMode
from outreach_app.domain.models import Area, Contact, Person, Shift
from outreach_app.storage import transfer
from outreach_app.storage.codec import SeqAllocator
from outreach_app.storage.connection import Connection, open_database, transaction
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import areas, contacts, people, shifts
from outreach_app.storage.repos.contacts import _INSERT, contact_row

CACHE = Path("/tmp/importperf")  # outside git; the 1M vault is slow to build under load (`--cache`)

# How often a contact is on the night's shift (and then in its area), in an area when it is
# not on a shift, and with a person. Anonymous contacts are common (a leaflet handed out, a
# phone call), but most are recorded on a shift in an area.
WITH_AREA, WITH_SHIFT, WITH_PERSON = 0.85, 0.6, 0.45
AREAS = 12
DAYS = SPAN_S // 86_400 + 1


@dataclass(frozen=True)
class References:
    """What contacts refer to. The areas are the organisation's (the same ids in the vault
    and in the file, as in an export from another device: `--on-conflict skip` passes over
    them); the shifts (one a night) and the people are each side's own."""

    areas: list[Area]
    shifts: list[Shift]
    people: list[Person]


def organisation_areas() -> list[Area]:
    rng = random.Random(5)
    return [Area(id=uuid_from(rng), name=f"Area {n}") for n in range(AREAS)]


def uuid_from(rng: random.Random) -> UUID:
    return UUID(int=rng.getrandbits(128), version=4)


def make_references(seed: int, people_count: int) -> References:
    rng = random.Random(seed)
    area_list = organisation_areas()
    shift_list = [
        Shift(
            id=uuid_from(rng),
            started_at=START + timedelta(days=day, hours=19),
            ended_at=START + timedelta(days=day, hours=25),
            area_id=rng.choice(area_list).id,
            mode=rng.choice(list(ShiftMode)),
            staff_initials="AB",
        )
        for day in range(DAYS)
    ]
    person_list = [Person(id=uuid_from(rng), alias=f"P{seed}-{n}") for n in range(people_count)]
    return References(area_list, shift_list, person_list)


def with_references(records: Iterable[Contact], refs: References, seed: int) -> Iterator[Contact]:
    """`records` with the night's shift, an area and a person as often as WITH_* says."""
    rng = random.Random(seed)
    for record in records:
        shift = refs.shifts[(record.occurred_at - START).days] if rng.random() < WITH_SHIFT else None
        if shift is not None:
            area_id = shift.area_id
        else:
            area_id = rng.choice(refs.areas).id if rng.random() < WITH_AREA else None
        person = rng.choice(refs.people) if rng.random() < WITH_PERSON else None
        yield record.model_copy(
            update={
                "shift_id": None if shift is None else shift.id,
                "area_id": area_id,
                "person_id": None if person is None else person.id,
            }
        )


def add_references(conn: Connection, refs: References) -> None:
    with transaction(conn):
        for area in refs.areas:
            areas.add_area(conn, area)
        for shift in refs.shifts:
            shifts.add_shift(conn, shift)
        for person in refs.people:
            people.add_person(conn, person)


def fresh(path: Path, key: bytes) -> Connection:
    conn = open_database(path, key, create=True)
    migrate(conn)
    return conn


def big_vault(count: int, cache: Path = CACHE) -> tuple[Path, bytes]:
    """A vault of `count` contacts with the full schema (statistics too), built once and cached
    in `cache`; a cache from before a new migration is migrated (once: the copy is kept)."""
    path = cache / f"outreach-bench-import-{count}-refs.db"
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
    cache.mkdir(parents=True, exist_ok=True)
    conn = fresh(path, key)
    refs = make_references(seed=31, people_count=max(1, count // 50))
    add_references(conn, refs)
    stream = with_references(make_contacts(count, seed=11), refs, seed=13)
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
    # `skip`: the file carries the organisation's areas, which the big vault holds already.
    plan = transfer.plan_import(conn, items, "skip")
    transfer.apply_import(conn, plan)
    return time.perf_counter() - began


def write_file(file: Path, refs: References, records: list[Contact]) -> None:
    """The file a user imports: the areas, shifts and people the contacts refer to, then the contacts."""
    kinds: tuple[tuple[str, list[Area] | list[Shift] | list[Person] | list[Contact]], ...] = (
        ("area", refs.areas),
        ("shift", refs.shifts),
        ("person", refs.people),
        ("contact", records),
    )
    with file.open("w", encoding="utf-8") as out:
        for kind, items in kinds:
            for item in items:
                out.write(json.dumps({"type": kind, "v": 1, **item.model_dump(mode="json")}) + "\n")


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
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the big vault is built and kept")
    parser.add_argument("--record", action="store_true", help="write the two ratios to benchmarks/results/")
    args = parser.parse_args()
    big_path, big_key = big_vault(args.big, args.cache)
    refs = make_references(seed=37, people_count=max(1, args.count // 50))
    records = list(with_references(make_contacts(args.count, seed=23), refs, seed=41))
    load = os.getloadavg()
    rounds: list[dict[str, float]] = []
    cpu_rounds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = folder / "import.jsonl"
        write_file(file, refs, records)
        key = os.urandom(32)
        scratch = fresh(folder / "scratch.db", key)
        with transaction(scratch):
            allocator = SeqAllocator(scratch, "contacts")
            rows = [contact_row(allocator.allocate(c.occurred_at), c) for c in records]
        scratch.close()
        for number in range(args.rounds):
            took: dict[str, float] = {}
            cpu: dict[str, float] = {}
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
                    if side in ("raw", "bulk"):
                        add_references(conn, refs)  # outside the timer: the rows refer to them
                cpu_before = time.process_time()
                if side in ("ours", "big"):
                    took[side] = ours(conn, file)
                else:
                    took[side] = raw(conn, rows, bulk_fill=side == "bulk")
                cpu[side] = time.process_time() - cpu_before
                conn.close()
            rounds.append(took)
            cpu_rounds.append(cpu)
            print(
                f"# round {number + 1}: ours {took['ours']:.2f} s, raw {took['raw']:.2f} s,"
                f" raw+bulk fill {took['bulk']:.2f} s, ours into {args.big:,}: {took['big']:.2f} s"
                f" (CPU: ours {cpu['ours']:.2f} s, big {cpu['big']:.2f} s; load {os.getloadavg()[0]:.1f})",
                file=sys.stderr,
            )
    load_after = os.getloadavg()

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    def med_cpu(key: str) -> float:
        return statistics.median(r[key] for r in cpu_rounds)

    def ratio(top: str, bottom: str, of: list[dict[str, float]] = rounds) -> float:
        return statistics.median(r[top] / r[bottom] for r in of)

    def per_round(top: str, bottom: str, of: list[dict[str, float]] = rounds) -> str:
        return ", ".join(f"{r[top] / r[bottom]:.2f}" for r in of)

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
    print(f"throughput ours/raw per round: {per_round('raw', 'ours')}")
    print(f"time into {args.big:,} / into empty:     {ratio('big', 'ours'):.2f} (goal <= 1.5)")
    print(f"time into {args.big:,} / into empty per round: {per_round('big', 'ours')}")
    print(
        f"CPU seconds into {args.big:,} / into empty: {ratio('big', 'ours', cpu_rounds):.2f}"
        f" (per round {per_round('big', 'ours', cpu_rounds)}; ours {med_cpu('ours'):.2f} s,"
        f" big {med_cpu('big'):.2f} s): the same work without the machine's other load"
    )
    if args.record:
        from results import record, this_command

        common = {"load_start": load[0], "load_end": load_after[0], "command": this_command()}
        record(
            "Import",
            f"outreach import of {n:,} contacts into an empty vault",
            ours=round(n / med("ours")),
            baseline=round(n / med("raw")),
            baseline_name="raw keyed executemany of the same encoded rows, per-row triggers",
            unit="rows/s",
            ratio_rounds=[r["raw"] / r["ours"] for r in rounds],
            ratio_reads="throughput ours/baseline",
            goal=0.8,
            goal_kind="≥",
            notes=f"raw + bulk fill {n / med('bulk'):,.0f} rows/s (ours/that {ratio('bulk', 'ours'):.2f})",
            **common,  # type: ignore[arg-type]
        )
        record(
            "Import",
            f"outreach import of {n:,} contacts into a vault of {args.big:,}",
            ours=round(med("big"), 2),
            baseline=round(med("ours"), 2),
            baseline_name="the same import into an empty vault",
            unit="s",
            ratio_rounds=[r["big"] / r["ours"] for r in rounds],
            ratio_reads="time ours/baseline",
            goal=1.5,
            goal_kind="≤",
            notes=f"CPU big/empty {ratio('big', 'ours', cpu_rounds):.2f}",
            **common,  # type: ignore[arg-type]
        )


if __name__ == "__main__":
    main()
