"""The perpetrator's e-mail address leaves with `alert` and `police_intelligence` only, in
lower case, and an incident without one seals exactly as before the field existed."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from outreach_app.domain.enums import IncidentType, Purpose
from outreach_app.domain.models import STORED, Incident, Perpetrator
from outreach_app.protocol.reports import SharedReport
from outreach_app.sharing.anonymise import preview
from tests.unit.sharing.strategies import consent_for


def _incident(*emails: str) -> Incident:
    return Incident(
        worker_initials="JK",
        occurred_at=datetime(2025, 3, 4, 23, 30, tzinfo=UTC),
        types=[IncidentType.NON_PAYMENT],
        perpetrators=[Perpetrator(name_used="Gazza", email_addresses=list(emails))],
    )


def _payload(incident: Incident, purposes: frozenset[Purpose]) -> dict[str, object]:
    consent = consent_for(incident, purposes)
    text = preview(incident, consent, area_region_id="leeds", verifier=consent.verifier)
    assert text is not None
    SharedReport.model_validate_json(text)  # what the server will parse
    return dict(json.loads(text))


def test_addresses_go_with_alert_and_police_intelligence_sorted_and_lower_case() -> None:
    incident = _incident("Zed@Example.com", "gazza.b@mail.example")
    payload = _payload(incident, frozenset(Purpose))
    for section in ("alert", "police_intelligence"):
        (perpetrator,) = payload[section]["perpetrators"]  # type: ignore[index]
        assert perpetrator["email_addresses"] == ["gazza.b@mail.example", "zed@example.com"]
    for section in ("statistics", "police_referral"):
        assert "@" not in json.dumps(payload[section])


def test_no_address_means_no_field_at_all() -> None:
    payload = _payload(_incident(), frozenset({Purpose.ALERT}))
    (perpetrator,) = payload["alert"]["perpetrators"]  # type: ignore[index]
    assert "email_addresses" not in perpetrator


def test_statistics_alone_carries_no_address() -> None:
    payload = _payload(_incident("zed@example.com"), frozenset({Purpose.STATISTICS}))
    assert "zed@example.com" not in json.dumps(payload)


def test_a_made_up_number_stored_before_the_strict_rules_is_left_out_not_fatal() -> None:
    """'+44770090012' (what '07700 90012x' used to become) is not a complete number: the wire
    refuses a '+' on a partial number, so the report leaves it out instead of failing."""
    incident = _incident()
    old = Perpetrator.model_validate({"phone_numbers": ["+44770090012", "+447700900123"]}, context=STORED)
    incident = incident.model_copy(update={"perpetrators": [old]})
    payload = _payload(incident, frozenset({Purpose.ALERT}))
    (perpetrator,) = payload["alert"]["perpetrators"]  # type: ignore[index]
    assert perpetrator["phone_numbers"] == ["+447700900123"]
