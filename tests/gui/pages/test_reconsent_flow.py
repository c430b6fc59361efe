"""Editing a shared incident in the Incidents page: save → consent "confirm again" → preview → seal.

Saving seals nothing; the form goes to the consent step with the purposes consented before
(no code shown, adding a purpose impossible there); the worker narrows, previews the new
version and seals it, which records the confirmation and supersedes the sent version.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Area, Incident, Perpetrator
from outreach_app.storage.repos import areas, incidents, outbox
from outreach_app.ui.pages.incidents import IncidentsPage

from .conftest import run_sync, settle

NOW = datetime(2026, 11, 29, 23, 10, tzinfo=UTC)


def _shared_incident(
    qtbot: Any, ctx: Any, purposes: tuple[Purpose, ...] = (Purpose.ALERT, Purpose.STATISTICS)
) -> tuple[Incident, outbox.OutboxRow]:
    """An incident consented for `purposes`, sealed and sent (receipt stored)."""
    area = Area(name="North", region_id="region-north")
    incident = Incident(
        area_id=area.id,
        worker_initials="AB",
        occurred_at=datetime(2026, 11, 20, 22, 0, tzinfo=UTC),
        types=[IncidentType.ROBBERY_THEFT],
        perpetrators=[Perpetrator(name_used="Dave", phone_numbers=["07700 900123"])],
        alert_summary="Man in a silver car took the money back.",
    )

    def share(s: Any) -> outbox.OutboxRow:
        from outreach_app.protocol.receipts import Receipt, ReceiptStatus
        from outreach_app.sharing import outbox as sharing_outbox
        from outreach_app.sharing.seal import seal_incident
        from outreach_app.sharing.workflow import record_consent

        areas.add_area(s.conn, area)
        incidents.add_incident(s.conn, incident)
        record_consent(
            s.conn,
            incident.id,
            list(purposes),
            worker_initials="AB",
            method=ConsentMethod.VERBAL,
            now=NOW,
        )
        item = seal_incident(s.conn, incident.id, now=NOW)
        sharing_outbox.mark_sending(s.conn, [item.id], now=NOW)
        receipt = Receipt(
            report_id=item.report_id,
            content_hash=item.content_hash,
            status=ReceiptStatus.ACCEPTED,
            received_on=date(2026, 11, 29),
        )
        sharing_outbox.mark_sent(s.conn, item.id, receipt, now=NOW)
        return item

    return incident, run_sync(qtbot, ctx.tasks, share)


def test_editing_a_shared_incident_asks_for_consent_again_then_previews_and_seals(qtbot, vault_ctx) -> None:
    incident, first = _shared_incident(qtbot, vault_ctx)
    vault_ctx.clock = lambda: NOW
    page = IncidentsPage(vault_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    settle(qtbot, vault_ctx.tasks)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    assert page.stack.currentWidget() is form and form.incident_id == incident.id

    # Edit what is shared (the alert summary) and save.
    for _ in range(3):
        qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.step() == 3
    form.summary.setPlainText("He came back on Tuesday in a blue van.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)

    # Nothing sealed: the sent version stays as it is; the form asks to confirm again.
    items = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, incident.id))
    assert [(i.id, i.state) for i in items] == [(first.id, "sent")]
    consent = form.consent
    assert form.step() == 4 and consent.confirm_mode, form.message.text()
    assert "not shared until the person confirms" in form.message.text()
    assert "withdrawal code stays the same" in consent.status.text()
    assert not consent.record_button.isVisible() and consent.fresh_button.isVisible()
    assert not consent.code_frame.isVisible()
    assert consent.granted() == [Purpose.ALERT, Purpose.STATISTICS]  # what was consented before
    for purpose in (Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL):
        yes, no = consent.choices[purpose]
        assert no.isChecked() and not yes.isEnabled()  # adding needs a fresh consent

    # The person narrows: no more statistics.
    no_statistics = consent.choices[Purpose.STATISTICS][1]
    no_statistics.setFocus()
    qtbot.keyClick(no_statistics, Qt.Key.Key_Space)
    assert consent.granted() == [Purpose.ALERT]
    consent.initials.setText("MB")
    consent.method.setCurrentIndex(consent.method.findData(ConsentMethod.WRITTEN.value))
    assert consent.continue_button.isEnabled()
    qtbot.mouseClick(consent.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)

    preview = form.preview
    assert form.step() == 5 and preview.payload is not None, preview.status.text()
    payload = json.loads(preview.payload)
    assert payload["alert"]["summary"] == "He came back on Tuesday in a blue van."
    assert "statistics" not in payload
    assert payload["supersedes"] == str(first.report_id)
    assert payload["withdrawal_verifier"] == json.loads(first.payload)["withdrawal_verifier"]
    assert "new version" in preview.seal_button.text()
    # still nothing recorded before the worker seals
    versions = run_sync(qtbot, vault_ctx.tasks, lambda s: _consent_changes(s, incident))
    assert versions == [("given", "AB")]

    shown = preview.payload
    qtbot.mouseClick(preview.seal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is page.list_view
    assert "replaces the version sent earlier" in page.message.text()
    items = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, incident.id))
    assert [(i.version, i.state) for i in items] == [(1, "superseded"), (2, "queued")]
    assert items[1].payload == shown and items[1].supersedes == first.report_id
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: _consent_changes(s, incident)) == [
        ("given", "AB"),
        ("confirmed_edit", "MB"),
    ]
    # the sent version's statistics are withdrawn from the server (the person narrowed)
    pending = run_sync(
        qtbot, vault_ctx.tasks, lambda s: outbox.withdrawals_for_report(s.conn, first.report_id)
    )
    assert [w.purposes for w in pending] == [("statistics",)]


def test_closing_instead_of_confirming_leaves_the_new_version_unshared(qtbot, vault_ctx) -> None:
    incident, first = _shared_incident(qtbot, vault_ctx)
    vault_ctx.clock = lambda: NOW
    page = IncidentsPage(vault_ctx)
    qtbot.addWidget(page)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    page.table.selectRow(0)
    settle(qtbot, vault_ctx.tasks)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    form.types[IncidentType.FRAUD].setChecked(True)
    qtbot.mouseClick(form.save_close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert form.step() == 4 and form.consent.confirm_mode
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert page.stack.currentWidget() is page.list_view
    items = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, incident.id))
    assert [(i.id, i.state) for i in items] == [(first.id, "sent")]
    page.table.selectRow(0)
    settle(qtbot, vault_ctx.tasks)
    qtbot.waitUntil(lambda: "needs the person's consent again" in _detail_text(page), timeout=5000)


def test_adding_a_purpose_goes_through_a_fresh_consent(qtbot, vault_ctx) -> None:
    incident, first = _shared_incident(qtbot, vault_ctx, (Purpose.ALERT,))
    vault_ctx.clock = lambda: NOW
    page = IncidentsPage(vault_ctx)
    qtbot.addWidget(page)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    page.table.selectRow(0)
    settle(qtbot, vault_ctx.tasks)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    form.weapon.setChecked(True)
    qtbot.mouseClick(form.save_close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    consent = form.consent
    assert consent.confirm_mode and not consent.choices[Purpose.STATISTICS][0].isEnabled()
    qtbot.mouseClick(consent.fresh_button, Qt.MouseButton.LeftButton)
    assert not consent.confirm_mode and consent.record_button.isVisible()
    yes_statistics = consent.choices[Purpose.STATISTICS][0]
    assert yes_statistics.isEnabled()
    qtbot.mouseClick(yes_statistics, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert consent.code_label.text() == ""  # the code stays the one the person holds
    qtbot.mouseClick(consent.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    preview = form.preview
    assert preview.payload is not None, preview.status.text()
    payload = json.loads(preview.payload)
    assert payload["statistics"]["weapon_used"] is True and payload["alert"]["weapon_used"] is True
    qtbot.mouseClick(preview.seal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    items = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, incident.id))
    assert [(i.version, i.state) for i in items] == [(1, "superseded"), (2, "queued")]
    assert items[1].supersedes == first.report_id
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: _consent_changes(s, incident)) == [
        ("given", "AB"),
        ("changed", "AB"),
    ]


def _consent_changes(s: Any, incident: Incident) -> list[tuple[str, str]]:
    from outreach_app.sharing.consent_store import consent_versions

    return [(c.change.value, c.worker_initials) for c in consent_versions(s.conn, incident.id)]


def _detail_text(page: IncidentsPage) -> str:
    item = page.selected_item()
    return " ".join(value for _name, value in page.detail_rows(item))
