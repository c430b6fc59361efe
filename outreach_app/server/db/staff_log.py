"""The staff audit log: one row per admin action that reads out or changes what devices see.

A row says who (the OS account running the admin CLI, or OUTREACH_SERVER_STAFF), what
(a fixed action name), when (UTC seconds), on which ids and how many — never a payload, an
enrolment code or alert text, so the log can be shown to anyone who runs the server. It
is written in the same transaction as the action where the action writes, so a change is
never made without its row; an export (which only reads) is logged before its rows are
written out, so an export cut short is logged all the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Connection, insert, select

from outreach_app.server.core.clock import Clock
from outreach_app.server.db.tables import staff_log

MAX_STAFF = 100
MAX_TARGET = 200
MAX_DETAIL = 200


class StaffAction(StrEnum):
    ENVELOPES_EXPORT = "envelopes.export"
    ENVELOPES_ACK = "envelopes.ack"
    ENVELOPES_DELETE = "envelopes.delete"
    KEYS_INSTALL = "keys.install_bundle"
    STATS_EXPORT = "stats.export"
    ALERT_PUBLISH = "alert.publish"
    ALERT_EXPIRE = "alert.expire"
    ALERT_WITHDRAW = "alert.withdraw"
    DEVICE_REVOKE = "device.revoke"
    ENROLL_CODE = "enroll_code.create"
    # issue 22: desks and the staff API (the staff is the desk: `desk:<label>:<id prefix>`)
    DESK_CODE = "desk_code.create"
    DESK_ENROLL = "desk.enroll"
    DESK_REVOKE = "desk.revoke"
    STAFF_PULL = "staff.envelopes.pull"
    STAFF_ACK = "staff.envelopes.ack"
    STAFF_WITHDRAWN = "staff.envelopes.withdrawn"
    ALERT_LIST = "alert.list"
    REGION_ADD = "region.add"
    REGION_LIST = "region.list"
    ORG_CREATE = "org.create"
    ORG_LIST = "org.list"
    DEVICE_LIST = "device.list"
    STAFF_STATS = "staff.stats"


@dataclass(frozen=True)
class StaffEntry:
    at: datetime
    staff: str
    action: str
    target: str
    count: int | None
    detail: str

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "staff": self.staff,
            "action": self.action,
            "target": self.target,
            "count": self.count,
            "detail": self.detail,
        }


def record(
    conn: Connection,
    clock: Clock,
    staff: str,
    action: StaffAction,
    target: str,
    *,
    count: int | None = None,
    detail: str = "",
) -> None:
    """Append one entry. `target` and `detail` are ids and settings, never record text."""
    conn.execute(
        insert(staff_log).values(
            at=int(clock().timestamp()),
            staff=staff[:MAX_STAFF],
            action=action.value,
            target=target[:MAX_TARGET],
            count=count,
            detail=detail[:MAX_DETAIL],
        )
    )


def entries(conn: Connection, limit: int | None = None) -> list[StaffEntry]:
    """The latest `limit` entries (all when None), oldest first."""
    query = select(staff_log).order_by(staff_log.c.pk.desc())
    if limit is not None:
        query = query.limit(limit)
    rows = list(conn.execute(query).mappings())  # mappings: `count` is also a Row method
    return [
        StaffEntry(
            at=datetime.fromtimestamp(row["at"], UTC),
            staff=row["staff"],
            action=row["action"],
            target=row["target"],
            count=row["count"],
            detail=row["detail"],
        )
        for row in reversed(rows)
    ]
