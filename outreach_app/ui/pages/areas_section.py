"""Settings → Areas: which server region each area's reports go to.

A report can be shared only from an area mapped onto one of the regions the server gave
(stored at enrolment and refreshed at every sync). Areas made later — on the Shift page,
or before the device was linked — are mapped here (or with `outreach area set-region`).
The list is reloaded when areas change or a sync brought new regions.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_app.ops.areas import AreasView, load_areas_view, set_region
from outreach_app.ops.changes import Changes, Kind
from outreach_app.services.op_runner import run_op
from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.common import error_text, select_data
from outreach_app.ui.widgets import button, note, set_role


def fill_regions(combo: QComboBox, regions: list[tuple[str, str]], none_text: str) -> None:
    """Refill a region picker: "no region" first, then the server's regions by name."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for region_id, name in regions:
        combo.addItem(name, region_id)
    select_data(combo, current)
    combo.blockSignals(False)


class AreasSection(QGroupBox):
    """The Areas group of the Settings page.

    Attributes:
        areas: one row per area ("Name — Region" or "Name — no region: not shareable").
        region: the region to give the selected area ("No region" first).
        apply_button: sets it; message: what happened.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Areas"), parent)
        self.ctx = ctx
        self.areas = QListWidget(self)
        self.areas.setAccessibleName(self.tr("Areas and their server regions"))
        self.areas.setMinimumHeight(110)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Server region for the selected area"))
        self.apply_button = button(self.tr("Set &region"), self.tr("Set the selected area's region"), self)
        self.message = note("", self, role="muted")
        self.message.setAccessibleName(self.tr("Areas message"))
        explain = note(
            self.tr(
                "Reports can be shared only from an area with a server region. Regions come "
                "from the server when the device is linked and at every sync."
            ),
            self,
            role="muted",
        )
        row = QHBoxLayout()
        text = QLabel(self.tr("Re&gion:"), self)
        text.setBuddy(self.region)
        row.addWidget(text)
        row.addWidget(self.region, 1)
        row.addWidget(self.apply_button)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addWidget(self.areas)
        column.addLayout(row)
        column.addWidget(self.message)
        self._view = AreasView([], [])
        self.apply_button.clicked.connect(self.apply)
        self.areas.currentRowChanged.connect(self._on_selected)
        self.ctx.changes.changed.connect(self._on_changes)
        self._update_actions()

    def reload(self) -> None:
        self.ctx.tasks.run_db(load_areas_view, self._show, self._failed(self.tr("load the areas")))

    def clear(self) -> None:
        self._view = AreasView([], [])
        self.areas.clear()
        self.region.clear()
        self.message.clear()
        self._update_actions()

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.tasks.session is not None and changes.touches(Kind.AREAS, Kind.SYNC):
            self.reload()

    def _show(self, view: AreasView) -> None:
        selected = self._selected_id()
        self._view = view
        fill_regions(self.region, view.regions, self.tr("No region (not shareable)"))
        self.areas.blockSignals(True)
        self.areas.clear()
        for item in view.areas:
            where = item.region_name or self.tr("no region: not shareable")
            row = QListWidgetItem(f"{item.area.name} — {where}", self.areas)
            row.setData(Qt.ItemDataRole.UserRole, str(item.area.id))
            if str(item.area.id) == selected:
                self.areas.setCurrentItem(row)
        self.areas.blockSignals(False)
        self._on_selected(self.areas.currentRow())
        if not view.regions:
            self._say(self.tr("No server regions yet: link this device to a server, or sync."), error=False)

    def _selected_id(self) -> str | None:
        item = self.areas.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_selected(self, row: int) -> None:
        if 0 <= row < len(self._view.areas):
            select_data(self.region, self._view.areas[row].area.region_id)
        self._update_actions()

    def _update_actions(self) -> None:
        self.apply_button.setEnabled(self.areas.currentItem() is not None)

    def apply(self) -> None:
        selected = self._selected_id()
        if selected is None:
            return
        area_id, region_id = UUID(selected), self.region.currentData()

        def done(_area: object) -> None:
            self._say(self.tr("Region saved."), error=False)

        run_op(
            self.ctx.tasks,
            self.ctx.changes,
            lambda session: set_region(session, area_id, region_id),
            done,
            self._failed(self.tr("set the region")),
        )

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def _failed(self, doing: str) -> Callable[[BaseException], None]:
        return lambda exc: self._say(error_text(exc, doing), error=True)
