"""The preview step (issue 14, point 5): the words read aloud are plain (no ids, fingerprint or
format version; ages "from … to"), what might still identify is marked, and sealing waits
until every marked part is kept or removed; removing rewrites the summary and the payload."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from outreach_app.sharing.suspects import REMOVED
from outreach_app.storage.repos import incidents, outbox
from outreach_app.ui.pages.consent_step import PreviewStep, SuspectRow

from .conftest import run_sync, settle
from .incident_steps import consent_to_alert_and_preview, open_filled_interview

SUMMARY = "Dave drove past Quillan near Brackwell Yard and took her to bay 4471."


def _to_preview(qtbot: Any, ctx: Any, canary: str, features: str = "", model: str = "") -> Any:
    page = open_filled_interview(qtbot, ctx, canary)
    form = page.form
    editor = form.perpetrators.editors()[0]
    editor.age_min.setValue(30)
    editor.age_max.setValue(40)
    editor.texts["distinguishing_features"].setText(features)
    form.vehicles.editors()[0].texts["model"].setText(model)
    form.summary.setPlainText(SUMMARY)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.tasks)
    assert form.step() == 4, form.message.text()
    consent_to_alert_and_preview(qtbot, ctx, form)
    assert form.step() == 5 and form.preview.payload is not None, form.preview.status.text()
    return page


def _row(preview: PreviewStep, text: str) -> SuspectRow:
    return next(row for row in preview.suspects if row.suspect.text == text)


def test_perpetrator_and_vehicle_texts_get_the_suspects_pass_and_remove_rewrites_them(
    qtbot, vault_ctx, canary
) -> None:
    page = _to_preview(
        qtbot, vault_ctx, canary, features="tattoo saying Zennor on his neck", model="Fiesta ST 180"
    )
    form, preview = page.form, page.form.preview
    listed = [(row.suspect.field, row.suspect.text) for row in preview.suspects]
    assert listed == [
        ("summary", "Quillan"),
        ("summary", "Brackwell Yard"),
        ("summary", "4471"),
        ("perpetrators[0].distinguishing_features", "Zennor"),
        ("vehicles[0].model", "180"),
    ]
    zennor = _row(preview, "Zennor")
    assert "perpetrator 1, distinguishing features" in zennor.label.text()
    assert (
        zennor.remove_button.accessibleName() == "Remove from perpetrator 1, distinguishing features: Zennor"
    )
    assert "vehicle 1, model" in _row(preview, "180").label.accessibleName()
    for text in ("Quillan", "Brackwell Yard", "4471", "180"):
        _row(preview, text).keep_button.setChecked(True)
    assert not preview.seal_button.isEnabled()  # Zennor is still undecided

    qtbot.mouseClick(zennor.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    shared = json.loads(preview.payload)["alert"]
    assert shared["perpetrators"][0]["distinguishing_features"] == f"tattoo saying {REMOVED} on his neck"
    assert shared["vehicles"][0]["model"] == "Fiesta ST 180"  # kept
    assert "Zennor" not in preview.payload and all(row.kept() for row in preview.suspects)
    assert preview.seal_button.isEnabled()
    stored = run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.get_incident(s.conn, form.incident_id))
    assert stored.perpetrators[0].distinguishing_features == f"tattoo saying {REMOVED} on his neck"
    # the form shows the text as stored, so a later save does not bring "Zennor" back
    assert form.perpetrators.editors()[0].texts["distinguishing_features"].text() == (
        f"tattoo saying {REMOVED} on his neck"
    )
    assert not form.is_dirty()


def test_words_read_aloud_are_plain_and_technical_details_are_collapsed(qtbot, vault_ctx, canary) -> None:
    page = _to_preview(qtbot, vault_ctx, canary)
    preview = page.form.preview
    payload = json.loads(preview.payload)
    words = preview.words.toPlainText()
    for technical in (
        payload["report_id"],
        payload["withdrawal_verifier"],
        "Format version",
        "Report number",
    ):
        assert technical not in words
    assert "Age: from 30 to 40" in words and "Age to" not in words
    assert not preview.technical.isVisible()
    qtbot.mouseClick(preview.technical_button, Qt.MouseButton.LeftButton)
    assert preview.technical.isVisible()
    assert payload["report_id"] in preview.technical.text()
    assert payload["withdrawal_verifier"] in preview.technical.text()
    assert "Format version: 1" in preview.technical.text()


def test_sealing_waits_for_every_marked_part_and_removing_rewrites_the_summary(
    qtbot, vault_ctx, canary
) -> None:
    page = _to_preview(qtbot, vault_ctx, canary)
    form, preview = page.form, page.form.preview
    assert [row.suspect.text for row in preview.suspects] == ["Quillan", "Brackwell Yard", "4471"]  # not Dave
    assert preview.suspects_box.isVisible()
    assert "ffe08a" in preview.words.toHtml()  # highlighted where the summary is read
    assert _row(preview, "Quillan").remove_button.accessibleName() == "Remove from the summary: Quillan"
    assert not preview.seal_button.isEnabled()
    assert "3 marked parts still" in preview.status.text()

    qtbot.mouseClick(_row(preview, "Brackwell Yard").keep_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_row(preview, "4471").keep_button, Qt.MouseButton.LeftButton)
    assert not preview.seal_button.isEnabled()  # Quillan is still undecided

    qtbot.mouseClick(_row(preview, "Quillan").remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    summary = json.loads(preview.payload)["alert"]["summary"]
    assert "Quillan" not in preview.payload and REMOVED in summary
    assert "Quillan" not in preview.json.toPlainText() and "Quillan" not in preview.words.toPlainText()
    assert [row.suspect.text for row in preview.suspects] == ["Brackwell Yard", "4471"]
    assert all(row.kept() for row in preview.suspects)  # kept before the rebuild: still kept
    assert preview.seal_button.isEnabled()
    stored = run_sync(qtbot, vault_ctx.tasks, lambda s: incidents.get_incident(s.conn, form.incident_id))
    assert stored.alert_summary == SUMMARY.replace("Quillan", REMOVED)
    assert form.summary.toPlainText() == stored.alert_summary

    shown = preview.payload
    qtbot.mouseClick(preview.seal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    items = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox.items_for_incident(s.conn, stored.id))
    assert [item.payload for item in items] == [shown]


def test_unkeeping_disables_sealing_again(qtbot, vault_ctx, canary) -> None:
    page = _to_preview(qtbot, vault_ctx, canary)
    preview = page.form.preview
    for row in preview.suspects:
        row.keep_button.setChecked(True)
    assert preview.seal_button.isEnabled() and preview.status.text() == ""
    preview.suspects[0].keep_button.setChecked(False)
    assert not preview.seal_button.isEnabled()


def test_lock_clears_the_marked_parts_and_technical_details(qtbot, vault_ctx, canary) -> None:
    page = _to_preview(qtbot, vault_ctx, canary)
    preview = page.form.preview
    assert preview.suspects and preview.technical.text()
    page.clear_sensitive()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run the deleteLater
    assert preview.suspects == [] and preview.technical.text() == "" and preview.payload is None
    texts = [label.text() for label in preview.findChildren(QLabel)]
    assert not any("Quillan" in text or "Brackwell" in text for text in texts)
    assert preview.findChildren(SuspectRow) == []
