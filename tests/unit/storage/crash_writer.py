"""Writer process for the crash test: commits records one by one and acknowledges each.

Says `ready` once the schema is in place, then one record id per message, each only after
its transaction has committed (that is what "acknowledged" means to the test).

The test forks it from a multiprocessing fork server that imported this module once
(`run_child`, acknowledging over a pipe): twenty rounds then cost twenty forks, not twenty
Python start-ups importing the storage stack. `python crash_writer.py DB_PATH KEY_HEX SEED`
runs the same writer acknowledging on stdout, one line each (to try it by hand).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Contact, Incident, Perpetrator
from outreach_app.storage.connection import open_database
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts, incidents


def write_forever(db_path: Path, key: bytes, seed: int, acknowledge: Callable[[str], None]) -> None:
    """Commit records until killed, calling `acknowledge` after each commit ("ready" first)."""
    rng = random.Random(seed)
    conn = open_database(db_path, key, create=True)
    migrate(conn)
    acknowledge("ready")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    words = ["van", "leaflet", "tea", "housing", "naloxone", "bus", "rain", "late", "quiet", "busy"]
    while True:
        when = start + timedelta(seconds=rng.randrange(10_000_000))
        notes = " ".join(rng.choice(words) for _ in range(rng.randrange(5, 400)))
        if rng.random() < 0.2:
            record = Incident(
                occurred_at=when,
                worker_initials="CW",
                types=[IncidentType.THREATS_INTIMIDATION],
                narrative=notes,
                perpetrators=[Perpetrator(phone_numbers=[f"07700 9{rng.randrange(100000):05d}"])],
            )
            incidents.add_incident(conn, record)
        else:
            contact = Contact(occurred_at=when, notes=notes)
            contacts.add_contact(conn, contact)
            record = contact
        acknowledge(str(record.id))


def run_child(db_path: str, key: bytes, seed: int, acks: Connection) -> None:
    """The fork server's target: acknowledgements go to the test over `acks`."""
    write_forever(Path(db_path), key, seed, lambda text: acks.send_bytes(text.encode()))


def _print_line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    write_forever(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), int(sys.argv[3]), _print_line)
