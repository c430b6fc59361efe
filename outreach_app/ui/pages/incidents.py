"""Incidents: the lazy list (search by words, alias, phone number or plate; filter by area,
date and type) and the interview form (incident_form.IncidentForm) in one page.

The list and the form share the page: opening an incident or starting a new one shows the
form; finishing it comes back to the list. Lock saves a half-filled interview as an
encrypted draft and clears both.

The form is built on first use (a new or opened incident, or a draft restored at unlock), not
with the page: the page is built with every main screen because it keeps a draft, and the
form (~240 widgets, ~0.05 CPU-s, restyled again by every theme switch) was about half of a
main screen's build, for a shift that may record no incident (issue 19). It is built while
the DB thread fetches the form's inputs, so the first interview waits for whichever is slower.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QWidget

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Area, Incident, Person
from outreach_app.ops.changes import Changes, Kind
from outreach_app.ops.form_states import IncidentFormState, read_incident_form_state
from outreach_app.ops.incidents import delete_incident, incident_with_person
from outreach_app.ops.records import form_inputs
from outreach_app.ops.search import IncidentRow
from outreach_app.ops.sharing import SharingStatus, sharing_status
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.labels import label, local_time_text
from outreach_app.ui.models.records import IncidentsModel
from outreach_app.ui.pages.incident_form import DRAFT_ID, IncidentForm
from outreach_app.ui.pages.record_list import RecordFilters, RecordListPage, ask_forget
from outreach_app.ui.widgets import button


def sharing_words(summary: SharingStatus | None) -> str:
    """`sharing_status` in a few words (for the detail pane)."""
    if summary is None:
        return ""
    from outreach_app.ui.models.outbox import state_words

    text = f"{state_words(summary.state)} (v{summary.version})"
    if summary.changed_since_shared:
        text += " — " + QCoreApplication.translate(
            "IncidentsPage", "changed since shared: needs the person's consent again (open it to confirm)"
        )
    return text


class IncidentsPage(RecordListPage[IncidentRow]):
    """Signals: none beyond RecordListPage's. Ctrl+N starts a new incident from anywhere on the page."""

    watched_kinds = (Kind.INCIDENTS, Kind.OUTBOX)
    RESTORES_DRAFTS = (DRAFT_ID,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, IncidentsModel(ctx.tasks), parent)
        self.set_title(self.tr("Incidents"))
        self.set_column_chars([19, 16, 12, 30, 12, 12])
        self.table.setAccessibleName(self.tr("Incidents"))
        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Filter by type"))
        self.type_filter.addItem(self.tr("Any type"), None)
        for kind in IncidentType:
            self.type_filter.addItem(label(kind), kind.value)
        self.filter_row.addWidget(self.type_filter, 1)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.new_button = button(
            self.tr("&New incident"), self.tr("Record a new incident"), self, role="primary"
        )
        self.open_button = button(self.tr("&Open / share…"), self.tr("Open the selected incident"), self)
        self.delete_button = button(self.tr("&Delete…"), self.tr("Delete the selected incident"), self)
        self.forget_button = button(
            self.tr("&Forget this person…"),
            self.tr("Forget the person of the selected incident"),
            self,
            role="danger",
        )
        self.title_row.insertWidget(1, self.new_button)
        for widget in (self.open_button, self.delete_button, self.forget_button):
            self.actions_row.addWidget(widget)
        self.new_button.clicked.connect(self.new_incident)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.on_delete_key = self.delete_selected
        QShortcut(QKeySequence.StandardKey.New, self, self.new_incident)
        self.finish_tab_order([self.type_filter], [self.open_button, self.delete_button, self.forget_button])

        # The list and the form share the page; the form is built on first use (`form`).
        self._form: IncidentForm | None = None
        self._sharing_text: dict[UUID, str] = {}
        self.ctx.changes.changed.connect(self._forget_sharing_text)
        self.update_actions(None)

    @property
    def form(self) -> IncidentForm:
        """The interview form, built now if it was not (see the module docstring)."""
        return self.build_form()

    def build_form(self) -> IncidentForm:
        """Build the interview form if it was not built yet; return it."""
        if self._form is None:
            self._form = IncidentForm(self.ctx, self.stack)  # built in its stack: no re-parenting
            self._form.finished.connect(self._on_form_finished)
            self.stack.addWidget(self._form)
        return self._form

    def built_form(self) -> IncidentForm | None:
        """The interview form if it was built, else None (builds nothing)."""
        return self._form

    # ----- list ---------------------------------------------------------------------------

    def extra_query(self) -> RecordFilters:
        kind = self.type_filter.currentData()
        return {"types": (IncidentType(kind),) if kind else ()}

    def detail_rows(self, item: IncidentRow | None) -> list[tuple[str, str]]:
        if item is None:
            return []
        i = item.incident
        when = local_time_text(i.occurred_at, i.zone)
        if i.occurred_precision.value != "exact":
            when += f" ({label(i.occurred_precision)})"
        people = "; ".join(
            ", ".join(
                part
                for part in (
                    label(p.gender),
                    f"{p.age_min or '?'}-{p.age_max or '?'}" if p.age_min or p.age_max else "",
                    p.name_used,
                    " ".join(p.phone_numbers),
                    " ".join(p.email_addresses),
                )
                if part
            )
            for p in i.perpetrators
        )
        vehicles = "; ".join(
            " ".join(x for x in (v.colour, v.make, v.model, v.registration) if x) for v in i.vehicles
        )
        return [
            (self.tr("When"), when),
            (self.tr("Area"), item.area),
            (self.tr("Alias"), item.alias or self.tr("(not recorded)")),
            (self.tr("What happened"), ", ".join(label(t) for t in i.types)),
            (self.tr("Injury"), label(i.injury_severity)),
            (self.tr("Perpetrators"), people),
            (self.tr("Vehicles"), vehicles),
            (self.tr("Where exactly"), i.location_note),
            (self.tr("Their words"), i.narrative),
            (self.tr("Alert summary"), i.alert_summary),
            (self.tr("Sharing"), self._sharing_text.get(i.id, "")),
        ]

    def update_actions(self, item: IncidentRow | None) -> None:
        self.open_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.forget_button.setEnabled(item is not None and item.incident.person_id is not None)
        if item is not None and item.incident.id not in self._sharing_text:
            incident_id = item.incident.id

            def known(summary: SharingStatus | None) -> None:
                text = sharing_words(summary)
                self._sharing_text[incident_id] = text
                if text and self.selected_id() == incident_id:
                    self._show_selected()

            self.ctx.tasks.run_db(lambda s: sharing_status(s, incident_id), known, lambda _exc: None)

    def apply_filters(self) -> None:
        self._sharing_text = {}
        super().apply_filters()

    def _forget_sharing_text(self, changes: Changes) -> None:
        if changes.touches(Kind.OUTBOX, Kind.INCIDENTS):
            self._sharing_text = {}

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        super().on_unlocked()
        self.load_form_draft(DRAFT_ID, read_incident_form_state, self._restore_draft)

    def clear_sensitive(self) -> None:
        super().clear_sensitive()
        self._sharing_text = {}
        self.type_filter.setCurrentIndex(0)
        if self._form is not None:  # a form never built holds nothing
            self._form.reset()
        self.stack.setCurrentIndex(0)

    def has_unsaved_draft(self) -> bool:
        form = self._form
        return form is not None and self.stack.currentWidget() is form and form.is_dirty()

    def save_draft(self) -> None:
        self.queue_draft_save(DRAFT_ID, "incident", self.form.form_state())

    def _restore_draft(self, state: IncidentFormState) -> None:
        def ready(inputs: tuple[list[Area], list[str], str]) -> None:
            areas, aliases, _initials = inputs
            self.form.start(areas=areas, aliases=aliases)
            self.form.restore_state(state)
            self.form.mark_open()
            self.stack.setCurrentWidget(self.form)
            self.form._say(
                self.tr("The interview you had started before the lock was restored."), error=False
            )
            self.discard_draft(DRAFT_ID)

        self.ctx.tasks.run_db(form_inputs, ready, self.failure(self.tr("restore the interview")))
        self.build_form()  # while the DB thread reads the inputs

    # ----- actions ------------------------------------------------------------------------

    def new_incident(self) -> None:
        if self.ctx.tasks.session is None or self.stack.currentWidget() is self._form:
            return

        def ready(inputs: tuple[list[Area], list[str], str]) -> None:
            areas, aliases, initials = inputs
            self.form.start(areas=areas, aliases=aliases, initials=initials)
            self.stack.setCurrentWidget(self.form)

        self.ctx.tasks.run_db(form_inputs, ready, self.failure(self.tr("open the form")))
        self.build_form()  # while the DB thread reads the inputs

    def open_selected(self) -> None:
        incident_id = self.selected_id()
        if incident_id is None:
            return
        row = self.selected_item()
        alias = row.alias if row is not None else ""

        def ready(
            result: tuple[tuple[list[Area], list[str], str], tuple[Incident | None, Person | None]],
        ) -> None:
            (areas, aliases, _initials), (incident, person) = result
            if incident is None:
                self.show_message(self.tr("That incident is no longer stored."), True)
                return
            self.form.start(areas=areas, aliases=aliases, incident=incident, alias=alias, person=person)
            self.stack.setCurrentWidget(self.form)

        self.ctx.tasks.run_db(
            lambda s: (form_inputs(s), incident_with_person(s, incident_id)),
            ready,
            self.failure(self.tr("open the incident")),
        )
        self.build_form()  # while the DB thread reads the incident

    def _on_form_finished(self, text: str) -> None:
        self.form.reset()
        self.stack.setCurrentIndex(0)
        if text:
            self.show_message(text)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        incident_id = item.incident.id
        when = local_time_text(item.incident.occurred_at, item.incident.zone)

        def delete() -> None:
            def done(_deleted: bool) -> None:
                self.show_message(self.tr("Incident deleted."))

            self.run_op(
                lambda s: delete_incident(s, incident_id),
                done,
                self.failure(self.tr("delete the incident")),
            )

        self.confirm(
            self.tr("Delete incident"),
            self.tr(
                "Delete the incident of %1 from this device? This cannot be undone. "
                "A report already sent is not recalled by this: withdraw it with the withdrawal code."
            ).replace("%1", when),
            self.tr("Delete incident"),
            delete,
        )

    def forget_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.incident.person_id is not None:
            ask_forget(self, item.incident.person_id)
