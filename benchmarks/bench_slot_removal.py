"""Removing a passphrase slot (which re-keys the database) and the coordinator's seal check at unlock.

    .venv/bin/python benchmarks/bench_slot_removal.py [--rounds 5] [--contacts 5000]

Paired rounds on one vault (cheap TEST_KDF, so the KDF does not drown the figures):
  remove_slot     add a worker slot, then time `core.vault.remove_slot` (PRAGMA rekey of every
                  page, the rotating key file, the seal), against
  vacuum          `VACUUM` on the same connection right after: SQLite rewriting every page once,
                  the floor for anything that touches every page.
  unlock_coord    unlock as the coordinator (the seal is read and its HMAC and the escrows
                  checked) + close, against
  unlock_worker   unlock as a worker (nothing to check) + close.
Printed: medians of each, and the paired median ratios, with the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from outreach_app.core.vault import add_slot, create_vault, remove_slot, unlock_vault  # noqa: E402
from outreach_app.crypto.kdf import TEST_KDF  # noqa: E402
from outreach_app.domain.layout import VaultLayout  # noqa: E402
from outreach_app.domain.models import Contact  # noqa: E402
from outreach_app.storage.repos.contacts import add_contact  # noqa: E402

COORDINATOR = "benchmark lantern orchard gravel"
WORKER = "benchmark copper whistle meadow"


def _ms(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--contacts", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        layout = VaultLayout(Path(tmp) / "vault")
        create_vault(layout, COORDINATOR, kdf=TEST_KDF)
        with unlock_vault(layout, COORDINATOR) as session:
            at = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)
            for n in range(args.contacts):
                add_contact(session.conn, Contact(occurred_at=at, notes=f"visit {n} " + "x" * 180))
            add_slot(session, WORKER, "worker", kdf=TEST_KDF)
        size_mb = layout.db.stat().st_size / 1e6
        removal, vacuum, removal_ratio = [], [], []
        coord, worker, unlock_ratio = [], [], []
        for _ in range(args.rounds):
            with unlock_vault(layout, COORDINATOR) as session:
                leaving = add_slot(session, "benchmark saffron glacier tumble", "worker", kdf=TEST_KDF)
                removed_ms = _ms(lambda s=session, slot=leaving: remove_slot(s, slot))
                vacuum_ms = _ms(lambda s=session: s.conn.execute("VACUUM"))
            removal.append(removed_ms)
            vacuum.append(vacuum_ms)
            removal_ratio.append(removed_ms / vacuum_ms)
            coord_ms = _ms(lambda: unlock_vault(layout, COORDINATOR).close())
            worker_ms = _ms(lambda: unlock_vault(layout, WORKER).close())
            coord.append(coord_ms)
            worker.append(worker_ms)
            unlock_ratio.append(coord_ms / worker_ms)
    load = os.getloadavg()
    print(f"vault: {args.contacts} contacts, {size_mb:.1f} MB; rounds={args.rounds}")
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"remove_slot   median {statistics.median(removal):8.1f} ms")
    print(f"vacuum        median {statistics.median(vacuum):8.1f} ms")
    print(f"ratio remove_slot / vacuum: paired median {statistics.median(removal_ratio):.2f}x")
    print(f"unlock_coord  median {statistics.median(coord):8.1f} ms")
    print(f"unlock_worker median {statistics.median(worker):8.1f} ms")
    print(f"ratio unlock_coord / unlock_worker: paired median {statistics.median(unlock_ratio):.2f}x")


if __name__ == "__main__":
    main()
