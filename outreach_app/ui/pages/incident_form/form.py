"""The interview form: the steps in a stack, the buttons between them, saving, closing.

Each step is its own widget and module (what_step, when_step, who_step, story_step, then
consent_step's ConsentStep and PreviewStep driven by sharing_flow); the form keeps what
belongs to the whole interview: which incident it edits, the step shown, the state a draft
saves, and closing. Saving is saving.SaveFlow (`ops.incidents.save_incident`, run by
`services.op_runner`, which publishes what it changed).

A half-filled interview is never lost to the idle lock: `form_state()` is what lock saves
as an encrypted draft, and `restore_state()` brings it back after unlock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from uuid import UUID, uuid4

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QPagedPaintDevice, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.models import Area, Incident, Person
from outreach_app.domain.texts import SOURCE_LANGUAGE, language_for
from outreach_app.ops.form_states import IncidentFormState
from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.common import error_text, set_tab_chain
from outreach_app.ui.pages.consent_step import ConsentStep, PreviewStep
from outreach_app.ui.pages.incident_form.discard import ask_discard
from outreach_app.ui.pages.incident_form.saving import SaveFlow
from outreach_app.ui.pages.incident_form.sharing_flow import SharingFlow
from outreach_app.ui.pages.incident_form.story_step import StoryStep
from outreach_app.ui.pages.incident_form.typed_incident import incident_from_state
from outreach_app.ui.pages.incident_form.what_step import WhatStep
from outreach_app.ui.pages.incident_form.when_step import DEFAULT_ZONE, WhenStep
from outreach_app.ui.pages.incident_form.who_step import WhoStep
from outreach_app.ui.theme import scaled_font
from outreach_app.ui.widgets import button, note, set_role

DRAFT_ID = "incident-form"


class IncidentForm(QWidget):
    """The interview (see the package docstring).

    Attributes:
        steps: the step pages; `step_titles` their names. `what`, `when_where`, `who`,
            `story`, `consent` and `preview` are the steps; their fields are also reachable
            here by name (`alias`, `summary`, `perpetrators` …).
        incident_id: the stored incident this form edits (None until first saved).
        busy: an operation of the form is running (a second press does nothing).

    Signals:
        finished(str): the worker is done (closed, shared or nothing shared); a message to show.
    """

    finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: UUID | None = None
        self._loaded: Incident | None = None
        # The state when last opened or saved; empty for a restored draft (never clean).
        self._clean: Mapping[str, object] | None = None
        self.active_dialog: QDialog | None = None  # "close without saving?" or "which person?", while open
        self.busy = False
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
        # Each step is built inside its scroll area, itself inside the stack: a step built
        # elsewhere and moved in had every widget restyled by the move (issue 19).
        scrolls = [self._scroll_area() for _ in range(4)]
        self.what = WhatStep(scrolls[0].viewport())
        self.when_where = WhenStep(scrolls[1].viewport())
        self.who = WhoStep(scrolls[2].viewport())
        self.story = StoryStep(scrolls[3].viewport())
        for scroll, page in zip(scrolls, (self.what, self.when_where, self.who, self.story), strict=True):
            scroll.setWidget(page)
        self.consent = ConsentStep(self)
        self.preview = PreviewStep(self)
        self.steps.addWidget(self.consent)
        self.steps.addWidget(self.preview)
        self._name_fields()

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
        self.sharing = SharingFlow(self)
        self.saving = SaveFlow(self)
        set_tab_chain([*self.what.tab_stops(), *self.when_where.tab_stops(), *self.story.tab_stops()])
        self.set_step(0)

    def _name_fields(self) -> None:
        """The steps' fields by name, as the pages and tests have always reached them."""
        self.types = self.what.types
        self.alias, self.age_band, self.gender = self.what.alias, self.what.age_band, self.what.gender
        self.initials, self.severity = self.what.initials, self.what.severity
        self.injury_notes, self.weapon = self.what.injury_notes, self.what.weapon
        self.weapon_description, self.police_told = self.what.weapon_description, self.what.police_told
        self.when, self.approximate = self.when_where.when, self.when_where.approximate
        self.precision, self.area = self.when_where.precision, self.when_where.area
        self.location_note = self.when_where.location_note
        self.perpetrators, self.vehicles = self.who.perpetrators, self.who.vehicles
        self.narrative, self.summary = self.story.narrative, self.story.summary

    def _scroll_area(self) -> QScrollArea:
        """A scroll area added to the steps' stack, for a step to be built in its viewport."""
        scroll = QScrollArea(self.steps)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.steps.addWidget(scroll)
        return scroll

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
        self.set_areas(areas)
        self.set_aliases(aliases)
        self.when_where.set_moment(self.ctx.clock())
        self.initials.setText(initials)
        if incident is not None:
            self._load(incident, alias, person)
        self._clean = self.form_state()
        self.set_step(0)
        next(iter(self.types.values())).setFocus()

    def _load(self, incident: Incident, alias: str, person: Person | None) -> None:
        self.incident_id = incident.id
        self._loaded = incident
        self.consent.set_person_language(language_for(person.preferred_language if person else ""))
        state: IncidentFormState = {
            **self.form_state(),
            **WhatStep.state_of(incident, alias, person),
            **WhenStep.state_of(incident),
            **WhoStep.state_of(incident),
            **StoryStep.state_of(incident),
            "incident_id": str(incident.id),
            "reported_at": incident.reported_at.isoformat(),
            "zone": incident.zone,
        }
        self.restore_state(state, step=0)

    def reset(self) -> None:
        """Empty every field (also what lock calls through the page's clear_sensitive)."""
        self.incident_id = None
        self._loaded = None
        self._clean = None
        for page in (self.what, self.when_where, self.who, self.story):
            page.reset()
        self.consent.reset()
        self.consent.set_person_language(SOURCE_LANGUAGE)
        self.consent.initials.clear()
        self.preview.clear()
        self.message.clear()
        self.busy = False
        self._draft_reported_at = None
        self._zone = DEFAULT_ZONE

    # ----- state (drafts) -----------------------------------------------------------------

    def form_state(self) -> IncidentFormState:
        """Everything typed, as JSON-able values (what lock saves as an encrypted draft)."""
        loaded = self._loaded
        return {
            "incident_id": str(self.incident_id) if self.incident_id else None,
            "step": min(self.step(), 3),
            **self.what.state(),
            **self.when_where.state(),
            **self.who.state(),
            **self.story.state(),
            "reported_at": loaded.reported_at.isoformat() if loaded else None,
            "zone": loaded.zone if loaded else DEFAULT_ZONE,
        }

    def restore_state(self, state: IncidentFormState, *, step: int | None = None) -> None:
        """Fill the form from `form_state()` output (a draft after unlock, read back with
        `form_states.read_incident_form_state`, or a loaded incident)."""
        incident_id = state.get("incident_id")
        self.incident_id = UUID(incident_id) if incident_id else None
        for page in (self.what, self.when_where, self.who, self.story):
            page.set_state(state)
        reported_at = state.get("reported_at")
        if reported_at and self._loaded is None and self.incident_id is not None:
            # A draft of an incident already stored: keep when it was first reported.
            self._draft_reported_at = datetime.fromisoformat(reported_at)
        self._zone = str(state.get("zone") or DEFAULT_ZONE)
        self.set_step(int(state.get("step", 0)) if step is None else step)

    def is_dirty(self) -> bool:
        """True when something was typed since the form was opened or saved."""
        return self._clean is not None and self.form_state() != self._clean

    def is_open(self) -> bool:
        return self._clean is not None

    def set_areas(self, areas: list[Area]) -> None:
        self.when_where.set_areas(areas)

    def set_aliases(self, aliases: list[str]) -> None:
        self.what.set_aliases(aliases)

    def mark_open(self) -> None:
        """A restored draft counts as unsaved (it was never saved as an incident)."""
        self._clean = {}

    def mark_clean(self) -> None:
        """What the form shows now is what is stored."""
        self._clean = self.form_state()

    def show_stored_texts(self, incident: Incident) -> None:
        """Show the shared texts as stored (after a suspect was removed from one of them)."""
        self.summary.setPlainText(incident.alert_summary)
        self.who.show_stored(incident.perpetrators, incident.vehicles)

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
        """The incident as typed; ValueError (IncidentInputError: what to fix) when it cannot be."""
        reported = self._loaded.reported_at if self._loaded else self._draft_reported_at
        return incident_from_state(
            self.form_state(),
            incident_id=self.incident_id or uuid4(),
            reported_at=reported or self.ctx.clock(),
            zone=self._loaded.zone if self._loaded else self._zone,
        )

    def save(self, *, then_consent: bool) -> None:
        """Save what was typed (`saving.SaveFlow`), then go on to consent or close."""
        self.saving.save(then_consent=then_consent)

    def adopt_saved(self, incident: Incident) -> None:
        """The form now edits the incident as stored."""
        self.incident_id = incident.id
        self._loaded = incident
        self.mark_clean()

    # ----- closing ------------------------------------------------------------------------

    def _on_cancel(self) -> None:
        if self.step() > 3:
            self.finished.emit(self.tr("Closed."))
        elif self.is_dirty():
            self._ask_discard()
        else:
            self.finished.emit("")

    def _ask_discard(self) -> None:
        def closed() -> None:
            self.active_dialog = None

        self.active_dialog = ask_discard(
            self, lambda: self.finished.emit(self.tr("Closed without saving.")), closed
        )

    # ----- the slip (the sharing flow prints it) --------------------------------------------

    def print_slip(self, code: str) -> None:
        self.sharing.print_slip(code)

    def print_slip_on(self, code: str, printer: QPagedPaintDevice) -> None:
        self.sharing.print_slip_on(code, printer)

    # ----- messages ----------------------------------------------------------------------

    def say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    _say = say  # the incidents page's name for it (until it says `say`)

    def failed(self, doing: str) -> Callable[[BaseException], None]:
        """A failure callback that shows a generic message for `doing`."""
        return lambda exc: self.say(error_text(exc, doing), error=True)
