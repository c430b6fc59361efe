"""Saving the interview: check what was typed, store it (`ops.incidents.save_incident`, run by
`services.op_runner`, which publishes what it changed), then go on to consent or close.

A perpetrator field that cannot be saved as typed is shown with its reason and nothing is
saved. An alias several people share asks which person is meant (ui.person_choice) and saves
again with the answer. Saving an edit to an incident that was shared goes to the consent
step in "confirm again" mode: the new version is not shared until the person confirms it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from outreach_app.domain.enums import AgeBand, Gender
from outreach_app.domain.models import Incident
from outreach_app.domain.texts import language_for
from outreach_app.ops.incidents import IncidentSaved, PersonChoice, save_incident
from outreach_app.services.op_runner import run_op
from outreach_app.ui.pages.common import error_text
from outreach_app.ui.pages.incident_form.typed_incident import IncidentInputError
from outreach_app.ui.person_choice import ask_which_person

if TYPE_CHECKING:
    from outreach_app.ui.pages.incident_form.form import IncidentForm


class SaveFlow(QObject):
    """Saves the form's incident (see the module docstring)."""

    def __init__(self, form: IncidentForm) -> None:
        super().__init__(form)
        self.form = form
        self.ctx = form.ctx

    def save(self, *, then_consent: bool) -> None:
        if self.form.busy or self.form.step() > 3:
            return
        if self._show_field_problem():
            return
        try:
            incident = self.form.build_incident()
        except IncidentInputError as exc:
            self.form.say(str(exc), error=True)
            return
        except ValueError as exc:
            self.form.say(error_text(exc, self.tr("save the incident")), error=True)
            return
        alias = self.form.alias.text()
        age_band, gender = AgeBand(self.form.age_band.currentData()), Gender(self.form.gender.currentData())
        self._store(incident, alias, age_band, gender, then_consent=then_consent, choice=None)

    def _store(
        self,
        incident: Incident,
        alias: str,
        age_band: AgeBand,
        gender: Gender,
        *,
        then_consent: bool,
        choice: PersonChoice,
    ) -> None:
        now = self.ctx.clock()
        self.form.busy = True

        def saved(result: IncidentSaved) -> None:
            self.form.busy = False
            self.form.adopt_saved(result.incident)
            self.form.consent.set_person_language(language_for(result.preferred_language))
            if result.needs_consent_again:
                # Shared before and changed now: the new version waits for the person.
                self.form.say(
                    self.tr(
                        "Saved. This incident was shared, and the new version is not shared until "
                        "the person confirms it. Close to leave the earlier version as it was."
                    ),
                    error=False,
                )
                self.form.sharing.open_consent(confirm_again=True)
            elif then_consent:
                self.form.say(self.tr("Incident saved."), error=False)
                self.form.sharing.open_consent()
            else:
                self.form.finished.emit(
                    self.tr("Incident saved. It stays on this device until consent is given.")
                )

        def failed(exc: BaseException) -> None:
            self.form.busy = False

            def again_with(answer: PersonChoice) -> None:
                self._store(incident, alias, age_band, gender, then_consent=then_consent, choice=answer)

            if not ask_which_person(self.form, alias, exc, again_with):
                self.form.say(error_text(exc, self.tr("save the incident")), error=True)

        run_op(
            self.ctx.tasks,
            self.ctx.changes,
            lambda s: save_incident(
                s, incident, alias=alias, age_band=age_band, gender=gender, choice=choice, now=now
            ),
            saved,
            failed,
        )

    def _show_field_problem(self) -> bool:
        """Go to the first perpetrator field that cannot be saved as typed, say why, and keep
        everything as it was typed. True when there was one (nothing is saved)."""
        found = self.form.who.first_problem()
        if found is None:
            return False
        number, editor, field, problem = found
        self.form.set_step(2)
        self.form.perpetrators.tabs.setCurrentWidget(editor)
        field.setFocus()
        self.form.say(
            self.tr("Perpetrator %1: %2").replace("%1", str(number)).replace("%2", problem), error=True
        )
        return True
