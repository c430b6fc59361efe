"""The desk's tables in its vault (vault migration 0021): identity, queue, withdrawals, alerts.

Plain SQL on the vault's connection; callers run it on the DB-writer (ops/desk.py). The
decrypted content of an envelope exists only in `desk_queue.content`, inside the encrypted
database, and is deleted when the person withdraws it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from outreach_app.charity.desk_keys import DeskKeys
from outreach_app.protocol.staff import StaffRole
from outreach_app.storage.connection import Connection, transaction


class DeskStoreError(Exception):
    """Not a desk vault, an unknown id, or a state change that is not allowed (message is safe)."""


class QueueState(StrEnum):
    NEW = "new"
    IN_REVIEW = "in_review"
    DONE = "done"


_NEXT_STATES = {
    QueueState.NEW: {QueueState.IN_REVIEW, QueueState.DONE},
    QueueState.IN_REVIEW: {QueueState.DONE, QueueState.NEW},
    QueueState.DONE: {QueueState.IN_REVIEW},
}


class AlertStatus(StrEnum):
    """Where a desk's alert stands; the values are the ones stored in `desk_alerts.status` and
    the ones the server answers (protocol.staff.AlertChange.status)."""

    DRAFT = "draft"
    PUBLISHED = "published"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"

    @property
    def ended(self) -> bool:
        """Expired or withdrawn: no further version; a new alert is drafted instead."""
        return self in {AlertStatus.EXPIRED, AlertStatus.WITHDRAWN}


@dataclass(frozen=True)
class DeskIdentity:
    keys: DeskKeys
    label: str
    server_url: str | None
    server_desk_id: str | None

    @property
    def role(self) -> StaffRole:
        return self.keys.role


@dataclass(frozen=True)
class QueueItem:
    envelope_id: str
    purpose: str
    org_id: str
    region_id: str
    month: str
    state: QueueState
    pulled_at: str
    content: dict[str, Any]


@dataclass(frozen=True)
class WithdrawnItem:
    envelope_id: str
    purpose: str
    region_id: str
    month: str
    withdrawn_at: str
    disclosed: bool | None


@dataclass(frozen=True)
class DeskAlert:
    alert_id: str
    source_envelope_id: str | None
    version: int
    status: AlertStatus
    alert: dict[str, Any]
    signed: dict[str, Any] | None
    fingerprint: str | None
    flagged: str | None


# --- identity ----------------------------------------------------------------------------------


def save_identity(conn: Connection, keys: DeskKeys, label: str, now: datetime) -> None:
    with transaction(conn):
        if conn.execute("SELECT 1 FROM desk_identity").fetchone() is not None:
            raise DeskStoreError("this vault already holds a desk's keys")
        conn.execute(
            "INSERT INTO desk_identity(id, role, desk_id, label, auth_private, enc_private, sign_private,"
            " created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
            (
                keys.role.value,
                keys.desk_id,
                label,
                keys.auth_private,
                keys.enc_private,
                keys.sign_private,
                now.isoformat(),
            ),
        )


def identity(conn: Connection) -> DeskIdentity | None:
    row = conn.execute(
        "SELECT role, desk_id, label, auth_private, enc_private, sign_private, server_url, server_desk_id"
        " FROM desk_identity WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    keys = DeskKeys(
        role=StaffRole(row[0]), desk_id=row[1], auth_private=row[3], enc_private=row[4], sign_private=row[5]
    )
    return DeskIdentity(keys=keys, label=row[2], server_url=row[6], server_desk_id=row[7])


def require_identity(conn: Connection) -> DeskIdentity:
    found = identity(conn)
    if found is None:
        raise DeskStoreError("this vault is not a charity desk (make one with `outreach desk init`)")
    return found


def set_server(conn: Connection, server_url: str, server_desk_id: str) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE desk_identity SET server_url = ?, server_desk_id = ? WHERE id = 1",
            (server_url, server_desk_id),
        )


# --- queue -------------------------------------------------------------------------------------


def add_to_queue(
    conn: Connection,
    *,
    envelope_id: str,
    purpose: str,
    org_id: str,
    region_id: str,
    month: str,
    header: dict[str, Any],
    content: dict[str, Any],
    now: datetime,
) -> bool:
    """Store one decrypted envelope (True), or leave the one already there (False). Not in a
    transaction of its own: the caller stores a pulled page in one."""
    if conn.execute("SELECT 1 FROM desk_withdrawn WHERE envelope_id = ?", (envelope_id,)).fetchone():
        return False  # withdrawn before: never bring its content back
    cursor = conn.execute(
        "INSERT INTO desk_queue(envelope_id, purpose, org_id, region_id, month, header, content, state,"
        " pulled_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)"
        " ON CONFLICT(envelope_id) DO NOTHING",
        (
            envelope_id,
            purpose,
            org_id,
            region_id,
            month,
            json.dumps(header, sort_keys=True),
            json.dumps(content, sort_keys=True, ensure_ascii=False),
            now.isoformat(),
            now.isoformat(),
        ),
    )
    return cursor.rowcount == 1


def _item(row: Any) -> QueueItem:
    return QueueItem(
        envelope_id=row[0],
        purpose=row[1],
        org_id=row[2],
        region_id=row[3],
        month=row[4],
        state=QueueState(row[5]),
        pulled_at=row[6],
        content=json.loads(row[7]),
    )


_ITEM_COLUMNS = "envelope_id, purpose, org_id, region_id, month, state, pulled_at, content"


def queue(
    conn: Connection,
    *,
    state: QueueState | None = None,
    purpose: str | None = None,
    region_id: str | None = None,
    month: str | None = None,
) -> list[QueueItem]:
    """The queue, filtered, oldest month first."""
    where, values = [], []
    for column, value in (("state", state), ("purpose", purpose), ("region_id", region_id), ("month", month)):
        if value is not None:
            where.append(f"{column} = ?")
            values.append(str(value))
    sql = f"SELECT {_ITEM_COLUMNS} FROM desk_queue"  # noqa: S608 - constant columns
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY month, pulled_at, envelope_id"
    return [_item(row) for row in conn.execute(sql, values)]


def queue_item(conn: Connection, envelope_id: str) -> QueueItem:
    row = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM desk_queue WHERE envelope_id = ?",  # noqa: S608 - constant columns
        (envelope_id,),
    ).fetchone()
    if row is None:
        raise DeskStoreError(f"no report {envelope_id} in the queue")
    return _item(row)


def queue_ids(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT envelope_id FROM desk_queue ORDER BY envelope_id")]


def set_state(conn: Connection, envelope_id: str, state: QueueState, now: datetime) -> QueueItem:
    with transaction(conn):
        item = queue_item(conn, envelope_id)
        if item.state == state:
            return item
        if state not in _NEXT_STATES[item.state]:
            raise DeskStoreError(f"a report that is {item.state.value} cannot become {state.value}")
        conn.execute(
            "UPDATE desk_queue SET state = ?, updated_at = ? WHERE envelope_id = ?",
            (state.value, now.isoformat(), envelope_id),
        )
    return queue_item(conn, envelope_id)


# --- withdrawals -------------------------------------------------------------------------------

DisclosureCheck = Callable[[Connection, str], bool | None]
"""Was this envelope disclosed (e.g. to a police force)? None: the check cannot tell."""

DISCLOSURE_TABLE = "desk_disclosures"
FLAG_REASON = "the source report was withdrawn: review this alert"
_FLAG_ALERTS = (
    "UPDATE desk_alerts SET flagged = ?, updated_at = ? WHERE source_envelope_id = ? AND flagged IS NULL"
)


def disclosure_logged(conn: Connection, envelope_id: str) -> bool | None:
    """A DisclosureCheck that only reads the disclosure log (`desk_disclosures`, vault
    migration 0022): any row naming the envelope. The desk's pull uses
    `disclosures.notify_on_withdrawal`, which also raises the "notify <force>" tasks."""
    found = conn.execute(
        f"SELECT 1 FROM {DISCLOSURE_TABLE} WHERE envelope_id = ? LIMIT 1",  # noqa: S608 - a constant
        (envelope_id,),
    ).fetchone()
    return found is not None


def remove_withdrawn(
    conn: Connection, envelope_ids: list[str], now: datetime, disclosed: DisclosureCheck = disclosure_logged
) -> list[WithdrawnItem]:
    """Delete the decrypted copies of withdrawn envelopes, keep what the withdrawal log needs,
    and flag every alert drafted from one of them for review. Returns what was removed."""
    removed: list[WithdrawnItem] = []
    with transaction(conn):
        for envelope_id in envelope_ids:
            row = conn.execute(
                "SELECT purpose, region_id, month FROM desk_queue WHERE envelope_id = ?", (envelope_id,)
            ).fetchone()
            if row is None:
                continue
            was_disclosed = disclosed(conn, envelope_id)
            conn.execute(
                "INSERT OR REPLACE INTO desk_withdrawn(envelope_id, purpose, region_id, month, withdrawn_at,"
                " disclosed) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    envelope_id,
                    row[0],
                    row[1],
                    row[2],
                    now.isoformat(),
                    None if was_disclosed is None else int(was_disclosed),
                ),
            )
            conn.execute("DELETE FROM desk_queue WHERE envelope_id = ?", (envelope_id,))
            conn.execute(
                _FLAG_ALERTS,
                (FLAG_REASON, now.isoformat(), envelope_id),
            )
            removed.append(WithdrawnItem(envelope_id, row[0], row[1], row[2], now.isoformat(), was_disclosed))
    return removed


def withdrawn_items(conn: Connection) -> list[WithdrawnItem]:
    rows = conn.execute(
        "SELECT envelope_id, purpose, region_id, month, withdrawn_at, disclosed FROM desk_withdrawn"
        " ORDER BY withdrawn_at, envelope_id"
    )
    return [WithdrawnItem(r[0], r[1], r[2], r[3], r[4], None if r[5] is None else bool(r[5])) for r in rows]


# --- alerts ------------------------------------------------------------------------------------


def _alert(row: Any) -> DeskAlert:
    return DeskAlert(
        alert_id=row[0],
        source_envelope_id=row[1],
        version=row[2],
        status=AlertStatus(row[3]),
        alert=json.loads(row[4]),
        signed=None if row[5] is None else json.loads(row[5]),
        fingerprint=row[6],
        flagged=row[7],
    )


_ALERT_COLUMNS = "alert_id, source_envelope_id, version, status, alert, signed, fingerprint, flagged"


def save_alert(
    conn: Connection,
    *,
    alert_id: str,
    source_envelope_id: str | None,
    version: int,
    status: AlertStatus,
    alert: dict[str, Any],
    signed: dict[str, Any] | None,
    fingerprint: str | None,
    now: datetime,
) -> DeskAlert:
    with transaction(conn):
        conn.execute(
            f"INSERT INTO desk_alerts({_ALERT_COLUMNS}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)"  # noqa: S608 - constant columns
            " ON CONFLICT(alert_id) DO UPDATE SET version = excluded.version, status = excluded.status,"
            " alert = excluded.alert, signed = excluded.signed, fingerprint = excluded.fingerprint,"
            " updated_at = excluded.updated_at",
            (
                alert_id,
                source_envelope_id,
                version,
                status,
                json.dumps(alert, sort_keys=True, ensure_ascii=False),
                None if signed is None else json.dumps(signed, sort_keys=True, ensure_ascii=False),
                fingerprint,
                now.isoformat(),
            ),
        )
    return desk_alert(conn, alert_id)


def desk_alert(conn: Connection, alert_id: str) -> DeskAlert:
    row = conn.execute(f"SELECT {_ALERT_COLUMNS} FROM desk_alerts WHERE alert_id = ?", (alert_id,)).fetchone()  # noqa: S608 - constant columns
    if row is None:
        raise DeskStoreError(f"no alert {alert_id} on this desk")
    return _alert(row)


def desk_alerts(conn: Connection) -> list[DeskAlert]:
    return [
        _alert(r)
        for r in conn.execute(f"SELECT {_ALERT_COLUMNS} FROM desk_alerts ORDER BY updated_at, alert_id")  # noqa: S608 - constant columns
    ]


def alert_source_ids(conn: Connection) -> list[str]:
    """Source envelopes of alerts not yet flagged whose copy is no longer in the queue (done
    reports may be purged later; their withdrawal must still flag the alert)."""
    rows = conn.execute(
        "SELECT DISTINCT source_envelope_id FROM desk_alerts"
        " WHERE source_envelope_id IS NOT NULL AND flagged IS NULL"
    )
    return [r[0] for r in rows]


def flag_alerts_of(conn: Connection, envelope_ids: list[str], now: datetime) -> int:
    flagged = 0
    with transaction(conn):
        for envelope_id in envelope_ids:
            flagged += conn.execute(
                _FLAG_ALERTS,
                (FLAG_REASON, now.isoformat(), envelope_id),
            ).rowcount
    return flagged
