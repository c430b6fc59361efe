"""Areas get a server region where they are made (Shift page) and in Settings → Areas."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from outreach_app.domain.models import Area
from outreach_app.services.changes import SYNC, Changes
from outreach_app.storage.repos import areas, shifts
from outreach_app.storage.repos.sync_state import save_regions
from outreach_app.ui.pages.settings import SettingsPage
from outreach_app.ui.pages.shift import ShiftPage

from .conftest import run_sync, settle

REGIONS = [("centre", "City centre"), ("north", "North")]


def _show(qtbot: Any, page: Any, ctx: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1000, 1200)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page


def _stored_areas(qtbot: Any, ctx: Any) -> dict[str, str | None]:
    return {a.name: a.region_id for a in run_sync(qtbot, ctx.tasks, lambda s: areas.list_areas(s.conn))}


def test_a_new_area_on_the_shift_page_gets_the_region_chosen_there(qtbot, vault_ctx) -> None:
    run_sync(qtbot, vault_ctx.tasks, lambda s: save_regions(s.conn, REGIONS))
    run_sync(qtbot, vault_ctx.tasks, lambda s: areas.add_area(s.conn, Area(name="Dock", region_id="centre")))
    vault_ctx.clock = lambda: datetime(2026, 11, 29, 21, 30, tzinfo=UTC)
    page = _show(qtbot, ShiftPage(vault_ctx), vault_ctx)

    page.area.setCurrentIndex(page.area.findText("Dock"))
    assert page.new_area_region.isHidden()  # a known area keeps its own region
    page.area.setEditText("Harbour Road")
    assert not page.new_area_region.isHidden()
    assert [page.new_area_region.itemText(i) for i in range(page.new_area_region.count())] == [
        "No region (not shareable)",
        "City centre",
        "North",
    ]
    page.new_area_region.setCurrentIndex(page.new_area_region.findData("north"))
    page.initials.setText("AB")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)

    assert _stored_areas(qtbot, vault_ctx) == {"Dock": "centre", "Harbour Road": "north"}
    shift = run_sync(qtbot, vault_ctx.tasks, lambda s: shifts.open_shift(s.conn))
    assert shift is not None and shift.area_id is not None


def test_settings_areas_sets_and_clears_a_region_and_follows_a_sync(qtbot, vault_ctx) -> None:
    canal = Area(name="Canal side")
    run_sync(qtbot, vault_ctx.tasks, lambda s: areas.add_area(s.conn, canal))
    page = _show(qtbot, SettingsPage(vault_ctx), vault_ctx)
    section = page.areas_section
    assert [section.areas.item(i).text() for i in range(section.areas.count())] == [
        "Canal side — no region: not shareable"
    ]
    assert "No server regions yet" in section.message.text()

    # A sync brought regions: the section reloads and offers them.
    run_sync(qtbot, vault_ctx.tasks, lambda s: save_regions(s.conn, REGIONS))
    vault_ctx.changes.publish(Changes.of(SYNC))
    settle(qtbot, vault_ctx.tasks)
    assert section.region.count() == 3

    section.areas.setCurrentRow(0)
    section.region.setCurrentIndex(section.region.findData("north"))
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert _stored_areas(qtbot, vault_ctx) == {"Canal side": "north"}
    assert section.areas.item(0).text() == "Canal side — North"
    assert section.message.text() == "Region saved."

    section.areas.setCurrentRow(0)
    assert section.region.currentData() == "north"
    section.region.setCurrentIndex(0)
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert _stored_areas(qtbot, vault_ctx) == {"Canal side": None}

    page.clear_sensitive()
    assert section.areas.count() == 0 and section.region.count() == 0
