"""Step 2 of the interview, when and where: date and time, "approximately" (→ TimePrecision),
the area, and a location note that stays on this device."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.enums import TimePrecision
from outreach_app.domain.models import Area, Incident
from outreach_app.ops.form_states import WhenState
from outreach_app.ui.models.labels import label
from outreach_app.ui.pages.common import fill_areas, select_data
from outreach_app.ui.widgets import WholeDateTimeEdit

DEFAULT_ZONE = device_zone()  # the system's zone, read once at start (domain.device_zone)
_APPROXIMATE = (TimePrecision.APPROXIMATE, TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH)


class WhenStep(QWidget):
    """Attributes: when, approximate, precision, area, location_note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = WholeDateTimeEdit(self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setTimeZone(QTimeZone(DEFAULT_ZONE.encode()))
        self.when.setAccessibleName(self.tr("When it happened"))
        self.approximate = QCheckBox(self.tr("&Approximately"), self)
        self.approximate.setAccessibleName(self.tr("The time is approximate"))
        self.precision = QComboBox(self)
        for value in _APPROXIMATE:
            self.precision.addItem(label(value), value.value)
        self.precision.setAccessibleName(self.tr("How well the time is known"))
        self.precision.setEnabled(False)
        self.approximate.toggled.connect(self.precision.setEnabled)
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Area"))
        self.location_note = QPlainTextEdit(self)
        self.location_note.setTabChangesFocus(True)
        self.location_note.setAccessibleName(self.tr("Where exactly (stays on this device)"))
        form = QFormLayout(self)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.approximate)
        when_row.addWidget(self.precision)
        when_row.addStretch(1)
        # A label with a buddy: given a layout, QFormLayout's label showed "&When:" literally.
        when_label = QLabel(self.tr("&When:"), self)
        when_label.setBuddy(self.when)
        form.addRow(when_label, when_row)
        form.addRow(self.tr("A&rea:"), self.area)
        form.addRow(self.tr("Where exactly\n(stays on this device):"), self.location_note)

    def tab_stops(self) -> list[QWidget]:
        return [self.when, self.approximate, self.precision, self.area, self.location_note]

    def set_areas(self, areas: list[Area]) -> None:
        fill_areas(self.area, areas, any_text=self.tr("No area"))

    def set_moment(self, moment: datetime) -> None:
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def state(self) -> WhenState:
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return {
            "occurred_at": when.isoformat(),
            "precision": self.precision.currentData()
            if self.approximate.isChecked()
            else TimePrecision.EXACT.value,
            "area_id": self.area.currentData(),
            "location_note": self.location_note.toPlainText(),
        }

    @staticmethod
    def state_of(incident: Incident) -> WhenState:
        """A stored incident as `state()` gives it."""
        return {
            "occurred_at": incident.occurred_at.isoformat(),
            "precision": incident.occurred_precision.value,
            "area_id": str(incident.area_id) if incident.area_id else None,
            "location_note": incident.location_note,
        }

    def set_state(self, state: WhenState) -> None:
        if state.get("occurred_at"):
            self.set_moment(datetime.fromisoformat(state["occurred_at"]))
        precision = state.get("precision", TimePrecision.EXACT.value)
        self.approximate.setChecked(precision != TimePrecision.EXACT.value)
        if precision != TimePrecision.EXACT.value:
            select_data(self.precision, precision)
        select_data(self.area, state.get("area_id"))
        self.location_note.setPlainText(str(state.get("location_note", "")))

    def reset(self) -> None:
        self.location_note.clear()
        self.approximate.setChecked(False)
        self.area.clear()
