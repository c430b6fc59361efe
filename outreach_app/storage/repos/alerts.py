"""The charity's alerts as this device last fetched them (migration 0003), and offline matching.

The feed is applied exactly as docs/protocol.md says ("a device never diffs"): a `reset`
page drops every stored alert first; `upsert` stores an alert unless a stored copy has a
higher version; `expire` and `withdraw` delete. The entries and the next cursor are stored
in one transaction, so applying a page twice is harmless.

Matching uses the normalisers the alerts were written with (`domain.normalise`,
`protocol.base.normalise_handle`): a phone number in any format matches as a suffix of the
stored digits (a worker often has only the last digits), a plate as a part of a stored
plate, a handle and an e-mail address (any case) exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from outreach_app.domain.normalise import normalise_email, normalise_plate, phone_search_digits
from outreach_app.protocol.alerts import Alert, AlertFeed, FeedEntryKind
from outreach_app.protocol.base import normalise_handle
from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import sync_state

MIN_PHONE_DIGITS = 4
MIN_PLATE_CHARS = 2


@dataclass(frozen=True)
class FeedOutcome:
    """What one feed page changed. Attributes: stored (new or newer), removed, reset."""

    stored: int = 0
    removed: int = 0
    reset: bool = False


def _identifiers(alert: Alert) -> list[tuple[str, str]]:
    out = [("phone", number.lstrip("+")) for number in alert.phone_numbers()]
    out += [("plate", plate) for plate in alert.plates()]
    out += [("handle", normalise_handle(handle)) for handle in alert.handles()]
    out += [("email", normalise_email(email)) for email in alert.email_addresses()]
    return [(kind, value) for kind, value in out if value]


def _delete(conn: Connection, alert_id: str) -> int:
    conn.execute("DELETE FROM alert_identifiers WHERE alert_id = ?", (alert_id,))
    return int(conn.execute("DELETE FROM alerts WHERE alert_id = ?", (alert_id,)).rowcount)


def store_alert(conn: Connection, alert: Alert, at: datetime) -> bool:
    """Store `alert` unless a stored copy has a higher version; True when stored."""
    alert_id = str(alert.alert_id)
    with transaction(conn):
        row = conn.execute("SELECT version FROM alerts WHERE alert_id = ?", (alert_id,)).fetchone()
        if row is not None and int(row[0]) > alert.version:
            return False
        _delete(conn, alert_id)
        conn.execute(
            "INSERT INTO alerts(alert_id, version, issued_on, expires_on, alert, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                alert_id,
                alert.version,
                alert.issued_on.isoformat(),
                alert.expires_on.isoformat(),
                alert.model_dump_json(exclude_none=True),
                to_db_time(at),
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO alert_identifiers(kind, value, alert_id) VALUES (?, ?, ?)",
            [(kind, value, alert_id) for kind, value in _identifiers(alert)],
        )
        return True


def apply_feed(conn: Connection, feed: AlertFeed, at: datetime) -> FeedOutcome:
    """Apply one feed page and store its cursor, all in one transaction."""
    stored = removed = 0
    with transaction(conn):
        if feed.reset:
            removed += int(conn.execute("SELECT count(*) FROM alerts").fetchone()[0])
            conn.execute("DELETE FROM alert_identifiers")
            conn.execute("DELETE FROM alerts")
        for entry in feed.entries:
            if entry.kind is FeedEntryKind.UPSERT and entry.alert is not None:
                stored += int(store_alert(conn, entry.alert, at))
            else:
                removed += _delete(conn, str(entry.alert_id))
        sync_state.set_cursor(conn, feed.next_cursor, at)
    return FeedOutcome(stored=stored, removed=removed, reset=feed.reset)


def drop_expired(conn: Connection, today: date) -> int:
    """Delete alerts whose last valid day is before `today` (without waiting for the feed)."""
    with transaction(conn):
        ids = [
            str(r[0])
            for r in conn.execute("SELECT alert_id FROM alerts WHERE expires_on < ?", (today.isoformat(),))
        ]
        for alert_id in ids:
            _delete(conn, alert_id)
        return len(ids)


def drop_all(conn: Connection) -> None:
    """Forget every stored alert (unenrolment)."""
    with transaction(conn):
        conn.execute("DELETE FROM alert_identifiers")
        conn.execute("DELETE FROM alerts")


def _alerts(conn: Connection, sql: str, params: tuple[object, ...] = ()) -> list[Alert]:
    return [Alert.model_validate_json(str(row[0])) for row in conn.execute(sql, params)]


def list_alerts(conn: Connection) -> list[Alert]:
    """Every stored alert (expired ones included), newest first."""
    return _alerts(conn, "SELECT alert FROM alerts ORDER BY issued_on DESC, alert_id")


def current_alerts(conn: Connection, today: date, region_id: str | None = None) -> list[Alert]:
    """Alerts valid on `today` (issued, not expired), optionally for one region; newest first."""
    found = _alerts(
        conn,
        "SELECT alert FROM alerts WHERE issued_on <= ? AND expires_on >= ? ORDER BY issued_on DESC, alert_id",
        (today.isoformat(), today.isoformat()),
    )
    return [a for a in found if region_id is None or region_id in a.region_ids]


def get_alert(conn: Connection, alert_id: str) -> Alert | None:
    found = _alerts(conn, "SELECT alert FROM alerts WHERE alert_id = ?", (alert_id,))
    return found[0] if found else None


def count_alerts(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM alerts").fetchone()[0])


def last_alert_sync(conn: Connection) -> datetime | None:
    """When alerts were last fetched from the server (None: never)."""
    row = conn.execute("SELECT last_alert_sync_at FROM sync_state WHERE id = 1").fetchone()
    return None if row is None or row[0] is None else from_db_time(str(row[0]))


def match_alerts(conn: Connection, phone_or_plate_query: str, *, today: date | None = None) -> list[Alert]:
    """Stored alerts naming this phone number, plate, e-mail address or online handle (any format).

    Args:
        phone_or_plate_query: as typed: `07700 900123`, `+44 7700 900123`, `900123`,
            `ab12 cde`, `AB12`, `@handle`, `Kev@Example.com`.
        today: when given, only alerts valid on that day.
    Return:
        Matching alerts, newest first, each once.
    """
    clauses: list[str] = []
    params: list[object] = []
    digits = phone_search_digits(phone_or_plate_query)
    if len(digits) >= MIN_PHONE_DIGITS:
        # Suffix match: '+' was stripped when storing, so E.164 and digit-only forms compare alike.
        clauses.append("(kind = 'phone' AND substr(value, -?) = ?)")
        params += [len(digits), digits]
    plate = normalise_plate(phone_or_plate_query)
    if len(plate) >= MIN_PLATE_CHARS:
        clauses.append("(kind = 'plate' AND instr(value, ?) > 0)")
        params.append(plate)
    handle = normalise_handle(phone_or_plate_query)
    if handle:
        clauses.append("(kind = 'handle' AND value = ?)")
        params.append(handle)
    email = normalise_email(phone_or_plate_query)
    if "@" in email:
        clauses.append("(kind = 'email' AND value = ?)")
        params.append(email)
    if not clauses:
        return []
    where = " OR ".join(clauses)  # fixed clauses; values go in as parameters
    sql = (
        "SELECT a.alert FROM alerts AS a WHERE a.alert_id IN"  # noqa: S608
        " (SELECT alert_id FROM alert_identifiers WHERE " + where + ")"
    )
    if today is not None:
        sql += " AND a.issued_on <= ? AND a.expires_on >= ?"
        params += [today.isoformat(), today.isoformat()]
    sql += " ORDER BY a.issued_on DESC, a.alert_id"
    return _alerts(conn, sql, tuple(params))
