"""Migration 0028: contacts stored in the order they were added, `seq` (the sort key) in a
unique index instead of the rowid.

The migration rebuilds the table, so it is tried on a vault at 0026 holding contacts with and
without an area, a shift and a person, edited and deleted ones among them: every listing,
search, count and statistic reads the same after it, in the same order. It is also made to fail
before its commit, and killed with SIGKILL at seeded instructions inside its one transaction:
the vault is then exactly as it was, usable, and migrates later. Then what it is for: a contact
dated before all the stored ones goes at the end of the table and still lists in time order.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from outreach_app.domain.enums import ContactKind, SupplyKind
from outreach_app.domain.models import Contact
from outreach_app.storage import migrations
from outreach_app.storage.connection import Connection, open_database
from outreach_app.storage.migrations import MigrationError, migrate, schema_version
from outreach_app.storage.repos import areas, contacts, people, shifts
from outreach_app.storage.search import search

from .old_vaults import vault_before
from .records import area, contact, person, shift

APPEND_MIGRATION = 28
WORDS = ["needle", "clinic", "hostel", "café", "night", "bus"]


@pytest.fixture
def old_conn(db_path: Path, db_key: bytes) -> Iterator[Connection]:
    """A vault migrated up to the last number before 0028 only."""
    connection = vault_before(db_path, db_key, APPEND_MIGRATION)
    assert schema_version(connection) < APPEND_MIGRATION
    yield connection
    connection.close()


def _fill(conn: Connection, t0: datetime) -> dict[str, Any]:
    """Contacts over two months, a quarter with each of area, shift and person, some edited
    (one moved in time), some deleted; printed seed."""
    seed = random.randrange(2**32)
    print(f"seed {seed}")
    rng = random.Random(seed)
    a, s, p = area("North"), shift(t0), person("Sam")
    areas.add_area(conn, a)
    shifts.add_shift(conn, s)
    people.add_person(conn, p)
    stored: list[Contact] = []
    for n in range(400):
        stored.append(
            contact(
                t0 + timedelta(minutes=rng.randrange(60 * 24 * 60)),
                notes=" ".join(rng.sample(WORDS, 2)),
                kind=rng.choice(list(ContactKind)),
                supplies={rng.choice(list(SupplyKind)): rng.randrange(1, 9)},
                area_id=a.id if n % 4 == 0 else None,
                shift_id=s.id if n % 4 == 1 else None,
                person_id=p.id if n % 4 == 2 else None,
            )
        )
    contacts.add_contacts(conn, stored[:300])  # a bulk batch (triggers aside)
    for record in stored[300:]:
        contacts.add_contact(conn, record)  # one by one (triggers)
    contacts.update_contact(conn, stored[5].model_copy(update={"notes": "edited clinic"}))
    contacts.update_contact(conn, stored[6].model_copy(update={"occurred_at": t0 - timedelta(days=3)}))
    for record in stored[10:20]:
        contacts.delete_contact(conn, record.id)
    return {"area": a.id, "shift": s.id, "person": p.id, "day": stored[0].occurred_at.date()}


def _reads(conn: Connection, refs: dict[str, Any]) -> dict[str, object]:
    """What the user sees: listings (every filter, pages, deep blocks), searches, counts, statistics."""
    area_id, shift_id, person_id, day = refs["area"], refs["shift"], refs["person"], refs["day"]
    count, bounds = contacts.contact_block_bounds(conn, every=50)
    seen: dict[str, object] = {
        "all": contacts.list_contact_ids(conn),
        "page 3": contacts.list_contact_ids(conn, limit=50, offset=100),
        "bounds": (count, bounds),
        "block 4": contacts.list_contact_ids(conn, limit=50, at_or_before=bounds[4]),
        "by area": contacts.list_contact_ids(conn, area_id=area_id),
        "by shift": contacts.list_contact_ids(conn, shift_id=shift_id),
        "by person": contacts.list_contact_ids(conn, person_id=person_id),
        "by kind": contacts.list_contact_ids(conn, kind=ContactKind.IN_PERSON),
        "by day": contacts.list_contact_ids(conn, day=date.fromisoformat(str(day))),
        "since": contacts.list_contact_ids(conn, since=datetime.fromisoformat("2026-04-01T00:00:00+00:00")),
        "words": contacts.list_contact_ids(conn, query="clinic"),
        "word bounds": contacts.contact_block_bounds(conn, every=20, query="needle"),
        "count": contacts.count_contacts(conn),
        "count words": contacts.count_contacts(conn, query="café"),
        "page search": contacts.contact_ids_at(
            conn, contacts.search_contact_keys(conn, text="hostel", person_ids=[person_id], cap=2000)[20:50]
        ),
        "page count": len(
            contacts.search_contact_keys(conn, text="hostel", person_ids=[person_id], cap=2000)
        ),
        "search": search(conn, "night").contact_ids,
        "records": contacts.get_contacts(conn, contacts.list_contact_ids(conn, limit=60)),
        "stats": conn.execute("SELECT * FROM stats_counts ORDER BY 1, 2, 3, 4").fetchall(),
        "people seen": conn.execute("SELECT * FROM stats_people_seen ORDER BY 1, 2").fetchall(),
    }
    return seen


def _healthy(conn: Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # the full-text index against the table, entry by entry (FTS5 reads the content by `seq`)
    conn.execute("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)")


def test_every_listing_search_and_statistic_reads_the_same_after_the_migration(
    old_conn: Connection, t0: datetime
) -> None:
    refs = _fill(old_conn, t0)
    before = _reads(old_conn, refs)
    assert len(before["all"]) == 390  # type: ignore[arg-type]
    assert before["by area"] and before["by shift"] and before["by person"] and before["words"]
    assert before["page search"] and before["search"]

    applied = migrate(old_conn)
    assert APPEND_MIGRATION in applied

    after = _reads(old_conn, refs)
    for name in before:
        assert after[name] == before[name], name
    _healthy(old_conn)
    # `seq` is no longer the rowid but a unique index
    columns = {row[1]: row[5] for row in old_conn.execute("PRAGMA table_info(contacts)")}
    assert columns["seq"] == 0
    unique = {row[1] for row in old_conn.execute("PRAGMA index_list(contacts)") if row[2]}
    assert "contacts_by_seq" in unique
    triggers = {
        row[0]
        for row in old_conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'contacts' AND type = 'trigger'"
        )
    }
    # nothing of the rebuild is left: the id's unique index follows the table's name
    names = {
        row[0]
        for row in old_conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE '%contacts_0028%' OR name LIKE '%0028%'"
        )
    }
    assert names == set()
    assert "sqlite_autoindex_contacts_1" in unique
    assert triggers == {
        "contacts_fts_insert",
        "contacts_fts_delete",
        "contacts_fts_update",
        "stats_contacts_insert",
        "stats_contacts_delete",
        "stats_contacts_update",
    }


def test_a_contact_dated_before_the_stored_ones_is_appended_and_still_lists_in_time_order(
    conn: Connection, t0: datetime
) -> None:
    contacts.add_contacts(conn, [contact(t0 + timedelta(hours=n), notes="clinic") for n in range(300)])
    early = contact(t0 - timedelta(days=365), notes="clinic early")
    contacts.add_contact(conn, early)
    rowids = dict(conn.execute("SELECT id, rowid FROM contacts").fetchall())
    # the table grows at its end: the old-dated contact does not go between the stored rows
    assert rowids[str(early.id)] == max(rowids.values())
    assert contacts.list_contact_ids(conn)[-1] == early.id
    assert contacts.list_contact_ids(conn, query="clinic")[-1] == early.id
    # moving it in time moves it in the listing, and its words follow
    moved = early.model_copy(update={"occurred_at": t0 + timedelta(days=30), "notes": "hostel"})
    contacts.update_contact(conn, moved)
    assert contacts.list_contact_ids(conn)[0] == early.id
    assert contacts.list_contact_ids(conn, query="hostel") == [early.id]
    assert early.id not in contacts.list_contact_ids(conn, query="clinic")
    contacts.delete_contact(conn, early.id)
    assert contacts.list_contact_ids(conn, query="hostel") == []
    _healthy(conn)


def test_an_import_dated_between_the_stored_contacts_goes_after_them_in_the_table(
    conn: Connection, t0: datetime
) -> None:
    stored = [contact(t0 + timedelta(hours=2 * n), notes="clinic") for n in range(300)]
    contacts.add_contacts(conn, stored)
    last_stored = conn.execute("SELECT max(rowid) FROM contacts").fetchone()[0]
    # a bulk batch (as `outreach import` inserts) dated between the stored ones, hour by hour
    batch = [contact(t0 + timedelta(hours=2 * n + 1), notes="hostel") for n in range(300)]
    contacts.add_contacts(conn, batch)
    placed = dict(conn.execute("SELECT id, rowid FROM contacts").fetchall())
    assert min(placed[str(record.id)] for record in batch) > last_stored
    # and lists interleaved by time, newest first, words and all
    by_time = sorted(stored + batch, key=lambda record: record.occurred_at, reverse=True)
    assert contacts.list_contact_ids(conn) == [record.id for record in by_time]
    assert contacts.list_contact_ids(conn, query="hostel") == [
        record.id for record in by_time if record.notes == "hostel"
    ]
    _healthy(conn)


def test_two_contacts_cannot_share_a_sort_key(conn: Connection, t0: datetime) -> None:
    record = contact(t0)
    contacts.add_contact(conn, record)
    seq = conn.execute("SELECT seq FROM contacts").fetchone()[0]
    with pytest.raises(Exception, match=r"UNIQUE constraint failed: contacts\.seq"):
        conn.execute(
            "INSERT INTO contacts (seq, id, occurred_at, local_date, zone, kind)"
            " SELECT seq, 'other', occurred_at, local_date, zone, kind FROM contacts"
        )
    assert conn.execute("SELECT count(*), max(seq) FROM contacts").fetchone() == (1, seq)


def test_a_migration_killed_half_way_leaves_the_vault_as_it_was_and_usable(
    old_conn: Connection, t0: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs = _fill(old_conn, t0)
    before = _reads(old_conn, refs)
    schema_before = old_conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    shipped = migrations.available_migrations()
    real = next(m for m in shipped if m.version == APPEND_MIGRATION)
    # dies after every statement of 0028 ran (the table rebuilt, the old one dropped), before its commit
    dying = migrations.Migration(real.version, real.name, real.sql + "\nSELECT no_such_function();")
    monkeypatch.setattr(
        migrations,
        "available_migrations",
        lambda: [dying if m.version == APPEND_MIGRATION else m for m in shipped],
    )
    with pytest.raises(MigrationError, match="rolled back"):
        migrate(old_conn)
    assert schema_version(old_conn) < APPEND_MIGRATION
    assert (
        old_conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        == schema_before
    )
    assert _reads(old_conn, refs) == before
    _healthy(old_conn)
    # the old vault still takes contacts, and migrates later with them
    late = contact(t0 + timedelta(days=1), notes="late clinic")
    contacts.add_contact(old_conn, late)
    monkeypatch.setattr(migrations, "available_migrations", lambda: shipped)
    assert APPEND_MIGRATION in migrate(old_conn)
    assert late.id in contacts.list_contact_ids(old_conn, query="clinic")
    assert isinstance(contacts.get_contact(old_conn, late.id), Contact)
    assert contacts.count_contacts(old_conn) == len(before["all"]) + 1  # type: ignore[arg-type]
    _healthy(old_conn)


_KILLED_MIGRATION = """
import os, signal, sys
from pathlib import Path
from outreach_app.storage.connection import open_database
from outreach_app.storage import migrations
from outreach_app.storage.migrations import migrate
# 0028 only: a later number's commit would move the version this test expects unchanged
shipped = migrations.available_migrations()
migrations.available_migrations = lambda: [m for m in shipped if m.version <= int(sys.argv[4])]
conn = open_database(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
kill_at, checks = int(sys.argv[3]), [0]
def count():
    # SIGKILL from inside SQLite's VM at the chosen progress check of the migration (counted
    # here across statements: SQLite's own count restarts with each statement); 0: count only
    checks[0] += 1
    if checks[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return 0
conn.set_progress_handler(count, 1)
migrate(conn)
print(checks[0])
"""


def _migrate_in_a_child(db_path: Path, db_key: bytes, kill_at: int) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            _KILLED_MIGRATION,
            str(db_path),
            db_key.hex(),
            str(kill_at),
            str(APPEND_MIGRATION),
        ],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
        capture_output=True,
        check=False,
    )


def _progress_checks(db_path: Path, db_key: bytes, name: str) -> int:
    """How often SQLite checks progress (once per loop step, not per instruction) while a child
    like the one killed runs the pending migrations on a copy of the vault: the range to kill in."""
    copy = db_path.with_name(name)  # a new name each time: no WAL of an earlier copy applies
    shutil.copyfile(db_path, copy)
    wal = db_path.with_name(db_path.name + "-wal")  # committed pages not yet checkpointed
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    child = _migrate_in_a_child(copy, db_key, 0)
    assert child.returncode == 0, child.stderr.decode()
    return int(child.stdout)


def test_a_migration_killed_by_sigkill_leaves_the_vault_as_it_was_and_migrates_later(
    old_conn: Connection, db_path: Path, db_key: bytes, t0: datetime
) -> None:
    refs = _fill(old_conn, t0)
    before = _reads(old_conn, refs)
    version = schema_version(old_conn)
    old_conn.close()
    seed = random.randrange(2**32)
    print(f"kill seed {seed}")
    rng = random.Random(seed)
    # kill early, in the middle and late: anywhere in the copy, drop, rename, indexes, triggers
    for third in range(3):
        checks = _progress_checks(db_path, db_key, f"count-{third}.db")  # the vault as it now is
        steps = max(1, int(checks * (third + rng.random()) / 3))
        print(f"kill at progress check {steps} of {checks}")
        child = _migrate_in_a_child(db_path, db_key, steps)
        assert child.returncode == -signal.SIGKILL, (steps, child.stderr.decode())
        reopened = open_database(db_path, db_key)
        try:
            assert schema_version(reopened) == version, steps
            assert _reads(reopened, refs) == before, steps
            _healthy(reopened)
        finally:
            reopened.close()
    reopened = open_database(db_path, db_key)
    try:
        assert APPEND_MIGRATION in migrate(reopened)
        assert _reads(reopened, refs) == before
        _healthy(reopened)
    finally:
        reopened.close()
