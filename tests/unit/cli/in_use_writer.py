"""The writer the full-disk test kills: unlocks the vault, writes five contacts with the WAL's
automatic checkpoint off (so they live only in the WAL) and SIGKILLs itself.

The test forks it from the fork server (tests/forks.py), which imported this module, and so
the vault stack, once: a process of its own killed with a real SIGKILL, without the ~0.9 CPU-s
of a fresh Python importing the app (issue 19)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from outreach_app.core.vault import unlock_vault
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Contact
from outreach_app.storage.repos.contacts import add_contacts


def write_and_die(data_dir: str, passphrase: str) -> None:
    session = unlock_vault(VaultLayout(Path(data_dir)), passphrase)
    session.conn.execute("PRAGMA wal_autocheckpoint = 0")
    add_contacts(session.conn, [Contact(notes=f"in use {i}") for i in range(5)])
    os.kill(os.getpid(), signal.SIGKILL)
