"""The interview's typed state (ops.form_states): every stored field survives the editors and
a draft, and a restored draft shows exactly what was typed."""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtCore import Qt

from outreach_app.domain.enums import Build, Gender
from outreach_app.domain.models import Perpetrator, Vehicle
from outreach_app.ops.drafts import load_draft, save_draft
from outreach_app.ops.form_states import PerpetratorState, VehicleState, read_incident_form_state
from outreach_app.ui.pages.incident_form import DRAFT_ID
from outreach_app.ui.pages.incident_form.who_step import PerpetratorEditor, VehicleEditor

from .conftest import run_sync, settle
from .test_incidents_page import _fill_interview, _page

KEV = Perpetrator(
    gender=Gender.MAN,
    age_min=30,
    age_max=45,
    height="tall",
    build=Build.HEAVY,
    ethnicity_described="white",
    hair="shaved",
    distinguishing_features="scar on the left cheek",
    clothing="grey hoodie",
    name_used="Kev",
    phone_numbers=["+447700900123", "9001"],
    email_addresses=["kev.b@example.com"],
    online_handles=["kev_b", "kb99"],
    website_or_app="a dating app",
)
VAN = Vehicle(make="Ford", model="Transit", colour="red", registration="AB12CDE")


def test_a_state_has_every_field_of_the_model_and_turns_back_into_it() -> None:
    assert set(PerpetratorState.__annotations__) == set(Perpetrator.model_fields)
    assert set(VehicleState.__annotations__) == set(Vehicle.model_fields)
    state = PerpetratorEditor.state_of(KEV)
    assert state["phone_numbers"] == "+447700900123, 9001"  # as the worker types a list
    assert PerpetratorEditor.model_of(state) == KEV
    assert VehicleEditor.model_of(VehicleEditor.state_of(VAN)) == VAN
    unknown = Perpetrator()
    assert PerpetratorEditor.model_of(PerpetratorEditor.state_of(unknown)) == unknown


def test_the_editors_show_a_state_and_give_it_back(qtbot) -> None:
    perpetrator, vehicle = PerpetratorEditor(), VehicleEditor()
    qtbot.addWidget(perpetrator)
    qtbot.addWidget(vehicle)
    perpetrator.set_state(PerpetratorEditor.state_of(KEV))
    vehicle.set_state(VehicleEditor.state_of(VAN))
    assert perpetrator.texts["clothing"].text() == "grey hoodie"
    assert perpetrator.age_min.value() == 30 and perpetrator.build.currentData() == Build.HEAVY.value
    assert PerpetratorEditor.model_of(perpetrator.state()) == KEV
    assert VehicleEditor.model_of(vehicle.state()) == VAN


def test_a_draft_read_back_restores_the_interview_exactly(qtbot, vault_ctx, canary) -> None:
    page, area = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    _fill_interview(qtbot, page, area, canary)
    form = page.form
    form.perpetrators.add(PerpetratorEditor.state_of(KEV))
    form.vehicles.add(VehicleEditor.state_of(VAN))
    typed = form.form_state()
    stored = json.loads(json.dumps(typed))  # as the drafts op keeps it

    form.start(areas=[area], aliases=[])
    assert form.form_state() != typed
    form.restore_state(read_incident_form_state(stored))
    assert form.form_state() == typed
    assert canary in form.location_note.toPlainText()
    assert form.perpetrators.editors()[-1].state() == PerpetratorEditor.state_of(KEV)


def test_a_draft_of_the_wrong_shape_fails_visibly_and_fills_nothing(qtbot, vault_ctx) -> None:
    broken = {"types": ["robbery_theft"], "worker_initials": "AB", "weapon_used": "perhaps"}
    run_sync(qtbot, vault_ctx.tasks, lambda s: save_draft(s, DRAFT_ID, "incident", broken))
    failures: list[object] = []
    vault_ctx.tasks.task_failed.connect(failures.append)
    restored: list[tuple[str, bool]] = []
    vault_ctx.drafts_changed = lambda _title, draft_id, present: restored.append((draft_id, present))

    page, _area = _page(qtbot, vault_ctx)  # unlocks: reads the draft

    assert len(failures) == 1 and isinstance(failures[0], ValidationError)
    assert page.stack.currentWidget() is page.list_view and not page.form.is_open()
    assert not page.form.initials.text() and restored == []  # not reported as restored
    kept = run_sync(qtbot, vault_ctx.tasks, lambda s: load_draft(s, DRAFT_ID))
    assert kept == broken  # still in the vault, not discarded
