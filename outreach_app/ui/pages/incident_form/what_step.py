"""Step 1 of the interview, what happened: the types, the person (alias; age band and gender
for statistics), the worker's initials, injury, weapon, whether the police were told."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import AgeBand, Gender, IncidentType, InjurySeverity
from outreach_app.domain.models import Incident, Person
from outreach_app.ops.form_states import WhatState
from outreach_app.ui.models.labels import label
from outreach_app.ui.pages.common import enum_combo, select_data


class WhatStep(QWidget):
    """Attributes: types (type → its box), alias, age_band, gender, initials, severity,
    injury_notes, weapon, weapon_description, police_told."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.types: dict[IncidentType, QCheckBox] = {}
        grid = QGridLayout()
        for number, kind in enumerate(IncidentType):
            box = QCheckBox(label(kind), self)
            box.setObjectName(f"type_{kind.value}")
            box.setAccessibleName(label(kind))
            grid.addWidget(box, *divmod(number, 3))
            self.types[kind] = box
        types_box = QGroupBox(self.tr("What happened (tick all that apply)"), self)
        types_box.setLayout(grid)
        self.alias = QLineEdit(self)
        self.alias.setAccessibleName(self.tr("Alias of the person harmed (empty: not recorded)"))
        self.alias.setMaxLength(200)
        self._aliases = QStringListModel(self)
        completer = QCompleter(self._aliases, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.alias.setCompleter(completer)
        self.age_band = enum_combo(AgeBand, self.tr("Age band of the person"), self)
        select_data(self.age_band, AgeBand.UNKNOWN.value)
        self.gender = enum_combo(Gender, self.tr("Gender of the person"), self)
        select_data(self.gender, Gender.UNKNOWN.value)
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(12)
        self.initials.setAccessibleName(self.tr("Worker initials"))
        self.severity = enum_combo(InjurySeverity, self.tr("Injury"), self)
        select_data(self.severity, InjurySeverity.UNKNOWN.value)
        self.injury_notes = QPlainTextEdit(self)
        self.injury_notes.setTabChangesFocus(True)
        self.injury_notes.setAccessibleName(self.tr("Injury notes (stay on this device)"))
        self.injury_notes.setMaximumHeight(80)
        self.weapon = QCheckBox(self.tr("A weapon was used"), self)
        self.weapon_description = QLineEdit(self)
        self.weapon_description.setAccessibleName(self.tr("Weapon (stays on this device)"))
        self.police_told = QCheckBox(self.tr("The police have already been told"), self)
        form = QFormLayout()
        form.addRow(self.tr("A&lias:"), self.alias)
        bands = QHBoxLayout()
        bands.addWidget(self.age_band)
        bands.addWidget(self.gender)
        form.addRow(self.tr("Age band, gender:"), bands)
        form.addRow(self.tr("Worker &initials:"), self.initials)
        form.addRow(self.tr("In&jury:"), self.severity)
        form.addRow(self.tr("Injury notes (stay here):"), self.injury_notes)
        form.addRow(self.weapon, self.weapon_description)
        form.addRow(self.police_told)
        column = QVBoxLayout(self)
        column.addWidget(types_box)
        column.addLayout(form)
        column.addStretch(1)

    def tab_stops(self) -> list[QWidget]:
        return [
            *self.types.values(),
            self.alias,
            self.age_band,
            self.gender,
            self.initials,
            self.severity,
            self.injury_notes,
            self.weapon,
            self.weapon_description,
            self.police_told,
        ]

    def set_aliases(self, aliases: list[str]) -> None:
        """The aliases the alias field completes from."""
        self._aliases.setStringList(sorted(set(aliases), key=str.casefold))

    def state(self) -> WhatState:
        return {
            "types": [kind.value for kind, box in self.types.items() if box.isChecked()],
            "alias": self.alias.text(),
            "age_band": self.age_band.currentData(),
            "gender": self.gender.currentData(),
            "worker_initials": self.initials.text(),
            "injury_severity": self.severity.currentData(),
            "injury_notes": self.injury_notes.toPlainText(),
            "weapon_used": self.weapon.isChecked(),
            "weapon_description": self.weapon_description.text(),
            "police_told": self.police_told.isChecked(),
        }

    @staticmethod
    def state_of(incident: Incident, alias: str, person: Person | None) -> WhatState:
        """A stored incident and its person as `state()` gives them."""
        return {
            "types": [t.value for t in incident.types],
            "alias": alias,
            "age_band": (person.age_band if person else AgeBand.UNKNOWN).value,
            "gender": (person.gender if person else Gender.UNKNOWN).value,
            "worker_initials": incident.worker_initials,
            "injury_severity": incident.injury_severity.value,
            "injury_notes": incident.injury_notes,
            "weapon_used": incident.weapon_used,
            "weapon_description": incident.weapon_description,
            "police_told": incident.police_told,
        }

    def set_state(self, state: WhatState) -> None:
        chosen = set(state.get("types", []))
        for kind, box in self.types.items():
            box.setChecked(kind.value in chosen)
        self.alias.setText(str(state.get("alias", "")))
        select_data(self.age_band, state.get("age_band"))
        select_data(self.gender, state.get("gender"))
        self.initials.setText(str(state.get("worker_initials", "")))
        select_data(self.severity, state.get("injury_severity"))
        self.injury_notes.setPlainText(str(state.get("injury_notes", "")))
        self.weapon.setChecked(bool(state.get("weapon_used")))
        self.weapon_description.setText(str(state.get("weapon_description", "")))
        self.police_told.setChecked(bool(state.get("police_told")))

    def reset(self) -> None:
        for box in self.types.values():
            box.setChecked(False)
        for field in (self.alias, self.initials, self.weapon_description):
            field.clear()
        self.injury_notes.clear()
        select_data(self.age_band, AgeBand.UNKNOWN.value)
        select_data(self.gender, Gender.UNKNOWN.value)
        select_data(self.severity, InjurySeverity.UNKNOWN.value)
        self.weapon.setChecked(False)
        self.police_told.setChecked(False)
        self._aliases.setStringList([])
