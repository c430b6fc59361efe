"""The police desk's Police page over a real desk vault: 3x5x2 grades, an export written and
logged only after confirmation, the disclosure log, and notify-force notices marked done."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from outreach_app.charity import desk_store
from outreach_app.charity.disclosures import notify_on_withdrawal
from outreach_app.ops import desk_police
from outreach_app.ops.desk_pages import graded_reports
from outreach_app.protocol.staff import StaffRole
from outreach_app.ui.pages.desk.police import DeskPolicePage

from .conftest import police_content, queue_report, referral_content, run_sync, settle, widget_texts

WITHDRAWN_AT = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk_role() -> StaffRole:
    return StaffRole.POLICE


def _page(qtbot: Any, ctx: Any) -> DeskPolicePage:
    page = DeskPolicePage(ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    page.force.setText("Northshire Police")
    page.agency.setText("Safe Nights Project")
    page.by.setText("Sam Desk")
    return page


def _grade(
    page: DeskPolicePage, ids: list[str], source: str, intel: str, handling: str, cond: str = ""
) -> None:
    page.set_ticked(ids)
    page.source.setCurrentIndex(page.source.findData(source))
    page.intelligence.setCurrentIndex(page.intelligence.findData(intel))
    page.handling.setCurrentIndex(page.handling.findData(handling))
    page.conditions.setText(cond)
    page.grade_button.click()


def test_grades_follow_the_3x5x2_rules(qtbot: Any, desk_ctx: Any) -> None:
    first = queue_report(qtbot, desk_ctx, police_content("Took her phone"))
    second = queue_report(qtbot, desk_ctx, referral_content())
    page = _page(qtbot, desk_ctx)
    assert page.reports.rowCount() == 2
    page.grade_button.click()
    assert page.message.text() == "Tick the reports to grade first."
    _grade(page, [first], "2", "B", "C")  # C without conditions: refused
    assert page.message.text().startswith("Not a valid grade: handling code C needs the conditions")
    assert page.grades == {}
    _grade(page, [first, second], "2", "B", "P")
    assert {k: v.code for k, v in page.grades.items()} == {first: "2B P", second: "2B P"}
    _grade(page, [second], "1", "A", "C", "Not to be shared outside the force")
    assert page.grades[second].code == "1A C" and page.grades[first].code == "2B P"
    shown = {page.reports.item(r, 0).data(256): page.reports.item(r, 4).text() for r in range(2)}
    assert shown == {first: "2B P", second: "1A C"}


def test_an_export_is_written_and_logged_only_after_confirmation(
    qtbot: Any, desk_ctx: Any, tmp_path: Path
) -> None:
    first = queue_report(qtbot, desk_ctx, police_content("Took her phone at the lay-by"))
    queue_report(qtbot, desk_ctx, referral_content())
    page = _page(qtbot, desk_ctx)
    page.set_ticked([first])
    page.ask_export()
    assert page.message.text() == "No grade yet for 1 ticked report."
    _grade(page, [first], "2", "B", "P")
    page.ask_export()
    settle(qtbot, desk_ctx.tasks)
    box = page.active_dialog
    assert box is not None
    assert box.text().startswith("1 report for Northshire Police:") and "2B P" in box.text()
    box.reject()  # Cancel: nothing written, nothing logged
    settle(qtbot, desk_ctx.tasks)
    assert run_sync(qtbot, desk_ctx.tasks, desk_police.disclosures) == []

    graded = run_sync(qtbot, desk_ctx.tasks, lambda s: graded_reports(s, page.grades))
    out = tmp_path / "export.csv"
    page.export_to(out, graded, "csv")
    settle(qtbot, desk_ctx.tasks)
    assert page.message.text() == "Wrote 1 report to export.csv; the disclosure is logged."
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and "Took her phone at the lay-by" in " ".join(rows[0].values())
    (logged,) = run_sync(qtbot, desk_ctx.tasks, desk_police.disclosures)
    assert (logged.force, logged.disclosed_by, logged.format) == ("Northshire Police", "Sam Desk", "csv")
    assert [r.envelope_id for r in logged.reports] == [first]
    assert page.log.rowCount() == 1 and page.log.item(0, 1).text() == "Northshire Police"
    assert page.ticked() == []

    page.export_to(out, graded, "csv")  # never over an existing file
    assert page.message.text() == "export.csv already exists: choose a new file."
    assert len(run_sync(qtbot, desk_ctx.tasks, desk_police.disclosures)) == 1


def test_a_withdrawn_disclosed_report_raises_a_notice_the_desk_marks_done(
    qtbot: Any, desk_ctx: Any, tmp_path: Path, canary: str
) -> None:
    first = queue_report(qtbot, desk_ctx, police_content(f"Took her phone {canary}"))
    page = _page(qtbot, desk_ctx)
    _grade(page, [first], "2", "B", "P")
    graded = run_sync(qtbot, desk_ctx.tasks, lambda s: graded_reports(s, page.grades))
    page.export_to(tmp_path / "export.csv", graded, "csv")
    settle(qtbot, desk_ctx.tasks)
    run_sync(
        qtbot,
        desk_ctx.tasks,
        lambda s: desk_store.remove_withdrawn(
            s.conn, [first], WITHDRAWN_AT, notify_on_withdrawal(WITHDRAWN_AT)
        ),
    )
    page.reload()
    settle(qtbot, desk_ctx.tasks)
    assert page.reports.rowCount() == 0
    assert [page.notices.item(0, c).text() for c in (0, 3)] == ["Northshire Police", "TO DO"]
    page.mark_notified()
    assert page.message.text() == "Select the notice the force was told of."
    page.notices.selectRow(0)
    page.mark_notified()
    settle(qtbot, desk_ctx.tasks)
    (notice,) = run_sync(qtbot, desk_ctx.tasks, desk_police.notices)
    assert notice.notified_by == "Sam Desk" and notice.done
    assert page.notices.item(0, 3).text().startswith("told ")
    page.clear_sensitive()
    assert canary not in widget_texts(page) and page.log.rowCount() == 0 and page.grades == {}


def test_only_police_reports_can_be_graded_for_a_force(qtbot: Any, desk_ctx: Any) -> None:
    from outreach_app.charity.police_grading import parse_evaluation
    from outreach_app.ops.desk import DeskError

    from .conftest import alert_content

    alert = queue_report(qtbot, desk_ctx, alert_content("an alert envelope"))
    with pytest.raises(DeskError, match="only police reports"):
        run_sync(qtbot, desk_ctx.tasks, lambda s: graded_reports(s, {alert: parse_evaluation("2B P")}))
    page = _page(qtbot, desk_ctx)
    assert page.reports.rowCount() == 0  # the page lists police reports only
