"""Fixtures for the record pages: a real task manager over a real SQLCipher vault.

- `tasks`: a TaskManager whose session is a bare object (for models with synthetic sources).
- `vault_ctx`: an AppContext whose TaskManager holds a `VaultSession`-shaped session over a
  real SQLCipher database opened with a random raw key and migrated (storage.open_database
  + migrate, on the DB thread as the task manager requires).
- `settle`, `run_sync`: from tests/gui/task_waits.py, imported here for the page tests.
"""

from __future__ import annotations

import secrets
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


class RawVaultSession:
    """What pages use of a VaultSession (`conn`, `role`, `layout`, `close`) over a raw-key DB."""

    def __init__(self, layout: VaultLayout, key: bytes, role: str) -> None:
        from outreach_app.storage.connection import open_database
        from outreach_app.storage.migrations import migrate

        self.layout = layout
        self.role = role
        self.slot_id = "test"
        self.key = key
        self.conn = open_database(layout.db, key, create=True)
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()


def open_raw_session(tasks: TaskManager, qtbot: Any, layout: VaultLayout, role: str) -> RawVaultSession:
    key = secrets.token_bytes(32)
    opened: list[RawVaultSession] = []
    tasks.open_session(lambda: RawVaultSession(layout, key, role), opened.append)  # type: ignore[arg-type,return-value]
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
