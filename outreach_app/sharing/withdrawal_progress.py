"""How far a withdrawal for the server has got, said honestly (issue 15).

A withdrawal by report id names a report this device sealed: whatever the server answers,
the report is withdrawn (if it never arrived, the tombstone the server keeps withdraws a late
copy, and the device never sends it again). A withdrawal by verifier (a code given at
another project or on another device) may name a report that has not reached the charity's
server yet. The server then answers `unknown`; the device must not call that done. It keeps
the withdrawal as `not_found` and asks again, at most every NOT_FOUND_RETRY_EVERY, until
NOT_FOUND_RETRY_PERIOD after it was taken. The server's tombstone withdraws a report that
arrives meanwhile, and the next ask answers `already_withdrawn`: found and withdrawn. After
the period the device stops asking and says "not found"; the tombstone stays on the server.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from outreach_app.protocol.withdrawals import WithdrawalResult, WithdrawalStatus
from outreach_app.storage.repos.outbox import WithdrawalRow

NOT_FOUND_RETRY_PERIOD = timedelta(days=30)
"""How long after it was taken a withdrawal the server did not find is asked again."""
NOT_FOUND_RETRY_EVERY = timedelta(hours=1)
"""At most this often (withdrawals by verifier are rate-limited by the server)."""

STATE_PENDING = "pending"
STATE_DONE = "done"
STATE_NOT_FOUND = "not_found"


class WithdrawalProgress(StrEnum):
    WAITING = "waiting"  # not answered by the server yet
    WITHDRAWN = "withdrawn"  # the server found the report and withdrew it (or it never left)
    NOT_FOUND_YET = "not_found_yet"  # the server has no such report yet; asked again
    NOT_FOUND = "not_found"  # still not found at the end of the period; no longer asked


def found(row_report_id: object, result: WithdrawalResult) -> bool:
    """Whether an answer settles the withdrawal: anything by report id, or a verifier the
    server found."""
    return row_report_id is not None or result.status is not WithdrawalStatus.UNKNOWN


def looking_until(row: WithdrawalRow) -> datetime:
    return row.created_at + NOT_FOUND_RETRY_PERIOD


def progress(row: WithdrawalRow, now: datetime) -> WithdrawalProgress:
    if row.state == STATE_PENDING:
        return WithdrawalProgress.WAITING
    if row.state == STATE_NOT_FOUND:
        if now < looking_until(row):
            return WithdrawalProgress.NOT_FOUND_YET
        return WithdrawalProgress.NOT_FOUND
    # `done` rows stored before this rule could hold an `unknown` by verifier: not found,
    # and no longer asked.
    if row.report_id is None and (row.result or {}).get("status") == WithdrawalStatus.UNKNOWN.value:
        return WithdrawalProgress.NOT_FOUND
    return WithdrawalProgress.WITHDRAWN


def due(row: WithdrawalRow, now: datetime) -> bool:
    """Whether a sync pass should send this withdrawal now."""
    if row.state == STATE_PENDING:
        return True
    still_looking = progress(row, now) is WithdrawalProgress.NOT_FOUND_YET
    return still_looking and now >= row.updated_at + NOT_FOUND_RETRY_EVERY


def describe(row: WithdrawalRow, now: datetime) -> str:
    """Plain words for the worker (no record text: only states and dates)."""
    state = progress(row, now)
    if state is WithdrawalProgress.WAITING:
        return "waiting to reach the server"
    if state is WithdrawalProgress.WITHDRAWN:
        return "withdrawn"
    until = looking_until(row).date().isoformat()
    if state is WithdrawalProgress.NOT_FOUND_YET:
        return f"not found yet: the server has no such report so far; asked again at each sync until {until}"
    return (
        f"not found: the server never had such a report up to {until}; it still withdraws one"
        " that arrives later"
    )
