"""`outreach-server reports list` / `reports export` stream: rows are written as they are
read, a bounded number at a time, so memory does not grow with the number of reports
(issue 15). Behaviour, not timing: the fetch size the database sees, Python's peak
allocation against the data's size, and output identical to the whole list."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import insert, text

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.reports import SharedReport
from outreach_app.server.cli import main
from outreach_app.server.db import reports as reports_db
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.reports import new_row_keys
from outreach_app.server.db.tables import reports, superseded
from tests.server.conftest import truncate_all
from tests.server.support import FakeClock, World, build_world, make_report

COUNT = 600
FETCH = 20


class Sink:
    """A text stream that keeps nothing (so the output does not count as held memory) and can
    run a probe every `every` writes, keeping what it saw."""

    def __init__(self, probe: Any = None, every: int = 500) -> None:
        self.chars = 0
        self.lines = 0
        self.writes = 0
        self.probe = probe
        self.every = every
        self.probed: list[Any] = []

    def write(self, text: str) -> int:
        if self.probe is not None and self.writes % self.every == 0:
            self.probed.append(self.probe())
        self.writes += 1
        self.chars += len(text)
        self.lines += text.count("\n")
        return len(text)

    def flush(self) -> None:
        pass


def _store(world: World, count: int) -> list[str]:
    """`count` reports of org A stored as intake stores them (straight into the table: the
    intake path has its own tests), plus one superseded version that must be left out."""
    day = date(2026, 3, 4)
    rows, ids = [], []
    template = SharedReport.model_validate(make_report())
    for key in new_row_keys(day, count):
        report = template.model_copy(update={"report_id": uuid.uuid4()})
        ids.append(str(report.report_id))
        rows.append(
            {
                "pk": key,
                "org_id": world.org_a,
                "report_id": str(report.report_id),
                "content_hash": "0" * 64,
                "received_on": day,
                "payload": canonical_json(report).decode(),
                "region_id": "north",
                "verifier": report.withdrawal_verifier,
                "withdrawn_purposes": "",
                "withdrawn_on": None,
            }
        )
    with world.engine.begin() as conn:
        conn.execute(insert(reports), rows)
        conn.execute(insert(superseded).values(org_id=world.org_a, report_id=ids[0], received_on=day))
    return ids


def _run(db_url: str, clock: FakeClock, out: Any, *argv: str) -> None:
    assert main([*argv, "--db", db_url], clock=clock, out=out) == 0


COMMANDS = [
    ("reports", "list"),
    ("reports", "list", "--json"),
    ("reports", "export", "--purpose", "alert", "--format", "json"),
    ("reports", "export", "--purpose", "alert", "--format", "csv"),
]


def _peak_while(db_url: str, clock: FakeClock, argv: tuple[str, ...]) -> tuple[int, int]:
    """Python's peak allocation during one run, and the lines it wrote."""
    _run(db_url, clock, Sink(), *argv)  # warm: imports, compiled statements, caches
    tracemalloc.start()
    try:
        sink = Sink()
        _run(db_url, clock, sink, *argv)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, sink.lines


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_memory_does_not_grow_with_the_number_of_reports(
    world: World, db_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    monkeypatch.setattr(reports_db, "STREAM_FETCH_ROWS", FETCH)
    _store(world, COUNT)
    small_peak, small_lines = _peak_while(db_url, clock, argv)
    _store(world, 2 * COUNT)
    large_peak, large_lines = _peak_while(db_url, clock, argv)
    with world.engine.connect() as conn:
        added_bytes = conn.execute(text("SELECT sum(length(payload)) FROM reports")).scalar_one() * 2 / 3
    assert large_lines > 2.9 * small_lines  # every live report went out both times
    # Holding every row (as before) grows the peak by more than the added payloads; a stream
    # holds FETCH rows at a time whatever their number.
    assert large_peak - small_peak < added_bytes / 20, (small_peak, large_peak, added_bytes)


@pytest.fixture
def pg_world(pg_session_db: str, clock: FakeClock) -> Iterator[World]:
    """The two-organisation world on PostgreSQL only (server-side cursors are PostgreSQL's)."""
    engine = make_engine(pg_session_db)
    truncate_all(engine)
    try:
        yield build_world(pg_session_db, engine, clock)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_reads_through_a_server_side_cursor_a_fetch_at_a_time(
    pg_world: World, pg_session_db: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, db_url = pg_world, pg_session_db
    _store(world, COUNT)
    monkeypatch.setattr(reports_db, "STREAM_FETCH_ROWS", FETCH)

    def last_statement_of_the_export() -> str:
        """What the export's session last sent, seen from another session at the first write."""
        with world.engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT query FROM pg_stat_activity WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid() AND query ILIKE 'FETCH%'"
                )
            ).scalars()
            return " | ".join(found)

    sink = Sink(probe=last_statement_of_the_export)
    _run(db_url, clock, sink, "reports", "export", "--purpose", "alert", "--format", "json")
    # Rows went out while the export's session was still fetching from its cursor, FETCH rows
    # at a time (after a first row); never everything at once.
    seen = {statement.split(" FROM ")[0] for statement in sink.probed if statement}
    assert f"FETCH FORWARD {FETCH}" in seen, sink.probed
    assert seen <= {"FETCH FORWARD 1", f"FETCH FORWARD {FETCH}"}, sink.probed
    assert sink.lines > COUNT


def test_streamed_output_is_the_whole_list_in_order(world: World, db_url: str, clock: FakeClock) -> None:
    ids = _store(world, 30)
    with world.engine.connect() as conn:
        listed = reports_db.list_reports(conn)
        exported = reports_db.export_purpose(conn, Purpose.ALERT)
    assert [r.report_id for r in listed] == sorted(ids)
    assert {r.report_id: r.state for r in listed}[ids[0]] == "superseded"
    assert sorted(row["report_id"] for row in exported) == sorted(ids[1:])

    out = io.StringIO()
    _run(db_url, clock, out, "reports", "list", "--json")
    assert out.getvalue() == json.dumps([r.as_dict() for r in listed], indent=2, sort_keys=True) + "\n"
    out = io.StringIO()
    _run(db_url, clock, out, "reports", "export", "--purpose", "alert", "--format", "json")
    assert out.getvalue() == json.dumps(exported, indent=2, sort_keys=True) + "\n"
    out = io.StringIO()
    _run(db_url, clock, out, "reports", "export", "--purpose", "alert", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["report_id"] for row in rows] == [row["report_id"] for row in exported]
    assert json.loads(rows[0]["alert"]) == exported[0]["alert"]


def test_nothing_to_list_is_an_empty_array(world: World, db_url: str, clock: FakeClock) -> None:
    out = io.StringIO()
    _run(db_url, clock, out, "reports", "export", "--purpose", "police_referral", "--format", "json")
    assert json.loads(out.getvalue()) == []
    assert out.getvalue() == "[]\n"
