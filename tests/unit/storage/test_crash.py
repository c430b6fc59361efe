"""A writer killed with SIGKILL at random points loses no acknowledged commit and no integrity."""

from __future__ import annotations

import os
import random
import signal
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from uuid import UUID

import pytest

from outreach_app.storage import integrity
from outreach_app.storage.connection import open_database
from outreach_app.storage.repos import contacts, incidents
from tests import forks
from tests.unit.storage import crash_writer
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

KILLS = 20
# Each writer is a real process of its own, killed with a real SIGKILL; it is forked from a
# server process that imported the storage stack once (fork: no threads of pytest's process
# come along, and no round pays a Python start-up).
# (tests/forks.py: one fork server for every test that forks, its preload list shared.)
forks.preload(crash_writer.__name__)
FORKS = forks.FORKS


def _stored_ids(db: Path, key: bytes) -> set[UUID]:
    conn = open_database(db, key)
    try:
        assert integrity.check(conn) == []
        return set(contacts.list_contact_ids(conn)) | set(incidents.list_incident_ids(conn))
    finally:
        conn.close()


def _next_ack(acks: Connection, writer: BaseProcess) -> str:
    try:
        return acks.recv_bytes().decode()
    except EOFError:
        raise AssertionError(f"writer died early (exit code {writer.exitcode})") from None


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_at_random_points_loses_no_acknowledged_commit(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = tmp_path / "vault.db"
    key = os.urandom(32)
    acknowledged: set[UUID] = set()
    for round_number in range(KILLS):
        acks, child_end = FORKS.Pipe(duplex=False)
        writer = FORKS.Process(
            target=crash_writer.run_child, args=(str(db), key, rng.randrange(2**32), child_end)
        )
        writer.start()
        child_end.close()  # the writer holds the only sending end: its death ends the pipe
        try:
            # Kill while schema setup may still be running (round 0), or after a random
            # number of acknowledged commits, with the next transaction in flight.
            if round_number == 0:
                target = 0
            else:
                assert _next_ack(acks, writer) == "ready"
                target = rng.randrange(1, 40)
            for _ in range(target):
                acknowledged.add(UUID(_next_ack(acks, writer)))
        finally:
            writer.kill()  # SIGKILL
            writer.join(timeout=30)
            acks.close()
        assert writer.exitcode == -signal.SIGKILL
        if round_number == 0 and not db.exists():
            continue
        if round_number > 0:
            stored = _stored_ids(db, key)
            missing = acknowledged - stored
            assert not missing, f"round {round_number}: {len(missing)} acknowledged commit(s) lost"
    assert len(acknowledged) >= KILLS - 1
    assert acknowledged <= _stored_ids(db, key)
