"""The consent step and the slip in the person's recorded preferred language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from outreach_app.domain.enums import IncidentType, Purpose
from outreach_app.domain.models import Incident, Person
from outreach_app.ui.pages.incident_form import IncidentForm

from .conftest import settle
from .test_handout import pdf_text
from .test_print_to_file import no_printer  # noqa: F401 - the fixture

CODE = "ABCD-EFGH-JKMN-PQRS"


def _incident() -> Incident:
    return Incident(
        worker_initials="JK",
        occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
        types=[IncidentType.PHYSICAL_ASSAULT],
    )


def test_a_stored_incident_explains_consent_in_the_persons_language(qtbot: Any, vault_ctx: Any) -> None:
    form = IncidentForm(vault_ctx)
    qtbot.addWidget(form)
    form.start(
        areas=[],
        aliases=[],
        incident=_incident(),
        alias="Rosa",
        person=Person(alias="Rosa", preferred_language="Romanian"),
    )
    consent = form.consent
    assert consent.person_language == "ro"
    shown = consent.findChild(type(consent.status), "consent_translated_police_intelligence")
    assert shown is not None and not shown.isHidden()
    assert shown.text().startswith("Informații anonime pentru poliție\nCe se transmite: ")
    notice = consent.findChild(type(consent.status), "consent_review_notice")
    assert notice is not None and not notice.isHidden()
    assert "not yet been reviewed" in notice.text()

    form.start(areas=[], aliases=[], incident=_incident(), alias="Sam", person=Person(alias="Sam"))
    assert consent.person_language == "en"
    assert consent.findChild(type(consent.status), f"consent_translated_{Purpose.ALERT.value}").isHidden()
    assert notice.isHidden()


def test_the_slip_is_printed_in_the_persons_language(
    qtbot: Any,
    vault_ctx: Any,
    tmp_path: Path,
    no_printer: list[str],  # noqa: F811 - the fixture
) -> None:
    form = IncidentForm(vault_ctx)
    qtbot.addWidget(form)
    form.consent.set_person_language("es")
    form.print_slip(CODE)
    settle(qtbot, vault_ctx.tasks)
    text = pdf_text((tmp_path / "Documents" / no_printer[0]).read_bytes())
    assert f"Referencia: {CODE}" in text
    assert "Guarde esta tarjeta. Muéstrela si cambia de opinión." in text
