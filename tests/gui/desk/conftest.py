"""Fixtures for the desk's pages: a real desk vault on disk (SQLCipher, cheap KDF), unlocked
on the task manager's DB thread as the app does, and decrypted reports put in its queue the
way a pull stores them (`desk_store.add_to_queue`).

- `desk_ctx(role)`: an AppContext over a fresh desk vault of `role` (via `make_desk_ctx`).
- `queue_report(ctx, qtbot, content)`: store one decrypted report; returns its envelope id.
- `alert_content(...)`, `police_content(...)`: valid protocol contents to queue.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from outreach_app.charity import desk_store
from outreach_app.charity.desk_keys import DeskKeys
from outreach_app.core.vault import create_vault, unlock_vault
from outreach_app.crypto.atomic import write_private
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import desk
from outreach_app.ops.desk import DESK_MODE_FILE
from outreach_app.protocol.contents import AlertContent, PoliceIntelligenceContent, PoliceReferralContent
from outreach_app.protocol.staff import StaffRole
from outreach_app.services.changes import ChangeBus
from outreach_app.services.clipboard import ClipboardGuard
from outreach_app.services.tasks import TaskManager
from outreach_app.ui.context import AppContext
from tests.fake_clock import FakeClock
from tests.gui.task_waits import run_sync as run_sync
from tests.gui.task_waits import settle as settle

PASSPHRASE = "copper meadow violin 77 harbour"
PULLED = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


def make_desk_vault(layout: VaultLayout, role: StaffRole, keys: DeskKeys | None = None) -> None:
    """A desk vault as `outreach desk init` makes it (or holding the given keys)."""
    if keys is None:
        desk.init_desk(layout, PASSPHRASE, role, f"{role.value}-1", f"{role.value} desk", PULLED, TEST_KDF)
        return
    create_vault(layout, PASSPHRASE, kdf=TEST_KDF)
    session = unlock_vault(layout, PASSPHRASE, clock=lambda: PULLED)
    try:
        desk_store.save_identity(session.conn, keys, f"{role.value} desk", PULLED)
    finally:
        session.close()
    write_private(layout.data_dir / DESK_MODE_FILE, f"desk {role.value}\n".encode("ascii"))


def open_desk(qtbot: Any, layout: VaultLayout, clock: FakeClock) -> AppContext:
    ctx = AppContext(
        tasks=TaskManager(), changes=ChangeBus(), clipboard=ClipboardGuard(), layout=layout, clock=clock
    )
    opened: list[Any] = []
    ctx.tasks.open_session(lambda: unlock_vault(layout, PASSPHRASE, clock=clock), opened.append)
    settle(qtbot, ctx.tasks)
    assert opened, "the desk vault did not open"
    ctx.role = str(opened[0].role)
    return ctx


@pytest.fixture
def desk_role() -> StaffRole:
    """The role of `desk_ctx`'s desk; a test module overrides it."""
    return StaffRole.ALERTS


@pytest.fixture(scope="session")
def desk_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[StaffRole, Path]:
    """One fresh desk vault per role, made on first use: each test works on its own copy
    (copying the files is cheaper than making and migrating a vault)."""
    return {}


@pytest.fixture
def desk_ctx(
    qapp: Any,
    qtbot: Any,
    tmp_path: Path,
    clock: FakeClock,
    desk_role: StaffRole,
    desk_templates: dict[StaffRole, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[AppContext]:
    if desk_role not in desk_templates:
        template = VaultLayout(tmp_path_factory.mktemp(f"desk-{desk_role.value}") / "desk")
        make_desk_vault(template, desk_role)
        desk_templates[desk_role] = template.data_dir
    shutil.copytree(desk_templates[desk_role], tmp_path / "desk")
    layout = VaultLayout(tmp_path / "desk")
    ctx = open_desk(qtbot, layout, clock)
    yield ctx
    ctx.tasks.begin_lock()
    ctx.tasks.shutdown()


def queue_report(qtbot: Any, ctx: AppContext, content: Any, *, org: str = "org-a") -> str:
    """Put one decrypted report in the desk's queue, as a pull stores it."""
    envelope_id = str(content.envelope_id)
    header = {"month": _month(content), "region": content.region_id}

    def add(session: Any) -> None:
        with session.conn:
            desk_store.add_to_queue(
                session.conn,
                envelope_id=envelope_id,
                purpose=content.purpose,
                org_id=org,
                region_id=content.region_id,
                month=_month(content),
                header=header,
                content=content.model_dump(mode="json", exclude_none=True),
                now=PULLED,
            )

    run_sync(qtbot, ctx.tasks, add)
    return envelope_id


def _month(content: Any) -> str:
    return str(getattr(content, "month", None) or str(content.date)[:7])


def alert_content(
    summary: str, *, phone: str = "07700 900123", region: str = "north", day: str = "2026-03-02"
) -> AlertContent:
    return AlertContent.model_validate(
        {
            "date": day,
            "envelope_id": str(uuid.uuid4()),
            "incident_types": ["physical_assault"],
            "part_of_day": "night",
            "perpetrators": [{"name_used": "Gaz", "phone_numbers": [phone]}],
            "vehicles": [{"colour": "grey", "make": "Ford", "registration": "AB12CDE"}],
            "region_id": region,
            "summary": summary,
        }
    )


def police_content(
    summary: str, *, phone: str = "07700 900123", region: str = "north"
) -> PoliceIntelligenceContent:
    return PoliceIntelligenceContent.model_validate(
        {
            "envelope_id": str(uuid.uuid4()),
            "incident_types": ["robbery_theft"],
            "month": "2026-02",
            "part_of_day": "evening",
            "perpetrators": [{"phone_numbers": [phone]}],
            "region_id": region,
            "summary": summary,
        }
    )


def referral_content(region: str = "south") -> PoliceReferralContent:
    return PoliceReferralContent.model_validate(
        {
            "date": "2026-02-20",
            "envelope_id": str(uuid.uuid4()),
            "incident_types": ["physical_assault"],
            "part_of_day": "night",
            "region_id": region,
        }
    )


def widget_texts(root: Any) -> str:
    """Every text a widget tree shows (labels, fields, browsers, tables, combos)."""
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTableWidget, QTextEdit

    parts: list[str] = []
    for widget in root.findChildren(QLabel):
        parts.append(widget.text())
    for widget in root.findChildren(QLineEdit):
        parts.append(widget.text())
    for widget in root.findChildren(QTextEdit):
        parts.append(widget.toPlainText())
    for widget in root.findChildren(QPlainTextEdit):
        parts.append(widget.toPlainText())
    for widget in root.findChildren(QComboBox):
        parts += [widget.itemText(i) for i in range(widget.count())]
    for table in root.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    parts.append(item.text())
    return "\n".join(parts)
