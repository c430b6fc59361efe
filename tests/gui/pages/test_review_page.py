"""ReviewPage: the outbox with states, the exact payload, coordinator review enforced below the UI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Area, Incident, Vehicle
from outreach_app.ops.outbox import list_outbox
from outreach_app.storage.repos import areas, incidents
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.ui.models.outbox import OutboxModel
from outreach_app.ui.pages.review import ReviewPage

from .conftest import make_ctx, open_raw_session, run_sync, settle

NOW = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)


def _sealed_awaiting_review(session: Any, canary: str) -> Any:
    return _sealed(session, canary, "region-north", review=True)


def _sealed(session: Any, canary: str, region: str, *, review: bool) -> Any:
    from outreach_app.sharing.seal import seal_incident
    from outreach_app.sharing.workflow import record_consent

    area = Area(name=f"Area {region}", region_id=region)
    areas.add_area(session.conn, area)
    incident = Incident(
        worker_initials="AB",
        occurred_at=datetime(2026, 11, 20, 23, 0, tzinfo=UTC),
        area_id=area.id,
        types=[IncidentType.ROBBERY_THEFT],
        vehicles=[Vehicle(registration="AB12CDE")],
        narrative=canary,
    )
    incidents.add_incident(session.conn, incident)
    record_consent(
        session.conn, incident.id, [Purpose.ALERT], worker_initials="AB", method=ConsentMethod.VERBAL, now=NOW
    )
    return seal_incident(session.conn, incident.id, now=NOW, review_required=review)


def _page(qtbot: Any, ctx: Any) -> ReviewPage:
    ctx.clock = lambda: NOW
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page


def test_outbox_model_passes_modeltester(qtbot, qtmodeltester, vault_ctx, canary) -> None:
    run_sync(qtbot, vault_ctx.tasks, lambda s: _sealed_awaiting_review(s, canary))
    model = OutboxModel()
    qtmodeltester.check(model)
    model.set_entries(run_sync(qtbot, vault_ctx.tasks, lambda s: list_outbox(s, NOW)))
    assert model.rowCount() == 1
    model.clear()


def test_coordinator_sees_the_exact_payload_and_approves(qtbot, vault_ctx, canary) -> None:
    item = run_sync(qtbot, vault_ctx.tasks, lambda s: _sealed_awaiting_review(s, canary))
    page = _page(qtbot, vault_ctx)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == "Waiting for a coordinator"
    assert "1 waiting for review" in page.summary.text()
    assert not page.approve_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    settle(qtbot, vault_ctx.tasks)
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    assert "AB12CDE" in page.words.toPlainText() and "AB12CDE" in page.json.toPlainText()
    assert canary not in page.words.toPlainText() + page.json.toPlainText()

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    stored = run_sync(qtbot, vault_ctx.tasks, lambda s: outbox_repo.get_item(s.conn, item.id))
    assert stored.state == "queued"
    assert page.model.data(page.model.index(0, 3)) == "Waiting to be sent"
    assert "Approved" in page.message.text()


def test_worker_cannot_review_and_the_service_refuses_whatever_the_ui_shows(
    qtbot, tmp_path: Path, canary
) -> None:
    ctx = make_ctx(tmp_path, role="worker")
    open_raw_session(ctx.tasks, qtbot, ctx.layout, "worker")
    try:
        item = run_sync(qtbot, ctx.tasks, lambda s: _sealed_awaiting_review(s, canary))
        page = _page(qtbot, ctx)
        page.table.selectRow(0)
        assert not page.approve_button.isVisible() and not page.reject_button.isVisible()
        page._review(approve=True)  # as if the UI had let it through
        settle(qtbot, ctx.tasks)
        assert "Could not approve the report" in page.message.text()
        stored = run_sync(qtbot, ctx.tasks, lambda s: outbox_repo.get_item(s.conn, item.id))
        assert stored.state == "awaiting_review"
    finally:
        ctx.tasks.begin_lock()
        ctx.tasks.shutdown()


def test_enrol_and_sync_now_against_a_real_server(qtbot, vault_ctx, tmp_path) -> None:
    from outreach_app.services.sync_scheduler import SyncScheduler
    from outreach_app.storage.repos import sync_state
    from tests.server_harness import running_server

    with running_server(tmp_path / "server") as server:
        vault_ctx.sync = SyncScheduler(vault_ctx.tasks)
        vault_ctx.sync.start()  # what the main window does after unlock
        try:
            page = _page(qtbot, vault_ctx)
            assert page.enrol_button.isEnabled() and page.sync_button.isEnabled()

            page.server_url.setText(server.url)
            qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
            assert "enrolment code" in page.message.text()  # nothing sent without a code

            page.enrol_code.setText("ABCD-EFGH-JKMN-PQRS")  # not a code the server issued
            qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
            assert "fingerprint" in page.message.text()  # nothing sent without the charity's key
            page.root_fingerprint.setText(server.root_fingerprint)  # from the code sheet (v2)
            with qtbot.waitSignal(vault_ctx.sync.enrol_failed, timeout=20_000):
                qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
            settle(qtbot, vault_ctx.tasks)
            assert "Linking failed" in page.message.text()
            assert run_sync(qtbot, vault_ctx.tasks, lambda s: sync_state.get_link(s.conn)) is None

            page.enrol_code.setText(server.make_enroll_code())
            with qtbot.waitSignal(vault_ctx.sync.enrolled, timeout=20_000):
                qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
            settle(qtbot, vault_ctx.tasks)
            assert page.enrol_code.text() == ""  # the one-time code does not linger in the widget
            assert "Linked to" in page.message.text()
            link = run_sync(qtbot, vault_ctx.tasks, lambda s: sync_state.get_link(s.conn))
            assert link is not None and link.server_url.rstrip("/") == server.url.rstrip("/")

            # A report sealed for the server's region goes out on "Sync now" and shows as sent.
            region = server.region_ids[0]
            item = run_sync(
                qtbot, vault_ctx.tasks, lambda s: _sealed(s, "no canary here", region, review=False)
            )
            page.reload()
            settle(qtbot, vault_ctx.tasks)
            qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)

            def sent() -> bool:
                return (
                    run_sync(qtbot, vault_ctx.tasks, lambda s: outbox_repo.get_item(s.conn, item.id)).state
                    == "sent"
                )

            qtbot.waitUntil(sent, timeout=30_000)
            settle(qtbot, vault_ctx.tasks)
            states = [page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())]
            assert "Sent (receipt stored)" in states
        finally:
            vault_ctx.sync.stop()


def test_clear_sensitive_empties_the_outbox_view(qtbot, vault_ctx, canary) -> None:
    run_sync(qtbot, vault_ctx.tasks, lambda s: _sealed_awaiting_review(s, canary))
    page = _page(qtbot, vault_ctx)
    page.table.selectRow(0)
    page.clear_sensitive()
    assert page.model.rowCount() == 0 and page.json.toPlainText() == "" and page.words.toPlainText() == ""


def test_a_parked_report_shows_why(qtbot, vault_ctx, canary) -> None:
    from outreach_app.sharing import outbox as sharing_outbox

    def parked(s: Any) -> Any:
        item = _sealed(s, canary, "region-north", review=False)
        sharing_outbox.mark_sending(s.conn, [item.id], now=NOW)
        sharing_outbox.mark_parked(s.conn, item.id, "the server refused the region", now=NOW)
        return item

    run_sync(qtbot, vault_ctx.tasks, parked)
    page = _page(qtbot, vault_ctx)
    assert page.model.data(page.model.index(0, 3)) == "Parked: needs attention"
    assert page.model.data(page.model.index(0, 4)) == "1"
    assert page.model.data(page.model.index(0, 5)) == "the server refused the region"
    assert "1 parked" in page.summary.text()
    page.table.selectRow(0)
    assert "Reason: the server refused the region" in page.words.toPlainText()


def _sent_then_blanked_by_retention(session: Any, canary: str) -> Any:
    from datetime import date, timedelta

    from outreach_app.protocol.receipts import Receipt, ReceiptStatus
    from outreach_app.sharing import outbox as sharing_outbox
    from outreach_app.storage.repos.retention import purge_sent_payloads

    item = _sealed(session, canary, "region-north", review=False)
    sharing_outbox.mark_sending(session.conn, [item.id], now=NOW)
    receipt = Receipt(
        report_id=item.report_id,
        content_hash=item.content_hash,
        status=ReceiptStatus.ACCEPTED,
        received_on=date(2026, 11, 29),
    )
    sharing_outbox.mark_sent(session.conn, item.id, receipt, now=NOW)
    assert purge_sent_payloads(session.conn, NOW + timedelta(days=1)) == 1
    return item


def test_a_payload_removed_by_retention_says_so_instead_of_failing(qtbot, vault_ctx, canary) -> None:
    item = run_sync(qtbot, vault_ctx.tasks, lambda s: _sent_then_blanked_by_retention(s, canary))
    assert run_sync(qtbot, vault_ctx.tasks, lambda s: outbox_repo.get_item(s.conn, item.id)).payload == ""
    page = _page(qtbot, vault_ctx)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)  # a JSON decode error here would escape the slot and fail the test
    settle(qtbot, vault_ctx.tasks)
    assert "removed from this device by retention" in page.words.toPlainText()
    assert "State: Sent" in page.words.toPlainText()
    assert page.json.toPlainText() == "(removed by retention)"


def test_withdrawals_say_withdrawn_or_not_found_yet_never_confirmed(qtbot, vault_ctx) -> None:
    """A code from another project: the server did not find the report (yet)."""
    from outreach_app.protocol.verifier import withdrawal_verifier
    from outreach_app.protocol.withdrawals import WithdrawalResult, WithdrawalStatus
    from outreach_app.sharing import outbox
    from outreach_app.sharing.workflow import withdraw_with_code

    def answered(session: Any) -> None:
        for code, status in (
            ("7KQ2-MX9D-4HTB-0WZR", WithdrawalStatus.UNKNOWN),
            ("8KQ2-MX9D-4HTB-0WZR", WithdrawalStatus.WITHDRAWN),
        ):
            withdraw_with_code(session.conn, code, [Purpose.ALERT], other_device=True, now=NOW)
            pending = [w for w in outbox.withdrawals_to_send(session.conn, now=NOW) if w.withdrawal.verifier]
            answer = WithdrawalResult(
                verifier=withdrawal_verifier(code), status=status, purposes=[Purpose.ALERT]
            )
            outbox.mark_withdrawn(session.conn, pending[-1].withdrawal_id, answer, now=NOW)

    run_sync(qtbot, vault_ctx.tasks, answered)
    page = _page(qtbot, vault_ctx)
    states = sorted(page.model.data(page.model.index(row, 3)) for row in range(page.model.rowCount()))
    assert states == [
        "Not found on the server yet: asked again at each sync for 30 days",
        "Withdrawn on the server",
    ]
    assert "1 withdrawal not found on the server yet" in page.summary.text()
    assert "confirmed" not in page.summary.text().lower()
