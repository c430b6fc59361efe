"""The interview's phone and e-mail fields: a value that is not plainly a number or an address
marks the field and says why, keeps what was typed, and saves nothing (issues 14 and 18)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from PySide6.QtCore import Qt

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Incident, Perpetrator
from outreach_app.storage.repos import incidents
from outreach_app.ui.models.records import IncidentsModel, RecordQuery

from .conftest import run_sync, settle
from .incident_steps import open_filled_interview


def _count(qtbot: Any, ctx: Any) -> int:
    return int(run_sync(qtbot, ctx.tasks, lambda s: incidents.count_incidents(s.conn)))


def test_malformed_numbers_and_addresses_are_marked_not_rewritten(qtbot, vault_ctx, canary) -> None:
    page = open_filled_interview(qtbot, vault_ctx, canary)
    form = page.form
    editor = form.perpetrators.editors()[0]
    phones, emails = editor.texts["phone_numbers"], editor.texts["email_addresses"]
    assert emails.accessibleName() == "E-mail addresses (comma between)"
    typed = "07700 90012x, 123, ring me"
    phones.setText(typed)
    emails.setText("kev at gmail dot com")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert _count(qtbot, vault_ctx) == 0  # nothing saved
    assert form.step() == 2 and form.perpetrators.tabs.currentWidget() is editor
    assert form.message.text().startswith("Perpetrator 1: Phone number 1 of 3 may hold only digits")
    assert phones.text() == typed  # never rewritten
    assert phones.property("role") == "error" and emails.property("role") == "error"
    assert phones.hasFocus()
    phone_problem = editor.problems["phone_numbers"]
    assert phone_problem.isVisible() and "may hold only digits" in phone_problem.text()
    assert phones.accessibleDescription() == phone_problem.text()
    assert "exactly one @" in editor.problems["email_addresses"].text()

    # One bad entry left: the message names it.
    phones.setText("07700 900123, 123")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Phone number 2 of 2 needs at least 4 digits" in form.message.text()
    assert _count(qtbot, vault_ctx) == 0

    # Fixed: the marks go as soon as the field is left, and the save goes through.
    phones.setFocus()
    phones.setText("07700 900123, 9001")
    emails.setFocus()  # leaving the phone field checks it again
    assert phones.property("role") == "" and not editor.problems["phone_numbers"].isVisible()
    emails.setText("Kev.B@Example.COM")
    form.set_step(3)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert form.step() == 4, form.message.text()
    stored = run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.get_incident(s.conn, form.incident_id))
    assert stored.perpetrators[0].phone_numbers == ["+447700900123", "9001"]
    assert stored.perpetrators[0].email_addresses == ["kev.b@example.com"]
    assert emails.property("role") == ""


def test_a_draft_keeps_the_field_exactly_as_typed(qtbot, vault_ctx, canary) -> None:
    page = open_filled_interview(qtbot, vault_ctx, canary)
    editor = page.form.perpetrators.editors()[0]
    editor.texts["phone_numbers"].setText("07700 90012x")
    editor.texts["email_addresses"].setText("Dave@Example.com")
    state = page.form.form_state()
    assert state["perpetrators"][0]["phone_numbers"] == "07700 90012x"
    assert state["perpetrators"][0]["email_addresses"] == "Dave@Example.com"


def test_the_incidents_search_finds_an_address_in_any_case(qtbot, vault_ctx) -> None:
    wanted = Incident(
        worker_initials="AB",
        occurred_at=datetime(2026, 11, 20, 23, 0, tzinfo=UTC),
        types=[IncidentType.NON_PAYMENT],
        perpetrators=[Perpetrator(email_addresses=["Kev.B@Example.com"])],
    )
    other = wanted.model_copy(
        update={"id": uuid4(), "perpetrators": [Perpetrator(email_addresses=["someone@example.com"])]}
    )
    run_sync(qtbot, vault_ctx.tasks, lambda s: [incidents.add_incident(s.conn, i) for i in (wanted, other)])
    model = IncidentsModel(vault_ctx.tasks)
    for text in ("KEV.B@EXAMPLE.COM", "kev.b@example.com"):
        model.set_query(RecordQuery(text=text))
        settle(qtbot, vault_ctx.tasks)
        assert [model.key_at(row) for row in range(model.rowCount())] == [wanted.id], text
