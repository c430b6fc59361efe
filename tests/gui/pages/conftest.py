"""Fixtures for the record pages: a real task manager over a real SQLCipher vault.

- `tasks`: a TaskManager whose session is a bare object (for models with synthetic sources).
- `vault_ctx`: an AppContext whose TaskManager holds a `VaultSession`-shaped session over a
  real SQLCipher database with a random raw key (storage.open_database + migrate, on the DB
  thread as the task manager requires): a copy of one migrated per process.
- `settle`, `run_sync`: from tests/gui/task_waits.py, imported here for the page tests.
"""

from __future__ import annotations

import atexit
import secrets
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from outreach_app.domain.layout import VaultLayout
from outreach_app.services.changes import ChangeBus
from outreach_app.services.clipboard import ClipboardGuard
from outreach_app.services.tasks import TaskManager
from outreach_app.ui.context import AppContext
from tests.gui.task_waits import run_sync as run_sync
from tests.gui.task_waits import settle as settle


@pytest.fixture
def tasks(qapp: Any) -> Iterator[TaskManager]:
    manager = TaskManager()
    manager.set_session(SimpleNamespace(conn=None, role="worker"))  # type: ignore[arg-type]
    yield manager
    manager.set_session(None)
    manager.shutdown()


_TEMPLATE_LOCK = threading.Lock()
_TEMPLATE: list[tuple[Path, bytes]] = []  # this process's migrated empty database and its key


def _migrated_template() -> tuple[Path, bytes]:
    """An empty database under a random raw key, migrated once per process: each test's vault
    starts as a copy of it (running the 26 migrations on every page test cost ~0.075 CPU-s each;
    issue 19). Only the encrypted, empty file is kept (removed at exit)."""
    from outreach_app.storage.connection import open_database
    from outreach_app.storage.migrations import migrate

    with _TEMPLATE_LOCK:
        if not _TEMPLATE:
            folder = Path(tempfile.mkdtemp(prefix="outreach-page-vault-"))
            atexit.register(shutil.rmtree, folder, True)
            key = secrets.token_bytes(32)
            conn = open_database(folder / "template.db", key, create=True)
            migrate(conn)
            conn.close()
            # Closed by its only connection, the WAL is checkpointed into the file and removed:
            # the file alone is the whole database.
            assert not (folder / "template.db-wal").exists()
            _TEMPLATE.append((folder / "template.db", key))
        return _TEMPLATE[0]


class RawVaultSession:
    """What pages use of a VaultSession (`conn`, `role`, `layout`, `close`) over a raw-key DB:
    a copy of the process's migrated template (`_migrated_template`), opened with its key and
    migrated (which finds nothing left to do, as on any up-to-date vault)."""

    def __init__(self, layout: VaultLayout, role: str) -> None:
        from outreach_app.storage.connection import open_database
        from outreach_app.storage.migrations import migrate

        template, key = _migrated_template()
        self.layout = layout
        self.role = role
        self.slot_id = "test"
        self.key = key
        if not layout.db.exists():
            shutil.copyfile(template, layout.db)
        self.conn = open_database(layout.db, key, create=True)
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()


def open_raw_session(tasks: TaskManager, qtbot: Any, layout: VaultLayout, role: str) -> RawVaultSession:
    opened: list[RawVaultSession] = []
    tasks.open_session(lambda: RawVaultSession(layout, role), opened.append)  # type: ignore[arg-type,return-value]
    settle(qtbot, tasks)
    assert opened, "the test vault did not open"
    return opened[0]


def make_ctx(tmp_path: Path, role: str = "coordinator") -> AppContext:
    layout = VaultLayout(tmp_path / "vault")
    layout.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    clipboard = ClipboardGuard()
    return AppContext(
        tasks=TaskManager(),
        changes=ChangeBus(),
        clipboard=clipboard,
        layout=layout,
        role=role,
    )


@pytest.fixture
def vault_ctx(qapp: Any, qtbot: Any, tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_ctx(tmp_path)
    open_raw_session(ctx.tasks, qtbot, ctx.layout, "coordinator")
    yield ctx
    ctx.tasks.begin_lock()
    ctx.tasks.shutdown()
