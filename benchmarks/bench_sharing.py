"""Sharing pipeline throughput: the scrubber and sealing into the outbox.

    .venv/bin/python benchmarks/bench_sharing.py [N]

Prints one line per figure with a ratio against a baseline measured in the same run:
- scrubber: notes/s over the labelled notes (corpus, fresh, unseen, blind and blind2), each with its own vault
  context and then with a 1,000-alias vault, vs one email regex substitution over the same
  texts (the cheapest pass that still finds something); paired rounds (at least 5), medians,
  wall-clock and CPU time (the machine is shared), load average before and after;
- sealing: incidents/s through `seal_incident` (load incident, consent, area, person,
  anonymise, scrub, canonical JSON + hash, insert, two logged transitions, sharing state:
  one transaction each) vs inserting a ready item row into `outbox_items` and its payload
  row into `outbox_payloads` in their own transaction, on the same real SQLCipher database.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose  # noqa: E402
from outreach_app.domain.models import Area, Incident, Perpetrator, Person, Vehicle  # noqa: E402
from outreach_app.domain.scrubbing.scrubber import ScrubContext, default_scrubber  # noqa: E402
from outreach_app.sharing.seal import seal_incident  # noqa: E402
from outreach_app.sharing.workflow import record_consent  # noqa: E402
from outreach_app.storage.connection import open_database  # noqa: E402
from outreach_app.storage.migrations import migrate  # noqa: E402
from outreach_app.storage.repos.areas import add_area  # noqa: E402
from outreach_app.storage.repos.incidents import add_incident  # noqa: E402
from outreach_app.storage.repos.people import add_person  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "scrubber"
SOURCES = (
    FIXTURES / "corpus.jsonl",
    FIXTURES / "fresh.jsonl",
    FIXTURES / "unseen.jsonl",
    FIXTURES / "blind.jsonl",
    FIXTURES / "blind2.jsonl",
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def _notes_per_second(scrub: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """(wall-clock, CPU-time) notes/s for one pass: on a machine shared with other work the CPU
    figure is the one that says what the scrubber costs."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        scrub(text)
    return rate(len(texts), time.perf_counter() - wall), rate(len(texts), time.process_time() - cpu)


def bench_scrubber(rounds: int) -> None:
    """Paired rounds: each round runs the baseline and then every scrubber variant over the same
    notes, so a change of load hits both; medians over the rounds, and of the per-round ratios."""
    rows = [
        json.loads(line)
        for source in SOURCES
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [row["text"] for row in rows]
    contexts = {row["text"]: ScrubContext.of(row["remove"], row["keep"]) for row in rows}
    scrubber = default_scrubber()
    # a vault of 1,000 people: every alias goes from every note (prepared once, as for a report)
    vault = scrubber.prepare(
        ScrubContext.of([f"Alias{index}" for index in range(1000)] + ["Holly", "Ginger", "Roxy Canary"])
    )
    variants: list[tuple[str, Callable[[str], object]]] = [
        ("one email regex (baseline)", lambda t: EMAIL.sub("[email]", t)),
        ("each note's own context", lambda t: scrubber.scrub(t, contexts[t])),
        ("a 1,000-alias vault", lambda t: scrubber.scrub(t, vault)),
    ]
    load_before = os.getloadavg()
    measured: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in variants}
    for _ in range(rounds):
        for label, scrub in variants:
            measured[label].append(_notes_per_second(scrub, texts))
    load_after = os.getloadavg()
    base = measured[variants[0][0]]
    print(
        f"scrubber: {len(texts)} notes ({', '.join(s.name for s in SOURCES)}), {rounds} paired rounds, "
        f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    for label, figures in measured.items():
        wall = statistics.median(f[0] for f in figures)
        cpu = statistics.median(f[1] for f in figures)
        ratio = statistics.median(f[0] / b[0] for f, b in zip(figures, base, strict=True))
        print(f"scrubber, {label:28s} {wall:10,.0f} notes/s wall  {cpu:10,.0f} notes/s CPU  {ratio:.4f}")


def bench_seal(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-sharing-"))
    conn = open_database(folder / "vault.db", bytes(range(32)), create=True)
    migrate(conn)
    area = Area(name="Centre", region_id="centre")
    add_area(conn, area)
    ids = []
    for index in range(count):
        person = Person(alias=f"Alias{index}")
        add_person(conn, person)
        incident = Incident(
            person_id=person.id,
            area_id=area.id,
            worker_initials="JK",
            occurred_at=datetime(2025, 1, 1, 22, tzinfo=UTC),
            types=[IncidentType.PHYSICAL_ASSAULT],
            perpetrators=[Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"], hair="grey")],
            vehicles=[Vehicle(make="Ford", colour="silver", registration="AB12CDE")],
            alert_summary=f"Alias{index} was hit by Gaz (07700 900123), silver Ford AB12 CDE, near LS6 2AB.",
        )
        add_incident(conn, incident)
        record_consent(conn, incident.id, list(Purpose), worker_initials="JK", method=ConsentMethod.VERBAL)
        ids.append(incident.id)
    payload = "{" + '"x":' + '"' + "y" * 1100 + '"}'
    now = "2025-01-01T00:00:00.000000Z"
    start = time.perf_counter()
    for index in range(count):
        conn.execute("BEGIN IMMEDIATE")
        item_id = str(uuid4())
        conn.execute(
            "INSERT INTO outbox_items(id, incident_id, report_id, version, consent_version, purposes,"
            " state, content_hash, created_at, updated_at, seq)"
            " VALUES (?, ?, ?, 1, 1, '[]', 'queued', ?, ?, ?, ?)",
            (item_id, f"raw-{index}", str(uuid4()), "0" * 64, now, now, index + 1),
        )
        # the payload in its own row by the item's number, as sealing stores it (migration 0027)
        conn.execute("INSERT INTO outbox_payloads(item_seq, payload) VALUES (?, ?)", (index + 1, payload))
        conn.execute("COMMIT")
    base = rate(count, time.perf_counter() - start)
    start = time.perf_counter()
    for incident_id in ids:
        seal_incident(conn, incident_id)
    full = rate(count, time.perf_counter() - start)
    conn.close()
    print(f"seal baseline (raw row insert, own txn) {base:10,.0f} items/s  1.00")
    print(f"seal_incident (all four purposes)       {full:10,.0f} items/s  {full / base:.3f}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    bench_scrubber(rounds=max(5, n // 50))
    bench_seal(n)
