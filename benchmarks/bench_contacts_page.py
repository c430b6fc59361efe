"""Opening the Contacts page with 1M contacts vs 1k, and the memory it takes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_contacts_page.py [--big 1000000] [--runs 3]

Builds two encrypted databases (1k and --big contacts; the big one is cached in
/tmp/outreach-bench-contacts-<N>.db with its key beside it), then for each, in a fresh
process so memory is its own:
- open the vault session on the DB thread (as the app does after unlock),
- build the real ContactsPage, show it, call on_unlocked(), and time until the first
  block of rows is painted ("first paint"), and until the full count is known
  (the scroll bar covers the whole list),
- jump to the middle, to the end and to the first quarter of the list and time until those
  rows are painted (the first deep jump pays the model's one pass for the block start keys;
  later deep jumps reuse them),
- report peak RSS (ru_maxrss) and the RSS the page added over the process before it.

Prints one line per figure with the ratio big/small (the baseline is the 1k run of the
same invocation). The writer connection's page cache (64 MiB at most) is part of the
process, so the memory goal is "≤ 150 MiB plus that cache".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = Path("/tmp")


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def build_database(path: Path, count: int) -> bytes:
    """A migrated vault DB with `count` contacts (raw rows; aggregate triggers off for speed)."""
    from datetime import UTC, datetime, timedelta

    from outreach_app.domain.models import Area, Person
    from outreach_app.storage.codec import SEQ_SLOTS, seq_base
    from outreach_app.storage.connection import open_database, transaction
    from outreach_app.storage.migrations import migrate
    from outreach_app.storage.repos import areas, people
    from outreach_app.storage.repos.contacts import _INSERT

    key = secrets.token_bytes(32)
    for stale in (path, *path.parent.glob(path.name + "-*")):
        stale.unlink(missing_ok=True)
    conn = open_database(path, key, create=True)
    migrate(conn)
    # The statistics triggers (migration 0004) make bulk inserts ~4x slower and play no part
    # in listing; the full-text triggers stay (the page's search needs them).
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contacts'"
        " AND name NOT LIKE 'contacts_fts_%'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    area_ids = []
    for name in ("Harbour Road", "Station Quarter", "Canal Side", "Market Street"):
        area = Area(name=name)
        areas.add_area(conn, area)
        area_ids.append(str(area.id))
    person_ids = []
    for i in range(500):
        person = Person(alias=f"Person {i}")
        people.add_person(conn, person)
        person_ids.append(str(person.id))
    start = datetime(2021, 1, 1, tzinfo=UTC)
    notes = ["", "asked about the clinic", "new to the area", "wants a call back", "gave leaflets"]
    batch: list[tuple[object, ...]] = []
    for i in range(count):
        when = start + timedelta(seconds=i * 150)
        text = when.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
        batch.append(
            (
                seq_base(when) + (i % SEQ_SLOTS),
                str(uuid.UUID(int=i + 1, version=4)),
                text,
                when.date().isoformat(),
                "Europe/London",
                None,
                area_ids[i % len(area_ids)],
                person_ids[i % len(person_ids)] if i % 3 else None,
                "in_person",
                f'{{"condoms":{1 + i % 12}}}',
                "[]",
                notes[i % len(notes)],
            )
        )
        if len(batch) == 50_000:
            with transaction(conn):
                conn.executemany(_INSERT, batch)
            batch.clear()
    if batch:
        with transaction(conn):
            conn.executemany(_INSERT, batch)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return key


def database_for(count: int) -> tuple[Path, bytes]:
    path = CACHE / f"outreach-bench-contacts-{count}.db"
    key_file = path.with_suffix(".key")
    if path.exists() and key_file.exists():
        return path, bytes.fromhex(key_file.read_text())
    started = time.perf_counter()
    key = build_database(path, count)
    key_file.write_text(key.hex())
    key_file.chmod(0o600)
    print(f"# built {count:,} contacts in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path, key


def measure(path: Path, key: bytes) -> dict[str, float]:
    """One run in this process: open, first paint, full count, jumps; timings and memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from outreach_app.domain.layout import VaultLayout
    from outreach_app.services.changes import ChangeBus
    from outreach_app.services.clipboard import ClipboardGuard
    from outreach_app.services.tasks import TaskManager
    from outreach_app.storage.connection import open_database
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.pages.contacts import ContactsPage

    app = QApplication.instance() or QApplication([])

    def spin(until: object, timeout: float = 120.0) -> None:
        """Wait in a real event loop until `until()` holds. The GUI thread sleeps in `exec`
        between checks (a 1 ms timer), as it does in the app: a loop of processEvents calls
        would spin a core and starve the DB thread whose work is being timed."""
        if until():  # type: ignore[operator]
            return
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(1)
        deadline = time.perf_counter() + timeout

        def tick() -> None:
            if until() or time.perf_counter() > deadline:  # type: ignore[operator]
                loop.quit()

        check.timeout.connect(tick)
        check.start()
        loop.exec()
        check.stop()
        if not until():  # type: ignore[operator]
            raise SystemExit("timed out")

    class Session:
        role = "coordinator"

        def __init__(self) -> None:
            self.conn = open_database(path, key)

        def close(self) -> None:
            self.conn.close()

    tasks = TaskManager()
    opened: list[object] = []
    tasks.open_session(Session, opened.append)  # type: ignore[arg-type]
    spin(lambda: bool(opened))
    ctx = AppContext(
        tasks=tasks, changes=ChangeBus(), clipboard=ClipboardGuard(), layout=VaultLayout(path.parent)
    )
    page = ContactsPage(ctx)
    page.resize(1100, 800)
    before = rss_mib()

    painted: list[float] = []
    viewport = page.table.viewport()

    class PaintWatch(QObject):
        """Notes when the table's viewport paints with rows loaded."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and page.model.cached_rows():
                painted.append(time.perf_counter())
            return False

    watcher = PaintWatch()
    viewport.installEventFilter(watcher)
    model = page.model
    started = time.perf_counter()
    page.show()
    page.on_unlocked()
    spin(lambda: bool(painted))
    first_paint = painted[0] - started
    spin(lambda: not model.is_loading)
    counted = time.perf_counter() - started
    rows = model.rowCount()

    def jump(row: int) -> float:
        painted.clear()
        began = time.perf_counter()
        page.table.scrollTo(model.index(row, 0))
        spin(lambda: model.row_object(row) is not None and bool(painted) and painted[-1] > began)
        QCoreApplication.processEvents()
        return time.perf_counter() - began

    middle = jump(rows // 2)
    end = jump(rows - 1)
    quarter = jump(rows // 4)
    after = rss_mib()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cached = model.cached_rows()
    page.close()
    tasks.shutdown()
    del app
    return {
        "rows": rows,
        "first_paint_s": first_paint,
        "count_known_s": counted,
        "jump_middle_s": middle,
        "jump_end_s": end,
        "jump_quarter_s": quarter,
        "rss_before_mib": before,
        "rss_after_mib": after,
        "peak_rss_mib": peak,
        "cached_rows": cached,
        "block_fetches": model.block_fetches,
    }


def run_child(count: int) -> dict[str, float]:
    reply = subprocess.run(
        [sys.executable, __file__, "--child", str(count)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(reply.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=int)
    args = parser.parse_args()
    if args.child is not None:
        path, key = database_for(args.child)
        print(json.dumps(measure(path, key)))
        return
    for count in (args.small, args.big):
        database_for(count)
    results: dict[int, list[dict[str, float]]] = {args.small: [], args.big: []}
    for _ in range(args.runs):
        for count in (args.small, args.big):
            results[count].append(run_child(count))

    def med(count: int, key: str) -> float:
        return statistics.median(r[key] for r in results[count])

    load = os.getloadavg()
    print(
        f"contacts page, median of {args.runs} runs, {args.small:,} vs {args.big:,} contacts;"
        f" load {load[0]:.2f} (1-min, at the end), {os.cpu_count()} cores;"
        " ratio: median of per-run big/small"
    )
    for key, unit in (
        ("first_paint_s", "s"),
        ("count_known_s", "s"),
        ("jump_middle_s", "s"),
        ("jump_end_s", "s"),
        ("jump_quarter_s", "s"),
        ("peak_rss_mib", "MiB"),
        ("rss_after_mib", "MiB"),
    ):
        small, big = med(args.small, key), med(args.big, key)
        # Paired: each run's big over the small run just before it (same load), then the median.
        pairs = zip(results[args.small], results[args.big], strict=True)
        ratio = statistics.median(b[key] / s[key] for s, b in pairs if s[key])
        print(f"{key:16} small {small:9.3f} {unit:3}  big {big:9.3f} {unit:3}  ratio {ratio:6.2f}")
    added = med(args.big, "rss_after_mib") - med(args.big, "rss_before_mib")
    cached, blocks = med(args.big, "cached_rows"), med(args.big, "block_fetches")
    print(f"{'page_added_mib':16} big {added:.1f} MiB; rows cached {cached:.0f}; blocks fetched {blocks:.0f}")


if __name__ == "__main__":
    main()
