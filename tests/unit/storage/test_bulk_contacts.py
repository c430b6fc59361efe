"""A large batch of contacts fills the full-text index and the statistics in one pass each
(repos/contacts.py, migration 0019): the result is exactly what the per-row triggers give."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from outreach_app.domain.enums import ContactKind, ReferralKind, ShiftMode, SupplyKind
from outreach_app.domain.models import Contact
from outreach_app.storage import transfer
from outreach_app.storage.connection import Connection, open_database, transaction
from outreach_app.storage.errors import StorageError
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import aggregates, areas, contacts, people, shifts
from tests.vault_templates import migrated_database

from .records import area, contact, person, shift

WORDS = ["clinic", "leaflet", "van", "café", "naïve", "rain", "late"]


KEY = bytes(range(32))


def _vault(folder: Path, name: str) -> Connection:
    """A migrated empty vault database: a copy of one made once per process (tests/vault_templates.py)."""
    conn = open_database(migrated_database(folder / name, KEY), KEY)
    migrate(conn)  # (nothing left to do: the copy is at the latest version)
    return conn


def _one_by_one(conn: Connection, batch: list[Contact]) -> None:
    """`add_contact` for each, in order, each through the per-row triggers. Inside one
    transaction (each call is a savepoint of it): one commit, not one a contact (WAL frames
    and an fsync each: 0.3-0.7 CPU-s of a test, issue 19)."""
    with transaction(conn):
        for made in batch:
            contacts.add_contact(conn, made)


def _refs(t0: datetime) -> dict[str, Any]:
    return {
        "areas": [area("North"), area("South")],
        "shifts": [shift(t0, mode=ShiftMode.VAN), shift(t0, mode=ShiftMode.STREET)],
        "people": [person("Sam"), person("Jo")],
    }


def _add_refs(conn: Connection, refs: dict[str, Any]) -> None:
    for a in refs["areas"]:
        areas.add_area(conn, a)
    for s in refs["shifts"]:
        shifts.add_shift(conn, s)
    for p in refs["people"]:
        people.add_person(conn, p)


def _batch(t0: datetime, refs: dict[str, Any], n: int, seed: int) -> list[Contact]:
    rng = random.Random(seed)
    made = []
    for _ in range(n):
        made.append(
            contact(
                # Two years, so months, ISO weeks (and week-years) differ; many share a day.
                t0 + timedelta(hours=rng.randrange(2 * 365 * 24)),
                " ".join(rng.sample(WORDS, rng.randrange(0, 4))),
                kind=rng.choice(list(ContactKind)),
                area_id=rng.choice([None, *[a.id for a in refs["areas"]]]),
                shift_id=rng.choice([None, *[s.id for s in refs["shifts"]]]),
                person_id=rng.choice([None, *[p.id for p in refs["people"]]]),
                supplies={k: rng.randrange(1, 9) for k in rng.sample(list(SupplyKind), rng.randrange(0, 4))},
                referrals=rng.sample(list(ReferralKind), rng.randrange(0, 3)),
            )
        )
    return made


def _state(conn: Connection) -> dict[str, Any]:
    """Everything the insert triggers write, and what a word search finds."""
    return {
        "counts": conn.execute("SELECT * FROM stats_counts ORDER BY 1, 2, 3, 4").fetchall(),
        "seen": conn.execute("SELECT * FROM stats_people_seen ORDER BY 1, 2").fetchall(),
        "words": {w: contacts.list_contact_ids(conn, query=w) for w in WORDS},
        "fts_rows": conn.execute("SELECT count(*) FROM contacts_fts").fetchone()[0],
        # Raises when the index does not match the table it indexes.
        "integrity": conn.execute(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
        )
        is not None,
        "flags": conn.execute(
            "SELECT (SELECT count(*) FROM bulk_load), (SELECT count(*) FROM stats_freeze)"
        ).fetchone(),
    }


def test_a_bulk_batch_leaves_what_the_per_row_triggers_leave(tmp_path: Path, t0: datetime) -> None:
    refs = _refs(t0)
    first, second = _batch(t0, refs, 300, seed=1), _batch(t0, refs, 400, seed=2)
    assert len(first) >= contacts.BULK_MIN and len(second) >= contacts.BULK_MIN
    bulk, per_row = _vault(tmp_path, "bulk.db"), _vault(tmp_path, "rows.db")
    for conn in (bulk, per_row):
        _add_refs(conn, refs)
        contacts.add_contact(conn, first[0])  # cells already stored: the batch must add to them
    contacts.add_contacts(bulk, first[1:])
    contacts.add_contacts(bulk, second)
    _one_by_one(per_row, [*first[1:], *second])  # one row at a time: the triggers do it all
    expected = _state(per_row)
    assert expected["counts"] and expected["seen"] and any(expected["words"].values())
    assert _state(bulk) == expected
    assert expected["flags"] == (0, 0)


def test_a_bulk_batch_inside_a_statistics_freeze_leaves_the_statistics(tmp_path: Path, t0: datetime) -> None:
    refs = _refs(t0)
    conn = _vault(tmp_path, "frozen.db")
    _add_refs(conn, refs)
    with aggregates.statistics_frozen(conn):
        contacts.add_contacts(conn, _batch(t0, refs, 300, seed=3))
    assert conn.execute("SELECT count(*) FROM stats_counts").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM contacts_fts").fetchone()[0] == 300
    assert len(contacts.list_contact_ids(conn, query="clinic")) > 0


def test_a_failed_bulk_batch_leaves_nothing_not_even_its_flags(tmp_path: Path, t0: datetime) -> None:
    refs = _refs(t0)
    conn = _vault(tmp_path, "failed.db")
    _add_refs(conn, refs)
    batch = _batch(t0, refs, 300, seed=4)
    contacts.add_contact(conn, batch[-1])
    before = _state(conn)
    with pytest.raises(StorageError):
        contacts.add_contacts(conn, batch)  # the last one is already stored
    assert _state(conn) == before
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    with transaction(conn):  # and the next single insert still indexes and counts
        contacts.add_contact(conn, batch[0])
    assert conn.execute("SELECT count(*) FROM contacts_fts").fetchone()[0] == 2


def test_a_bulk_batch_shares_milliseconds_with_stored_contacts_without_a_clash(
    tmp_path: Path, t0: datetime
) -> None:
    """The allocator learns the keys already stored in the batch's own milliseconds only."""
    conn = _vault(tmp_path, "clash.db")
    stored = [contact(t0 + timedelta(milliseconds=n % 3), f"stored {n}") for n in range(300)]
    contacts.add_contacts(conn, stored)
    batch = [contact(t0 + timedelta(milliseconds=n % 5), f"new {n}") for n in range(300)]
    contacts.add_contacts(conn, batch)
    keys = [row[0] for row in conn.execute("SELECT seq FROM contacts")]
    assert len(keys) == len(set(keys)) == 600
    # Newest first: the two milliseconds only the batch has come first, then ms 2, 1, 0.
    newest = contacts.get_contacts(conn, contacts.list_contact_ids(conn, limit=600))
    assert [c.occurred_at for c in newest] == sorted((c.occurred_at for c in newest), reverse=True)
    assert conn.execute("SELECT count(*) FROM contacts_fts").fetchone()[0] == 600


def _import_lines(batch: list[Contact]) -> list[bytes]:
    return [json.dumps({"type": "contact", "v": 1, **c.model_dump(mode="json")}).encode() for c in batch]


def test_an_import_inserts_its_contacts_without_a_savepoint_and_with_a_roomy_cache(
    tmp_path: Path, t0: datetime
) -> None:
    # A savepoint makes SQLite copy each page it changes first into a sub-journal: into a big
    # vault that made the insert 10x slower. The import's own transaction is all or nothing.
    conn = _vault(tmp_path, "import.db")
    before_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    plan = transfer.import_jsonl(
        conn, _import_lines(_batch(t0, {"areas": [], "shifts": [], "people": []}, 300, seed=5))
    )
    conn.set_trace_callback(None)
    assert plan.counts()["contact"] == 300
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 300
    assert conn.execute("SELECT count(*) FROM contacts_fts").fetchone()[0] == 300
    assert not [s for s in statements if s.startswith("SAVEPOINT")]
    assert f"PRAGMA cache_size = -{transfer.IMPORT_CACHE_KIB}" in statements
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before_cache


def test_a_failed_import_leaves_nothing_and_the_usual_cache(tmp_path: Path, t0: datetime) -> None:
    conn = _vault(tmp_path, "failed-import.db")
    before_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    batch = _batch(t0, {"areas": [], "shifts": [], "people": []}, 300, seed=6)
    plan = transfer.plan_import(conn, transfer.parse_lines(_import_lines(batch)), "fail")
    contacts.add_contact(conn, batch[-1])  # stored after the plan: the insert must fail
    before = _state(conn)
    with pytest.raises(StorageError):
        transfer.apply_import(conn, plan)
    assert _state(conn) == before
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before_cache
    # The table and every index (the partial ones of 0024 too) agree, entry by entry.
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_insert_contacts_needs_the_callers_transaction(tmp_path: Path, t0: datetime) -> None:
    conn = _vault(tmp_path, "bare.db")
    with pytest.raises(StorageError, match="transaction"):
        contacts.insert_contacts(conn, _batch(t0, {"areas": [], "shifts": [], "people": []}, 1, seed=7))
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_the_bulk_fill_indexes_exactly_the_stored_text(tmp_path: Path, t0: datetime) -> None:
    # The index and the statistics are filled from the batch's rows passed as JSON: quotes,
    # backslashes, line breaks, accents and characters outside the BMP must arrive unchanged,
    # or FTS5's integrity check (index against the stored notes) fails.
    refs = _refs(t0)
    tricky = ['say "van" \\ then', "late\nrain\ttonight", "café naïve", "clinic 😀 ünïcode", ""]
    batch = [
        contact(
            t0 + timedelta(minutes=n),
            tricky[n % len(tricky)],
            area_id=refs["areas"][n % 2].id if n % 3 else None,
            shift_id=refs["shifts"][n % 2].id if n % 4 else None,
            person_id=refs["people"][n % 2].id if n % 5 else None,
        )
        for n in range(contacts.BULK_MIN)
    ]
    bulk, per_row = _vault(tmp_path, "bulk.db"), _vault(tmp_path, "rows.db")
    for conn in (bulk, per_row):
        _add_refs(conn, refs)
    contacts.add_contacts(bulk, batch)
    _one_by_one(per_row, batch)
    assert _state(bulk) == _state(per_row)
    # Each word is in one of the texts (accents folded by the tokenizer): in every fifth contact.
    for which, word in enumerate(("van", "tonight", "naive", "unicode")):
        expected = sum(1 for n in range(contacts.BULK_MIN) if n % len(tricky) == which)
        assert len(contacts.list_contact_ids(bulk, query=word)) == expected


def test_a_chunked_bulk_batch_gives_each_contact_the_key_one_by_one_inserts_give(
    tmp_path: Path, t0: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bulk batch finds and inserts its sort keys chunk by chunk, in time order: each contact
    still gets the key that inserting one at a time in the caller's order gives, also when the
    contacts of one millisecond (some already stored) straddle a chunk boundary."""
    monkeypatch.setattr(contacts, "BULK_CHUNK", 64)
    rng = random.Random(8)
    print("seed 8")
    stored = [contact(t0 + timedelta(milliseconds=n % 7), f"stored {n}") for n in range(40)]
    # 12 milliseconds, ~50 contacts each (microseconds apart, which the key does not order),
    # in shuffled order: every chunk of 64 ends inside one.
    batch = [
        contact(t0 + timedelta(milliseconds=rng.randrange(12), microseconds=rng.randrange(1000)), f"new {n}")
        for n in range(600)
    ]
    rng.shuffle(batch)
    bulk, per_row = _vault(tmp_path, "bulk.db"), _vault(tmp_path, "rows.db")
    for conn in (bulk, per_row):
        contacts.add_contacts(conn, stored)
    contacts.add_contacts(bulk, batch)
    _one_by_one(per_row, batch)

    def keys(conn: Connection) -> dict[str, int]:
        return {row[1]: row[0] for row in conn.execute("SELECT seq, id FROM contacts")}

    assert len(keys(bulk)) == 640
    assert keys(bulk) == keys(per_row)
    assert _state(bulk) == _state(per_row)
