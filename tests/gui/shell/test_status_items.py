"""What the worker sees at a glance: reports waiting for review, drafts brought back at
unlock, and the change-passphrase dialog's whole warning."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Area, Incident
from outreach_app.services.changes import OUTBOX, Changes

from .conftest import create_via_ui, run_sync, settle, unlock_via_ui
from .test_lock import _add_probe

NOW = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)


def _seal_for_review(session: Any) -> None:
    from outreach_app.sharing.seal import seal_incident
    from outreach_app.sharing.workflow import record_consent
    from outreach_app.storage.repos import areas, incidents

    area = Area(name="North", region_id="region-north")
    areas.add_area(session.conn, area)
    for _ in range(2):
        incident = Incident(
            worker_initials="AB",
            occurred_at=datetime(2026, 11, 20, 23, 0, tzinfo=UTC),
            area_id=area.id,
            types=[IncidentType.ROBBERY_THEFT],
        )
        incidents.add_incident(session.conn, incident)
        record_consent(
            session.conn,
            incident.id,
            [Purpose.ALERT],
            worker_initials="AB",
            method=ConsentMethod.VERBAL,
            now=NOW,
        )
        seal_incident(session.conn, incident.id, now=NOW, review_required=True)


def test_status_bar_shows_reports_waiting_for_review(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    assert not window.status.review.isVisible()  # none waiting: nothing shown
    run_sync(qtbot, window.ctx.tasks, _seal_for_review)
    window.ctx.changes.publish(Changes.of(OUTBOX))
    settle(qtbot, window.ctx.tasks)
    assert window.status.review.isVisible()
    assert window.status.review.text() == "2 awaiting review"
    assert window.status.review.accessibleName() == "Reports waiting for review"
    window.lock("user")
    assert not window.status.review.isVisible()
    unlock_via_ui(qtbot, window, passphrase)
    assert window.status.review.text() == "2 awaiting review" and window.status.review.isVisible()


def test_drafts_restored_at_unlock_are_shown_until_settled(qtbot, desktop, passphrase, canary) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    probe = _add_probe(window, show=True)
    assert not window.status.drafts.isVisible()
    probe.note.setText(canary)
    window.lock("idle")  # the half-typed form is kept as a draft
    unlock_via_ui(qtbot, window, passphrase)
    probe.on_unlocked()
    settle(qtbot, window.ctx.tasks)
    assert probe.note.text() == canary
    assert window.status.drafts.isVisible()
    assert window.status.drafts.text() == "1 unfinished form restored"
    assert "restored on the Probe page" in window.status.currentMessage()
    assert canary not in window.status.currentMessage()  # titles and counts only
    probe.discard_draft("probe-form")  # saved for real, or abandoned
    settle(qtbot, window.ctx.tasks)
    assert not window.status.drafts.isVisible()


def test_change_passphrase_dialog_shows_the_whole_refusal(qtbot, desktop, passphrase) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    dialog = window.open_change_passphrase()
    qtbot.keyClicks(dialog.new, "short")
    dialog.check_strength()
    qtbot.waitUntil(lambda: "too short" in dialog.feedback.text(), timeout=10_000)
    settle(qtbot, window.ctx.tasks)
    label = dialog.feedback
    assert label.text().endswith("symbols.")  # the reason is two sentences long
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed, (label.height(), needed)  # every wrapped line is shown
    assert label.geometry().bottom() < dialog.confirm.geometry().top()  # and nothing overlaps it
    assert dialog.rect().contains(label.geometry())
