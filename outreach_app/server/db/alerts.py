"""Alerts: drafts made by staff (optionally from a report's alert section), published to
regions, and the change feed devices pull.

Every change a device must hear about (publish, edit of a published alert, expiry,
withdrawal) gives the alert a new
`change_seq` taken from the `alert_seq` counter row. Taking it updates that row, which
holds a row lock until commit, so sequence numbers become visible in order and a cursor
never skips a change (docs/server.md). The feed is the alerts with a change after the
cursor, each once in its latest state.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from outreach_app.domain.enums import IncidentType, Purpose
from outreach_app.protocol.alerts import Alert, AlertFeed, AlertFeedEntry, FeedEntryKind
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.alert_redaction import redacted_section
from outreach_app.server.db.orgs import (
    AdminError,
    InvalidInputError,
    NotFoundError,
    org_region_ids,
    org_regions_seq,
)
from outreach_app.server.db.reports import get_payload
from outreach_app.server.db.tables import alert_regions, alerts, counters, regions

DEFAULT_VALIDITY = timedelta(days=90)
CURSOR_PREFIX = "s"
EDITABLE_FIELDS = ("title", "body", "incident_types", "perpetrators", "vehicles", "issued_on", "expires_on")


@dataclass(frozen=True)
class AlertRow:
    id: str
    version: int
    status: str
    title: str
    region_ids: tuple[str, ...]
    source_withdrawn: bool
    content: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "status": self.status,
            "title": self.title,
            "region_ids": list(self.region_ids),
            "source_report_withdrawn": self.source_withdrawn,
            "content": self.content,
        }


def _next_seq(conn: Connection) -> int:
    conn.execute(update(counters).where(counters.c.name == "alert_seq").values(value=counters.c.value + 1))
    value: int = conn.execute(select(counters.c.value).where(counters.c.name == "alert_seq")).scalar_one()
    return value


def _current_seq(conn: Connection) -> int:
    value: int = conn.execute(select(counters.c.value).where(counters.c.name == "alert_seq")).scalar_one()
    return value


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def draft_from_report(conn: Connection, report_id: str, clock: Clock, *, org_id: str | None = None) -> str:
    """A draft built from the report's alert section only, its date coarsened to the week.

    Nothing about the person harmed is copied: the alert section holds only the
    perpetrator, vehicles, whether a weapon was used and a scrubbed summary, and every free
    text in it is scrubbed again here (`alert_redaction`).
    """
    found = get_payload(conn, org_id, report_id)
    if found is None:
        raise NotFoundError("no such report (or it was withdrawn, or the id is in several orgs: use ORG:ID)")
    source_org, payload = found
    section = payload.get(Purpose.ALERT.value)
    if section is None:
        raise NotFoundError("unknown report: it has no alert section (no consent to alert, or withdrawn)")
    section = redacted_section(section)  # the same scrubber as the device's, before staff read it
    week = _week_start(date.fromisoformat(payload["date"]))
    types = [IncidentType(t) for t in payload.get("incident_types", [])]
    lines = [f"Reported for the week beginning {week.isoformat()}."]
    if section.get("weapon_used"):
        lines.append("A weapon was used.")
    if section.get("summary"):
        lines.append(str(section["summary"]))
    day = today(clock)
    content = {
        "title": "Warning: " + ", ".join(t.value.replace("_", " ") for t in types),
        "body": "\n".join(lines),
        "incident_types": [t.value for t in types],
        "perpetrators": section.get("perpetrators", []),
        "vehicles": section.get("vehicles", []),
        "issued_on": day.isoformat(),
        "expires_on": (day + DEFAULT_VALIDITY).isoformat(),
    }
    alert_id = create_draft(
        conn, _without_hidden_characters(content), clock, source_org_id=source_org, source_report_id=report_id
    )
    conn.execute(delete(alert_regions).where(alert_regions.c.alert_id == alert_id))
    if conn.execute(select(regions.c.id).where(regions.c.id == payload["region_id"])).first():
        conn.execute(insert(alert_regions).values(alert_id=alert_id, region_id=payload["region_id"]))
    return alert_id


def create_draft(
    conn: Connection,
    content: dict[str, Any],
    clock: Clock,
    *,
    source_org_id: str | None = None,
    source_report_id: str | None = None,
) -> str:
    alert_id = str(uuid.uuid4())
    _validated(alert_id, 1, ["draft"], content)
    conn.execute(
        insert(alerts).values(
            id=alert_id,
            version=1,
            status="draft",
            content=json.dumps(_editable(content), sort_keys=True),
            source_org_id=source_org_id,
            source_report_id=source_report_id,
            source_withdrawn=False,
            change_seq=None,
            created_on=today(clock),
            updated_on=today(clock),
        )
    )
    return alert_id


def _editable(content: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(content) - set(EDITABLE_FIELDS))
    if unknown:
        raise InvalidInputError(f"unknown alert field(s): {', '.join(unknown)}")
    return {k: content[k] for k in EDITABLE_FIELDS if k in content}


def _hidden(char: str) -> bool:
    """A character that changes how text reads without being seen: a bidirectional
    override or isolate, a zero-width character (format characters, Cf) or a control
    character other than a line break or tab."""
    category = unicodedata.category(char)
    return category == "Cf" or (category == "Cc" and char not in "\n\t")


def _texts(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{where}[{index}]")


def _refuse_hidden_characters(content: dict[str, Any]) -> None:
    """Alert text is read on workers' screens as the charity's word: no character may make
    it read differently from what staff approved (a right-to-left override reversing a
    number, a zero-width space splitting a handle so it no longer matches)."""
    for where, text in _texts(content, ""):
        for char in text:
            if _hidden(char):
                raise InvalidInputError(
                    f"alert field {where} holds U+{ord(char):04X}"
                    f" ({unicodedata.name(char, 'a control character').lower()}): bidirectional"
                    " overrides, zero-width and control characters are not allowed"
                )


def _without_hidden_characters(value: Any) -> Any:
    """`value` with the characters alert text may not hold left out of every text in it
    (for what a draft copies from a report, which staff then read and edit)."""
    if isinstance(value, str):
        return "".join(char for char in value if not _hidden(char))
    if isinstance(value, dict):
        return {key: _without_hidden_characters(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_hidden_characters(item) for item in value]
    return value


def _validated(alert_id: str, version: int, region_ids: list[str], content: dict[str, Any]) -> Alert:
    """The Alert devices would receive; raises pydantic's ValidationError when it is not
    valid, InvalidInputError when its text holds hidden characters."""
    _refuse_hidden_characters(_editable(content))
    return Alert.model_validate(
        {**_editable(content), "alert_id": alert_id, "version": version, "region_ids": region_ids}
    )


def _row(conn: Connection, alert_id: str) -> Any:
    row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
    if row is None:
        raise NotFoundError("no such alert")
    return row


def _region_ids(conn: Connection, alert_id: str) -> list[str]:
    query = select(alert_regions.c.region_id).where(alert_regions.c.alert_id == alert_id)
    return sorted(conn.execute(query).scalars())


def get_draft_content(conn: Connection, alert_id: str) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(_row(conn, alert_id).content)
    return content


def update_content(conn: Connection, alert_id: str, content: dict[str, Any], clock: Clock) -> None:
    """Replace an alert's text and fields; a published alert gets a new version devices receive."""
    row = _row(conn, alert_id)
    if row.status in {"expired", "withdrawn"}:
        raise AdminError(f"the alert is {row.status}; draft a new one")
    version = row.version + 1 if row.status == "published" else row.version
    _validated(alert_id, version, _region_ids(conn, alert_id) or ["draft"], content)
    values: dict[str, Any] = {
        "content": json.dumps(_editable(content), sort_keys=True),
        "version": version,
        "updated_on": today(clock),
    }
    if row.status == "published":
        values["change_seq"] = _next_seq(conn)
    conn.execute(update(alerts).where(alerts.c.id == alert_id).values(**values))


def publish(conn: Connection, alert_id: str, region_ids: list[str], clock: Clock) -> None:
    """Publish (or re-publish) to regions. Regions are added, never removed: to narrow an
    alert, withdraw it and publish a new one (devices in a dropped region would otherwise
    keep it without hearing of the change)."""
    row = _row(conn, alert_id)
    if row.status in {"expired", "withdrawn"}:
        raise AdminError(f"the alert is {row.status}; draft a new one")
    known = set(conn.execute(select(regions.c.id).where(regions.c.id.in_(region_ids))).scalars())
    missing = sorted(set(region_ids) - known)
    if missing:
        raise NotFoundError(f"unknown region(s): {', '.join(missing)}")
    current = set(_region_ids(conn, alert_id)) if row.status == "published" else set()
    target = sorted(current | set(region_ids))
    content = json.loads(row.content)
    _validated(alert_id, row.version, target, content)
    conn.execute(delete(alert_regions).where(alert_regions.c.alert_id == alert_id))
    conn.execute(insert(alert_regions), [{"alert_id": alert_id, "region_id": r} for r in target])
    conn.execute(
        update(alerts)
        .where(alerts.c.id == alert_id)
        .values(status="published", change_seq=_next_seq(conn), updated_on=today(clock))
    )


def set_status(conn: Connection, alert_id: str, status: str, clock: Clock) -> None:
    """Expire or withdraw: devices delete the alert when the feed says so."""
    row = _row(conn, alert_id)
    if row.status == status:
        return
    if row.status == "draft":
        status = "withdrawn"  # never seen by a device: nothing to announce
        conn.execute(
            update(alerts).where(alerts.c.id == alert_id).values(status=status, updated_on=today(clock))
        )
        return
    conn.execute(
        update(alerts)
        .where(alerts.c.id == alert_id)
        .values(status=status, change_seq=_next_seq(conn), updated_on=today(clock))
    )


def expire_due(conn: Connection, clock: Clock) -> None:
    """Mark published alerts past their expiry date expired (one feed entry each)."""
    day = today(clock)
    rows = conn.execute(select(alerts.c.id, alerts.c.content).where(alerts.c.status == "published")).all()
    for row in rows:
        if date.fromisoformat(json.loads(row.content)["expires_on"]) < day:
            set_status(conn, row.id, "expired", clock)


def list_alerts(conn: Connection) -> list[AlertRow]:
    rows = conn.execute(select(alerts).order_by(alerts.c.created_on, alerts.c.id)).all()
    out = []
    for row in rows:
        content = json.loads(row.content)
        out.append(
            AlertRow(
                row.id,
                row.version,
                row.status,
                content.get("title", ""),
                tuple(_region_ids(conn, row.id)),
                bool(row.source_withdrawn),
                content,
            )
        )
    return out


# --- the feed ---------------------------------------------------------------------------------


def parse_cursor(cursor: str | None) -> int | None:
    if not cursor or not cursor.startswith(CURSOR_PREFIX):
        return None
    digits = cursor[len(CURSOR_PREFIX) :]
    if not digits.isdigit() or len(digits) > 18:
        return None
    return int(digits)


def make_cursor(seq: int) -> str:
    return f"{CURSOR_PREFIX}{seq}"


def feed(conn: Connection, org_id: str, since: str | None, limit: int, clock: Clock) -> AlertFeed:
    """The org's page of changes after `since` (or a reset snapshot; see protocol.alerts)."""
    expire_due(conn, clock)
    head = _current_seq(conn)  # read first: entries are taken up to here, so none is skipped
    org_regions = set(org_region_ids(conn, org_id))
    after = parse_cursor(since)
    reset = after is None or after > head or after < org_regions_seq(conn, org_id)
    query = (
        select(alerts.c.id, alerts.c.version, alerts.c.status, alerts.c.content, alerts.c.change_seq)
        .join(alert_regions, alert_regions.c.alert_id == alerts.c.id)
        .where(
            alert_regions.c.region_id.in_(sorted(org_regions)),
            alerts.c.change_seq.is_not(None),
            alerts.c.change_seq <= head,
            alerts.c.status != "draft",
        )
        .distinct()
        .order_by(alerts.c.change_seq)
        .limit(limit + 1)
    )
    query = query.where(alerts.c.status == "published") if reset else query.where(alerts.c.change_seq > after)
    rows = conn.execute(query).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    entries = []
    for row in rows:
        if row.status == "published":
            visible = sorted(set(_region_ids(conn, row.id)) & org_regions)
            alert = _validated(row.id, row.version, visible, json.loads(row.content))
            entries.append(AlertFeedEntry(kind=FeedEntryKind.UPSERT, alert_id=alert.alert_id, alert=alert))
        else:
            kind = FeedEntryKind.EXPIRE if row.status == "expired" else FeedEntryKind.WITHDRAW
            entries.append(AlertFeedEntry(kind=kind, alert_id=uuid.UUID(row.id)))
    next_seq = rows[-1].change_seq if has_more else head
    return AlertFeed(reset=reset, entries=entries, next_cursor=make_cursor(next_seq), has_more=has_more)
