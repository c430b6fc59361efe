"""A withdrawal by verifier that the server did not find is `not found yet`, never withdrawn."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.verifier import withdrawal_verifier
from outreach_app.protocol.withdrawals import WithdrawalResult, WithdrawalStatus
from outreach_app.sharing import outbox
from outreach_app.sharing.withdrawal_progress import (
    NOT_FOUND_RETRY_EVERY,
    NOT_FOUND_RETRY_PERIOD,
    WithdrawalProgress,
    describe,
    progress,
)
from outreach_app.sharing.workflow import withdraw_with_code
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import outbox as repo

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
CODE = "7KQ2-MX9D-4HTB-0WZR"


def _answer(status: WithdrawalStatus) -> WithdrawalResult:
    return WithdrawalResult(verifier=withdrawal_verifier(CODE), status=status, purposes=[Purpose.ALERT])


def _only_row(conn: Connection) -> repo.WithdrawalRow:
    (row,) = repo.list_withdrawals(conn)
    return row


def test_unknown_by_verifier_is_not_found_yet_and_asked_again_until_the_period_ends(conn: Connection) -> None:
    withdraw_with_code(conn, CODE, [Purpose.ALERT], other_device=True, now=NOW)
    assert progress(_only_row(conn), NOW) is WithdrawalProgress.WAITING
    (sent,) = outbox.withdrawals_to_send(conn, now=NOW)

    answered = NOW + timedelta(minutes=1)
    got = outbox.mark_withdrawn(conn, sent.withdrawal_id, _answer(WithdrawalStatus.UNKNOWN), now=answered)
    assert got is WithdrawalProgress.NOT_FOUND_YET
    row = _only_row(conn)
    assert (row.state, row.attempts) == ("not_found", 1)
    assert progress(row, answered) is WithdrawalProgress.NOT_FOUND_YET
    assert "not found yet" in describe(row, answered) and describe(row, answered) != "withdrawn"

    # Not asked again at once (the server rate-limits verifiers), but after the interval.
    assert outbox.withdrawals_to_send(conn, now=answered + NOT_FOUND_RETRY_EVERY / 2) == []
    later = answered + NOT_FOUND_RETRY_EVERY
    assert [w.withdrawal_id for w in outbox.withdrawals_to_send(conn, now=later)] == [sent.withdrawal_id]
    outbox.mark_withdrawn(conn, sent.withdrawal_id, _answer(WithdrawalStatus.UNKNOWN), now=later)
    assert _only_row(conn).attempts == 2

    # At the end of the period: no longer asked, and said plainly.
    end = NOW + NOT_FOUND_RETRY_PERIOD
    assert outbox.withdrawals_to_send(conn, now=end) == []
    assert progress(_only_row(conn), end) is WithdrawalProgress.NOT_FOUND
    assert describe(_only_row(conn), end).startswith("not found:")


def test_found_on_a_later_ask_is_withdrawn(conn: Connection) -> None:
    withdraw_with_code(conn, CODE, [Purpose.ALERT], other_device=True, now=NOW)
    (sent,) = outbox.withdrawals_to_send(conn, now=NOW)
    outbox.mark_withdrawn(conn, sent.withdrawal_id, _answer(WithdrawalStatus.UNKNOWN), now=NOW)
    later = NOW + timedelta(days=3)
    got = outbox.mark_withdrawn(
        conn, sent.withdrawal_id, _answer(WithdrawalStatus.ALREADY_WITHDRAWN), now=later
    )
    assert got is WithdrawalProgress.WITHDRAWN
    row = _only_row(conn)
    assert row.state == "done" and progress(row, later) is WithdrawalProgress.WITHDRAWN
    assert outbox.withdrawals_to_send(conn, now=later + timedelta(days=1)) == []


def test_unknown_by_report_id_is_withdrawn(conn: Connection) -> None:
    report_id = uuid4()
    repo.add_withdrawal(
        conn,
        repo.WithdrawalRow(
            id=uuid4(),
            incident_id=None,
            report_id=report_id,
            verifier=None,
            purposes=("alert",),
            state="pending",
            attempts=0,
            last_error=None,
            result=None,
            created_at=NOW,
            updated_at=NOW,
        ),
    )
    (sent,) = outbox.withdrawals_to_send(conn, now=NOW)
    answer = WithdrawalResult(report_id=report_id, status=WithdrawalStatus.UNKNOWN, purposes=[Purpose.ALERT])
    # This device's own report never arrived: the server's tombstone withdraws a late copy.
    assert outbox.mark_withdrawn(conn, sent.withdrawal_id, answer, now=NOW) is WithdrawalProgress.WITHDRAWN
    assert _only_row(conn).state == "done"
