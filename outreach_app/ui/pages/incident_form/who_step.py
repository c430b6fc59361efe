"""Step 3 of the interview, perpetrators and vehicles: any number of each, one tab each.

Phone numbers and e-mail addresses are checked as typed (domain.normalise): one that is not
plainly a number or an address marks its field and says why, and nothing is saved until it
is fixed (never rewritten).
"""

from __future__ import annotations

from typing import Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import Build, Gender
from outreach_app.domain.models import Incident, Perpetrator, Vehicle
from outreach_app.domain.normalise import check_email_input, check_phone_input
from outreach_app.ops.form_states import PerpetratorState, VehicleState, WhoState
from outreach_app.ui.pages.common import enum_combo, select_data
from outreach_app.ui.widgets import button, first_tab_stop, note, set_role

NO_AGE = 9  # the spin boxes' "not known" value (ages start at 10)


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentForm", text)


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


_CHECKED_LISTS = ("phone_numbers", "email_addresses")
"""Perpetrator fields checked as typed (domain.normalise), marked with the reason when wrong."""


def _list_problem(key: str, entries: list[str]) -> str | None:
    """What is wrong with the first unacceptable entry of a phone or e-mail list, or None."""
    check, what = (
        (check_phone_input, QCoreApplication.translate("IncidentForm", "Phone number"))
        if key == "phone_numbers"
        else (check_email_input, QCoreApplication.translate("IncidentForm", "E-mail address"))
    )
    for number, entry in enumerate(entries, start=1):
        try:
            check(entry)
        except ValueError as exc:
            which = what if len(entries) == 1 else f"{what} {number} of {len(entries)}"
            return f"{which} {exc}."
    return None


StateT = TypeVar("StateT")  # the state one item editor gives (PerpetratorState, VehicleState)


class ItemEditor(QWidget, Generic[StateT]):
    """One item of a ListEditor: its fields as a state, and back."""

    def state(self) -> StateT:
        raise NotImplementedError

    def set_state(self, state: StateT) -> None:
        raise NotImplementedError


class PerpetratorEditor(ItemEditor[PerpetratorState]):
    """One perpetrator as described by the person harmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gender = enum_combo(Gender, self.tr("Perpetrator's gender"), self)
        self.age_min = self._age(self.tr("Perpetrator's age from"))
        self.age_max = self._age(self.tr("Perpetrator's age to"))
        self.build = enum_combo(Build, self.tr("Perpetrator's build"), self)
        # Nothing is assumed about a new perpetrator: every description starts as "not known".
        select_data(self.gender, Gender.UNKNOWN.value)
        select_data(self.build, Build.UNKNOWN.value)
        self.texts: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Gender:"), self.gender)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel(self.tr("to"), self))
        ages.addWidget(self.age_max)
        ages.addStretch(1)
        age_label = QLabel(self.tr("Age:"), self)
        age_label.setBuddy(self.age_min)  # a row of two fields: the label names the first
        form.addRow(age_label, ages)
        form.addRow(self.tr("Build:"), self.build)
        for key, caption in (
            ("height", self.tr("Height")),
            ("ethnicity_described", self.tr("Ethnicity (as described)")),
            ("hair", self.tr("Hair")),
            ("distinguishing_features", self.tr("Distinguishing features")),
            ("clothing", self.tr("Clothing")),
            ("name_used", self.tr("Name they used")),
            ("phone_numbers", self.tr("Phone numbers (comma between)")),
            ("email_addresses", self.tr("E-mail addresses (comma between)")),
            ("online_handles", self.tr("Online names (comma between)")),
            ("website_or_app", self.tr("Website or app")),
        ):
            field = QLineEdit(self)
            field.setAccessibleName(caption)
            field.setObjectName(f"perpetrator_{key}")
            self.texts[key] = field
            if key in _CHECKED_LISTS:
                form.addRow(caption + ":", self._checked_row(key, field))
            else:
                form.addRow(caption + ":", field)

    def _checked_row(self, key: str, field: QLineEdit) -> QVBoxLayout:
        """The field with a line under it that says what is wrong with it (hidden when nothing is)."""
        problem = note("", self, role="error")
        problem.setObjectName(f"perpetrator_{key}_problem")
        problem.setAccessibleName(self.tr("Problem with: %1").replace("%1", field.accessibleName()))
        problem.hide()
        self.problems[key] = problem
        field.editingFinished.connect(lambda: self.check_field(key))
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        column.addWidget(problem)
        return column

    def check_field(self, key: str) -> str | None:
        """Mark the phone or e-mail field and say why when an entry is not acceptable; the text
        is left exactly as typed (the worker fixes it: nothing is rewritten). None when fine."""
        field, problem_label = self.texts[key], self.problems[key]
        problem = _list_problem(key, _split_list(field.text()))
        set_role(field, "error" if problem else "")
        field.setAccessibleDescription(problem or "")
        problem_label.setText(problem or "")
        problem_label.setVisible(problem is not None)
        return problem

    def first_problem(self) -> tuple[QLineEdit, str] | None:
        """The first checked field with a problem (each field is marked), or None."""
        found: tuple[QLineEdit, str] | None = None
        for key in _CHECKED_LISTS:
            problem = self.check_field(key)
            if problem is not None and found is None:
                found = (self.texts[key], problem)
        return found

    def _age(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(NO_AGE, 100)
        spin.setSpecialValueText(self.tr("not known"))
        spin.setAccessibleName(name)
        return spin

    def state(self) -> PerpetratorState:
        text = {key: field.text() for key, field in self.texts.items()}
        return {
            "height": text["height"],
            "ethnicity_described": text["ethnicity_described"],
            "hair": text["hair"],
            "distinguishing_features": text["distinguishing_features"],
            "clothing": text["clothing"],
            "name_used": text["name_used"],
            "phone_numbers": text["phone_numbers"],
            "email_addresses": text["email_addresses"],
            "online_handles": text["online_handles"],
            "website_or_app": text["website_or_app"],
            "gender": self.gender.currentData(),
            "build": self.build.currentData(),
            "age_min": self.age_min.value(),
            "age_max": self.age_max.value(),
        }

    def set_state(self, state: PerpetratorState) -> None:
        for key, field in self.texts.items():
            field.setText(str(state.get(key, "")))
        select_data(self.gender, state.get("gender", Gender.UNKNOWN.value))
        select_data(self.build, state.get("build", Build.UNKNOWN.value))
        self.age_min.setValue(int(state.get("age_min") or NO_AGE))
        self.age_max.setValue(int(state.get("age_max") or NO_AGE))

    @staticmethod
    def state_of(perpetrator: Perpetrator) -> PerpetratorState:
        return {
            "gender": perpetrator.gender.value,
            "build": perpetrator.build.value,
            "age_min": perpetrator.age_min,
            "age_max": perpetrator.age_max,
            "height": perpetrator.height,
            "ethnicity_described": perpetrator.ethnicity_described,
            "hair": perpetrator.hair,
            "distinguishing_features": perpetrator.distinguishing_features,
            "clothing": perpetrator.clothing,
            "name_used": perpetrator.name_used,
            "phone_numbers": ", ".join(perpetrator.phone_numbers),
            "email_addresses": ", ".join(perpetrator.email_addresses),
            "online_handles": ", ".join(perpetrator.online_handles),
            "website_or_app": perpetrator.website_or_app,
        }

    @staticmethod
    def model_of(state: PerpetratorState) -> Perpetrator:
        values: dict[str, object] = {
            **state,
            "phone_numbers": _split_list(state["phone_numbers"]),
            "online_handles": _split_list(state["online_handles"]),
            "email_addresses": _split_list(state["email_addresses"]),
            "age_min": _known_age(state["age_min"]),
            "age_max": _known_age(state["age_max"]),
        }
        return Perpetrator.model_validate(values)


def _known_age(age: int | None) -> int | None:
    """The spin box's age, None when it says "not known"."""
    return None if (age or NO_AGE) <= NO_AGE else age


class VehicleEditor(ItemEditor[VehicleState]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for key, caption in (
            ("make", self.tr("Make")),
            ("model", self.tr("Model")),
            ("colour", self.tr("Colour")),
            ("registration", self.tr("Registration plate (part is fine)")),
        ):
            field = QLineEdit(self)
            field.setAccessibleName(self.tr("Vehicle: %1").replace("%1", caption))
            field.setObjectName(f"vehicle_{key}")
            self.texts[key] = field
            form.addRow(caption + ":", field)

    def state(self) -> VehicleState:
        return {
            "make": self.texts["make"].text(),
            "model": self.texts["model"].text(),
            "colour": self.texts["colour"].text(),
            "registration": self.texts["registration"].text(),
        }

    def set_state(self, state: VehicleState) -> None:
        for key, field in self.texts.items():
            field.setText(str(state.get(key, "")))

    @staticmethod
    def state_of(vehicle: Vehicle) -> VehicleState:
        return {
            "make": vehicle.make,
            "model": vehicle.model,
            "colour": vehicle.colour,
            "registration": vehicle.registration,
        }

    @staticmethod
    def model_of(state: VehicleState) -> Vehicle:
        return Vehicle.model_validate(state)


class ListEditor(QWidget, Generic[StateT]):
    """Any number of perpetrator or vehicle editors, one tab each, with Add and Remove."""

    def __init__(self, kind: str, factory: type[ItemEditor[StateT]], parent: QWidget) -> None:
        super().__init__(parent)
        self._factory = factory
        self._kind = kind
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(kind)
        self.add_button = button(self.tr("Add"), self.tr("Add: %1").replace("%1", kind), self)
        self.remove_button = button(
            self.tr("Remove this one"), self.tr("Remove: %1").replace("%1", kind), self
        )
        self.empty = note(self.tr("None recorded."), self, role="muted")
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.tabs)
        self.add_button.clicked.connect(self.add_and_focus)
        self.remove_button.clicked.connect(self.remove_current)
        self._update()

    def editors(self) -> list[ItemEditor[StateT]]:
        return [cast("ItemEditor[StateT]", self.tabs.widget(i)) for i in range(self.tabs.count())]

    def add(self, state: StateT | None = None) -> ItemEditor[StateT]:
        editor = self._factory(self.tabs)
        if state:
            editor.set_state(state)
        self.tabs.addTab(editor, f"{self._kind} {self.tabs.count() + 1}")
        self.tabs.setCurrentWidget(editor)
        self._update()
        return editor

    def add_and_focus(self) -> None:
        """Add one and put the cursor in its first field (Tab from Add took 19 presses)."""
        first = first_tab_stop(self.add())
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def remove_current(self) -> None:
        index = self.tabs.currentIndex()
        if index >= 0:
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if widget is not None:
                widget.deleteLater()
            for i in range(self.tabs.count()):
                self.tabs.setTabText(i, f"{self._kind} {i + 1}")
        self._update()

    def states(self) -> list[StateT]:
        return [editor.state() for editor in self.editors()]

    def set_states(self, states: list[StateT]) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for state in states:
            self.add(state)
        self._update()

    def _update(self) -> None:
        has = self.tabs.count() > 0
        self.tabs.setVisible(has)
        self.empty.setVisible(not has)
        self.remove_button.setEnabled(has)


class WhoStep(QWidget):
    """The perpetrators and the vehicles (`perpetrators`, `vehicles`: ListEditor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.perpetrators: ListEditor[PerpetratorState] = ListEditor(
            self.tr("Perpetrator"), PerpetratorEditor, self
        )
        self.vehicles: ListEditor[VehicleState] = ListEditor(self.tr("Vehicle"), VehicleEditor, self)
        column = QVBoxLayout(self)
        people = QGroupBox(self.tr("Perpetrators"), self)
        QVBoxLayout(people).addWidget(self.perpetrators)
        cars = QGroupBox(self.tr("Vehicles"), self)
        QVBoxLayout(cars).addWidget(self.vehicles)
        column.addWidget(people, 2)
        column.addWidget(cars, 1)

    def state(self) -> WhoState:
        return {"perpetrators": self.perpetrators.states(), "vehicles": self.vehicles.states()}

    def set_state(self, state: WhoState) -> None:
        self.perpetrators.set_states(list(state.get("perpetrators", [])))
        self.vehicles.set_states(list(state.get("vehicles", [])))

    @staticmethod
    def state_of(incident: Incident) -> WhoState:
        return {
            "perpetrators": [PerpetratorEditor.state_of(p) for p in incident.perpetrators],
            "vehicles": [VehicleEditor.state_of(v) for v in incident.vehicles],
        }

    def show_stored(self, perpetrators: list[Perpetrator], vehicles: list[Vehicle]) -> None:
        """Show the descriptions as stored (after a suspect was removed from one of them)."""
        self.perpetrators.set_states([PerpetratorEditor.state_of(p) for p in perpetrators])
        self.vehicles.set_states([VehicleEditor.state_of(v) for v in vehicles])

    def reset(self) -> None:
        self.perpetrators.set_states([])
        self.vehicles.set_states([])

    def first_problem(self) -> tuple[int, PerpetratorEditor, QLineEdit, str] | None:
        """The first perpetrator field that cannot be saved as typed (every one is marked):
        (its perpetrator's number, the editor, the field, what is wrong), or None."""
        found: tuple[int, PerpetratorEditor, QLineEdit, str] | None = None
        for number, editor in enumerate(self.perpetrators.editors(), start=1):
            if not isinstance(editor, PerpetratorEditor):
                continue
            problem = editor.first_problem()  # marks every field with a problem, not just the first
            if problem is not None and found is None:
                found = (number, editor, *problem)
        return found
