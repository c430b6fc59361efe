"""The single-writer lock, held by a real second process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from outreach_app.crypto.process_lock import LockHeldError, ProcessLock

HOLDER = """
import sys
from pathlib import Path
from outreach_app.crypto.process_lock import ProcessLock
lock = ProcessLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_second_process_is_refused_with_the_holders_pid(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "held"
            with pytest.raises(LockHeldError) as info:
                ProcessLock(path).acquire()
            assert info.value.pid == child.pid
            assert str(child.pid) in str(info.value)
        finally:
            child.kill()  # SIGKILL: the OS drops the lock with the process
            child.wait()
    with ProcessLock(path) as lock:
        assert lock.held


def test_release_clears_the_pid_and_allows_relocking(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    lock = ProcessLock(path)
    lock.acquire()
    with pytest.raises(LockHeldError):
        ProcessLock(path).acquire()  # another open file in the same process conflicts too
    lock.release()
    assert path.read_text() == ""
    ProcessLock(path).acquire()
