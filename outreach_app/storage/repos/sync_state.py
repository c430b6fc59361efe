"""The link to the charity server and the sync bookkeeping (migration 0003).

SQL only: `sync/` decides what to store. Errors kept here are shown to the worker, so
they are built from fixed texts and HTTP statuses, never from record text or replies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from outreach_app.storage.codec import from_db_time, optional_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction

CredentialStore = Literal["keyring", "vault", "key"]


@dataclass(frozen=True)
class ServerLink:
    """The device's enrolment.

    Attributes:
        server_url: normalised (https, or http on loopback only).
        device_id: the server's id for this device.
        organisation: the organisation's name as the server gave it.
        credential_store: "key" (the device key is registered: no bearer credential is kept);
            "vault" or "keyring": a credential still to be used once to register the key (a
            new enrolment's one-time credential in this DB, or an old long-lived one).
        keyring_backend: the keyring backend's class name when in the keyring; a different
            backend later means "re-enrol", never a silent fallback.
        keyring_entry: the keyring entry's user name.
        credential: the credential itself, only when `credential_store` is "vault".
        ca_bundle: a CA bundle file the charity asked the device to trust (None: the system's).
        enrolled_at: when enrolment finished.
        device_key: the Ed25519 private key (32 bytes); only ever in this encrypted DB.
    """

    server_url: str
    device_id: str
    organisation: str | None
    credential_store: CredentialStore
    keyring_backend: str | None
    keyring_entry: str | None
    credential: str | None
    ca_bundle: str | None
    enrolled_at: datetime
    device_key: bytes | None = None

    def __repr__(self) -> str:  # never show the credential
        return f"<ServerLink {self.device_id} store={self.credential_store}>"


_LINK_COLUMNS = (
    "server_url, device_id, organisation, credential_store, keyring_backend, keyring_entry,"
    " credential, ca_bundle, enrolled_at, device_key"
)


def get_link(conn: Connection) -> ServerLink | None:
    row = conn.execute(f"SELECT {_LINK_COLUMNS} FROM sync_link WHERE id = 1").fetchone()  # noqa: S608
    if row is None:
        return None
    return ServerLink(
        server_url=row[0],
        device_id=row[1],
        organisation=row[2],
        credential_store=row[3],
        keyring_backend=row[4],
        keyring_entry=row[5],
        credential=row[6],
        ca_bundle=row[7],
        enrolled_at=from_db_time(row[8]),
        device_key=None if row[9] is None else bytes(row[9]),
    )


def save_link(conn: Connection, link: ServerLink) -> None:
    """Store (or replace) the link; the sync state starts afresh (new cursor, no errors)."""
    with transaction(conn):
        conn.execute("DELETE FROM sync_link")
        conn.execute(
            f"INSERT INTO sync_link(id, {_LINK_COLUMNS}) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                link.server_url,
                link.device_id,
                link.organisation,
                link.credential_store,
                link.keyring_backend,
                link.keyring_entry,
                link.credential,
                link.ca_bundle,
                to_db_time(link.enrolled_at),
                link.device_key,
            ),
        )
        reset_state(conn)


def set_keyring_entry(conn: Connection, entry: str) -> None:
    """Record that the link's keyring credential now lives under `entry` (state untouched)."""
    with transaction(conn):
        conn.execute("UPDATE sync_link SET keyring_entry = ? WHERE id = 1", (entry,))


def set_device_key(conn: Connection, device_key: bytes) -> None:
    """Give a link enrolled before keys its private key (before the public half is sent)."""
    with transaction(conn):
        conn.execute("UPDATE sync_link SET device_key = ? WHERE id = 1 AND device_key IS NULL", (device_key,))


def mark_key_registered(conn: Connection, device_key: bytes) -> bool:
    """The server has the public key of `device_key`: drop the credential used to register it
    (only if the link still holds that key). True when the link changed."""
    with transaction(conn):
        changed = conn.execute(
            "UPDATE sync_link SET credential_store = 'key', credential = NULL, keyring_backend = NULL,"
            " keyring_entry = NULL WHERE id = 1 AND device_key = ? AND credential_store != 'key'",
            (device_key,),
        ).rowcount
        return changed > 0


def delete_link(conn: Connection) -> bool:
    """Forget the link (the credential with it when it was kept here). True if one was stored."""
    with transaction(conn):
        gone = conn.execute("DELETE FROM sync_link").rowcount > 0
        reset_state(conn)
        return gone


def save_regions(conn: Connection, regions: Iterable[tuple[str, str]]) -> None:
    """Replace the stored server regions with (id, name) pairs."""
    with transaction(conn):
        conn.execute("DELETE FROM server_regions")
        conn.executemany("INSERT INTO server_regions(id, name) VALUES (?, ?)", list(regions))


def list_regions(conn: Connection) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in conn.execute("SELECT id, name FROM server_regions ORDER BY id")]


def map_unmapped_areas_by_name(conn: Connection) -> int:
    """Give areas without a region the server region of the same name (case-insensitive).

    Returns how many areas were mapped. Areas already mapped are never changed.
    """
    with transaction(conn):
        cursor = conn.execute(
            "UPDATE areas SET region_id = (SELECT r.id FROM server_regions AS r"
            " WHERE lower(r.name) = lower(areas.name) LIMIT 1)"
            " WHERE region_id IS NULL AND EXISTS (SELECT 1 FROM server_regions AS r"
            " WHERE lower(r.name) = lower(areas.name))"
        )
        return int(cursor.rowcount)


# --- sync state --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncStateRow:
    """Attributes:
    feed_cursor: the alert feed's `next_cursor` from the last page stored.
    last_attempt_at, last_success_at: when a pass last started / last finished without failure.
    last_alert_sync_at: when alerts were last fetched.
    last_error: a readable reason for the last failure (None after a success).
    next_retry_at: when the next pass is due after a failure.
    consecutive_failures: failed passes since the last success.
    parked_count: outbox items parked at the end of the last pass.
    needs_reenrol: why the device must enrol again (None: it need not).
    stats_digest: digest of the statistics uploads the server last accepted.
    audit_status: the server's answer to the last audit head (stored/unchanged/regressed/forked).
    """

    feed_cursor: str | None = None
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_alert_sync_at: datetime | None = None
    last_error: str | None = None
    next_retry_at: datetime | None = None
    consecutive_failures: int = 0
    parked_count: int = 0
    needs_reenrol: str | None = None
    stats_digest: str | None = None
    audit_status: str | None = None


_STATE_COLUMNS = (
    "feed_cursor, last_attempt_at, last_success_at, last_alert_sync_at, last_error, next_retry_at,"
    " consecutive_failures, parked_count, needs_reenrol, stats_digest, audit_status"
)
_TIME_FIELDS = frozenset({"last_attempt_at", "last_success_at", "last_alert_sync_at", "next_retry_at"})


def _time(value: Any) -> datetime | None:
    return None if value is None else from_db_time(str(value))


def get_state(conn: Connection) -> SyncStateRow:
    row = conn.execute(f"SELECT {_STATE_COLUMNS} FROM sync_state WHERE id = 1").fetchone()  # noqa: S608
    if row is None:
        return SyncStateRow()
    return SyncStateRow(
        feed_cursor=row[0],
        last_attempt_at=_time(row[1]),
        last_success_at=_time(row[2]),
        last_alert_sync_at=_time(row[3]),
        last_error=row[4],
        next_retry_at=_time(row[5]),
        consecutive_failures=int(row[6]),
        parked_count=int(row[7]),
        needs_reenrol=row[8],
        stats_digest=row[9],
        audit_status=row[10],
    )


def update_state(conn: Connection, **changes: Any) -> None:
    """Set some columns of the one sync_state row (names as in SyncStateRow)."""
    allowed = set(SyncStateRow.__dataclass_fields__)
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown sync state fields: {', '.join(sorted(unknown))}")
    if not changes:
        return
    names = sorted(changes)
    values = [optional_db_time(changes[name]) if name in _TIME_FIELDS else changes[name] for name in names]
    assignments = ", ".join(f"{name} = ?" for name in names)  # names checked against the dataclass
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO sync_state(id) VALUES (1)")
        conn.execute(f"UPDATE sync_state SET {assignments} WHERE id = 1", values)  # noqa: S608


def reset_state(conn: Connection) -> None:
    """A fresh start (after enrolment or unenrolment): no cursor, no errors, no digests."""
    with transaction(conn):
        conn.execute("DELETE FROM sync_state")
        conn.execute("INSERT INTO sync_state(id) VALUES (1)")


def set_cursor(conn: Connection, cursor: str, at: datetime) -> None:
    update_state(conn, feed_cursor=cursor, last_alert_sync_at=at)


def record_success(conn: Connection, at: datetime, parked: int) -> None:
    update_state(
        conn,
        last_success_at=at,
        last_error=None,
        next_retry_at=None,
        consecutive_failures=0,
        parked_count=parked,
    )


def record_failure(
    conn: Connection, at: datetime, error: str, next_retry_at: datetime | None, parked: int
) -> None:
    state = get_state(conn)
    update_state(
        conn,
        last_error=error,
        next_retry_at=next_retry_at,
        consecutive_failures=state.consecutive_failures + 1,
        parked_count=parked,
        last_attempt_at=at,
    )


def outbox_counts(conn: Connection) -> dict[str, int]:
    """Outbox items by state (the queue state the status bar and `outreach sync` show)."""
    rows = conn.execute("SELECT state, count(*) FROM outbox_items GROUP BY state")
    return {str(row[0]): int(row[1]) for row in rows}


def pending_withdrawal_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM outbox_withdrawals WHERE state = 'pending'").fetchone()[0])
