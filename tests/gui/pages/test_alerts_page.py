"""AlertsPage: current alerts newest first, NEW announcements, CHECK, and the printed handout."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

from PySide6.QtCore import Qt

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Area, Incident, Perpetrator, Vehicle
from outreach_app.protocol.alerts import Alert, AlertPerpetrator, AlertVehicle
from outreach_app.protocol.signed_alerts import alert_fingerprint
from outreach_app.storage.repos import alerts, areas, incidents, sync_state
from outreach_app.ui.models.alerts import AlertsModel
from outreach_app.ui.pages.alerts import AlertsPage
from tests.fake_clock import FakeClock

from .conftest import run_sync, settle
from .test_handout import pdf_text

LAST_SYNC = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def _alert(title: str, issued: date, expires: date, regions: list[str], **extra: Any) -> Alert:
    return Alert(
        alert_id=uuid4(),
        version=1,
        region_ids=regions,
        issued_on=issued,
        expires_on=expires,
        title=title,
        body="Refused to pay, then threatened her.",
        incident_types=[IncidentType.NON_PAYMENT],
        **extra,
    )


ALERTS = [
    _alert(
        "Silver Ford, man called Dave",
        date(2026, 11, 25),
        date(2026, 12, 25),
        ["region-north"],
        perpetrators=[
            AlertPerpetrator(
                name_used="Dave", phone_numbers=["+447700900123"], email_addresses=["dave.x@example.com"]
            )
        ],
        vehicles=[AlertVehicle(colour="silver", make="Ford", registration="AB12CDE")],
    ),
    _alert("Man with a knife near the depot", date(2026, 11, 27), date(2026, 12, 27), ["region-south"]),
    _alert("Old warning, expired", date(2026, 10, 1), date(2026, 10, 31), ["region-north"]),
]


NOW = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)


def _page(qtbot: Any, ctx: Any, canary: str = "") -> AlertsPage:
    def setup(s: Any) -> None:
        north = Area(name="North", region_id="region-north")
        areas.add_area(s.conn, north)
        areas.add_area(s.conn, Area(name="South", region_id="region-south"))
        incidents.add_incident(
            s.conn,
            Incident(
                worker_initials="AB",
                occurred_at=datetime(2026, 11, 20, 23, 0, tzinfo=UTC),
                area_id=north.id,
                types=[IncidentType.ROBBERY_THEFT],
                perpetrators=[
                    Perpetrator(phone_numbers=["07700 900123"], email_addresses=["Dave.X@example.com"])
                ],
                vehicles=[Vehicle(registration="AB12 CDE")],
                narrative=f"local narrative {canary}",
                location_note=f"behind the depot {canary}",
            ),
        )
        for alert in ALERTS:  # as a sync pass stores them
            alerts.store_alert(s.conn, alert, LAST_SYNC)
        sync_state.set_cursor(s.conn, "after-the-last-alert", LAST_SYNC)

    run_sync(qtbot, ctx.tasks, setup)
    ctx.clock = FakeClock(NOW)
    page = AlertsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    return page


def test_alerts_model_passes_modeltester(qtmodeltester) -> None:
    model = AlertsModel()
    qtmodeltester.check(model)
    model.set_alerts(ALERTS, {f"{ALERTS[0].alert_id}:1"}, {"region-north": "North"})
    model.mark_all_seen()
    model.clear()


def test_current_alerts_newest_first_with_region_and_area_filter(qtbot, vault_ctx) -> None:
    page = _page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    titles = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert titles == ["Man with a knife near the depot", "Silver Ford, man called Dave"]  # expired one hidden
    assert page.model.data(page.model.index(1, 3)) == "North"
    assert page.model.data(page.model.index(1, 4)) == "2026-12-25"
    assert "2026-11-28" in page.sync_label.text()
    page.area.setCurrentIndex(page.area.findText("North"))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    detail = page.detail.toPlainText()
    assert "AB12 CDE" in detail and "07700 900123" in detail and "Dave" in detail  # as people read them


def test_new_alerts_are_announced_until_looked_at(qtbot, vault_ctx) -> None:
    page = _page(qtbot, vault_ctx)
    with qtbot.waitSignal(page.new_alerts_changed, timeout=5000) as blocker:
        page.on_unlocked()
    assert blocker.args == [2]
    settle(qtbot, vault_ctx.tasks)
    assert page.model.data(page.model.index(0, 1)).startswith("NEW: ")
    with qtbot.waitSignal(page.new_alerts_changed, timeout=5000) as blocker:
        page.show()
        page.on_shown()
    assert blocker.args == [0]
    settle(qtbot, vault_ctx.tasks)
    # Seen is remembered in the vault: a reload announces nothing.
    with qtbot.assertNotEmitted(page.new_alerts_changed):
        page.reload()
        settle(qtbot, vault_ctx.tasks)


def test_check_finds_alerts_and_local_incidents_in_any_format(qtbot, vault_ctx) -> None:
    page = _page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    for text in ("07700 900 123", "+44 7700 900123", "ab12 cde", "DAVE.X@Example.com"):
        page.check_box.setFocus()
        page.check_box.clear()
        qtbot.keyClicks(page.check_box, text)
        qtbot.keyClick(page.check_box, Qt.Key.Key_Return)
        settle(qtbot, vault_ctx.tasks)
        result = page.check_results.toPlainText()
        assert "Silver Ford, man called Dave" in result, text
        assert "Our record" in result and "Robbery/theft" in result, text
    page.check_box.setText("07000 111222")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, vault_ctx.tasks)
    assert "Nothing known" in page.check_results.toPlainText()


def test_handout_pdf_has_the_alerts_and_no_local_data(qtbot, vault_ctx, canary, tmp_path) -> None:
    page = _page(qtbot, vault_ctx, canary)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    target = tmp_path / "handout.pdf"
    page.save_handout(target)
    settle(qtbot, vault_ctx.tasks)
    assert "saved" in page.message.text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = pdf_text(target.read_bytes())
    assert "Silver Ford, man called Dave" in text and "Man with a knife near the depot" in text
    assert "Old warning" not in text
    assert "Issued 25 Nov 2026" in text and "valid until 25 Dec 2026" in text
    assert "28 Nov 2026 (last sync)" in text
    assert "phone 07700 900123" in text and "plate AB12 CDE" in text and "+447700900123" not in text
    assert "BE AWARE" in text and "What to do:" in text  # non-payment ranks as "Be aware"
    assert canary not in text and "depot " + canary not in text
    assert str(ALERTS[0].alert_id) not in text and "region-north" not in text
    # protocol v2: each alert's check code, to compare with the charity's copy
    assert "Charity check code:" in text and alert_fingerprint(ALERTS[0]) in text


def test_clear_sensitive_drops_alerts_and_checks(qtbot, vault_ctx) -> None:
    page = _page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    page.check_box.setText("AB12CDE")
    page.run_check()
    settle(qtbot, vault_ctx.tasks)
    page.clear_sensitive()
    assert page.model.rowCount() == 0
    assert page.check_results.toPlainText() == "" and page.check_box.text() == ""
    assert page.area.count() == 0


def test_before_any_sync_the_page_says_there_are_no_alerts_and_never_fetched(qtbot, vault_ctx) -> None:
    ctx = vault_ctx
    ctx.clock = FakeClock(NOW)
    page = AlertsPage(ctx)  # the real source: sync's alert store in the vault, still empty
    qtbot.addWidget(page)
    page.show()
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    assert page.model.rowCount() == 0
    assert page.empty.text() == "No current alerts for this area."
    assert page.sync_label.text() == "Never fetched"


def test_alerts_from_a_real_server_are_shown_announced_checked_and_printed(
    qtbot, vault_ctx, tmp_path
) -> None:
    """End to end: the charity publishes, "Sync now" fetches, the page shows, CHECK finds, paper."""
    from outreach_app.services.sync_scheduler import SyncScheduler
    from tests.server_harness import running_server

    run_sync(qtbot, vault_ctx.tasks, lambda s: areas.add_area(s.conn, Area(name="North")))
    with running_server(tmp_path / "server") as server:
        scheduler = SyncScheduler(vault_ctx.tasks)
        vault_ctx.sync = scheduler
        scheduler.start()
        try:
            page = AlertsPage(vault_ctx)  # the real source: sync's alert store in the vault
            qtbot.addWidget(page)
            page.resize(1100, 800)
            page.on_unlocked()
            settle(qtbot, vault_ctx.tasks)
            assert page.model.rowCount() == 0 and page.sync_label.text() == "Never fetched"

            with qtbot.waitSignal(scheduler.enrolled, timeout=20_000):
                scheduler.enroll(
                    server.url,
                    server.make_enroll_code(),
                    device_label="Test laptop",
                    root_fingerprint=server.root_fingerprint,
                )
            settle(qtbot, vault_ctx.tasks)
            server.publish_alert(
                "Blue Ford driver refuses to pay", regions=[server.region_ids[0]], plates=["XY12ABC"]
            )
            with qtbot.waitSignal(page.new_alerts_changed, timeout=30_000) as blocker:
                scheduler.sync_now()
            assert blocker.args == [1]
            settle(qtbot, vault_ctx.tasks)
            assert page.model.rowCount() == 1
            assert page.model.data(page.model.index(0, 1)) == "NEW: Blue Ford driver refuses to pay"
            assert page.sync_label.text().startswith("Last fetched")

            page.check_box.setText("xy12 abc")
            page.run_check()
            settle(qtbot, vault_ctx.tasks)
            assert "Blue Ford driver refuses to pay" in page.check_results.toPlainText()

            target = tmp_path / "handout.pdf"
            page.save_handout(target)
            settle(qtbot, vault_ctx.tasks)
            text = pdf_text(target.read_bytes())
            assert "Blue Ford driver refuses to pay" in text and "(last sync)" in text
        finally:
            scheduler.stop()


def test_alerts_refused_for_a_bad_signature_are_announced_on_the_page(qtbot, vault_ctx) -> None:
    """The v2 sync pass keeps its refusal warning in the vault; the page shows it (ops.alerts)."""
    from outreach_app.storage.repos.settings import set_setting
    from outreach_app.sync.alert_signatures import REFUSED_ALERTS_SETTING

    warning = "1 alert was refused because the charity's signature did not check out"
    run_sync(qtbot, vault_ctx.tasks, lambda s: set_setting(s.conn, REFUSED_ALERTS_SETTING, warning))
    page = _page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert page.signature_warning.text() == warning
    assert page.model.rowCount() == 2  # the stored, valid alerts are still shown beside it
