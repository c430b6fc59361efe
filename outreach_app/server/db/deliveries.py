"""The delivery queue (issue 23): fan-out of alert versions to subscribers, claiming rows for
sending, recording results, cancelling what must no longer go.

At-least-once: a row is claimed (`sending`, with the claiming worker's id) in one
transaction, handed to its gateway, then marked `sent` in another. A worker killed in between
leaves its claimed rows `sending`; they go back to `pending` once their worker is known dead
(`reclaim_orphans`), so nothing is lost and at most the claimed batch is sent twice.

Several notify processes on PostgreSQL: claims take `FOR UPDATE SKIP LOCKED`, so two workers
never claim one row; each worker holds a session advisory lock on its id for its life, so a
worker whose lock can be taken is dead and its claims are orphans; fan-out and the other
housekeeping run under a transaction advisory lock, one worker at a time. On SQLite one
process runs (worker_guard.py refuses a second one), so every `sending` row is an orphan
when it starts.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from outreach_app.protocol.keys import KeyBundle
from outreach_app.server.core.clock import Clock, today
from outreach_app.server.db import key_bundles
from outreach_app.server.db.subscriptions import confirmed_subscribers
from outreach_app.server.db.tables import alert_links, alert_regions, alerts, deliveries, notify_fanouts
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.sendable import alert_is_sendable

IN_QUEUE = ("pending", "sending")
WORKER_LOCK_CLASS = 0x4E6F7446
"""First key of the PostgreSQL advisory locks of notify workers (the second: a worker's id)."""
HOUSEKEEPING_LOCK = 0
LINK_CODE_BYTES = 8  # 64 bits: an alert page cannot be found by guessing


@dataclass(frozen=True)
class Claimed:
    pk: int
    message_key: str
    subscriber_id: str
    kind: str
    alert_id: str | None
    channel: str
    attempts: int


def _installed_bundle(conn: Connection) -> KeyBundle | None:
    """The charity's installed key bundle (verified when installed), whose alerts desks sign."""
    signed = key_bundles.current(conn)
    return None if signed is None else signed.bundle


def _live_alert(row: Any, day: date, bundle: KeyBundle | None) -> bool:
    """Published, signed by an alerts desk of `bundle` (notify/sendable.py) and not expired."""
    return (
        alert_is_sendable(row.content, row.status, row.desk_id, row.signature, bundle)
        and date.fromisoformat(json.loads(row.content)["expires_on"]) >= day
    )


def link_code(conn: Connection, alert_id: str) -> str:
    """The short code of the alert's public page, made on first use."""
    code: str | None = conn.execute(
        select(alert_links.c.code).where(alert_links.c.alert_id == alert_id)
    ).scalar()
    if code is None:
        code = secrets.token_urlsafe(LINK_CODE_BYTES)
        conn.execute(insert(alert_links).values(code=code, alert_id=alert_id))
    return code


def link_code_if_any(conn: Connection, alert_id: str) -> str | None:
    code: str | None = conn.execute(
        select(alert_links.c.code).where(alert_links.c.alert_id == alert_id)
    ).scalar()
    return code


def alert_for_code(conn: Connection, code: str, clock: Clock) -> dict[str, Any] | None:
    """The content of the live alert behind a short code, else None (withdrawn, expired, unknown)."""
    row = conn.execute(
        select(alerts.c.content, alerts.c.status, alerts.c.desk_id, alerts.c.signature)
        .join(alert_links, alert_links.c.alert_id == alerts.c.id)
        .where(alert_links.c.code == code)
    ).first()
    if row is None or not _live_alert(row, today(clock), _installed_bundle(conn)):
        return None
    content: dict[str, Any] = json.loads(row.content)
    return content


def fan_out(conn: Connection, keys: SubscriberKeys, clock: Clock, now: int) -> int:
    """Queue one message per subscriber for every live alert version not yet queued: a
    subscriber in several of its regions gets one row (the key is per alert version and
    subscriber). Returns the rows queued."""
    done = {(r.alert_id, r.version) for r in conn.execute(select(notify_fanouts)).all()}
    day = today(clock)
    bundle = _installed_bundle(conn)
    columns = (alerts.c.id, alerts.c.version, alerts.c.status, alerts.c.content, alerts.c.desk_id)
    fresh = [
        row
        for row in conn.execute(
            select(*columns, alerts.c.signature).where(alerts.c.status == "published")
        ).all()
        if (row.id, row.version) not in done and _live_alert(row, day, bundle)
    ]
    if not fresh:
        return 0
    people = list(confirmed_subscribers(conn, keys))
    queued = 0
    for alert in fresh:
        in_alert = select(alert_regions.c.region_id).where(alert_regions.c.alert_id == alert.id)
        wanted = set(conn.execute(in_alert).scalars())
        link_code(conn, alert.id)
        rows = [
            {
                "message_key": f"a:{alert.id}:{alert.version}:{subscriber_id}",
                "subscriber_id": subscriber_id,
                "kind": "alert",
                "alert_id": alert.id,
                "alert_version": alert.version,
                "channel": who.channel.value,
                "status": "pending",
                "attempts": 0,
                "next_at": now,
            }
            for subscriber_id, who in people
            if wanted.intersection(who.region_ids)
        ]
        if rows:
            conn.execute(insert(deliveries), rows)
        conn.execute(insert(notify_fanouts).values(alert_id=alert.id, version=alert.version))
        queued += len(rows)
    return queued


def cancel_stale(conn: Connection) -> int:
    """Cancel queued messages of alerts no longer published (expired, withdrawn) or of an
    older version than the alert's current one."""
    current = select(alerts.c.version).where(alerts.c.id == deliveries.c.alert_id).scalar_subquery()
    live = select(alerts.c.id).where(alerts.c.status == "published")
    result = conn.execute(
        update(deliveries)
        .where(
            deliveries.c.kind == "alert",
            deliveries.c.status.in_(IN_QUEUE),
            or_(~deliveries.c.alert_id.in_(live), deliveries.c.alert_version < current),
        )
        .values(status="cancelled")
    )
    return result.rowcount


def forget_finished(conn: Connection) -> int:
    """Delete the rows nothing needs any more, so the queue does not become a record of who
    was sent what: sent confirmations and welcomes, and sent or cancelled messages of alerts
    no longer published (`notify_fanouts` keeps those versions from being queued again)."""
    live = select(alerts.c.id).where(alerts.c.status == "published")
    done_alerts = and_(
        deliveries.c.kind == "alert",
        deliveries.c.status.in_(("sent", "cancelled")),
        ~deliveries.c.alert_id.in_(live),
    )
    done_other = and_(deliveries.c.kind != "alert", deliveries.c.status == "sent")
    return conn.execute(delete(deliveries).where(or_(done_alerts, done_other))).rowcount


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def hold_worker_lock(conn: Connection, worker_id: int) -> None:
    """PostgreSQL: lock `worker_id` for the life of `conn`'s session (others read it as alive)."""
    conn.execute(select(func.pg_advisory_lock(WORKER_LOCK_CLASS, worker_id)))


def release_worker_lock(conn: Connection, worker_id: int) -> None:
    conn.execute(select(func.pg_advisory_unlock(WORKER_LOCK_CLASS, worker_id)))


def serialize_housekeeping(conn: Connection) -> None:
    """PostgreSQL: one worker at a time fans out and cancels, until this transaction ends
    (two fan-outs of one alert would queue its messages twice)."""
    if is_postgres(conn):
        conn.execute(select(func.pg_advisory_xact_lock(WORKER_LOCK_CLASS, HOUSEKEEPING_LOCK)))


def reclaim_orphans(conn: Connection, own_id: int) -> int:
    """Back to `pending`: the rows claimed by workers that are gone (at most a batch each).
    SQLite runs one worker, so every other claim is an orphan; on PostgreSQL a worker is
    gone when its advisory lock can be taken (held until this transaction ends, so a second
    worker checking at the same moment waits its turn and then finds nothing to do)."""
    sending = and_(
        deliveries.c.status == "sending",
        or_(deliveries.c.claimed_by.is_(None), deliveries.c.claimed_by != own_id),
    )
    if not is_postgres(conn):
        return conn.execute(
            update(deliveries).where(sending).values(status="pending", claimed_by=None)
        ).rowcount
    owners = conn.execute(select(deliveries.c.claimed_by).where(sending).distinct()).scalars().all()
    reclaimed = 0
    for owner in owners:
        if owner is not None:
            gone = conn.execute(select(func.pg_try_advisory_xact_lock(WORKER_LOCK_CLASS, owner))).scalar()
            if not gone:
                continue
        of_owner = deliveries.c.claimed_by.is_(None) if owner is None else deliveries.c.claimed_by == owner
        reclaimed += conn.execute(
            update(deliveries)
            .where(deliveries.c.status == "sending", of_owner)
            .values(status="pending", claimed_by=None)
        ).rowcount
    return reclaimed


def claim(conn: Connection, channel: str, limit: int, now: int, worker_id: int = 0) -> list[Claimed]:
    """Mark up to `limit` due rows of `channel` `sending` by `worker_id` and return them in
    queue order: confirmations and welcomes, and messages of alerts still published at their
    queued version. On PostgreSQL rows another worker is claiming are skipped, not waited
    for. One statement (the rows are picked through `ix_deliveries_pending_claim`, in the
    order it holds, and marked as they are returned): a claim was a SELECT and an UPDATE,
    and the SELECT sorted every pending row of the channel (migration 0024)."""
    if limit <= 0:
        return []
    live = select(alerts.c.id).where(alerts.c.status == "published")
    picked = (
        select(deliveries.c.pk)
        .where(
            and_(
                deliveries.c.status == "pending",
                deliveries.c.channel == channel,
                deliveries.c.next_at <= now,
                or_(deliveries.c.kind != "alert", deliveries.c.alert_id.in_(live)),
            )
        )
        .order_by(deliveries.c.next_at, deliveries.c.pk)
        .limit(limit)
        # SQLite has no row locks (and SQLAlchemy leaves the clause out there): one worker.
        .with_for_update(skip_locked=True)
    )
    marked = conn.execute(
        update(deliveries)
        .where(deliveries.c.pk.in_(picked.scalar_subquery()))
        .values(status="sending", claimed_by=worker_id)
        .returning(
            deliveries.c.pk,
            deliveries.c.message_key,
            deliveries.c.subscriber_id,
            deliveries.c.kind,
            deliveries.c.alert_id,
            deliveries.c.channel,
            deliveries.c.attempts,
            deliveries.c.next_at,
        )
    ).all()
    # RETURNING keeps no order of its own.
    ordered = sorted(marked, key=lambda row: (row.next_at, row.pk))
    return [
        Claimed(row.pk, row.message_key, row.subscriber_id, row.kind, row.alert_id, row.channel, row.attempts)
        for row in ordered
    ]


def finish(conn: Connection, sent: Sequence[int], retry: Sequence[tuple[int, int]]) -> None:
    """Record a batch: `sent` rows are done; `retry` rows (pk, next attempt at) wait again.
    Rows deleted meanwhile (the subscriber left) are simply not found."""
    if sent:
        conn.execute(update(deliveries).where(deliveries.c.pk.in_(list(sent))).values(status="sent"))
    for pk, next_at in retry:
        conn.execute(
            update(deliveries)
            .where(deliveries.c.pk == pk, deliveries.c.status == "sending")
            .values(status="pending", claimed_by=None, attempts=deliveries.c.attempts + 1, next_at=next_at)
        )
