"""The interview form: a new perpetrator assumes nothing, closing a half-done interview asks,
and an alias several people share is the worker's choice."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from outreach_app.domain.enums import Build, Gender, IncidentType
from outreach_app.domain.models import Perpetrator
from outreach_app.storage.repos import incidents
from outreach_app.ui.pages.incident_form import PerpetratorEditor
from outreach_app.ui.pages.incidents import IncidentsPage

from .conftest import run_sync, settle


def _open_new_interview(qtbot: Any, ctx: Any) -> IncidentsPage:
    ctx.clock = lambda: datetime(2026, 11, 29, 21, 30, tzinfo=UTC)
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.tasks)
    assert page.stack.currentWidget() is page.form
    return page


def test_a_new_perpetrator_starts_with_every_description_not_known(qtbot, vault_ctx) -> None:
    page = _open_new_interview(qtbot, vault_ctx)
    editor = page.form.perpetrators.add()
    assert isinstance(editor, PerpetratorEditor)
    assert editor.gender.currentData() == Gender.UNKNOWN.value
    assert editor.build.currentData() == Build.UNKNOWN.value
    assert editor.gender.currentText() == editor.build.currentText() == "Not known"
    assert PerpetratorEditor.model_of(editor.state()) == Perpetrator()  # nothing saved as a fact


def _discard_box() -> QMessageBox:
    box = QApplication.activeModalWidget() or next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "discard_interview_box" and w.isVisible()
    )
    assert isinstance(box, QMessageBox)
    return box


def _button(box: QMessageBox, text: str) -> Any:
    return next(b for b in box.buttons() if b.text() == text)


def test_close_without_saving_asks_and_keeps_the_interview_unless_confirmed(qtbot, vault_ctx) -> None:
    page = _open_new_interview(qtbot, vault_ctx)
    form = page.form
    form.types[IncidentType.ROBBERY_THEFT].setChecked(True)
    form.narrative.setPlainText("half told")

    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    box = _discard_box()
    assert box.defaultButton() is _button(box, "Keep editing")
    qtbot.mouseClick(_button(box, "Keep editing"), Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is form
    assert form.narrative.toPlainText() == "half told" and form.is_dirty()

    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(_discard_box(), "Discard what was typed"), Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is not form
    assert form.narrative.toPlainText() == ""
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.list_incident_ids(s.conn)) == []


def test_an_untouched_interview_closes_at_once(qtbot, vault_ctx) -> None:
    page = _open_new_interview(qtbot, vault_ctx)
    qtbot.mouseClick(page.form.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is not page.form
    assert page.form.active_dialog is None


def test_saving_an_incident_for_a_shared_alias_asks_which_person(qtbot, vault_ctx) -> None:
    from outreach_app.domain.models import Person
    from outreach_app.storage.repos import people
    from outreach_app.ui.person_choice import PersonChoiceDialog

    first, second = Person(alias="Sam"), Person(alias="Sam")
    run_sync(
        qtbot,
        vault_ctx.tasks,
        lambda s: (people.add_person(s.conn, first), people.add_person(s.conn, second)),
    )
    page = _open_new_interview(qtbot, vault_ctx)
    form = page.form
    form.types[IncidentType.ROBBERY_THEFT].setChecked(True)
    form.initials.setText("AB")
    form.alias.setText("sam")
    form.set_step(3)
    qtbot.mouseClick(form.save_close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    dialog = form.active_dialog
    assert isinstance(dialog, PersonChoiceDialog)
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.list_incident_ids(s.conn)) == []

    dialog.options[1][0].setChecked(True)  # the second Sam
    dialog.accept()
    settle(qtbot, vault_ctx.tasks)
    stored = run_sync(
        qtbot, vault_ctx.tasks, lambda s: incidents.get_incidents(s.conn, incidents.list_incident_ids(s.conn))
    )
    assert [i.person_id for i in stored] == [second.id]
    assert len(run_sync(qtbot, vault_ctx.tasks, lambda s: people.list_person_ids(s.conn))) == 2
