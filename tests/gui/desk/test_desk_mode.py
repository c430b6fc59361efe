"""Desk mode in the whole window: first run's "charity desk" choice makes a desk vault
(ops.desk.init_desk) and the window opens on the desk's pages instead of the worker's it had
built while the passphrase was typed (a worker's first run is tests/gui/shell's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from outreach_app.app import DesktopApp, build_app
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import desk
from outreach_app.ops.desk_pages import desk_role
from outreach_app.protocol.staff import StaffRole
from outreach_app.ui.main_screen import PAGES
from tests.fake_clock import FakeClock

from .conftest import PASSPHRASE, police_content, queue_report, run_sync, settle, widget_texts


@pytest.fixture
def desktop(qtbot: Any, tmp_path: Path, clock: FakeClock) -> Iterator[DesktopApp]:
    app = build_app(VaultLayout(tmp_path / "vault"), kdf=TEST_KDF, clock=clock)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.window.close()
    app.shutdown()
    QApplication.instance().removeEventFilter(app.window.lock_service.idle)  # type: ignore[union-attr]
    app.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _create(qtbot: Any, app: DesktopApp) -> None:
    screen = app.window.first_run
    screen.passphrase.setText(PASSPHRASE)  # typing itself is tests/gui/shell's
    screen.check_strength()
    screen.confirm.setText(PASSPHRASE)
    qtbot.waitUntil(screen.create_button.isEnabled, timeout=10_000)
    qtbot.keyClick(screen.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.current_screen == "main", timeout=20_000)
    settle(qtbot, app.window.ctx.tasks)


def test_first_run_makes_a_police_desk_and_the_window_shows_the_desks_pages(
    qtbot: Any, desktop: DesktopApp, canary: str
) -> None:
    window = desktop.window
    choice = window.first_run.desk_box
    assert choice.worker.isChecked() and choice.details.isHidden()
    choice.desk.setChecked(True)
    assert not choice.details.isHidden()
    choice.role.setCurrentIndex(choice.role.findData("police"))
    choice.label.setText("Police desk, office 2")
    _create(qtbot, desktop)
    layout = window.ctx.layout
    assert desk.is_desk(layout) and desk_role(layout) is StaffRole.POLICE
    assert list(window.main_screen.pages) == ["desk_queue", "desk_police", "desk_stats", "settings"]
    nav = window.main_screen.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == ["Queue", "Police", "Statistics", "Settings"]
    me = run_sync(qtbot, window.ctx.tasks, desk.identity)
    assert (me.role, me.keys.desk_id, me.label) == (StaffRole.POLICE, "police-1", "Police desk, office 2")
    queue = window.main_screen.pages["desk_queue"]
    assert queue.enrol.who.text() == "Police desk “Police desk, office 2”: not enrolled yet"  # type: ignore[attr-defined]
    # A decrypted report on screen is gone from every widget once the desk locks.
    envelope_id = queue_report(qtbot, window.ctx, police_content(f"summary {canary}"))
    window.main_screen.show_page("desk_police")
    window.main_screen.show_page("desk_queue")
    settle(qtbot, window.ctx.tasks)
    queue.open(envelope_id)  # type: ignore[attr-defined]
    settle(qtbot, window.ctx.tasks)
    assert canary in widget_texts(window)
    window.lock("user")
    settle(qtbot, window.ctx.tasks)
    assert canary not in widget_texts(window)
    assert queue.enrol.who.text() == ""  # type: ignore[attr-defined]


def test_a_workers_vault_picks_its_pages_without_the_desks_code(tmp_path: Path) -> None:
    from outreach_app.ops.desk import DESK_MODE_FILE
    from outreach_app.ui.pages.desk import DESK_MARKER, page_set_for

    assert DESK_MARKER == DESK_MODE_FILE
    layout = VaultLayout(tmp_path / "vault")
    layout.data_dir.mkdir(parents=True)
    assert page_set_for(layout) == PAGES
    (layout.data_dir / DESK_MARKER).write_text("desk admin\n", encoding="ascii")
    assert [key for key, _page in page_set_for(layout)] == ["desk_admin", "desk_stats", "settings"]
    (layout.data_dir / DESK_MARKER).write_text("not a desk\n", encoding="ascii")
    assert page_set_for(layout) == PAGES
