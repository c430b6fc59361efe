"""Alerts: signed by the charity's alerts desk, published by staff, and the change feed
devices pull (protocol v2, protocol/signed_alerts.py).

The server cannot write an alert: staff draft and sign it on the alerts desk (`outreach
charity sign-alert`), and `outreach-server alert publish-signed FILE` checks the signature
against the installed key bundle before publishing it. The feed carries the signed alert
unchanged (its canonical JSON is what is stored), so a device verifies the desk's signature
itself; an alert's regions are part of what was signed and are served as signed.

Every change a device must hear about (publish, a new version, expiry, withdrawal) gives the
alert a new `change_seq` taken from the `alert_seq` counter row. Taking it updates that row,
which holds a row lock until commit, so sequence numbers become visible in order and a
cursor never skips a change (docs/server.md). The feed is the alerts with a change after
the cursor, each once in its latest state.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from outreach_app.protocol.alerts import Alert, FeedEntryKind
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.keys import KeyBundle
from outreach_app.protocol.signed_alerts import (
    SignedAlert,
    SignedAlertFeed,
    SignedAlertFeedEntry,
    alert_fingerprint,
    verify_alert,
)
from outreach_app.protocol.signing import SignatureError
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db.orgs import (
    AdminError,
    InvalidInputError,
    NotFoundError,
    org_region_ids,
    org_regions_seq,
)
from outreach_app.server.db.tables import alert_regions, alerts, counters, regions

CURSOR_PREFIX = "s"


@dataclass(frozen=True)
class AlertRow:
    id: str
    version: int
    status: str
    title: str
    region_ids: tuple[str, ...]
    desk_id: str
    fingerprint: str
    content: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "status": self.status,
            "title": self.title,
            "region_ids": list(self.region_ids),
            "desk_id": self.desk_id,
            "fingerprint": self.fingerprint,
            "content": self.content,
        }


def _next_seq(conn: Connection) -> int:
    conn.execute(update(counters).where(counters.c.name == "alert_seq").values(value=counters.c.value + 1))
    value: int = conn.execute(select(counters.c.value).where(counters.c.name == "alert_seq")).scalar_one()
    return value


def _current_seq(conn: Connection) -> int:
    value: int = conn.execute(select(counters.c.value).where(counters.c.name == "alert_seq")).scalar_one()
    return value


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
    number, a zero-width space splitting a handle so it no longer matches). The desk's tool
    should never sign such text; the server refuses to publish it all the same."""
    for where, text in _texts(content, ""):
        for char in text:
            if _hidden(char):
                raise InvalidInputError(
                    f"alert field {where} holds U+{ord(char):04X}"
                    f" ({unicodedata.name(char, 'a control character').lower()}): bidirectional"
                    " overrides, zero-width and control characters are not allowed"
                )


def publish_signed(conn: Connection, signed: SignedAlert, bundle: KeyBundle | None, clock: Clock) -> str:
    """Publish a signed alert (or a new version of one) to the regions it was signed for;
    returns its id.

    Refused (InvalidInputError / AdminError / NotFoundError), publishing nothing: no key
    bundle installed, a signature the bundle's alerts desks did not make, hidden characters
    in its text, an unknown region, a version not above the published one, a new version
    that drops a region (devices there would keep the old one without hearing of the change:
    withdraw it and publish a new alert instead), or an alert already expired or withdrawn.
    Publishing the very same signed version again changes nothing.
    """
    if bundle is None:
        raise AdminError("no key bundle is installed: run `outreach-server keys install-bundle` first")
    try:
        alert = verify_alert(signed, bundle)
    except SignatureError as exc:
        raise InvalidInputError(f"the alert's signature was refused: {exc}") from None
    content = json.loads(canonical_json(alert))
    _refuse_hidden_characters(content)
    alert_id = str(alert.alert_id)
    region_ids = list(alert.region_ids)
    known = set(conn.execute(select(regions.c.id).where(regions.c.id.in_(region_ids))).scalars())
    missing = sorted(set(region_ids) - known)
    if missing:
        raise NotFoundError(f"unknown region(s): {', '.join(missing)}")
    row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
    text = canonical_json(alert).decode("utf-8")
    day = today(clock)
    if row is not None:
        if row.status in {"expired", "withdrawn"}:
            raise AdminError(f"the alert is {row.status}; sign a new alert")
        if row.version == alert.version and row.content == text and row.signature == signed.signature:
            return alert_id
        if alert.version <= row.version:
            raise AdminError(f"version {alert.version} is not above the published version {row.version}")
        dropped = sorted(set(_region_ids(conn, alert_id)) - set(region_ids))
        if dropped:
            raise AdminError(
                f"the new version drops region(s) {', '.join(dropped)}:"
                " withdraw the alert and publish a new one"
            )
        conn.execute(delete(alert_regions).where(alert_regions.c.alert_id == alert_id))
        conn.execute(
            update(alerts)
            .where(alerts.c.id == alert_id)
            .values(
                version=alert.version,
                content=text,
                desk_id=signed.desk_id,
                signature=signed.signature,
                change_seq=_next_seq(conn),
                updated_on=day,
            )
        )
    else:
        conn.execute(
            insert(alerts).values(
                id=alert_id,
                version=alert.version,
                status="published",
                content=text,
                desk_id=signed.desk_id,
                signature=signed.signature,
                change_seq=_next_seq(conn),
                created_on=day,
                updated_on=day,
            )
        )
    conn.execute(insert(alert_regions), [{"alert_id": alert_id, "region_id": r} for r in region_ids])
    return alert_id


def _signed(row: Any) -> SignedAlert:
    return SignedAlert(
        alert=Alert.model_validate_json(row.content), desk_id=row.desk_id, signature=row.signature
    )


def _row(conn: Connection, alert_id: str) -> Any:
    row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
    if row is None:
        raise NotFoundError("no such alert")
    return row


def _region_ids(conn: Connection, alert_id: str) -> list[str]:
    query = select(alert_regions.c.region_id).where(alert_regions.c.alert_id == alert_id)
    return sorted(conn.execute(query).scalars())


def set_status(conn: Connection, alert_id: str, status: str, clock: Clock) -> None:
    """Expire or withdraw: devices delete the alert when the feed says so."""
    row = _row(conn, alert_id)
    if row.status == status:
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
        signed = _signed(row)
        out.append(
            AlertRow(
                row.id,
                row.version,
                row.status,
                signed.alert.title,
                tuple(_region_ids(conn, row.id)),
                row.desk_id or "",
                alert_fingerprint(signed.alert),
                json.loads(row.content),
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


def feed(conn: Connection, org_id: str, since: str | None, limit: int, clock: Clock) -> SignedAlertFeed:
    """The org's page of changes after `since` (or a reset snapshot; see protocol.alerts)."""
    expire_due(conn, clock)
    head = _current_seq(conn)  # read first: entries are taken up to here, so none is skipped
    org_regions = set(org_region_ids(conn, org_id))
    after = parse_cursor(since)
    reset = after is None or after > head or after < org_regions_seq(conn, org_id)
    query = (
        select(
            alerts.c.id,
            alerts.c.status,
            alerts.c.content,
            alerts.c.desk_id,
            alerts.c.signature,
            alerts.c.change_seq,
        )
        .join(alert_regions, alert_regions.c.alert_id == alerts.c.id)
        .where(
            alert_regions.c.region_id.in_(sorted(org_regions)),
            alerts.c.change_seq.is_not(None),
            alerts.c.change_seq <= head,
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
            signed = _signed(row)
            entries.append(
                SignedAlertFeedEntry(kind=FeedEntryKind.UPSERT, alert_id=signed.alert.alert_id, signed=signed)
            )
        else:
            kind = FeedEntryKind.EXPIRE if row.status == "expired" else FeedEntryKind.WITHDRAW
            entries.append(SignedAlertFeedEntry(kind=kind, alert_id=uuid.UUID(row.id)))
    next_seq = rows[-1].change_seq if has_more else head
    return SignedAlertFeed(reset=reset, entries=entries, next_cursor=make_cursor(next_seq), has_more=has_more)
