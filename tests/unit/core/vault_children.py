"""Vault work done in a process of its own, forked from the fork server (tests/forks.py) that
imported this module, and so the vault stack, once: a real second process (its own pid, its
own lock on the vault, its own view of the files), without the ~0.6-0.9 CPU-s of a fresh
Python importing the app each time (issue 19). The passphrase comes on stdin, as a person
would type it; what the test needs to read comes on stdout."""

from __future__ import annotations

import signal
import sys
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

from outreach_app.core.vault import LockedOutError, unlock_vault
from outreach_app.domain.layout import VaultLayout


def unlock_after_restart(data_dir: str, now: str) -> None:
    """Unlock at `now` (ISO) as a freshly started app would; prints the lock-out delay if the
    failure counter on disk still holds the vault closed."""
    moment = datetime.fromisoformat(now)
    try:
        unlock_vault(VaultLayout(Path(data_dir)), sys.stdin.readline().strip(), clock=lambda: moment)
    except LockedOutError as exc:
        print(exc.retry_after_s, flush=True)


def hold(data_dir: str) -> None:
    """Unlock the vault, say "unlocked", and keep it open until killed."""
    session = unlock_vault(VaultLayout(Path(data_dir)), sys.stdin.readline().rstrip("\n"))
    print("unlocked", flush=True)
    while session is not None:  # the session (and the vault's lock) live until the kill
        signal.pause()


def hold_until_told(data_dir: str, told: Connection) -> None:
    """Unlock the vault, say "unlocked", keep it open until a message comes on `told`, then
    close it as the app does and exit 0."""
    session = unlock_vault(VaultLayout(Path(data_dir)), sys.stdin.readline().rstrip("\n"))
    print("unlocked", flush=True)
    told.recv()
    session.close()
