"""Drafting an alert from a report's alert envelope on the alerts desk (issue 22).

The draft starts from the structured fields the worker shared (incident types, perpetrators
with their phone numbers, e-mail addresses and handles, vehicles and plates) and the
summary. The summary is run through the same scrubber as `outreach scrub`
(`domain.scrubbing.default_scrubber`) with the perpetrator's identifiers kept (warning
about them is the point): the spans it finds are what staff must look at before anything
is published, and the proposed body is the scrubbed text. Staff then set the title,
regions and expiry; the handout's severity follows from the incident types (the preview
shows it as printed). Signing uses the desk's own signing key (`protocol.signed_alerts`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.scrubbing.scrubber import ScrubContext, default_scrubber
from outreach_app.protocol.alerts import Alert, AlertPerpetrator, AlertVehicle
from outreach_app.protocol.contents import AlertContent
from outreach_app.protocol.signed_alerts import SignedAlert, sign_alert

DEFAULT_DAYS = 28
"""An alert expires four weeks after it is issued unless staff choose otherwise."""


@dataclass(frozen=True)
class SummarySpan:
    """A stretch of the source summary the scrubber would replace: [start, end) and its kind."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class AlertDraft:
    """An alert being written. `version` is the version it will be published as."""

    alert_id: str
    version: int
    title: str
    body: str
    incident_types: tuple[IncidentType, ...]
    region_ids: tuple[str, ...]
    issued_on: date
    expires_on: date
    perpetrators: tuple[dict[str, Any], ...] = ()
    vehicles: tuple[dict[str, Any], ...] = ()
    source_envelope_id: str | None = None
    summary: str = ""
    spans: tuple[SummarySpan, ...] = field(default_factory=tuple)

    def to_alert(self) -> Alert:
        """The Alert this draft publishes (validated: bad input raises ValueError)."""
        return Alert(
            alert_id=uuid.UUID(self.alert_id),
            body=self.body,
            expires_on=self.expires_on,
            incident_types=list(self.incident_types),
            issued_on=self.issued_on,
            perpetrators=[AlertPerpetrator.model_validate(p) for p in self.perpetrators],
            region_ids=list(self.region_ids),
            title=self.title,
            vehicles=[AlertVehicle.model_validate(v) for v in self.vehicles],
            version=self.version,
        )

    def edited(self, **changes: Any) -> AlertDraft:
        return replace(self, **changes)


def _identifiers(content: AlertContent) -> list[str]:
    values: list[str] = []
    for p in content.perpetrators:
        values += list(p.phone_numbers) + list(p.online_handles) + list(p.email_addresses or ())
        values += [p.name_used] if p.name_used else []
    values += [v.registration for v in content.vehicles if v.registration]
    return values


def summary_spans(summary: str, keep: list[str]) -> tuple[str, tuple[SummarySpan, ...]]:
    """(scrubbed text, spans of `summary` the scrubber replaces), keeping `keep`."""
    result = default_scrubber().scrub(summary, ScrubContext.of((), keep))
    spans = tuple(SummarySpan(s.start, s.end, s.kind.value, summary[s.start : s.end]) for s in result.spans)
    return result.text, spans


def draft_from_content(content: AlertContent, today: date, *, title: str | None = None) -> AlertDraft:
    """A first draft from a decrypted alert envelope (a new alert id, version 1)."""
    summary = content.summary or ""
    body, spans = summary_spans(summary, _identifiers(content))
    return AlertDraft(
        alert_id=str(uuid.uuid4()),
        version=1,
        title=title or "Warning",
        body=body,
        incident_types=tuple(content.incident_types),
        region_ids=(content.region_id,),
        issued_on=today,
        expires_on=today + timedelta(days=DEFAULT_DAYS),
        perpetrators=tuple(p.model_dump(mode="json", exclude_none=True) for p in content.perpetrators),
        vehicles=tuple(v.model_dump(mode="json", exclude_none=True) for v in content.vehicles),
        source_envelope_id=str(content.envelope_id),
        summary=summary,
        spans=spans,
    )


def sign(draft: AlertDraft, key: Ed25519PrivateKey, desk_id: str) -> SignedAlert:
    return sign_alert(key, desk_id, draft.to_alert())


def draft_to_json(draft: AlertDraft) -> dict[str, Any]:
    return {
        "alert_id": draft.alert_id,
        "version": draft.version,
        "title": draft.title,
        "body": draft.body,
        "incident_types": [t.value for t in draft.incident_types],
        "region_ids": list(draft.region_ids),
        "issued_on": draft.issued_on.isoformat(),
        "expires_on": draft.expires_on.isoformat(),
        "perpetrators": list(draft.perpetrators),
        "vehicles": list(draft.vehicles),
        "source_envelope_id": draft.source_envelope_id,
        "summary": draft.summary,
        "spans": [[s.start, s.end, s.kind] for s in draft.spans],
    }


def draft_from_json(value: dict[str, Any]) -> AlertDraft:
    summary = str(value.get("summary", ""))
    return AlertDraft(
        alert_id=str(value["alert_id"]),
        version=int(value["version"]),
        title=str(value["title"]),
        body=str(value["body"]),
        incident_types=tuple(IncidentType(t) for t in value["incident_types"]),
        region_ids=tuple(str(r) for r in value["region_ids"]),
        issued_on=date.fromisoformat(value["issued_on"]),
        expires_on=date.fromisoformat(value["expires_on"]),
        perpetrators=tuple(value.get("perpetrators", ())),
        vehicles=tuple(value.get("vehicles", ())),
        source_envelope_id=value.get("source_envelope_id"),
        summary=summary,
        spans=tuple(
            SummarySpan(int(a), int(b), str(k), summary[int(a) : int(b)])
            for a, b, k in value.get("spans", ())
        ),
    )
