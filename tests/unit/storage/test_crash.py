"""A writer killed with SIGKILL at random points loses no acknowledged commit and no integrity."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from uuid import UUID

import pytest

from outreach_app.storage import integrity
from outreach_app.storage.connection import open_database
from outreach_app.storage.repos import contacts, incidents

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 20


def _stored_ids(db: Path, key: bytes) -> set[UUID]:
    conn = open_database(db, key)
    try:
        assert integrity.check(conn) == []
        return set(contacts.list_contact_ids(conn)) | set(incidents.list_incident_ids(conn))
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_at_random_points_loses_no_acknowledged_commit(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = tmp_path / "vault.db"
    key = os.urandom(32)
    acknowledged: set[UUID] = set()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for round_number in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), key.hex(), str(rng.randrange(2**32))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert writer.stdout is not None
        try:
            # Kill while schema setup may still be running (round 0), or after a random
            # number of acknowledged commits, with the next transaction in flight.
            if round_number == 0:
                target = 0
            else:
                assert writer.stdout.readline() == b"ready\n", writer.stderr.read() if writer.stderr else ""
                target = rng.randrange(1, 40)
            for _ in range(target):
                line = writer.stdout.readline()
                assert line, f"writer died early: {writer.stderr.read() if writer.stderr else ''}"
                acknowledged.add(UUID(line.decode().strip()))
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
            writer.stdout.close()
            if writer.stderr:
                writer.stderr.close()
        if round_number == 0 and not db.exists():
            continue
        if round_number > 0:
            stored = _stored_ids(db, key)
            missing = acknowledged - stored
            assert not missing, f"round {round_number}: {len(missing)} acknowledged commit(s) lost"
    assert len(acknowledged) >= KILLS - 1
    assert acknowledged <= _stored_ids(db, key)
