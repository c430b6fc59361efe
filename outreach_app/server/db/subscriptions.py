"""The subscriber store (issue 23): sealed records found by id or by a keyed hash of the
address, never by anything else.

Deleting is immediate and complete: the subscriber's row and every queued or sent message
row go in one transaction, so a STOP or an unsubscribe link leaves nothing behind and no
message can follow (the worker only sends rows that still exist).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, delete, insert, select, update

from outreach_app.server.db.orgs import InvalidInputError, NotFoundError
from outreach_app.server.db.tables import deliveries, regions, subscribers
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.keys import SubscriberKeys, new_subscriber_id
from outreach_app.server.notify.templates import LANGUAGES

UNCONFIRMED_LIFETIME_S = 2 * 24 * 3600
MAX_REGIONS = 50


@dataclass(frozen=True)
class Subscription:
    """What is kept about a subscriber, all of it sealed. `address` is already normalised."""

    channel: Channel
    address: str
    region_ids: tuple[str, ...]
    language: str
    discreet: bool
    consent_day: date

    def sealed(self, keys: SubscriberKeys) -> str:
        record = {
            "c": self.channel.value,
            "a": self.address,
            "r": list(self.region_ids),
            "l": self.language,
            "d": self.discreet,
            "day": self.consent_day.isoformat(),
        }
        return keys.seal(json.dumps(record, separators=(",", ":")).encode())

    @classmethod
    def opened(cls, keys: SubscriberKeys, sealed: str) -> Subscription:
        record = json.loads(keys.open(sealed))
        return cls(
            Channel(record["c"]),
            record["a"],
            tuple(record["r"]),
            record["l"],
            bool(record["d"]),
            date.fromisoformat(record["day"]),
        )


def checked_regions(conn: Connection, region_ids: Sequence[str]) -> tuple[str, ...]:
    """The distinct, known region ids, sorted; raises InvalidInputError / NotFoundError."""
    wanted = sorted(set(region_ids))
    if not wanted or len(wanted) > MAX_REGIONS:
        raise InvalidInputError(f"choose 1 to {MAX_REGIONS} regions")
    known = set(conn.execute(select(regions.c.id).where(regions.c.id.in_(wanted))).scalars())
    if len(known) != len(wanted):
        raise NotFoundError("unknown region")
    return tuple(wanted)


def check_language(language: str) -> str:
    """The catalog code of an offered language, given as a code or a BCP 47 tag ("pt-BR",
    "zh-Hans": the protocol's spelling); raises InvalidInputError."""
    code = language.replace("-", "_")
    if code not in LANGUAGES:
        raise InvalidInputError("language not offered")
    return code


def subscribe(
    conn: Connection, keys: SubscriberKeys, subscription: Subscription, *, confirmed: bool, now: int
) -> str | None:
    """Store `subscription` and queue its confirmation request (`confirmed` False) or
    welcome message; returns the subscriber id (never shown to a device or a page).

    The record of the same address is replaced when the sign-up is confirmed (in person, by
    an outreach worker) or the existing one is not yet confirmed. A public sign-up for an
    address already confirmed changes nothing and sends nothing (returns None): whoever
    typed a number may not change that person's regions or message them."""
    indexes = keys.indexes(subscription.channel.value, subscription.address)
    index = indexes[0]
    existing = conn.execute(
        select(subscribers.c.id, subscribers.c.confirmed).where(subscribers.c.stop_lookup.in_(indexes))
    ).first()
    sealed = subscription.sealed(keys)
    if existing is None:
        subscriber_id = new_subscriber_id()
        conn.execute(
            insert(subscribers).values(
                id=subscriber_id, stop_lookup=index, sealed=sealed, confirmed=confirmed, created_at=now
            )
        )
        already = False
    else:
        subscriber_id, already = existing.id, bool(existing.confirmed)
        if already and not confirmed:
            return None
        conn.execute(
            update(subscribers)
            .where(subscribers.c.id == subscriber_id)
            .values(sealed=sealed, stop_lookup=index, confirmed=already or confirmed)
        )
    kind = "welcome" if (confirmed or already) else "confirm"
    queue_message(conn, subscriber_id, kind, subscription.channel, now)
    return subscriber_id


def queue_message(conn: Connection, subscriber_id: str, kind: str, channel: Channel, now: int) -> None:
    """Queue a confirmation or welcome message (one of each kind waiting at a time)."""
    key = f"{kind[0]}:{subscriber_id}:{now}:{secrets.token_hex(4)}"
    waiting = conn.execute(
        select(deliveries.c.pk).where(
            deliveries.c.subscriber_id == subscriber_id,
            deliveries.c.kind == kind,
            deliveries.c.status == "pending",
        )
    ).first()
    if waiting is None:
        conn.execute(
            insert(deliveries).values(
                message_key=key,
                subscriber_id=subscriber_id,
                kind=kind,
                channel=channel.value,
                status="pending",
                attempts=0,
                next_at=now,
            )
        )


def load(conn: Connection, keys: SubscriberKeys, subscriber_id: str) -> Subscription | None:
    sealed = conn.execute(select(subscribers.c.sealed).where(subscribers.c.id == subscriber_id)).scalar()
    return None if sealed is None else Subscription.opened(keys, sealed)


def find_by_address(conn: Connection, keys: SubscriberKeys, channel: Channel, address: str) -> str | None:
    found: str | None = conn.execute(
        select(subscribers.c.id).where(subscribers.c.stop_lookup.in_(keys.indexes(channel.value, address)))
    ).scalar()
    return found


def delete_subscriber(conn: Connection, subscriber_id: str) -> bool:
    """Remove the subscriber and every message row of theirs; True if there was one."""
    conn.execute(delete(deliveries).where(deliveries.c.subscriber_id == subscriber_id))
    return conn.execute(delete(subscribers).where(subscribers.c.id == subscriber_id)).rowcount > 0


def confirm(conn: Connection, subscriber_id: str) -> bool:
    done = conn.execute(
        update(subscribers).where(subscribers.c.id == subscriber_id).values(confirmed=True)
    ).rowcount
    return done > 0


def set_regions(
    conn: Connection, keys: SubscriberKeys, subscriber_id: str, region_ids: Sequence[str]
) -> bool:
    current = load(conn, keys, subscriber_id)
    if current is None:
        return False
    changed = Subscription(
        current.channel,
        current.address,
        checked_regions(conn, region_ids),
        current.language,
        current.discreet,
        current.consent_day,
    )
    conn.execute(
        update(subscribers).where(subscribers.c.id == subscriber_id).values(sealed=changed.sealed(keys))
    )
    return True


def load_many(
    conn: Connection, keys: SubscriberKeys, subscriber_ids: Sequence[str]
) -> dict[str, Subscription]:
    """The records of those of `subscriber_ids` that still exist, in one query."""
    rows = conn.execute(
        select(subscribers.c.id, subscribers.c.sealed).where(subscribers.c.id.in_(set(subscriber_ids)))
    ).all()
    return {row.id: Subscription.opened(keys, row.sealed) for row in rows}


def reseal_batch(conn: Connection, keys: SubscriberKeys, after: str, limit: int) -> tuple[int, str | None]:
    """Re-seal under the current secret the records after id `after` (in id order, at most
    `limit` looked at) that an older secret sealed, with their address index; returns (re-sealed,
    the last id looked at, or None at the end). A record changed meanwhile by the server is
    left as it is: the server seals with the current secret already."""
    rows = conn.execute(
        select(subscribers.c.id, subscribers.c.sealed)
        .where(subscribers.c.id > after)
        .order_by(subscribers.c.id)
        .limit(limit)
    ).all()
    resealed = 0
    for row in rows:
        if keys.sealed_under_current(row.sealed):
            continue
        record = Subscription.opened(keys, row.sealed)
        resealed += conn.execute(
            update(subscribers)
            .where(subscribers.c.id == row.id, subscribers.c.sealed == row.sealed)
            .values(sealed=record.sealed(keys), stop_lookup=keys.index(record.channel.value, record.address))
        ).rowcount
    return resealed, (rows[-1].id if len(rows) == limit else None)


def count_not_current(conn: Connection, keys: SubscriberKeys) -> int:
    """How many records the current secret does not open yet (0: rotation is finished)."""
    sealed = conn.execute(select(subscribers.c.sealed)).scalars()
    return sum(1 for text in sealed if not keys.sealed_under_current(text))


def confirmed_subscribers(conn: Connection, keys: SubscriberKeys) -> Iterator[tuple[str, Subscription]]:
    rows = conn.execute(select(subscribers.c.id, subscribers.c.sealed).where(subscribers.c.confirmed)).all()
    for row in rows:
        yield row.id, Subscription.opened(keys, row.sealed)


def sweep_unconfirmed(conn: Connection, now: int) -> int:
    """Delete public sign-ups never confirmed within two days."""
    stale = (
        conn.execute(
            select(subscribers.c.id).where(
                ~subscribers.c.confirmed, subscribers.c.created_at < now - UNCONFIRMED_LIFETIME_S
            )
        )
        .scalars()
        .all()
    )
    for subscriber_id in stale:
        delete_subscriber(conn, subscriber_id)
    return len(stale)
