"""The desk pages' own server work against a real server on loopback (one per module): the
enrol box with a desk code, the Queue page's pull, the Alerts page signing and publishing
(what devices then fetch carries the desk's signature), expiring; the Admin page's lists and
a device code; the Statistics page's and the op's fetch of the figures across organisations.
Keys: the alerts desk holds the test charity's alerts keys, which the server's
installed bundle names (a real desk gets there through `outreach desk sign-bundle`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from outreach_app.charity.desk_keys import DeskKeys, new_desk_keys
from outreach_app.charity.desk_stats import DeskStatsError
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import desk, desk_stats
from outreach_app.protocol.signed_alerts import verify_alert
from outreach_app.protocol.signing import b64encode
from outreach_app.protocol.staff import StaffRole
from outreach_app.reports.export_csv import render_csv
from outreach_app.server.core.clock import utcnow
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import staff_desks
from outreach_app.server.db import stats as stats_db
from outreach_app.ui.pages.desk.admin import DeskAdminPage
from outreach_app.ui.pages.desk.alerts import DeskAlertsPage
from outreach_app.ui.pages.desk.queue import DeskQueuePage
from outreach_app.ui.pages.desk.stats import DeskStatsPage
from tests.fake_clock import FakeClock
from tests.server_harness import ALERTS_DESK, ServerHandle, running_server
from tests.unit.charity.test_desk_stats import ROWS

from .conftest import alert_content, make_desk_vault, open_desk, queue_report, run_sync, settle

# On one xdist worker, so the module's server is started once per run.
pytestmark = pytest.mark.xdist_group("desk_server")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    with running_server(tmp_path_factory.mktemp("desk-server")) as handle:
        yield handle


def _desk_code(server: ServerHandle, role: StaffRole) -> str:
    with server.engine.begin() as conn:
        return staff_desks.create_desk_code(conn, role, 24, server.clock)


def _alerts_keys(server: ServerHandle) -> DeskKeys:
    raw = server.charity.alerts_sign.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return DeskKeys(
        role=StaffRole.ALERTS,
        desk_id=ALERTS_DESK,
        auth_private=new_desk_keys(StaffRole.ALERTS, ALERTS_DESK).auth_private,
        enc_private=server.charity.alerts_enc.private,
        sign_private=b64encode(raw),
    )


def _enrolled(qtbot: Any, page: Any, server: ServerHandle, role: StaffRole) -> None:
    page.on_unlocked()
    settle(qtbot, page.ctx.tasks)
    assert not page.enrol.is_enrolled
    page.enrol.server_url.setText(server.url)
    page.enrol.code.setText(_desk_code(server, role))
    page.enrol.enrol_button.click()
    settle(qtbot, page.ctx.tasks)
    assert page.enrol.is_enrolled, page.message.text()
    assert page.enrol.code.text() == "" and page.enrol.enrol_button.isHidden()
    assert page.enrol.who.text().endswith(f"enrolled with {server.url}")


@pytest.fixture
def alerts_ctx(qapp: Any, qtbot: Any, tmp_path: Path, server: ServerHandle) -> Iterator[Any]:
    layout = VaultLayout(tmp_path / "desk")
    make_desk_vault(layout, StaffRole.ALERTS, _alerts_keys(server))
    # The server judges expiry by today's date: the desk's clock is today too.
    ctx = open_desk(qtbot, layout, FakeClock(datetime.now(UTC)))
    yield ctx
    ctx.tasks.begin_lock()
    ctx.tasks.shutdown()


def _publish_a_report(qtbot: Any, ctx: Any, summary: str) -> DeskAlertsPage:
    """Queue a report for the north, draft an alert from it on the Alerts page and publish it."""
    queue_report(qtbot, ctx, alert_content(summary, region="north"))
    page = DeskAlertsPage(ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    assert page.enrol.is_enrolled
    page.draft_button.click()
    settle(qtbot, ctx.tasks)
    page.title_field.setText("Grey Ford: man called Gaz")
    page.ask_publish()
    assert page.confirm_button is not None
    page.confirm_button.click()
    settle(qtbot, ctx.tasks)
    return page


def test_an_alerts_desk_enrols_pulls_signs_publishes_edits_and_withdraws(
    qtbot: Any, alerts_ctx: Any, server: ServerHandle
) -> None:
    queue = DeskQueuePage(alerts_ctx)
    qtbot.addWidget(queue)
    _enrolled(qtbot, queue, server, StaffRole.ALERTS)  # enrolling pulls at once
    assert queue.message.text() == "0 new reports, 0 withdrawn."
    queue.catch_up.setChecked(True)  # a second desk of the role also fetches what the first took
    queue.pull()
    settle(qtbot, alerts_ctx.tasks)
    assert queue.message.text() == "0 new reports, 0 withdrawn." and queue.pull_button.isEnabled()

    page = _publish_a_report(qtbot, alerts_ctx, "Gaz hit her")
    draft = page._draft
    assert draft is not None
    (stored,) = run_sync(qtbot, alerts_ctx.tasks, desk.alerts)
    assert stored.status is desk.AlertStatus.PUBLISHED and stored.fingerprint
    assert page.message.text() == f"Published version 1; its check code is {stored.fingerprint}."
    assert page.table.item(0, 2).text() == "Published" and page.expire_button.isEnabled()

    with server.engine.begin() as conn:
        feed = alerts_db.feed(conn, server.org_id, None, 50, utcnow)
    (entry,) = [e for e in feed.entries if str(e.alert_id) == draft.alert_id]
    assert entry.signed is not None and entry.signed.alert.title == "Grey Ford: man called Gaz"
    assert verify_alert(entry.signed, server.charity.bundle().bundle).title == "Grey Ford: man called Gaz"

    # Editing a published alert makes its next version, published in turn.
    page.title_field.setText("Grey Ford: man called Gaz, now driving a van")
    page.save()
    settle(qtbot, alerts_ctx.tasks)
    assert page._draft is not None and page._draft.version == 2
    assert page.table.item(0, 2).text() == "Draft" and not page.withdraw_button.isEnabled()
    page.ask_publish()
    assert page.confirm_button is not None
    page.confirm_button.click()
    settle(qtbot, alerts_ctx.tasks)
    with server.engine.begin() as conn:
        feed = alerts_db.feed(conn, server.org_id, None, 50, utcnow)
    (entry,) = [e for e in feed.entries if str(e.alert_id) == draft.alert_id]
    assert entry.signed is not None and entry.signed.alert.version == 2
    assert entry.signed.alert.title == "Grey Ford: man called Gaz, now driving a van"

    page.ask_end("withdraw")
    assert page.confirm_button is not None
    page.confirm_button.click()
    settle(qtbot, alerts_ctx.tasks)
    assert run_sync(qtbot, alerts_ctx.tasks, desk.alerts)[0].status is desk.AlertStatus.WITHDRAWN
    assert page.message.text() == "The alert is now: Withdrawn"
    assert not page.publish_button.isEnabled() and not page.withdraw_button.isEnabled()
    with server.engine.begin() as conn:
        feed = alerts_db.feed(conn, server.org_id, None, 50, utcnow)
    assert draft.alert_id not in {str(e.alert_id) for e in feed.entries}  # gone from the devices' list


def test_an_admin_desk_lists_the_server_and_makes_a_device_code(
    qapp: Any, qtbot: Any, tmp_path: Path, server: ServerHandle, clock: FakeClock
) -> None:
    layout = VaultLayout(tmp_path / "admin")
    make_desk_vault(layout, StaffRole.ADMIN)
    ctx = open_desk(qtbot, layout, clock)
    try:
        page = DeskAdminPage(ctx)
        qtbot.addWidget(page)
        _enrolled(qtbot, page, server, StaffRole.ADMIN)
        regions = [page.regions.item(r, 0).text() for r in range(page.regions.rowCount())]
        assert regions == ["east", "north", "south"] or sorted(regions) == ["east", "north", "south"]
        assert [page.orgs.item(r, 0).text() for r in range(page.orgs.rowCount())] == ["Test Project"]
        page.code_org.setText(server.org_id)
        page.code_button.click()
        settle(qtbot, ctx.tasks)
        assert page.code_shown.text().startswith("Enrolment code (shown once, valid 24 h): ")
        page.region_id.setText("west")
        page.region_name.setText("West")
        page.add_region_button.click()
        settle(qtbot, ctx.tasks)
        assert page.message.text() == "Region added." and page.regions.rowCount() == 4
        page.clear_sensitive()
        assert page.code_shown.text() == "" and page.devices.rowCount() == 0
    finally:
        ctx.tasks.begin_lock()
        ctx.tasks.shutdown()


def _seed_stats(server: ServerHandle) -> None:
    """ROWS as the server holds them after devices' uploads: each row one device-month's
    contribution (two for one cell sum), stored under the test organisation."""
    parts = [
        stats_db.Contribution(f"desk-stats-{n}", r["region_id"] or "", r["month"], {r["measure"]: r["count"]})
        for n, r in enumerate(ROWS)
    ]
    with server.engine.begin() as conn:
        stats_db.store(conn, server.org_id, parts, allowed_extra={"", "south"})


def _csv(stats: desk_stats.DeskStatistics) -> str:
    return render_csv(stats.export, stats.period, title=desk_stats.FUNDER_REPORT_TITLE)


@pytest.fixture
def police_ctx(qapp: Any, qtbot: Any, tmp_path: Path, clock: FakeClock) -> Iterator[Any]:
    layout = VaultLayout(tmp_path / "police")
    make_desk_vault(layout, StaffRole.POLICE)
    ctx = open_desk(qtbot, layout, clock)
    yield ctx
    ctx.tasks.begin_lock()
    ctx.tasks.shutdown()


def test_the_op_fetches_the_figures_from_the_server_as_the_same_tables_as_from_a_file(
    qtbot: Any, police_ctx: Any, server: ServerHandle
) -> None:
    not_enrolled = run_sync(
        qtbot,
        police_ctx.tasks,
        lambda s: _raised(lambda: desk_stats.fetch_statistics(s, "2026-01", "2026-02")),
    )
    assert isinstance(not_enrolled, desk.DeskError) and "not enrolled" in str(not_enrolled)
    code = _desk_code(server, StaffRole.POLICE)
    run_sync(qtbot, police_ctx.tasks, lambda s: desk.enroll(s, server.url, code))
    _seed_stats(server)

    fetched = run_sync(
        qtbot, police_ctx.tasks, lambda s: desk_stats.fetch_statistics(s, "2026-01", "2026-02")
    )
    from_file = desk_stats.desk_statistics(ROWS, "2026-01", "2026-02")
    assert _csv(fetched) == _csv(from_file)
    assert "[c]" in _csv(fetched) and len(fetched.export.tables) == 8

    bad = run_sync(
        qtbot,
        police_ctx.tasks,
        lambda s: _raised(lambda: desk_stats.fetch_statistics(s, "2026-03", "2026-01")),
    )
    assert isinstance(bad, DeskStatsError) and str(bad) == "the period ends before it starts"


def _raised(action: Any) -> BaseException | None:
    try:
        action()
    except Exception as exc:  # the test looks at what was raised
        return exc
    return None


def test_the_statistics_page_fetches_the_period_from_the_server(
    qtbot: Any, police_ctx: Any, server: ServerHandle
) -> None:
    code = _desk_code(server, StaffRole.POLICE)
    run_sync(qtbot, police_ctx.tasks, lambda s: desk.enroll(s, server.url, code))
    _seed_stats(server)
    page = DeskStatsPage(police_ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    page.first.setText("2026-01")
    page.last.setText("2026-02")
    page.fetch_button.click()
    settle(qtbot, police_ctx.tasks)
    assert page.stats is not None, page.message.text()
    assert page.file_label.text() == "Figures: from the server" and page.fetch_button.isEnabled()
    assert _csv(page.stats) == _csv(desk_stats.desk_statistics(ROWS, "2026-01", "2026-02"))
    tables = page.tables.toPlainText()
    assert "[c]" in tables and "35" in tables and "\n33\n" not in tables  # 20 + 13 → published as 35
    hidden = len(page.stats.export.suppressed)
    assert page.message.text().endswith(f"tables; counts suppressed by the disclosure rule: {hidden}.")

    page.first.setText("2026-03")
    page.last.setText("2026-03")
    page.show_button.click()  # Show fetches again for the new period
    settle(qtbot, police_ctx.tasks)
    assert page.stats is not None and page.stats.first_month == "2026-03"

    page.first.setText("2026-13")
    page.show_button.click()
    settle(qtbot, police_ctx.tasks)
    assert page.message.text() == "Could not fetch the figures: '2026-13' is not a month (YYYY-MM)"
    assert page.stats.first_month == "2026-03"  # what was shown stays


def test_an_edited_plate_is_in_the_preview_and_in_the_published_alert(
    qtbot: Any, alerts_ctx: Any, server: ServerHandle
) -> None:
    queue_report(qtbot, alerts_ctx, alert_content("Gaz hit her", region="north"))
    page = DeskAlertsPage(alerts_ctx)
    qtbot.addWidget(page)
    _enrolled(qtbot, page, server, StaffRole.ALERTS)
    page.draft_button.click()
    settle(qtbot, alerts_ctx.tasks)
    page.title_field.setText("Grey Ford, new plates")
    page.details.vehicles[0]["registration"].setText("yk21 abc")
    page.refresh_checks()
    assert "plate YK21 ABC" in page.preview.toPlainText() and "AB12" not in page.preview.toPlainText()
    page.ask_publish()
    assert page.confirm_button is not None
    page.confirm_button.click()
    settle(qtbot, alerts_ctx.tasks)
    draft = page._draft
    assert draft is not None and page.message.text().startswith("Published version 1")
    with server.engine.begin() as conn:
        feed = alerts_db.feed(conn, server.org_id, None, 50, utcnow)
    (entry,) = [e for e in feed.entries if str(e.alert_id) == draft.alert_id]
    assert entry.signed is not None
    verified = verify_alert(entry.signed, server.charity.bundle().bundle)
    assert [v.registration for v in verified.vehicles] == ["YK21ABC"]


class _StatusRewriter(httpx.BaseTransport):
    """The real server on loopback, with the status of its answers to expire/withdraw replaced
    by one no desk knows (a hostile or newer server)."""

    def __init__(self, status: str) -> None:
        self.status = status
        self.real = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.real.handle_request(request)
        if not request.url.path.endswith(("/expire", "/withdraw")):
            return response
        answer = json.loads(response.read())
        answer["status"] = self.status
        return httpx.Response(response.status_code, json=answer)

    def close(self) -> None:
        self.real.close()


def test_a_status_the_desk_does_not_know_is_refused_and_the_stored_alert_is_unchanged(
    qtbot: Any, alerts_ctx: Any, server: ServerHandle
) -> None:
    queue = DeskQueuePage(alerts_ctx)
    qtbot.addWidget(queue)
    _enrolled(qtbot, queue, server, StaffRole.ALERTS)
    _publish_a_report(qtbot, alerts_ctx, "Gaz hit her again")
    (before,) = run_sync(qtbot, alerts_ctx.tasks, desk.alerts)
    assert before.status is desk.AlertStatus.PUBLISHED

    def expire(session: Any) -> Any:
        return desk.end_alert(
            session, before.alert_id, "expire", datetime.now(UTC), transport=_StatusRewriter("archived")
        )

    with pytest.raises(desk.DeskError, match="not valid"):
        run_sync(qtbot, alerts_ctx.tasks, expire)
    (after,) = run_sync(qtbot, alerts_ctx.tasks, desk.alerts)
    assert after == before  # nothing stored from the answer
