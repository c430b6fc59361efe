"""Steps 5 and 6 of the interview as the form drives them: consent, "what will be shared",
removing a suspect, sealing, and the withdrawal slip. A view over `ops.sharing`: every
change runs as an op (`services.op_runner`), which publishes what it changed.

Saving an edit to an incident that was shared seals nothing when what would be sent has
changed: the flow opens the consent step in "confirm again" mode (the purposes consented
before, which the person may narrow; the same withdrawal code), then the preview of the new
version; "Seal" then records the confirmation and seals the new version together
(`ops.sharing.confirm_edit`). Closing instead leaves the new version unshared.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject

from outreach_app.domain.enums import ConsentMethod
from outreach_app.ops import incidents, sharing
from outreach_app.ops.changes import OpResult
from outreach_app.ops.sharing import (
    ConsentAnswers,
    ConsentOutcome,
    OutboxRow,
    OutboxState,
    OutsideKind,
    SuspectRemoved,
    VaultSession,
)
from outreach_app.services.op_runner import run_op
from outreach_app.ui.pages.common import error_text

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from outreach_app.ui.pages.incident_form.form import IncidentForm


def sharing_problem(exc: BaseException, doing: str) -> str:
    """Sharing's own errors carry safe, actionable messages; everything else is generic."""
    return sharing.safe_message(exc) or error_text(exc, doing)


class SharingFlow(QObject):
    """Connects the form's consent and preview steps to the sharing ops."""

    def __init__(self, form: IncidentForm) -> None:
        super().__init__(form)
        self.form = form
        self.ctx = form.ctx
        self.consent = form.consent
        self.preview = form.preview
        self.consent.record_requested.connect(self._record_consent)
        self.consent.continue_requested.connect(self._show_preview)
        self.consent.nothing_shared.connect(self._nothing_shared)
        self.consent.print_slip_requested.connect(self.print_slip)
        self.preview.seal_requested.connect(self._seal)
        self.preview.back_requested.connect(lambda: form.set_step(4))
        self.preview.remove_requested.connect(self._remove_suspect)

    # ----- consent -------------------------------------------------------------------------

    def open_consent(self, *, confirm_again: bool = False) -> None:
        """Go to the consent step, unless a report of the incident could not be sent (its area
        has no server region): then say so, and no withdrawal code is handed over."""
        incident_id = self.form.incident_id
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
            self.form.say(
                self.tr(
                    "Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. "
                    "Choose an area, or set the area's region in Settings → Areas (or `outreach area "
                    "set-region`), then open the incident again to share it."
                ).replace("%1", where),
                error=True,
            )

        self.ctx.tasks.run_db(
            lambda s: incidents.area_without_region(s, incident_id),
            checked,
            self.form.failed(self.tr("check the area")),
        )

    def _load_consent(self, incident_id: UUID, *, confirm_again: bool) -> None:
        def loaded(found: ConsentAnswers | None) -> None:
            if found is None:
                self.consent.reset()
            elif confirm_again:
                self.consent.reset_confirm(found.decisions, found.version)
            else:
                self.consent.reset(found.decisions, found.version)
            self.consent.initials.setText(self.form.initials.text())
            self.form.set_step(4)
            first_yes = next(iter(self.consent.choices.values()))[0]
            first_yes.setFocus()

        self.ctx.tasks.run_db(
            lambda s: sharing.consent_answers(s, incident_id),
            loaded,
            self.form.failed(self.tr("load the consent")),
        )

    def _record_consent(self) -> None:
        incident_id = self.form.incident_id
        initials = self.consent.initials.text().strip()
        if incident_id is None or self.form.busy:
            return
        if not initials:
            self.consent.status.setText(self.tr("Type the initials of the worker recording consent."))
            return
        purposes = self.consent.granted()
        method = ConsentMethod(self.consent.method.currentData())
        now = self.ctx.clock()
        self.form.busy = True

        def recorded(outcome: ConsentOutcome) -> None:
            self.form.busy = False
            self.consent.show_recorded(outcome.code, outcome.consent.version)

        def failed(exc: BaseException) -> None:
            self.form.busy = False
            self.consent.status.setText(sharing_problem(exc, self.tr("record consent")))

        run_op(
            self.ctx.tasks,
            self.ctx.changes,
            lambda s: sharing.record_consent(
                s, incident_id, purposes, initials=initials, method=method, now=now
            ),
            recorded,
            failed,
        )

    def _nothing_shared(self) -> None:
        self.form.finished.emit(self.tr("Nothing will be shared. The incident stays on this device."))

    # ----- preview and suspects -------------------------------------------------------------

    def _show_preview(self) -> None:
        incident_id = self.form.incident_id
        if incident_id is None:
            return
        confirming = self.consent.confirm_mode
        if confirming and not self.consent.initials.text().strip():
            self.consent.status.setText(self.tr("Type the initials of the worker recording consent."))
            return
        purposes = self.consent.granted() if confirming else None
        self.preview.clear()
        self.preview.set_confirming(confirming)
        self.form.set_step(5)

        def failed(exc: BaseException) -> None:
            self.preview.show_problem(sharing_problem(exc, self.tr("prepare the preview")))

        self.ctx.tasks.run_db(
            lambda s: sharing.preview(s, incident_id, purposes), self.preview.show_payload, failed
        )

    def _remove_suspect(self, field: str, text: str) -> None:
        """Take `text` out of the shared text `field`, then show the rebuilt preview; a shared
        incident that now differs goes to "confirm again", as after an edit."""
        incident_id = self.form.incident_id
        if incident_id is None or self.form.busy:
            return
        confirming = self.consent.confirm_mode
        purposes = self.consent.granted() if confirming else None
        now = self.ctx.clock()
        self.form.busy = True

        def done(removed: SuspectRemoved) -> None:
            self.form.busy = False
            if (
                removed.incident is not None
            ):  # the form shows the texts as now stored, so a save keeps the removal
                self.form.show_stored_texts(removed.incident)
            self.form.mark_clean()
            if removed.preview is None:
                self.form.say(
                    self.tr(
                        "Removed. This incident was shared, so the new version needs the person's "
                        "confirmation before it is sealed."
                    ),
                    error=False,
                )
                self.open_consent(confirm_again=True)
                return
            self.preview.show_payload(removed.preview)

        def failed(exc: BaseException) -> None:
            self.form.busy = False
            shown = self.preview.payload
            if shown is not None:
                self.preview.show_payload(shown)  # nothing changed: the same preview, usable again
            self.preview.status.setText(sharing_problem(exc, self.tr("remove it")))

        run_op(
            self.ctx.tasks,
            self.ctx.changes,
            lambda s: sharing.remove_suspect(
                s, incident_id, field, text, purposes=purposes, confirming=confirming, now=now
            ),
            done,
            failed,
        )

    # ----- seal ------------------------------------------------------------------------------

    def _seal(self) -> None:
        incident_id, payload = self.form.incident_id, self.preview.payload
        if incident_id is None or payload is None or self.form.busy:
            return
        now = self.ctx.clock()
        if self.consent.confirm_mode:
            purposes = self.consent.granted()
            initials = self.consent.initials.text().strip()
            method = ConsentMethod(self.consent.method.currentData())

            def run(s: VaultSession) -> OpResult[OutboxRow]:
                confirmed = sharing.confirm_edit(
                    s,
                    incident_id,
                    purposes,
                    initials=initials,
                    method=method,
                    expected_payload=payload,
                    now=now,
                )
                return OpResult(confirmed.value.item, confirmed.changes)
        else:

            def run(s: VaultSession) -> OpResult[OutboxRow]:
                return sharing.seal(s, incident_id, expected_payload=payload, now=now)

        self.form.busy = True
        self.preview.seal_button.setEnabled(False)

        def sealed(item: OutboxRow) -> None:
            self.form.busy = False
            if item.state == OutboxState.AWAITING_REVIEW:
                text = self.tr("Sealed. A coordinator reviews it before it is sent.")
            else:
                text = self.tr(
                    "Sealed and queued: it is sent at a random time within the next 15 minutes, so the "
                    "sending does not show when it was written. Sync now on Review & sync sends it at once."
                )
            if item.supersedes is not None:
                text += " " + self.tr("It replaces the version sent earlier.")
            self.preview.clear()
            self.form.finished.emit(text)

        def failed(exc: BaseException) -> None:
            self.form.busy = False
            self.preview.show_problem(sharing_problem(exc, self.tr("seal the report")))

        run_op(self.ctx.tasks, self.ctx.changes, run, sealed, failed)

    # ----- the withdrawal slip ---------------------------------------------------------------

    def print_slip(self, code: str) -> None:
        """Print the neutral slip on a printer the worker picks; with no printer (or "print to
        file") ask where to save the PDF, written 0600 and recorded for quick delete."""
        from outreach_app.ui.print_to_file import choose_printer

        choose_printer(
            self.form,
            self.tr("Print the withdrawal slip"),
            "slip.pdf",
            lambda printer: self.print_slip_on(code, printer),
            lambda path: self.save_slip(code, path),
        )

    def save_slip(self, code: str, path: Path) -> None:
        from outreach_app.services.handout import slip_pdf
        from outreach_app.ui.print_to_file import save_pdf

        save_pdf(
            self.ctx,
            path,
            slip_pdf(code, self.consent.person_language),
            OutsideKind.PRINT,
            lambda _path: self.consent.status.setText(self.tr("Slip saved as a PDF.")),
            lambda _exc: self.consent.status.setText(self.tr("The slip could not be saved.")),
        )

    def print_slip_on(self, code: str, printer: QPagedPaintDevice) -> None:
        """Render the slip on a chosen printer (a QPrinter, or a QPdfWriter)."""
        from outreach_app.services.handout import render_slip

        try:
            render_slip(code, printer, self.consent.person_language)
        except OSError:
            self.consent.status.setText(self.tr("The slip could not be printed."))
        else:
            self.consent.status.setText(self.tr("Slip sent to the printer."))
