"""Writer process for the crash test: commits records one by one and acknowledges each.

Usage: python crash_writer.py DB_PATH KEY_HEX SEED
Prints `ready` once the schema is in place, then one record id per line, each only after
its transaction has committed (that is what "acknowledged" means to the test).
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Contact, Incident, Perpetrator
from outreach_app.storage.connection import open_database
from outreach_app.storage.migrations import migrate
from outreach_app.storage.repos import contacts, incidents


def main() -> None:
    db_path, key_hex, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rng = random.Random(seed)
    conn = open_database(db_path, bytes.fromhex(key_hex), create=True)
    migrate(conn)
    print("ready", flush=True)
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
        sys.stdout.write(f"{record.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
