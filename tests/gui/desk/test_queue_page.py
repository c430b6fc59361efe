"""The desk's Queue page over a real desk vault: filters, the readable view with "seen
before" counts, state changes, withdrawn reports, and nothing left after lock."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from outreach_app.charity import desk_store
from outreach_app.charity.disclosures import DisclosedReport, record_disclosure
from outreach_app.ops.desk_pages import QueueState
from outreach_app.protocol.staff import StaffRole
from outreach_app.ui.pages.desk.queue import DeskQueuePage

from .conftest import (
    police_content,
    queue_report,
    referral_content,
    run_sync,
    settle,
    widget_texts,
)

WITHDRAWN_AT = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk_role() -> StaffRole:
    return StaffRole.POLICE


def _page(qtbot: Any, ctx: Any) -> DeskQueuePage:
    page = DeskQueuePage(ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    settle(qtbot, ctx.tasks)
    return page


def _rows(page: DeskQueuePage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_reports_filter_by_purpose_region_month_and_state(qtbot: Any, desk_ctx: Any) -> None:
    queue_report(qtbot, desk_ctx, police_content("first", region="north"))
    queue_report(qtbot, desk_ctx, police_content("second", region="east"))
    queue_report(qtbot, desk_ctx, referral_content(region="south"))
    page = _page(qtbot, desk_ctx)
    assert len(_rows(page)) == 3
    assert page.counts.text() == "3 shown · 3 new of 3 held"
    assert [page.purpose.itemData(i) for i in range(page.purpose.count())] == [
        None,
        "police_intelligence",
        "police_referral",
    ]
    page.purpose.setCurrentIndex(page.purpose.findData("police_referral"))
    assert [r[:3] for r in _rows(page)] == [["Police referral", "south", "2026-02"]]
    page.purpose.setCurrentIndex(0)
    page.region.setCurrentIndex(page.region.findData("east"))
    assert [r[1] for r in _rows(page)] == ["east"]
    page.region.setCurrentIndex(0)
    page.month.setCurrentIndex(page.month.findData("2026-02"))
    assert len(_rows(page)) == 3
    page.state.setCurrentIndex(page.state.findData("done"))
    assert _rows(page) == []


def test_opening_a_report_shows_it_in_words_with_seen_before_counts_and_moves_its_state(
    qtbot: Any, desk_ctx: Any
) -> None:
    shared = "07700 900123"
    first = queue_report(qtbot, desk_ctx, police_content("Took her phone at the lay-by", phone=shared))
    queue_report(qtbot, desk_ctx, police_content("Same man again", phone=shared))
    queue_report(qtbot, desk_ctx, police_content("Another one", phone="07700 900999"))
    page = _page(qtbot, desk_ctx)
    page.open(first)
    settle(qtbot, desk_ctx.tasks)
    text = page.detail.toPlainText()
    assert "Took her phone at the lay-by" in text and "Robbery" in text
    assert "Seen before" in text and "+447700900123" in text and "in 1 other report" in text
    assert "900999" not in text  # never another report's identifiers
    assert page.review_button.isEnabled() and page.done_button.isEnabled()
    assert not page.new_button.isEnabled()

    page.review_button.click()
    settle(qtbot, desk_ctx.tasks)
    stored = run_sync(qtbot, desk_ctx.tasks, lambda s: desk_store.queue_item(s.conn, first))
    assert stored.state is QueueState.IN_REVIEW
    assert page.new_button.isEnabled() and "In review" in page.detail.toPlainText()
    page.done_button.click()
    settle(qtbot, desk_ctx.tasks)
    assert (
        run_sync(qtbot, desk_ctx.tasks, lambda s: desk_store.queue_item(s.conn, first)).state
        is QueueState.DONE
    )
    assert page.counts.text() == "3 shown · 2 new of 3 held"


def test_withdrawn_reports_say_so_and_a_disclosed_one_names_the_force_to_notify(
    qtbot: Any, desk_ctx: Any
) -> None:
    disclosed = queue_report(qtbot, desk_ctx, police_content("told to the police"))
    quiet = queue_report(qtbot, desk_ctx, referral_content())

    def withdraw(session: Any) -> None:
        from outreach_app.charity.disclosures import notify_on_withdrawal

        record_disclosure(
            session.conn,
            force="Northshire Police",
            by="Sam",
            at=WITHDRAWN_AT,
            fmt="csv",
            reports=[DisclosedReport(disclosed, "police_intelligence", "2B P")],
        )
        desk_store.remove_withdrawn(
            session.conn, [disclosed, quiet], WITHDRAWN_AT, notify_on_withdrawal(WITHDRAWN_AT)
        )

    run_sync(qtbot, desk_ctx.tasks, withdraw)
    page = _page(qtbot, desk_ctx)
    assert _rows(page) == []  # the decrypted copies are gone
    tasks = {
        page.withdrawn.item(r, 0).data(256): page.withdrawn.item(r, 4).text()
        for r in range(page.withdrawn.rowCount())
    }
    assert tasks == {
        disclosed: "Disclosed: notify Northshire Police (Police page)",
        quiet: "Nothing to do: it was never disclosed",
    }
    assert "told to the police" not in widget_texts(page)


def test_lock_leaves_no_report_text_in_the_page(qtbot: Any, desk_ctx: Any, canary: str) -> None:
    envelope_id = queue_report(qtbot, desk_ctx, police_content(f"summary {canary}", region="north"))
    page = _page(qtbot, desk_ctx)
    page.open(envelope_id)
    settle(qtbot, desk_ctx.tasks)
    assert canary in page.detail.toPlainText()
    page.clear_sensitive()
    assert canary not in widget_texts(page)
    assert "north" not in widget_texts(page)
    assert page.table.rowCount() == 0 and page.enrol.who.text() == ""


def test_the_enrol_box_names_the_desk_and_asks_for_a_server_until_enrolled(qtbot: Any, desk_ctx: Any) -> None:
    page = _page(qtbot, desk_ctx)
    assert page.enrol.who.text() == "Police desk “police desk”: not enrolled yet"
    assert not page.enrol.server_url.isHidden() and not page.enrol.enrol_button.isHidden()
    page.enrol.enrol()  # nothing typed: a clear error, no call
    assert page.message.text() == "Type the server's address and the desk code."
    page.pull()
    settle(qtbot, desk_ctx.tasks)
    assert "not enrolled with a server yet" in page.message.text()
    assert page.pull_button.isEnabled()


def test_pull_says_what_it_did_and_a_second_desk_can_catch_up(
    qtbot: Any, desk_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from outreach_app.ops import desk
    from outreach_app.ops.desk import PullReport

    asked: list[dict[str, Any]] = []

    def pull(_session: Any, _now: Any, **options: Any) -> PullReport:
        asked.append(options)
        return PullReport(added=2, acknowledged=2, refused=1, withdrawn=[], flagged=1)

    monkeypatch.setattr(desk, "pull", pull)  # the server's side is test_desk_server.py's
    page = _page(qtbot, desk_ctx)
    page.catch_up.setChecked(True)
    page.pull_button.click()
    settle(qtbot, desk_ctx.tasks)
    # The page keeps the pull's default check, the one that raises "notify <force>" tasks.
    assert asked[0] == {"catch_up": True}
    assert page.message.text() == (
        "2 new reports, 0 withdrawn. 1 did not open with this desk's key. 1 alert to review."
    )
