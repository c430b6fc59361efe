"""The Contacts and Incidents pages' search box at 1M contacts, through the real pages.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_page_search.py [--big 1000000] [--rounds 5]

Uses the cached vault of bench_contacts_page.py (/tmp/outreach-bench-contacts-<N>.db: N contacts,
500 people "Person 0".."Person 499" owning two contacts in three, notes from five phrases) and
adds, once, 20,000 incidents (two in three linked to those people, each with a number, a plate
and an address). Then, per round, for every search text: type it into the real page's search
box, press Enter (`apply_filters`, what the search timer calls), and time, with a normal event
loop (the GUI thread waits in `QEventLoop.exec`, never spinning), until

- the first block is painted: the model reset with the first rows and the table repainted;
- the count is known (`reloaded`): the scroll bar covers the result.

The baseline is the same page listing with an empty search box (the plain newest-first listing),
timed the same way in the same round; the ratio is search/listing per round, median over rounds.
The goal is absolute (first block <= 50 ms whatever the text matches); the ratio shows what a
search costs over just opening the list under the same load.
`--record` writes one row per page and text (first block painted against the listing painted,
goal <= 50 ms on the first block) to benchmarks/results/page_search.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

INCIDENTS = 20_000

CONTACT_TEXTS = {
    "alias of 50+ people (66k contacts)": "Person",
    "alias of 11 people": "Person 7",
    "common note words (200k)": "clinic",
    "two note words": "asked clinic",
    "number": "07700 900123",
    "nothing": "zebra",
}
INCIDENT_TEXTS = {
    "alias of 50+ people": "Person",
    "narrative word": "robbed",
    "phone number": "07700 900123",
    "partial plate": "AB12",
    "e-mail address": "kev7@example.com",
    "nothing": "zebra",
}


def add_incidents(path: Path, key: bytes) -> None:
    """Add the benchmark's incidents to the cached vault once."""
    from datetime import UTC, datetime, timedelta

    from outreach_app.domain.enums import IncidentType
    from outreach_app.domain.models import Incident, Perpetrator, Vehicle
    from outreach_app.storage.connection import open_database, transaction
    from outreach_app.storage.repos import incidents, people

    conn = open_database(path, key)
    try:
        if conn.execute("SELECT count(*) FROM incidents").fetchone()[0] >= INCIDENTS:
            return
        began = time.perf_counter()
        person_ids = people.list_person_ids(conn)
        words = ["robbed", "threatened", "car", "hotel", "refused", "followed"]
        start = datetime(2021, 1, 1, tzinfo=UTC)
        with transaction(conn):
            for i in range(INCIDENTS):
                incidents.add_incident(
                    conn,
                    Incident(
                        worker_initials="AB",
                        occurred_at=start + timedelta(minutes=i * 131),
                        reported_at=start + timedelta(minutes=i * 131),
                        person_id=person_ids[i % len(person_ids)] if i % 3 else None,
                        types=[IncidentType.ROBBERY_THEFT],
                        narrative=f"{words[i % len(words)]} {words[(i // 7) % len(words)]}",
                        perpetrators=[
                            Perpetrator(
                                phone_numbers=[f"07700 9{i % 100_000:05d}"],
                                email_addresses=[f"kev{i % 1000}@example.com"],
                            )
                        ],
                        vehicles=[Vehicle(registration=f"AB{i % 100:02d} {chr(65 + i % 26)}DE")],
                    ),
                )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"# added {INCIDENTS:,} incidents in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--record", action="store_true", help="write the rows to benchmarks/results/")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import bench_contacts_page
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from outreach_app.domain.layout import VaultLayout
    from outreach_app.services.changes import ChangeBus
    from outreach_app.services.clipboard import ClipboardGuard
    from outreach_app.services.tasks import TaskManager
    from outreach_app.storage.connection import open_database
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.pages.contacts import ContactsPage
    from outreach_app.ui.pages.incidents import IncidentsPage

    path, key = bench_contacts_page.database_for(args.big)
    add_incidents(path, key)
    app = QApplication.instance() or QApplication([])

    class Session:
        role = "coordinator"

        def __init__(self) -> None:
            self.conn = open_database(path, key)

        def close(self) -> None:
            self.conn.close()

    def wait(signal: object, timeout_s: float = 300.0) -> None:
        """Run the event loop until `signal` fires (the GUI thread sleeps in exec, never spins)."""
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    tasks = TaskManager()
    opened: list[object] = []
    tasks.open_session(Session, opened.append)  # type: ignore[arg-type]
    while not opened:
        wait(tasks.idle_changed)
    ctx = AppContext(
        tasks=tasks, changes=ChangeBus(), clipboard=ClipboardGuard(), layout=VaultLayout(path.parent)
    )
    pages = {"contacts": ContactsPage(ctx), "incidents": IncidentsPage(ctx)}
    for page in pages.values():
        page.resize(1100, 800)
        page.show()
        page.on_unlocked()
        wait(page.model.reloaded)

    def db_work(page: object, text: str) -> tuple[float, float]:
        """Seconds the DB thread spends on the first block of `text` (the search SQL, from cold,
        and the 200 rows it shows) and on its count after it (the block's search is kept, so
        no SQL search runs again), timed on that thread: what a save queued behind them waits."""
        from outreach_app.ui.models.records import RecordQuery

        model = page.model  # type: ignore[attr-defined]
        query = RecordQuery(text=text, **page.extra_query())  # type: ignore[attr-defined]
        answer: list[tuple[float, float]] = []
        loop = QEventLoop()

        def job(session: object) -> tuple[float, float]:
            model.source.forget_searches()  # the page has just searched this text: start cold
            began = time.perf_counter()
            model.load_block(session, query, 0, model.block_size)
            loaded = time.perf_counter()
            model.count_rows(session, query)
            return loaded - began, time.perf_counter() - loaded

        def done(seconds: tuple[float, float]) -> None:
            answer.append(seconds)
            loop.quit()

        tasks.run_db(job, done)
        if not answer:
            loop.exec()
        return answer[0]

    def timed(page: object, text: str) -> tuple[float, float, int]:
        """(first block painted, count known) in seconds, and the row count."""
        model = page.model  # type: ignore[attr-defined]
        reset: list[float] = []
        mark = lambda: reset.append(time.perf_counter())  # noqa: E731
        model.modelReset.connect(mark)
        page.search.blockSignals(True)  # type: ignore[attr-defined]
        page.search.setText(text)  # type: ignore[attr-defined]
        page.search.blockSignals(False)  # type: ignore[attr-defined]
        began = time.perf_counter()
        page.apply_filters()  # type: ignore[attr-defined]
        wait(model.reloaded)
        model.modelReset.disconnect(mark)
        counted = time.perf_counter() - began
        page.table.viewport().repaint()  # type: ignore[attr-defined]
        paint = time.perf_counter()
        page.table.viewport().repaint()  # type: ignore[attr-defined]
        paint_cost = time.perf_counter() - paint
        return reset[0] - began + paint_cost, counted, model.rowCount()

    load = os.getloadavg()
    results: dict[tuple[str, str], list[tuple[float, ...]]] = {}
    for _ in range(args.rounds):
        for kind, texts in (("contacts", CONTACT_TEXTS), ("incidents", INCIDENT_TEXTS)):
            page = pages[kind]
            for label, text in texts.items():
                base_first, _base_count, _rows = timed(page, "")
                first, counted, rows = timed(page, text)
                (work, count_work), (base_work, _base_count) = db_work(page, text), db_work(page, "")
                results.setdefault((kind, label), []).append(
                    (
                        first,
                        counted,
                        first / base_first,
                        rows,
                        work,
                        work / base_work,
                        count_work,
                        base_first,
                        base_work,
                    )
                )
    load_after = os.getloadavg()
    print(
        f"page search at {args.big:,} contacts + {INCIDENTS:,} incidents; median of {args.rounds} rounds;"
        f" load {load[0]:.2f} -> {load_after[0]:.2f} (1-min), {os.cpu_count()} cores"
    )
    print(
        f"{'page':10} {'what the text matches':38} {'rows':>5} {'first ms':>9} {'count ms':>9} {'ratio':>6}"
    )
    for (kind, label), runs in results.items():
        first = statistics.median(r[0] for r in runs) * 1000
        counted = statistics.median(r[1] for r in runs) * 1000
        ratio = statistics.median(r[2] for r in runs)
        work = statistics.median(r[4] for r in runs) * 1000
        work_ratio = statistics.median(r[5] for r in runs)
        count_work = statistics.median(r[6] for r in runs) * 1000
        base_first = statistics.median(r[7] for r in runs) * 1000
        base_work = statistics.median(r[8] for r in runs) * 1000
        text = (CONTACT_TEXTS if kind == "contacts" else INCIDENT_TEXTS)[label]
        what = f"{label} {text!r}"
        print(
            f"{kind:10} {what:38} {int(runs[0][3]):>5} {first:9.1f} {counted:9.1f} {ratio:6.2f}"
            f" {work:7.1f} {work_ratio:6.2f} {count_work:7.1f} |          {base_first:6.1f} {base_work:7.1f}"
        )
        if args.record:
            from results import record, this_command

            record(
                f"Page search at {args.big:,} contacts",
                f"{kind.capitalize()}: {label} {text!r}, first block painted",
                ours=round(first, 1),
                baseline=round(base_first, 1),
                baseline_name="the same page's plain listing (empty search box), painted",
                unit="ms",
                ratio_rounds=[r[2] for r in runs],
                ratio_reads="time ours/baseline",
                goal=50,
                goal_kind="≤",
                goal_of="ours",
                load_start=load[0],
                load_end=load_after[0],
                command=this_command("QT_QPA_PLATFORM=offscreen"),
                notes=(
                    f"{int(runs[0][3]):,} rows; count known {counted:.1f} ms from Enter;"
                    f" DB thread {work:.1f} ms, count after it {count_work:.1f} ms"
                    f" (listing {base_work:.1f} ms)"
                ),
            )
    print("first/count: from Enter to the first block painted / the count known, through the page")
    print("DB 1st / DB cnt: the DB thread's own time (ms) for the first block (a cold search) / for the")
    print("  count after it (the search the block ran is kept: its length, no second SQL search)")
    print("ratios: search / the plain listing (empty search box) in the same round, median of rounds")
    for page in pages.values():
        page.close()
    tasks.shutdown()
    del app


if __name__ == "__main__":
    main()
