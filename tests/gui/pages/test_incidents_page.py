"""IncidentsPage and the interview: record, consent, preview, seal; drafts on lock; list actions."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from outreach_app.domain.enums import IncidentType, Purpose
from outreach_app.domain.models import Area, Incident, Perpetrator, Vehicle
from outreach_app.ops.sharing import consent_answers
from outreach_app.storage.repos import areas, incidents, outbox
from outreach_app.ui.pages.incidents import IncidentsPage
from tests.fake_clock import FakeClock

from .conftest import run_sync, settle
from .test_handout import pdf_text

CODE = re.compile(r"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")


NOW = datetime(2026, 11, 29, 23, 10, tzinfo=UTC)


def _page(qtbot: Any, ctx: Any, region: str | None = "region-north") -> tuple[IncidentsPage, Area]:
    area = Area(name="North", region_id=region)
    run_sync(qtbot, ctx.tasks, lambda s: areas.add_area(s.conn, area))
    ctx.clock = FakeClock(NOW)
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page, area


def _fill_interview(qtbot: Any, page: IncidentsPage, area: Area, canary: str) -> None:
    form = page.form
    robbery = form.types[IncidentType.ROBBERY_THEFT]
    robbery.setFocus()
    qtbot.keyClick(robbery, Qt.Key.Key_Space)
    assert robbery.isChecked()
    form.alias.setFocus()
    qtbot.keyClicks(form.alias, "Rosa")
    form.alias.completer().popup().hide()
    form.initials.setText("")
    qtbot.keyClicks(form.initials, "AB")
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.step() == 1
    form.area.setCurrentIndex(form.area.findData(str(area.id)))
    qtbot.mouseClick(
        form.approximate,
        Qt.MouseButton.LeftButton,
        pos=form.approximate.rect().topLeft() + form.approximate.rect().center() / 4,
    )
    form.location_note.setPlainText(f"behind the depot {canary}")
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.step() == 2
    qtbot.mouseClick(form.perpetrators.add_button, Qt.MouseButton.LeftButton)
    perpetrator = form.perpetrators.editors()[0]
    qtbot.keyClicks(perpetrator.texts["name_used"], "Dave")
    qtbot.keyClicks(perpetrator.texts["phone_numbers"], "07700 900123")
    qtbot.mouseClick(form.vehicles.add_button, Qt.MouseButton.LeftButton)
    vehicle = form.vehicles.editors()[0]
    qtbot.keyClicks(vehicle.texts["colour"], "silver")
    qtbot.keyClicks(vehicle.texts["registration"], "ab12 cde")
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.step() == 3
    form.narrative.setPlainText(f"She told me everything. {canary}")
    form.summary.setPlainText("Man in a silver car took the money back and threatened her.")


def test_record_consent_preview_and_seal(qtbot, vault_ctx, canary, tmp_path) -> None:
    page, area = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is page.form
    _fill_interview(qtbot, page, area, canary)
    form = page.form
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert form.step() == 4, form.message.text()
    stored = run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.get_incident(s.conn, form.incident_id))
    assert stored.vehicles[0].registration == "AB12CDE"
    assert stored.occurred_precision.value == "approximate"
    assert stored.perpetrators[0].phone_numbers == ["+447700900123"]

    # Consent: nothing preselected, record stays disabled until every purpose is answered.
    consent = form.consent
    assert not consent.record_button.isEnabled()
    for purpose, (yes, no) in consent.choices.items():
        target = yes if purpose in (Purpose.ALERT, Purpose.STATISTICS) else no
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Space)
    assert consent.granted() == [Purpose.ALERT, Purpose.STATISTICS]
    assert consent.initials.text() == "AB"
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert CODE.match(consent.code_label.text()), consent.status.text()
    assert consent.code_frame.isVisible()
    assert not consent.record_button.isEnabled()  # recorded; answering again needs a change
    code = consent.code_label.text()

    # The slip, printed on the printer picked (here a PDF "printer"): the code, nothing else.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    form.print_slip_on(code, printer)
    slip = pdf_text((tmp_path / "slip.pdf").read_bytes())
    assert code in slip and "Rosa" not in slip and canary not in slip and "North" not in slip

    qtbot.mouseClick(consent.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    preview = form.preview
    assert form.step() == 5 and preview.payload is not None, preview.status.text()
    payload = json.loads(preview.payload)
    assert payload["region_id"] == "region-north"
    assert payload["alert"]["vehicles"][0]["registration"] == "AB12CDE"
    assert payload["statistics"] is not None and payload.get("police_intelligence") is None
    shown_json, words = preview.json.toPlainText(), preview.words.toPlainText()
    assert json.loads(shown_json) == payload
    assert "Registration plate: AB12CDE" in words and "+447700900123" in words
    for text in (preview.payload, shown_json, words):
        assert canary not in text and "Rosa" not in text and code not in text

    shown_payload = preview.payload
    qtbot.mouseClick(preview.seal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is page.list_view
    assert "Sealed" in page.message.text()
    items = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, stored.id))
    assert len(items) == 1
    assert items[0].payload == shown_payload  # exactly what the worker was shown is sealed
    assert items[0].state in ("queued", "awaiting_review")


def test_an_area_without_region_stops_before_consent_so_no_code_is_handed_over(qtbot, vault_ctx) -> None:
    page, area = _page(qtbot, vault_ctx, region=None)
    incident = Incident(
        worker_initials="AB",
        occurred_at=datetime(2026, 11, 2, tzinfo=UTC),
        area_id=area.id,
        types=[IncidentType.NON_PAYMENT],
    )
    run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.add_incident(s.conn, incident))
    page.apply_filters()
    settle(qtbot, vault_ctx.tasks)
    page.table.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    form.set_step(3)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)

    assert form.step() == 3  # the consent step (and its withdrawal code) is never reached
    assert "the area “North” has no server region yet" in form.message.text()
    assert "Settings → Areas" in form.message.text()
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: consent_answers(s, incident.id)) is None
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, incident.id)) == []

    # Once the area is mapped, the same save goes on to consent.
    mapped = area.model_copy(update={"region_id": "region-north"})
    run_sync(qtbot, vault_ctx.tasks, lambda s: areas.update_area(s.conn, mapped))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert form.step() == 4


def test_saying_no_to_everything_shares_nothing(qtbot, vault_ctx) -> None:
    page, _area = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    form.types[IncidentType.VERBAL_ABUSE].setChecked(True)
    form.initials.setText("CD")
    form.set_step(3)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    for _yes, no in form.consent.choices.values():
        no.setChecked(True)
    assert not form.consent.record_button.isEnabled() and form.consent.nothing_button.isEnabled()
    qtbot.mouseClick(form.consent.nothing_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert "Nothing will be shared" in page.message.text()
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.list_items(s.conn)) == []


def test_bad_input_says_what_to_fix_and_saves_nothing(qtbot, vault_ctx) -> None:
    page, _area = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    page.form.set_step(3)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert "Tick at least one" in page.form.message.text()
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.count_incidents(s.conn)) == 0


def test_half_filled_interview_is_saved_as_a_draft_on_lock_and_comes_back(qtbot, vault_ctx, canary) -> None:
    page, area = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert not page.has_unsaved_draft()
    _fill_interview(qtbot, page, area, canary)
    assert page.has_unsaved_draft()
    page.save_draft()
    settle(qtbot, vault_ctx.tasks)
    page.clear_sensitive()
    assert page.stack.currentWidget() is page.list_view
    texts = [w.text() for w in page.findChildren(type(page.form.alias))]
    assert all(canary not in t and "Rosa" not in t for t in texts)
    assert canary not in page.form.narrative.toPlainText()

    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    assert page.stack.currentWidget() is form
    assert canary in form.narrative.toPlainText() and canary in form.location_note.toPlainText()
    assert form.alias.text() == "Rosa" and form.types[IncidentType.ROBBERY_THEFT].isChecked()
    assert form.vehicles.editors()[0].texts["registration"].text() == "ab12 cde"
    assert form.approximate.isChecked()
    assert page.has_unsaved_draft()
    # The draft is used once: unlocking again does not bring it back a second time.
    assert (
        run_sync(
            qtbot,
            vault_ctx.tasks,
            lambda s: __import__("outreach_app.storage.repos.drafts", fromlist=["x"]).get_draft(
                s.conn, "incident-form"
            ),
        )
        is None
    )


def test_the_interview_form_is_built_on_first_use_or_to_restore_a_draft_at_unlock(
    qtbot, vault_ctx, canary
) -> None:
    """The form is not built with the page (issue 19): a lock before it exists saves and
    clears nothing; "New incident" builds and opens it; a page built afresh (as after a
    restart) builds it at unlock only to bring back a draft."""
    page, area = _page(qtbot, vault_ctx)
    assert page.built_form() is None and page.stack.count() == 1
    assert not page.has_unsaved_draft()
    page.clear_sensitive()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert page.built_form() is None  # no draft in the vault: nothing to restore

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    form = page.built_form()
    assert form is not None and page.stack.currentWidget() is form and form.is_open()
    assert form.step() == 0
    _fill_interview(qtbot, page, area, canary)
    assert page.has_unsaved_draft()
    page.save_draft()
    settle(qtbot, vault_ctx.tasks)
    page.clear_sensitive()

    fresh = IncidentsPage(vault_ctx)
    qtbot.addWidget(fresh)
    assert fresh.built_form() is None
    fresh.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    restored = fresh.built_form()
    assert restored is not None and fresh.stack.currentWidget() is restored
    assert canary in restored.narrative.toPlainText() and restored.alias.text() == "Rosa"
    assert fresh.has_unsaved_draft()


def test_a_main_screen_builds_the_page_at_unlock_only_to_bring_back_its_draft(
    qtbot, vault_ctx, canary
) -> None:
    """The Incidents page is not built with the main screen (issue 19): an unlock builds it
    when the vault holds its interview draft, which then comes back and is announced; not when
    the vault was locked again before the answer, nor once the draft was used."""
    from outreach_app.ui.main_screen import MainScreen
    from outreach_app.ui.pages.incident_form import DRAFT_ID

    page, area = _page(qtbot, vault_ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    _fill_interview(qtbot, page, area, canary)
    page.save_draft()
    settle(qtbot, vault_ctx.tasks)
    page.clear_sensitive()
    announced: list[tuple[str, bool]] = []
    vault_ctx.drafts_changed = lambda _title, draft_id, present: announced.append((draft_id, present))

    screens = [MainScreen(vault_ctx) for _ in range(3)]
    for screen in screens:
        qtbot.addWidget(screen)
        assert [built.objectName() for built in screen.built_pages()] == ["page_shift"]
    locked_early, restoring, after = screens
    locked_early.set_unlocked()
    locked_early.clear_sensitive()  # locked before the DB thread answered
    settle(qtbot, vault_ctx.tasks)
    assert locked_early.built_page("incidents") is None and announced == []

    restoring.set_unlocked()
    settle(qtbot, vault_ctx.tasks)
    incidents = restoring.built_page("incidents")
    assert isinstance(incidents, IncidentsPage)
    form = incidents.built_form()
    assert form is not None and incidents.stack.currentWidget() is form
    assert canary in form.narrative.toPlainText() and form.alias.text() == "Rosa"
    assert announced == [(DRAFT_ID, True), (DRAFT_ID, False)]  # restored, then used up

    after.set_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert [built.objectName() for built in after.built_pages()] == ["page_shift"]


def test_list_search_by_plate_delete_and_forget(qtbot, vault_ctx) -> None:
    page, area = _page(qtbot, vault_ctx)
    from outreach_app.domain.models import Person
    from outreach_app.storage.repos import people

    rosa = Person(alias="Rosa")
    run_sync(qtbot, vault_ctx.tasks, lambda s: people.add_person(s.conn, rosa))
    first = Incident(
        worker_initials="AB",
        occurred_at=datetime(2026, 11, 2, tzinfo=UTC),
        area_id=area.id,
        person_id=rosa.id,
        types=[IncidentType.ROBBERY_THEFT],
        perpetrators=[Perpetrator(phone_numbers=["07700 900456"])],
        vehicles=[Vehicle(registration="XY99 ZZZ")],
    )
    second = Incident(
        worker_initials="AB", occurred_at=datetime(2026, 11, 3, tzinfo=UTC), types=[IncidentType.FRAUD]
    )
    run_sync(
        qtbot,
        vault_ctx.tasks,
        lambda s: (incidents.add_incident(s.conn, first), incidents.add_incident(s.conn, second)),
    )

    def share_first(s: Any) -> None:
        from outreach_app.domain.enums import ConsentMethod
        from outreach_app.sharing.seal import seal_incident
        from outreach_app.sharing.workflow import record_consent

        record_consent(
            s.conn,
            first.id,
            [Purpose.ALERT],
            worker_initials="AB",
            method=ConsentMethod.VERBAL,
            now=NOW,
        )
        seal_incident(s.conn, first.id, now=NOW)

    run_sync(qtbot, vault_ctx.tasks, share_first)
    assert len(run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.list_items(s.conn))) == 1
    page.apply_filters()
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 2

    page.search.setFocus()
    qtbot.keyClicks(page.search, "xy99zz")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 1 and page.model.key_at(0) == first.id
    page.search.clear()
    page.type_filter.setCurrentIndex(page.type_filter.findData(IncidentType.FRAUD.value))
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 1 and page.model.key_at(0) == second.id

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, QMessageBox), timeout=5000)
    box = page.active_dialog
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text() == "Delete incident"), Qt.MouseButton.LeftButton
    )
    settle(qtbot, vault_ctx.tasks)
    assert not run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.incident_exists(s.conn, second.id))

    page.type_filter.setCurrentIndex(0)
    settle(qtbot, vault_ctx.tasks)
    page.table.selectRow(0)
    settle(qtbot, vault_ctx.tasks)
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, QMessageBox), timeout=5000)
    box = page.active_dialog
    assert "0 contacts and 1 incidents" in box.text()
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text().startswith("Forget Rosa")), Qt.MouseButton.LeftButton
    )
    settle(qtbot, vault_ctx.tasks)
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.count_incidents(s.conn)) == 0
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.list_items(s.conn)) == []  # never sent: erased
    assert page.model.rowCount() == 0
    assert QApplication.instance() is not None


def test_every_column_is_at_least_as_wide_as_its_heading(qtbot, vault_ctx) -> None:
    # "Perpetrators" over a 12-character column read "erpetrator" (docs/screenshots showed it).
    page, _ = _page(qtbot, vault_ctx)
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):
        title = str(page.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        text_width = header.fontMetrics().horizontalAdvance(title)
        assert header.sectionSizeHint(column) > text_width, title
        assert page.table.columnWidth(column) >= header.sectionSizeHint(column), title
