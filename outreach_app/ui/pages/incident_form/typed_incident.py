"""The incident as the worker typed it: the form's state (`IncidentForm.form_state()`) as an
`Incident`, or a plain-words reason it cannot be one yet."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from outreach_app.domain.enums import IncidentType, InjurySeverity, TimePrecision
from outreach_app.domain.models import Incident
from outreach_app.ops.form_states import IncidentFormState
from outreach_app.ui.pages.incident_form.who_step import PerpetratorEditor, VehicleEditor


class IncidentInputError(ValueError):
    """Something the worker must fix before saving (the message says what, in plain words)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentForm", text)


def incident_from_state(
    state: IncidentFormState, *, incident_id: UUID, reported_at: datetime, zone: str
) -> Incident:
    """IncidentInputError for what the worker must fix first; ValueError (pydantic's
    ValidationError) when a value is out of range."""
    if not state["types"]:
        raise IncidentInputError(
            QCoreApplication.translate("IncidentForm", "Tick at least one thing that happened (step 1).")
        )
    if not state["worker_initials"].strip():
        raise IncidentInputError(
            QCoreApplication.translate("IncidentForm", "Type the worker's initials (step 1).")
        )
    return Incident(
        id=incident_id,
        worker_initials=state["worker_initials"],
        reported_at=reported_at,
        occurred_at=datetime.fromisoformat(state["occurred_at"]),
        occurred_precision=TimePrecision(state["precision"]),
        zone=zone,
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
