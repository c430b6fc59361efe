"""The incident interview: what happened, when and where, who and which vehicle, the story,
then consent and "what will be shared" before anything is sealed.

Steps (Alt+N next, Alt+B back, Ctrl+S saves):
 1. What happened — types, the person (alias; age band and gender for statistics), injury,
    weapon, police told.
 2. When and where — date and time, "approximately" (→ TimePrecision), area, and a location
    note that stays on this device.
 3. Perpetrators and vehicles — any number of each. Phone numbers and e-mail addresses are
    checked as typed (domain.normalise): one that is not plainly a number or an address
    marks its field and says why, and nothing is saved until it is fixed (never rewritten).
 4. The story — the narrative (stays on this device) and the alert summary (written for
    sharing; scrubbed of names and numbers before it leaves). "Save and continue" stores the
    incident.
 5. Consent (consent_step.ConsentStep) — records consent and shows the withdrawal code once.
 6. What will be shared (consent_step.PreviewStep) — the exact payload; parts of the summary
    that might still identify someone are kept or removed (removing rewrites the summary);
    then "Seal" puts it in the outbox.

Saving an edit to an incident that was shared (sharing.reconsent.note_edit, in the same
transaction as the save) seals nothing when what would be sent has changed: the form goes to
the consent step in "confirm again" mode (the purposes consented before, which the person
may narrow; the same withdrawal code), then the preview of the new version; "Seal" then
records the confirmation and seals the new version together (reconsent.confirm_edit).
Closing instead leaves the new version unshared and the earlier one as it was.

A half-filled interview is never lost to the idle lock: `form_state()` is what lock saves
as an encrypted draft, and `restore_state()` brings it back after unlock.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from PySide6.QtCore import QCoreApplication, QDateTime, QStringListModel, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    Gender,
    IncidentType,
    InjurySeverity,
    TimePrecision,
)
from outreach_app.domain.models import Area, Incident, Perpetrator, Person, Vehicle
from outreach_app.domain.normalise import check_email_input, check_phone_input
from outreach_app.services.changes import INCIDENTS, OUTBOX, PEOPLE, Changes
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.labels import label
from outreach_app.ui.pages.common import enum_combo, error_text, fill_areas, select_data, set_tab_chain
from outreach_app.ui.pages.consent_step import ConsentStep, PreviewStep
from outreach_app.ui.person_choice import ask_which_person
from outreach_app.ui.theme import scaled_font
from outreach_app.ui.widgets import WholeDateTimeEdit, button, first_tab_stop, note, set_role

if TYPE_CHECKING:
    from outreach_app.storage.repos.people import PersonChoice

DRAFT_ID = "incident-form"
DEFAULT_ZONE = "Europe/London"
NO_AGE = 9  # the spin boxes' "not known" value (ages start at 10)
_APPROXIMATE = (TimePrecision.APPROXIMATE, TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH)


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


_CHECKED_LISTS = ("phone_numbers", "email_addresses")
"""Perpetrator fields checked as typed (domain.normalise), marked with the reason when wrong."""


def _list_problem(key: str, entries: list[str]) -> str | None:
    """What is wrong with the first unacceptable entry of a phone or e-mail list, or None."""
    check, what = (
        (check_phone_input, _tr("Phone number"))
        if key == "phone_numbers"
        else (check_email_input, _tr("E-mail address"))
    )
    for number, entry in enumerate(entries, start=1):
        try:
            check(entry)
        except ValueError as exc:
            which = what if len(entries) == 1 else f"{what} {number} of {len(entries)}"
            return f"{which} {exc}."
    return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentForm", text)


# ----- DB-thread operations ------------------------------------------------------------------


def save_incident(
    session: Any,
    incident: Incident,
    alias: str,
    age_band: str,
    gender: str,
    now: datetime | None = None,
    choice: PersonChoice = None,
) -> tuple[Incident, bool, bool]:
    """Store the incident (new or edited), linking the person for `alias`.

    Returns (stored, person added, needs consent again): the last is True when the incident
    had been shared and the edit changes what would be sent (nothing is sealed then).
    Raises AliasChoiceNeededError (nothing saved) when several people share the alias."""
    from outreach_app.sharing.reconsent import note_edit
    from outreach_app.storage.connection import transaction
    from outreach_app.storage.repos import incidents, people
    from outreach_app.storage.repos.people import find_or_add_person

    conn = session.conn
    created = False
    again = False
    with transaction(conn):
        person_id = None
        if alias.strip():
            person_id, created = find_or_add_person(conn, alias, choice, current=incident.person_id)
            person = people.get_person(conn, person_id)
            if person is not None:
                bands: dict[str, Any] = {}
                if age_band != AgeBand.UNKNOWN.value:
                    bands["age_band"] = AgeBand(age_band)
                if gender != Gender.UNKNOWN.value:
                    bands["gender"] = Gender(gender)
                if bands:
                    people.update_person(conn, Person.model_validate({**person.model_dump(), **bands}))
        stored = incident.model_copy(update={"person_id": person_id})
        if incidents.incident_exists(conn, incident.id):
            incidents.update_incident(conn, stored)
            again = note_edit(conn, stored.id, now=now)
        else:
            incidents.add_incident(conn, stored)
    return stored, created, again


def consent_of(session: Any, incident_id: UUID) -> tuple[dict[Any, bool], int] | None:
    from outreach_app.sharing.consent_store import current_consent

    consent = current_consent(session.conn, incident_id)
    return None if consent is None else (dict(consent.decisions), consent.version)


def area_without_region(session: Any, incident_id: UUID) -> str | None:
    """See `area_regions.unmapped_area_of_incident` (checked before the consent step)."""
    from outreach_app.storage.repos.area_regions import unmapped_area_of_incident

    return unmapped_area_of_incident(session.conn, incident_id)


def record_consent(
    session: Any, incident_id: UUID, purposes: list[Any], initials: str, method: str, now: datetime
) -> Any:
    from outreach_app.domain.enums import ConsentMethod
    from outreach_app.sharing.workflow import record_consent as record

    return record(
        session.conn, incident_id, purposes, worker_initials=initials, method=ConsentMethod(method), now=now
    )


def preview_payload(session: Any, incident_id: UUID, purposes: list[Any] | None = None) -> str:
    """THE preview (sharing.seal.preview_incident, as `outreach preview` prints it); with
    `purposes`, the edited version as the person confirms it again."""
    from outreach_app.sharing.seal import preview_incident

    return preview_incident(session.conn, incident_id, purposes)


def confirm_and_seal(
    session: Any,
    incident_id: UUID,
    purposes: list[Any],
    initials: str,
    method: str,
    expected_payload: str,
    now: datetime,
) -> Any:
    """Record the person's confirmation of the edited version and seal what was previewed,
    in one transaction (sharing.reconsent.confirm_edit); returns the sealed item."""
    from outreach_app.domain.enums import ConsentMethod
    from outreach_app.sharing.reconsent import confirm_edit

    return confirm_edit(
        session.conn,
        incident_id,
        purposes,
        worker_initials=initials,
        method=ConsentMethod(method),
        now=now,
        expected_payload=expected_payload,
    ).item


def remove_suspect(session: Any, incident_id: UUID, field: str, text: str, now: datetime) -> bool:
    """Take a suspect span out of the shared text `field` ("summary", "perpetrators[0].hair" …);
    True when the incident now needs consent again (sharing.summary_edit)."""
    from outreach_app.sharing.summary_edit import remove_from_field

    return remove_from_field(session.conn, incident_id, field, text, now=now)


def seal(session: Any, incident_id: UUID, expected_payload: str, now: datetime) -> Any:
    """Seal what was previewed; refuse if the payload changed since the preview was shown."""
    from outreach_app.sharing.seal import preview_incident, seal_incident
    from outreach_app.storage.connection import transaction

    with transaction(session.conn):
        if preview_incident(session.conn, incident_id) != expected_payload:
            raise PreviewOutdatedError("the incident changed after the preview; look at it again")
        return seal_incident(session.conn, incident_id, now=now)


class PreviewOutdatedError(Exception):
    """What would be sealed is not what the worker was shown (message is safe to show)."""


def sharing_problem(exc: BaseException, doing: str) -> str:
    """Sharing's own errors carry safe, actionable messages; everything else is generic."""
    from outreach_app.sharing.anonymise import NotShareableError
    from outreach_app.sharing.consent import ConsentError
    from outreach_app.sharing.errors import SharingError

    if isinstance(exc, NotShareableError | ConsentError | SharingError | PreviewOutdatedError):
        return str(exc)
    return error_text(exc, doing)


# ----- perpetrators and vehicles --------------------------------------------------------------


class PerpetratorEditor(QWidget):
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

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {key: field.text() for key, field in self.texts.items()}
        state.update(
            gender=self.gender.currentData(),
            build=self.build.currentData(),
            age_min=self.age_min.value(),
            age_max=self.age_max.value(),
        )
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        for key, field in self.texts.items():
            field.setText(str(state.get(key, "")))
        select_data(self.gender, state.get("gender", Gender.UNKNOWN.value))
        select_data(self.build, state.get("build", Build.UNKNOWN.value))
        self.age_min.setValue(int(state.get("age_min") or NO_AGE))
        self.age_max.setValue(int(state.get("age_max") or NO_AGE))

    @staticmethod
    def state_of(perpetrator: Perpetrator) -> dict[str, Any]:
        state: dict[str, Any] = perpetrator.model_dump(mode="json")
        state["phone_numbers"] = ", ".join(perpetrator.phone_numbers)
        state["online_handles"] = ", ".join(perpetrator.online_handles)
        state["email_addresses"] = ", ".join(perpetrator.email_addresses)
        return state

    @staticmethod
    def model_of(state: dict[str, Any]) -> Perpetrator:
        values = dict(state)
        values["phone_numbers"] = _split_list(str(values.get("phone_numbers", "")))
        values["online_handles"] = _split_list(str(values.get("online_handles", "")))
        values["email_addresses"] = _split_list(str(values.get("email_addresses", "")))
        for key in ("age_min", "age_max"):
            values[key] = None if int(values.get(key) or NO_AGE) <= NO_AGE else int(values[key])
        return Perpetrator.model_validate(values)


class VehicleEditor(QWidget):
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

    def state(self) -> dict[str, Any]:
        return {key: field.text() for key, field in self.texts.items()}

    def set_state(self, state: dict[str, Any]) -> None:
        for key, field in self.texts.items():
            field.setText(str(state.get(key, "")))

    @staticmethod
    def state_of(vehicle: Vehicle) -> dict[str, Any]:
        return dict(vehicle.model_dump(mode="json"))

    @staticmethod
    def model_of(state: dict[str, Any]) -> Vehicle:
        return Vehicle.model_validate(state)


class ListEditor(QWidget):
    """Any number of perpetrator or vehicle editors, one tab each, with Add and Remove."""

    def __init__(
        self, kind: str, factory: type[PerpetratorEditor] | type[VehicleEditor], parent: QWidget
    ) -> None:
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

    def editors(self) -> list[Any]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def add(self, state: dict[str, Any] | None = None) -> Any:
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

    def states(self) -> list[dict[str, Any]]:
        return [editor.state() for editor in self.editors()]

    def set_states(self, states: list[dict[str, Any]]) -> None:
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


# ----- the form ------------------------------------------------------------------------------


class IncidentForm(QWidget):
    """The interview (see module docstring).

    Attributes:
        steps: the step pages; `step_titles` their names.
        incident_id: the stored incident this form edits (None until first saved).

    Signals:
        finished(str): the worker is done (closed, shared or nothing shared); a message to show.
    """

    finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: UUID | None = None
        self._loaded: Incident | None = None
        self._clean: dict[str, Any] | None = None
        self.active_dialog: QDialog | None = None  # "close without saving?" or "which person?", while open
        self._busy = False
        self._draft_reported_at: datetime | None = None
        self._zone = DEFAULT_ZONE

        self.step_label = QLabel("", self)
        self.step_label.setFont(scaled_font(self.step_label, 1.3, bold=True))
        self.step_label.setAccessibleName(self.tr("Interview step"))
        self.steps = QStackedWidget(self)
        self.step_titles = [
            self.tr("What happened"),
            self.tr("When and where"),
            self.tr("Perpetrators and vehicles"),
            self.tr("What was said"),
            self.tr("Consent"),
            self.tr("What will be shared"),
        ]
        self.steps.addWidget(self._scroll(self._what_step()))
        self.steps.addWidget(self._scroll(self._when_step()))
        self.steps.addWidget(self._scroll(self._who_step()))
        self.steps.addWidget(self._scroll(self._story_step()))
        self.consent = ConsentStep(self)
        self.preview = PreviewStep(self)
        self.steps.addWidget(self.consent)
        self.steps.addWidget(self.preview)

        self.message = note("", self)
        self.message.setAccessibleName(self.tr("Interview message"))
        self.back_button = button(self.tr("&Back"), self.tr("Previous step"), self)
        self.next_button = button(self.tr("&Next"), self.tr("Next step"), self, role="primary")
        self.save_button = button(
            self.tr("Save and continue to &consent"),
            self.tr("Save the incident and continue to consent"),
            self,
        )
        self.save_close_button = button(
            self.tr("Save and cl&ose"), self.tr("Save the incident and close"), self
        )
        self.cancel_button = button(self.tr("Close without saving"), self.tr("Close without saving"), self)
        nav = QHBoxLayout()
        nav.addWidget(self.message, 1)
        for widget in (
            self.cancel_button,
            self.save_close_button,
            self.back_button,
            self.next_button,
            self.save_button,
        ):
            nav.addWidget(widget)
        column = QVBoxLayout(self)
        column.addWidget(self.step_label)
        column.addWidget(self.steps, 1)
        column.addLayout(nav)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.save_button.clicked.connect(lambda: self.save(then_consent=True))
        self.save_close_button.clicked.connect(lambda: self.save(then_consent=False))
        self.cancel_button.clicked.connect(self._on_cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(then_consent=self.step() == 3))
        self.consent.record_requested.connect(self._record_consent)
        self.consent.continue_requested.connect(self._show_preview)
        self.consent.nothing_shared.connect(self._nothing_shared)
        self.consent.print_slip_requested.connect(self.print_slip)
        self.preview.seal_requested.connect(self._seal)
        self.preview.back_requested.connect(lambda: self.set_step(4))
        self.preview.remove_requested.connect(self._remove_suspect)
        self._set_tab_orders()
        self.set_step(0)

    # ----- building -----------------------------------------------------------------------

    @staticmethod
    def _scroll(content: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _what_step(self) -> QWidget:
        page = QWidget(self)
        self.types: dict[IncidentType, QCheckBox] = {}
        grid = QGridLayout()
        for number, kind in enumerate(IncidentType):
            box = QCheckBox(label(kind), page)
            box.setObjectName(f"type_{kind.value}")
            box.setAccessibleName(label(kind))
            grid.addWidget(box, *divmod(number, 3))
            self.types[kind] = box
        types_box = QGroupBox(self.tr("What happened (tick all that apply)"), page)
        types_box.setLayout(grid)
        self.alias = QLineEdit(page)
        self.alias.setAccessibleName(self.tr("Alias of the person harmed (empty: not recorded)"))
        self.alias.setMaxLength(200)
        self._aliases = QStringListModel(self)
        completer = QCompleter(self._aliases, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.alias.setCompleter(completer)
        self.age_band = enum_combo(AgeBand, self.tr("Age band of the person"), page)
        select_data(self.age_band, AgeBand.UNKNOWN.value)
        self.gender = enum_combo(Gender, self.tr("Gender of the person"), page)
        select_data(self.gender, Gender.UNKNOWN.value)
        self.initials = QLineEdit(page)
        self.initials.setMaxLength(12)
        self.initials.setAccessibleName(self.tr("Worker initials"))
        self.severity = enum_combo(InjurySeverity, self.tr("Injury"), page)
        select_data(self.severity, InjurySeverity.UNKNOWN.value)
        self.injury_notes = QPlainTextEdit(page)
        self.injury_notes.setTabChangesFocus(True)
        self.injury_notes.setAccessibleName(self.tr("Injury notes (stay on this device)"))
        self.injury_notes.setMaximumHeight(80)
        self.weapon = QCheckBox(self.tr("A weapon was used"), page)
        self.weapon_description = QLineEdit(page)
        self.weapon_description.setAccessibleName(self.tr("Weapon (stays on this device)"))
        self.police_told = QCheckBox(self.tr("The police have already been told"), page)
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
        column = QVBoxLayout(page)
        column.addWidget(types_box)
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _when_step(self) -> QWidget:
        page = QWidget(self)
        self.when = WholeDateTimeEdit(page)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setTimeZone(QTimeZone(DEFAULT_ZONE.encode()))
        self.when.setAccessibleName(self.tr("When it happened"))
        self.approximate = QCheckBox(self.tr("&Approximately"), page)
        self.approximate.setAccessibleName(self.tr("The time is approximate"))
        self.precision = QComboBox(page)
        for value in _APPROXIMATE:
            self.precision.addItem(label(value), value.value)
        self.precision.setAccessibleName(self.tr("How well the time is known"))
        self.precision.setEnabled(False)
        self.approximate.toggled.connect(self.precision.setEnabled)
        self.area = QComboBox(page)
        self.area.setAccessibleName(self.tr("Area"))
        self.location_note = QPlainTextEdit(page)
        self.location_note.setTabChangesFocus(True)
        self.location_note.setAccessibleName(self.tr("Where exactly (stays on this device)"))
        form = QFormLayout(page)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.approximate)
        when_row.addWidget(self.precision)
        when_row.addStretch(1)
        # A label with a buddy: given a layout, QFormLayout's label showed "&When:" literally.
        when_label = QLabel(self.tr("&When:"), page)
        when_label.setBuddy(self.when)
        form.addRow(when_label, when_row)
        form.addRow(self.tr("A&rea:"), self.area)
        form.addRow(self.tr("Where exactly\n(stays on this device):"), self.location_note)
        return page

    def _who_step(self) -> QWidget:
        page = QWidget(self)
        self.perpetrators = ListEditor(self.tr("Perpetrator"), PerpetratorEditor, page)
        self.vehicles = ListEditor(self.tr("Vehicle"), VehicleEditor, page)
        column = QVBoxLayout(page)
        people = QGroupBox(self.tr("Perpetrators"), page)
        QVBoxLayout(people).addWidget(self.perpetrators)
        cars = QGroupBox(self.tr("Vehicles"), page)
        QVBoxLayout(cars).addWidget(self.vehicles)
        column.addWidget(people, 2)
        column.addWidget(cars, 1)
        return page

    def _story_step(self) -> QWidget:
        page = QWidget(self)
        self.narrative = QPlainTextEdit(page)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setAccessibleName(self.tr("What happened, in their words (stays on this device)"))
        self.summary = QPlainTextEdit(page)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Alert summary (written for sharing)"))
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("What happened, in their words — stays on this device:"), page))
        column.addWidget(self.narrative, 3)
        column.addWidget(QLabel(self.tr("Alert summary — written for sharing:"), page))
        column.addWidget(
            note(
                self.tr(
                    "Write it for other sex workers to read. Names, numbers, addresses and plates are "
                    "taken out automatically; check the preview before anything is sealed."
                ),
                page,
                role="muted",
            )
        )
        column.addWidget(self.summary, 2)
        return page

    def _set_tab_orders(self) -> None:
        set_tab_chain(
            [
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
                self.when,
                self.approximate,
                self.precision,
                self.area,
                self.location_note,
                self.narrative,
                self.summary,
            ]
        )

    # ----- opening ------------------------------------------------------------------------

    def start(
        self,
        *,
        areas: list[Area],
        aliases: list[str],
        initials: str = "",
        incident: Incident | None = None,
        alias: str = "",
        person: Person | None = None,
    ) -> None:
        """Open the form empty (new incident) or on a stored incident."""
        self.reset()
        fill_areas(self.area, areas, any_text=self.tr("No area"))
        self._aliases.setStringList(sorted(set(aliases), key=str.casefold))
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(self.ctx.clock().timestamp())))
        self.initials.setText(initials)
        if incident is not None:
            self._load(incident, alias, person)
        self._clean = self.form_state()
        self.set_step(0)
        next(iter(self.types.values())).setFocus()

    def _load(self, incident: Incident, alias: str, person: Person | None) -> None:
        self.incident_id = incident.id
        self._loaded = incident
        state = self.form_state()
        state.update(
            incident_id=str(incident.id),
            types=[t.value for t in incident.types],
            alias=alias,
            age_band=(person.age_band if person else AgeBand.UNKNOWN).value,
            gender=(person.gender if person else Gender.UNKNOWN).value,
            worker_initials=incident.worker_initials,
            injury_severity=incident.injury_severity.value,
            injury_notes=incident.injury_notes,
            weapon_used=incident.weapon_used,
            weapon_description=incident.weapon_description,
            police_told=incident.police_told,
            occurred_at=incident.occurred_at.isoformat(),
            precision=incident.occurred_precision.value,
            area_id=str(incident.area_id) if incident.area_id else None,
            location_note=incident.location_note,
            perpetrators=[PerpetratorEditor.state_of(p) for p in incident.perpetrators],
            vehicles=[VehicleEditor.state_of(v) for v in incident.vehicles],
            narrative=incident.narrative,
            alert_summary=incident.alert_summary,
            reported_at=incident.reported_at.isoformat(),
            zone=incident.zone,
        )
        self.restore_state(state, step=0)

    def reset(self) -> None:
        """Empty every field (also what lock calls through the page's clear_sensitive)."""
        self.incident_id = None
        self._loaded = None
        self._clean = None
        for box in self.types.values():
            box.setChecked(False)
        for field in (self.alias, self.initials, self.weapon_description):
            field.clear()
        for text in (self.injury_notes, self.location_note, self.narrative, self.summary):
            text.clear()
        select_data(self.age_band, AgeBand.UNKNOWN.value)
        select_data(self.gender, Gender.UNKNOWN.value)
        select_data(self.severity, InjurySeverity.UNKNOWN.value)
        self.weapon.setChecked(False)
        self.police_told.setChecked(False)
        self.approximate.setChecked(False)
        self.area.clear()
        self._aliases.setStringList([])
        self.perpetrators.set_states([])
        self.vehicles.set_states([])
        self.consent.reset()
        self.consent.initials.clear()
        self.preview.clear()
        self.message.clear()
        self._busy = False
        self._draft_reported_at = None
        self._zone = DEFAULT_ZONE

    # ----- state (drafts) -----------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        """Everything typed, as JSON-able values (what lock saves as an encrypted draft)."""
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        loaded = self._loaded
        return {
            "incident_id": str(self.incident_id) if self.incident_id else None,
            "step": min(self.step(), 3),
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
            "occurred_at": when.isoformat(),
            "precision": self.precision.currentData()
            if self.approximate.isChecked()
            else TimePrecision.EXACT.value,
            "area_id": self.area.currentData(),
            "location_note": self.location_note.toPlainText(),
            "perpetrators": self.perpetrators.states(),
            "vehicles": self.vehicles.states(),
            "narrative": self.narrative.toPlainText(),
            "alert_summary": self.summary.toPlainText(),
            "reported_at": loaded.reported_at.isoformat() if loaded else None,
            "zone": loaded.zone if loaded else DEFAULT_ZONE,
        }

    def restore_state(self, state: dict[str, Any], *, step: int | None = None) -> None:
        """Fill the form from `form_state()` output (a draft after unlock, or a loaded incident)."""
        self.incident_id = UUID(state["incident_id"]) if state.get("incident_id") else None
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
        if state.get("occurred_at"):
            moment = datetime.fromisoformat(state["occurred_at"])
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        precision = state.get("precision", TimePrecision.EXACT.value)
        self.approximate.setChecked(precision != TimePrecision.EXACT.value)
        if precision != TimePrecision.EXACT.value:
            select_data(self.precision, precision)
        select_data(self.area, state.get("area_id"))
        self.location_note.setPlainText(str(state.get("location_note", "")))
        self.perpetrators.set_states(list(state.get("perpetrators", [])))
        self.vehicles.set_states(list(state.get("vehicles", [])))
        self.narrative.setPlainText(str(state.get("narrative", "")))
        self.summary.setPlainText(str(state.get("alert_summary", "")))
        if state.get("reported_at") and self._loaded is None and self.incident_id is not None:
            # A draft of an incident already stored: keep when it was first reported.
            self._draft_reported_at = datetime.fromisoformat(state["reported_at"])
        self._zone = str(state.get("zone") or DEFAULT_ZONE)
        self.set_step(int(state.get("step", 0)) if step is None else step)

    def is_dirty(self) -> bool:
        """True when something was typed since the form was opened or saved."""
        return self._clean is not None and self.form_state() != self._clean

    def is_open(self) -> bool:
        return self._clean is not None

    def set_areas(self, areas: list[Area]) -> None:
        fill_areas(self.area, areas, any_text=self.tr("No area"))

    def set_aliases(self, aliases: list[str]) -> None:
        self._aliases.setStringList(sorted(set(aliases), key=str.casefold))

    def mark_open(self) -> None:
        """A restored draft counts as unsaved (it was never saved as an incident)."""
        self._clean = {}

    # ----- steps --------------------------------------------------------------------------

    def step(self) -> int:
        return self.steps.currentIndex()

    def set_step(self, number: int) -> None:
        self.steps.setCurrentIndex(number)
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(number + 1))
            .replace("%2", str(len(self.step_titles)))
            .replace("%3", self.step_titles[number])
        )
        editing = number <= 3
        self.back_button.setVisible(0 < number <= 3)
        self.next_button.setVisible(number < 3)
        self.save_button.setVisible(number == 3)
        self.save_close_button.setVisible(editing)
        self.cancel_button.setText(self.tr("Close without saving") if editing else self.tr("Close"))
        if number == 4 and not self.consent.initials.text():
            self.consent.initials.setText(self.initials.text())

    def go_next(self) -> None:
        if self.step() < 3:
            self.set_step(self.step() + 1)

    def go_back(self) -> None:
        if 0 < self.step() <= 3:
            self.set_step(self.step() - 1)

    # ----- saving -------------------------------------------------------------------------

    def build_incident(self) -> Incident:
        """The incident as typed; ValueError (pydantic's ValidationError) when something is wrong."""
        state = self.form_state()
        if not state["types"]:
            raise IncidentInputError(self.tr("Tick at least one thing that happened (step 1)."))
        if not state["worker_initials"].strip():
            raise IncidentInputError(self.tr("Type the worker's initials (step 1)."))
        reported = self._loaded.reported_at if self._loaded else self._draft_reported_at
        return Incident(
            id=self.incident_id or uuid4(),
            worker_initials=state["worker_initials"],
            reported_at=reported or self.ctx.clock(),
            occurred_at=datetime.fromisoformat(state["occurred_at"]),
            occurred_precision=TimePrecision(state["precision"]),
            zone=self._loaded.zone if self._loaded else self._zone,
            area_id=UUID(state["area_id"]) if state["area_id"] else None,
            location_note=state["location_note"],
            types=[IncidentType(t) for t in state["types"]],
            injury_severity=InjurySeverity(state["injury_severity"]),
            injury_notes=state["injury_notes"],
            weapon_used=state["weapon_used"],
            weapon_description=state["weapon_description"],
            perpetrators=[PerpetratorEditor.model_of(p) for p in state["perpetrators"]],
            vehicles=[VehicleEditor.model_of(v) for v in state["vehicles"]],
            narrative=state["narrative"],
            alert_summary=state["alert_summary"],
            police_told=state["police_told"],
        )

    def save(self, *, then_consent: bool) -> None:
        if self._busy or self.step() > 3:
            return
        if self._show_field_problem():
            return
        try:
            incident = self.build_incident()
        except IncidentInputError as exc:
            self._say(str(exc), error=True)
            return
        except ValueError as exc:
            self._say(error_text(exc, self.tr("save the incident")), error=True)
            return
        alias, age_band, gender = self.alias.text(), self.age_band.currentData(), self.gender.currentData()
        self._store(incident, alias, age_band, gender, then_consent=then_consent, choice=None)

    def _store(
        self,
        incident: Incident,
        alias: str,
        age_band: str,
        gender: str,
        *,
        then_consent: bool,
        choice: PersonChoice,
    ) -> None:
        now = self.ctx.clock()
        self._busy = True

        def saved(result: tuple[Incident, bool, bool]) -> None:
            self._busy = False
            stored, created, again = result
            self.incident_id = stored.id
            self._loaded = stored
            self._clean = self.form_state()
            kinds = [INCIDENTS, PEOPLE, OUTBOX] if created else [INCIDENTS, OUTBOX]
            self.ctx.changes.publish(Changes.of(*kinds, ids=[str(stored.id)]))
            if again:
                # Shared before and changed now: the new version waits for the person.
                self._say(
                    self.tr(
                        "Saved. This incident was shared, and the new version is not shared until "
                        "the person confirms it. Close to leave the earlier version as it was."
                    ),
                    error=False,
                )
                self._open_consent(confirm_again=True)
            elif then_consent:
                self._say(self.tr("Incident saved."), error=False)
                self._open_consent()
            else:
                self.finished.emit(self.tr("Incident saved. It stays on this device until consent is given."))

        def failed(exc: BaseException) -> None:
            self._busy = False

            def again_with(answer: PersonChoice) -> None:
                self._store(incident, alias, age_band, gender, then_consent=then_consent, choice=answer)

            if not ask_which_person(self, alias, exc, again_with):
                self._say(error_text(exc, self.tr("save the incident")), error=True)

        self.ctx.tasks.run_db(
            lambda s: save_incident(s, incident, alias, age_band, gender, now, choice), saved, failed
        )

    def _show_field_problem(self) -> bool:
        """Go to the first perpetrator field that cannot be saved as typed, say why, and keep
        everything as it was typed. True when there was one (nothing is saved)."""
        found = None
        for number, editor in enumerate(self.perpetrators.editors(), start=1):
            problem = editor.first_problem()
            if problem is not None and found is None:
                found = (number, editor, *problem)
        if found is None:
            return False
        number, editor, field, problem = found
        self.set_step(2)
        self.perpetrators.tabs.setCurrentWidget(editor)
        field.setFocus()
        self._say(self.tr("Perpetrator %1: %2").replace("%1", str(number)).replace("%2", problem), error=True)
        return True

    def _on_cancel(self) -> None:
        if self.step() > 3:
            self.finished.emit(self.tr("Closed."))
        elif self.is_dirty():
            self._ask_discard()
        else:
            self.finished.emit("")

    def _ask_discard(self) -> None:
        """Closing a half-done interview asks first; keeping it (the default) changes nothing."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Close without saving?"),
            self.tr("What was typed in this interview since it was last saved will be lost."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(self.tr("Discard what was typed"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setObjectName("discard_interview_box")

        def finished(_result: int) -> None:
            chosen = box.clickedButton()
            self.active_dialog = None
            box.deleteLater()
            if chosen is discard:
                self.finished.emit(self.tr("Closed without saving."))

        box.finished.connect(finished)
        self.active_dialog = box
        box.open()

    # ----- consent, preview, seal ---------------------------------------------------------

    def _open_consent(self, *, confirm_again: bool = False) -> None:
        incident_id = self.incident_id
        if incident_id is None:
            return

        def checked(area_name: str | None) -> None:
            if area_name is None:
                self._load_consent(incident_id, confirm_again=confirm_again)
                return
            where = (
                self.tr("the area “%1” has no server region yet").replace("%1", area_name)
                if area_name
                else self.tr("it has no area")
            )
            self._say(
                self.tr(
                    "Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. "
                    "Choose an area, or set the area's region in Settings → Areas (or `outreach area "
                    "set-region`), then open the incident again to share it."
                ).replace("%1", where),
                error=True,
            )

        self.ctx.tasks.run_db(
            lambda s: area_without_region(s, incident_id), checked, self._failed(self.tr("check the area"))
        )

    def _load_consent(self, incident_id: UUID, *, confirm_again: bool) -> None:
        def loaded(found: tuple[dict[Any, bool], int] | None) -> None:
            if found is None:
                self.consent.reset()
            elif confirm_again:
                self.consent.reset_confirm(found[0], found[1])
            else:
                self.consent.reset(found[0], found[1])
            self.consent.initials.setText(self.initials.text())
            self.set_step(4)
            first_yes = next(iter(self.consent.choices.values()))[0]
            first_yes.setFocus()

        self.ctx.tasks.run_db(
            lambda s: consent_of(s, incident_id), loaded, self._failed(self.tr("load the consent"))
        )

    def _record_consent(self) -> None:
        incident_id = self.incident_id
        initials = self.consent.initials.text().strip()
        if incident_id is None or self._busy:
            return
        if not initials:
            self.consent.status.setText(self.tr("Type the initials of the worker recording consent."))
            return
        purposes = self.consent.granted()
        method = self.consent.method.currentData()
        now = self.ctx.clock()
        self._busy = True

        def recorded(outcome: Any) -> None:
            self._busy = False
            self.consent.show_recorded(outcome.code, outcome.consent.version)
            self.ctx.changes.publish(Changes.of(OUTBOX, INCIDENTS, ids=[str(incident_id)]))

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.consent.status.setText(sharing_problem(exc, self.tr("record consent")))

        self.ctx.tasks.run_db(
            lambda s: record_consent(s, incident_id, purposes, initials, method, now), recorded, failed
        )

    def _nothing_shared(self) -> None:
        self.finished.emit(self.tr("Nothing will be shared. The incident stays on this device."))

    def _show_preview(self) -> None:
        incident_id = self.incident_id
        if incident_id is None:
            return
        confirming = self.consent.confirm_mode
        if confirming and not self.consent.initials.text().strip():
            self.consent.status.setText(self.tr("Type the initials of the worker recording consent."))
            return
        purposes = self.consent.granted() if confirming else None
        self.preview.clear()
        self.preview.set_confirming(confirming)
        self.set_step(5)

        def failed(exc: BaseException) -> None:
            self.preview.show_problem(sharing_problem(exc, self.tr("prepare the preview")))

        self.ctx.tasks.run_db(
            lambda s: preview_payload(s, incident_id, purposes), self.preview.show_payload, failed
        )

    def _remove_suspect(self, field: str, text: str) -> None:
        """Take `text` out of the shared text `field` (sharing.summary_edit), then show the
        rebuilt preview; a shared incident that now differs goes to "confirm again", as after
        an edit."""
        incident_id = self.incident_id
        if incident_id is None or self._busy:
            return
        confirming = self.consent.confirm_mode
        purposes = self.consent.granted() if confirming else None
        now = self.ctx.clock()
        self._busy = True

        def run(s: Any) -> tuple[str | None, Incident | None]:
            """(the rebuilt preview, or None when the person must confirm again; the incident)."""
            again = remove_suspect(s, incident_id, field, text, now)
            payload = None if again and not confirming else preview_payload(s, incident_id, purposes)
            return payload, self._stored(s, incident_id)

        def done(result: tuple[str | None, Incident | None]) -> None:
            self._busy = False
            payload, stored = result
            if stored is not None:  # the form shows the texts as now stored, so a save keeps the removal
                self.summary.setPlainText(stored.alert_summary)
                self.perpetrators.set_states([PerpetratorEditor.state_of(p) for p in stored.perpetrators])
                self.vehicles.set_states([VehicleEditor.state_of(v) for v in stored.vehicles])
            self._clean = self.form_state()
            self.ctx.changes.publish(Changes.of(INCIDENTS, OUTBOX, ids=[str(incident_id)]))
            if payload is None:
                self._say(
                    self.tr(
                        "Removed. This incident was shared, so the new version needs the person's "
                        "confirmation before it is sealed."
                    ),
                    error=False,
                )
                self._open_consent(confirm_again=True)
                return
            self.preview.show_payload(payload)

        def failed(exc: BaseException) -> None:
            self._busy = False
            shown = self.preview.payload
            if shown is not None:
                self.preview.show_payload(shown)  # nothing changed: the same preview, usable again
            self.preview.status.setText(sharing_problem(exc, self.tr("remove it")))

        self.ctx.tasks.run_db(run, done, failed)

    @staticmethod
    def _stored(session: Any, incident_id: UUID) -> Incident | None:
        from outreach_app.storage.repos.incidents import get_incident

        return get_incident(session.conn, incident_id)

    def _seal(self) -> None:
        incident_id, payload = self.incident_id, self.preview.payload
        if incident_id is None or payload is None or self._busy:
            return
        now = self.ctx.clock()
        if self.consent.confirm_mode:
            purposes = self.consent.granted()
            initials = self.consent.initials.text().strip()
            method = self.consent.method.currentData()

            def run(s: Any) -> Any:
                return confirm_and_seal(s, incident_id, purposes, initials, method, payload, now)
        else:

            def run(s: Any) -> Any:
                return seal(s, incident_id, payload, now)

        self._busy = True
        self.preview.seal_button.setEnabled(False)

        def sealed(item: Any) -> None:
            self._busy = False
            self.ctx.changes.publish(Changes.of(OUTBOX, INCIDENTS, ids=[str(incident_id)]))
            if item.state == "awaiting_review":
                text = self.tr("Sealed. A coordinator reviews it before it is sent.")
            else:
                text = self.tr(
                    "Sealed and queued: it is sent at a random time within the next 15 minutes, so the "
                    "sending does not show when it was written. Sync now on Review & sync sends it at once."
                )
            if item.supersedes is not None:
                text += " " + self.tr("It replaces the version sent earlier.")
            self.preview.clear()
            self.finished.emit(text)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.preview.show_problem(sharing_problem(exc, self.tr("seal the report")))

        self.ctx.tasks.run_db(run, sealed, failed)

    def print_slip(self, code: str) -> None:
        """Print the neutral slip on a printer the worker picks; with no printer (or "print to
        file") ask where to save the PDF, written 0600 and recorded for quick delete."""
        from outreach_app.ui.print_to_file import choose_printer

        choose_printer(
            self,
            self.tr("Print the withdrawal slip"),
            "slip.pdf",
            lambda printer: self.print_slip_on(code, printer),
            lambda path: self.save_slip(code, path),
        )

    def save_slip(self, code: str, path: Path) -> None:
        from outreach_app.services.handout import slip_pdf
        from outreach_app.storage.repos.outside_files import OutsideKind
        from outreach_app.ui.print_to_file import save_pdf

        save_pdf(
            self.ctx,
            path,
            slip_pdf(code),
            OutsideKind.PRINT,
            lambda _path: self.consent.status.setText(self.tr("Slip saved as a PDF.")),
            lambda _exc: self.consent.status.setText(self.tr("The slip could not be saved.")),
        )

    def print_slip_on(self, code: str, printer: Any) -> None:
        """Render the slip on a chosen printer (a QPrinter, or a QPdfWriter)."""
        from outreach_app.services.handout import render_slip

        try:
            render_slip(code, printer)
        except OSError:
            self.consent.status.setText(self.tr("The slip could not be printed."))
        else:
            self.consent.status.setText(self.tr("Slip sent to the printer."))

    # ----- messages ----------------------------------------------------------------------

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def _failed(self, doing: str) -> Any:
        return lambda exc: self._say(error_text(exc, doing), error=True)


class IncidentInputError(ValueError):
    """Something the worker must fix before saving (the message says what, in plain words)."""
