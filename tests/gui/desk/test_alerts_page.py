"""The alerts desk's Alerts page over a real desk vault (no server: drafting, checking and
previewing are the desk's own work; signing and publishing is in test_desk_server.py)."""

from __future__ import annotations

from typing import Any

from outreach_app.charity import desk_store
from outreach_app.ops import desk
from outreach_app.ops.desk_pages import body_suspects
from outreach_app.services.handout import alert_box_html
from outreach_app.ui.alerts_handout import handout_alert
from outreach_app.ui.pages.desk.alerts import SPAN_STYLE, SUSPECT_STYLE, DeskAlertsPage, marked_html

from .conftest import PULLED, alert_content, queue_report, run_sync, settle, widget_texts


def _page(qtbot: Any, ctx: Any) -> DeskAlertsPage:
    page = DeskAlertsPage(ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page


def _drafted(qtbot: Any, ctx: Any, summary: str) -> DeskAlertsPage:
    queue_report(qtbot, ctx, alert_content(summary))
    page = _page(qtbot, ctx)
    assert page.source.count() == 1 and page.draft_button.isEnabled()
    page.draft_button.click()
    settle(qtbot, ctx.tasks)
    assert page._draft is not None
    return page


def test_a_draft_starts_from_the_report_with_the_scrubbers_finds_marked(qtbot: Any, desk_ctx: Any) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz on 07700 900123 hit her; her number is 07700 900456")
    draft = page._draft
    assert draft is not None
    assert [(s.kind, s.text) for s in draft.spans] == [("phone", "07700 900456")]
    assert page.body.toPlainText() == draft.body and "07700 900456" not in draft.body
    assert page.regions.text() == "north" and page.title_field.text() == "Warning"
    assert page.severity.text().startswith("Serious danger")
    summary_html = page.summary_view.toHtml()
    assert "found 1 thing to take out;" in page.summary_view.toPlainText()
    assert "07700 900456" in page.summary_view.toPlainText() and "#8a5a00" in summary_html
    (person,) = page.details.people
    assert person["name_used"].text() == "Gaz" and "7700900123" in person["phone_numbers"].text()
    (vehicle,) = page.details.vehicles
    assert (vehicle["registration"].text(), vehicle["make"].text(), vehicle["colour"].text()) == (
        "AB12CDE",
        "Ford",
        "grey",
    )
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "Draft"
    assert page.publish_button.isEnabled() and not page.expire_button.isEnabled()


def test_the_body_marks_what_might_still_identify_someone_as_staff_type(qtbot: Any, desk_ctx: Any) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    assert "Nothing in the text looks like it identifies someone." in page.suspects_view.toPlainText()
    page.body.setPlainText("Gaz hit her outside Maple Court, call 0161 496 0000")
    page.show_suspects()  # what the typing debounce runs
    text = page.suspects_view.toPlainText()
    assert text.startswith("2 places might still identify someone")
    suspects = body_suspects(page._draft, page.body.toPlainText())  # type: ignore[arg-type]
    assert ["Maple Court" in s.text or "0161 496 0000" in s.text for s in suspects] == [True, True]
    html = page.suspects_view.toHtml()
    assert html.count("#6b6b00") == 2
    assert "Gaz" in text  # the name he used is the warning: shown, not marked
    marked = marked_html("ab<c>d", [(1, 3), (2, 4)], SUSPECT_STYLE)
    assert marked == f"a<span style='{SUSPECT_STYLE}'>b&lt;c</span>&gt;d" and SPAN_STYLE != SUSPECT_STYLE


def test_the_preview_is_the_handouts_own_box_and_saving_keeps_the_edits(qtbot: Any, desk_ctx: Any) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    page.title_field.setText("Grey Ford: man called Gaz")
    page.body.setPlainText("He hit a woman near the station.")
    page.regions.setText("north, south")
    page.save()
    settle(qtbot, desk_ctx.tasks)
    draft = page._draft
    assert draft is not None and draft.title == "Grey Ford: man called Gaz"
    assert draft.region_ids == ("north", "south") and draft.version == 1
    stored = run_sync(qtbot, desk_ctx.tasks, lambda s: desk.alert_draft(s, draft.alert_id))
    assert stored == draft
    expected = page.preview.document().clone()
    expected.setHtml(alert_box_html(handout_alert(draft.to_alert())))
    assert page.preview.toPlainText() == expected.toPlainText()
    assert "Grey Ford: man called Gaz" in page.preview.toPlainText()
    assert "SERIOUS DANGER" in page.preview.toPlainText()
    assert page.message.text() == "Draft saved (version 1)."

    page.title_field.setText("")  # bad input: a clear error, nothing changed
    page.save()
    settle(qtbot, desk_ctx.tasks)
    assert page.message.text().startswith("Could not save: not valid")
    after = run_sync(qtbot, desk_ctx.tasks, lambda s: desk.alert_draft(s, draft.alert_id))
    assert after.title == "Grey Ford: man called Gaz"


def test_an_alert_whose_source_was_withdrawn_is_flagged_for_review(qtbot: Any, desk_ctx: Any) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    draft = page._draft
    assert draft is not None
    run_sync(
        qtbot,
        desk_ctx.tasks,
        lambda s: desk_store.remove_withdrawn(s.conn, [str(draft.source_envelope_id)], PULLED),
    )
    page.reload()
    settle(qtbot, desk_ctx.tasks)
    assert page.table.item(0, 4).text() == "Review: source report withdrawn"
    assert page.table.item(0, 0).font().bold()
    assert page.flag.text() == "Review this alert: its source report was withdrawn by the person."
    assert page.source.count() == 0 and not page.draft_button.isEnabled()


def test_publishing_asks_first_and_lock_clears_the_editor(qtbot: Any, desk_ctx: Any, canary: str) -> None:
    page = _drafted(qtbot, desk_ctx, f"Gaz hit her {canary}")
    page.ask_publish()
    box = page.active_dialog
    assert box is not None and "Sign “Warning” with this desk's key" in box.text()
    box.reject()  # Cancel: nothing is signed or sent
    settle(qtbot, desk_ctx.tasks)
    assert page.active_dialog is None and page.table.item(0, 2).text() == "Draft"
    assert canary in widget_texts(page)
    page.clear_sensitive()
    assert canary not in widget_texts(page)
    assert page.table.rowCount() == 0 and page.preview.toPlainText() == ""


def test_what_happened_sets_the_severity_the_handout_prints(qtbot: Any, desk_ctx: Any) -> None:
    from outreach_app.domain.enums import IncidentType

    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    assert page.checked_types() == (IncidentType.PHYSICAL_ASSAULT,)
    page.types[IncidentType.PHYSICAL_ASSAULT].click()
    page.types[IncidentType.NON_PAYMENT].click()
    page.refresh_checks()  # what the typing debounce runs
    assert page.severity.text() == "Be aware (Non-payment)"
    assert "BE AWARE" in page.preview.toPlainText()
    page.save()
    settle(qtbot, desk_ctx.tasks)
    assert page._draft is not None and page._draft.incident_types == (IncidentType.NON_PAYMENT,)


def test_edits_typed_before_a_lock_are_kept_as_the_draft(qtbot: Any, desk_ctx: Any) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    assert not page.has_unsaved_draft()
    draft = page._draft
    assert draft is not None
    page.title_field.setText("Grey Ford: man called Gaz")
    assert page.has_unsaved_draft()
    page.save_draft()  # what the lock sequence calls before it drops the key
    settle(qtbot, desk_ctx.tasks)
    stored = run_sync(qtbot, desk_ctx.tasks, lambda s: desk.alert_draft(s, draft.alert_id))
    assert stored.title == "Grey Ford: man called Gaz" and stored.version == 1


def test_what_happened_shows_every_box_whole_in_as_many_columns_as_fit(qtbot: Any, desk_ctx: Any) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    grid = page.types_grid

    def whole() -> bool:
        return all(box.isVisible() and box.width() >= box.sizeHint().width() for box in grid.boxes)

    page.resize(1280 - 170, 800)  # the window at 1280 px, less the page list
    page.show()
    qtbot.waitUntil(lambda: grid.width() > 0 and whole())
    assert grid.columns == 3
    page.resize(820, 800)
    qtbot.waitUntil(lambda: grid.columns == 2 and whole())


def test_the_check_grid_takes_three_columns_only_when_they_fit(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtWidgets import QCheckBox

    from outreach_app.domain.enums import IncidentType
    from outreach_app.ui.models.labels import label
    from outreach_app.ui.pages.desk.check_grid import CheckGrid

    grid = CheckGrid([QCheckBox(label(kind)) for kind in IncidentType])
    qtbot.addWidget(grid)
    grid.resize(900, 200)
    grid.show()
    for width, columns in ((grid.width_for(3), 3), (grid.width_for(3) - 1, 2), (grid.width_for(2) - 50, 2)):
        grid.resize(width, grid.height())
        qapp.processEvents()
        assert grid.columns == columns, width
        if width >= grid.width_for(columns):
            assert all(box.width() >= box.sizeHint().width() for box in grid.boxes), width
    assert grid.minimumSizeHint().width() == grid.width_for(2)  # a pane may narrow back to two


def test_the_structured_details_are_edited_checked_by_the_alert_model_and_saved(
    qtbot: Any, desk_ctx: Any
) -> None:
    page = _drafted(qtbot, desk_ctx, "Gaz hit her")
    (person,) = page.details.people
    (vehicle,) = page.details.vehicles
    vehicle["registration"].setText("xy99 zzz")
    vehicle["model"].setText("Transit")
    person["phone_numbers"].setText("07700 900123, 07700 900999")
    person["online_handles"].setText("@gaz_x")
    person["distinguishing_features"].setText("scar over the left eye")
    assert page.has_unsaved_draft()
    page.refresh_checks()  # what the typing debounce runs
    preview = page.preview.toPlainText()
    assert "plate XY99 ZZZ" in preview and "AB12" not in preview and "Transit" in preview
    assert "07700 900999" in preview and "scar over the left eye" in preview

    page.save()
    settle(qtbot, desk_ctx.tasks)
    draft = page._draft
    assert draft is not None and page.message.text() == "Draft saved (version 1)."
    alert = run_sync(qtbot, desk_ctx.tasks, lambda s: desk.preview_alert(s, draft.alert_id))
    assert [v.registration for v in alert.vehicles] == ["XY99ZZZ"]
    assert alert.vehicles[0].make == "Ford" and alert.vehicles[0].model == "Transit"
    (stored,) = alert.perpetrators
    assert stored.name_used == "Gaz" and stored.phone_numbers == ["+447700900123", "+447700900999"]
    assert stored.online_handles == ["gaz_x"] and stored.distinguishing_features == "scar over the left eye"
    assert not page.has_unsaved_draft()
    assert page.details.vehicles[0]["registration"].text()  # the editor shows what was saved

    page.details.vehicles[0]["registration"].setText("not a plate at all!!")
    page.refresh_checks()
    assert "registration: Value error, plate must be" in page.preview.toPlainText()
    page.save()
    settle(qtbot, desk_ctx.tasks)
    assert page.message.text().startswith("Could not save: not valid:")
    again = run_sync(qtbot, desk_ctx.tasks, lambda s: desk.preview_alert(s, draft.alert_id))
    assert [v.registration for v in again.vehicles] == ["XY99ZZZ"]  # nothing changed
