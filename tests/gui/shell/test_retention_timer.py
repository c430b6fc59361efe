"""Retention runs once a day while the app stays unlocked, and never while locked ([G]'s gap)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from outreach_app.ops import coordinator
from outreach_app.reports import retention

from .conftest import create_via_ui, settle, unlock_via_ui


def _last_run(qtbot: Any, window: Any) -> datetime | None:
    seen: list[datetime | None] = []
    window.ctx.tasks.run_db(lambda s: retention.last_run(s.conn), seen.append)
    settle(qtbot, window.ctx.tasks)
    return seen[0]


def test_retention_runs_daily_while_unlocked_and_never_while_locked(
    qtbot, desktop, passphrase, clock, monkeypatch
) -> None:
    window = desktop.window
    timer = window.retention_timer
    create_via_ui(qtbot, window, passphrase)
    assert timer.active
    unlocked_at = clock.now
    assert _last_run(qtbot, window) == unlocked_at  # the unlock itself ran it

    calls: list[datetime] = []
    real = coordinator.run_retention_if_due

    def counting(session: Any, *, now: datetime) -> Any:
        calls.append(now)
        return real(session, now=now)

    monkeypatch.setattr(coordinator, "run_retention_if_due", counting)
    ran: list[object] = []
    timer.applied.connect(ran.append)

    for _hour in range(23):
        clock.advance(3600)
        timer.check()
        settle(qtbot, window.ctx.tasks)
    assert len(calls) == 23 and ran == []
    assert _last_run(qtbot, window) == unlocked_at

    clock.advance(3600)  # a day after the unlock
    timer.check()
    settle(qtbot, window.ctx.tasks)
    assert len(ran) == 1
    assert _last_run(qtbot, window) == clock.now

    clock.advance(3600)
    timer.check()
    settle(qtbot, window.ctx.tasks)
    assert len(ran) == 1  # once a day

    window.lock("user")
    settle(qtbot, window.ctx.tasks)
    assert not timer.active
    before = len(calls)
    for _day in range(3):
        clock.advance(86_400)
        timer.check()
    settle(qtbot, window.ctx.tasks)
    assert len(calls) == before

    unlock_via_ui(qtbot, window, passphrase)
    assert timer.active


def test_an_unlock_that_purges_says_what_in_the_status_bar(qtbot, desktop, passphrase, clock) -> None:
    from datetime import timedelta

    from outreach_app.domain.enums import ContactKind
    from outreach_app.domain.models import Contact
    from outreach_app.storage.repos.contacts import add_contact

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    old = Contact(occurred_at=clock.now - timedelta(days=800), kind=ContactKind.PHONE, notes="left behind")
    window.ctx.tasks.run_db(lambda s: add_contact(s.conn, old))
    settle(qtbot, window.ctx.tasks)
    window.lock("user")
    settle(qtbot, window.ctx.tasks)
    clock.advance(86_400)  # retention is due again at the next unlock
    unlock_via_ui(qtbot, window, passphrase)
    settle(qtbot, window.ctx.tasks)
    assert window.status.currentMessage() == (
        "Retention removed 1 contact notes, 0 people, 0 incident texts, 0 sent payloads."
    )
    assert "left behind" not in window.status.currentMessage()
