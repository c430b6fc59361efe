"""The incident interview: what happened, when and where, who and which vehicle, the story,
then consent and "what will be shared" before anything is sealed.

Steps (Alt+N next, Alt+B back, Ctrl+S saves), one module each:
 1. what_step — types, the person (alias; age band and gender for statistics), injury,
    weapon, police told.
 2. when_step — date and time, "approximately" (→ TimePrecision), area, and a location
    note that stays on this device.
 3. who_step — perpetrators and vehicles, any number of each; phone numbers and e-mail
    addresses are checked as typed and never rewritten.
 4. story_step — the narrative (stays on this device) and the alert summary (written for
    sharing). "Save and continue" stores the incident (`ops.incidents.save_incident`).
 5. Consent (consent_step.ConsentStep) — records consent and shows the withdrawal code once.
 6. What will be shared (consent_step.PreviewStep) — the exact payload; parts that might
    still identify someone are kept or removed; then "Seal" puts it in the outbox.
Steps 5 and 6 are driven by sharing_flow over `ops.sharing`; form.IncidentForm holds them
together (navigation, drafts, saving, closing).
"""

from outreach_app.ui.pages.incident_form.form import DRAFT_ID, IncidentForm
from outreach_app.ui.pages.incident_form.typed_incident import IncidentInputError
from outreach_app.ui.pages.incident_form.who_step import ListEditor, PerpetratorEditor, VehicleEditor

__all__ = [
    "DRAFT_ID",
    "IncidentForm",
    "IncidentInputError",
    "ListEditor",
    "PerpetratorEditor",
    "VehicleEditor",
]
