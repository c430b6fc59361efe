"""The intake write gate: a process lock plus flock(2) on a file beside a SQLite database."""

from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path

import pytest

from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.write_gate import GATE_SUFFIX, WriteGate, write_gate_for


def _flock_free(path: Path) -> bool:
    """Whether another open file description can take the lock right now (never waits)."""
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


def test_a_sqlite_file_gets_a_private_lock_file_held_only_inside(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    gate = write_gate_for(engine)
    lock_file = tmp_path / f"server.db{GATE_SUFFIX}"
    try:
        with gate.held():
            assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600
            assert lock_file.stat().st_size == 0  # it holds nothing but the lock
            assert not _flock_free(lock_file)  # another worker process would wait here
        assert _flock_free(lock_file)
        with pytest.raises(RuntimeError), gate.held():
            raise RuntimeError("the transaction failed")
        assert _flock_free(lock_file)  # released on errors too
    finally:
        gate.close()
        engine.dispose()


def test_threads_of_one_process_queue_at_the_gate(tmp_path: Path) -> None:
    gate = WriteGate(tmp_path / "gate")
    with gate.held():
        assert gate._threads.locked()  # a second thread's held() blocks on this lock
    assert not gate._threads.locked()
    gate.close()


def test_postgresql_writers_are_not_serialised(pg_admin_url: str) -> None:
    engine = make_engine(pg_admin_url)
    gate = write_gate_for(engine)
    try:
        with gate.held(), gate.held():  # would deadlock if it serialised
            pass
    finally:
        engine.dispose()


def test_an_in_memory_database_gets_no_lock_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # where a lock file named after ":memory:" would land
    engine = make_engine("sqlite:///:memory:")
    gate = write_gate_for(engine)
    with gate.held():
        assert gate._threads.locked()
    assert list(tmp_path.iterdir()) == []
    gate.close()
    engine.dispose()
