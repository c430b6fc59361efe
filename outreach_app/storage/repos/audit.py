"""The local audit log: a hash chain of what was done on this device (ids and counts only).

Each entry's hash covers its sequence number, time, kind, role, detail and the
previous entry's hash, so editing or removing an entry breaks the chain
(`reports.audit_chain.verify_chain`). Cutting entries off the end leaves a valid
shorter chain; that is caught by comparing with the head the server last saw
(`reports.audit_chain.compare_with_server_head`), which is why the head is
sent with every sync.

The detail is a flat JSON object whose keys are short tokens and whose values
are integers, booleans or id-like tokens (no spaces): `append_event` refuses
anything that could carry record text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from outreach_app.protocol.audit import AuditHead, AuditHeadReceipt, AuditLink
from outreach_app.protocol.limits import MAX_AUDIT_LINKS
from outreach_app.storage.connection import transaction

if TYPE_CHECKING:
    from sqlite3 import Connection

GENESIS_HASH = "0" * 64
SERVER_HEAD_SETTING = "audit.server_head"
_TOKEN = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
MAX_LIST_ITEMS = 1000

DetailValue = int | bool | str | None | list[str]


class AuditKind(StrEnum):
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    EXPORT = "export"
    SHARE = "share"
    REVIEW = "review"
    WITHDRAWAL = "withdrawal"
    SYNC = "sync"
    PASSPHRASE_CHANGE = "passphrase_change"  # noqa: S105 - an event name, not a secret
    KEY_ROTATION = "key_rotation"
    RETENTION_PURGE = "retention_purge"
    ROLE_ADDED = "role_added"
    ROLE_REMOVED = "role_removed"
    SETTINGS_CHANGED = "settings_changed"
    # Something was changed without the coordinator key (core.vault_roles); detail names it.
    ALARM = "alarm"
    COORDINATOR_KEY = "coordinator_key_created"


class AuditDetailError(ValueError):
    """The detail of an audit entry holds something other than ids and counts."""


@dataclass(frozen=True)
class AuditEntry:
    """One row of the log.

    Attributes:
        seq: 1, 2, 3 … without gaps.
        at: UTC time of the event.
        kind: what happened (an `AuditKind` value).
        role: the role of the session that did it, when there was one.
        detail: ids and counts only.
        prev_hash: the previous entry's hash (GENESIS_HASH for the first).
        hash: SHA-256 over all of the above.
    """

    seq: int
    at: str
    kind: str
    role: str | None
    detail: Mapping[str, DetailValue]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainHead:
    """The last entry's sequence number and hash: what the server keeps."""

    seq: int
    hash: str


def entry_hash(
    seq: int, at: str, kind: str, role: str | None, detail: Mapping[str, DetailValue], prev_hash: str
) -> str:
    body = {"seq": seq, "at": at, "kind": kind, "role": role, "detail": dict(detail), "prev": prev_hash}
    encoded = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(encoded.encode("ascii")).hexdigest()


def check_detail(detail: Mapping[str, object]) -> dict[str, DetailValue]:
    """Return the detail if it holds only tokens and counts; raise AuditDetailError otherwise."""
    clean: dict[str, DetailValue] = {}
    for key, value in detail.items():
        if not isinstance(key, str) or not _TOKEN.match(key):
            raise AuditDetailError("audit detail keys must be short tokens")
        if value is None or isinstance(value, bool | int):
            clean[key] = value
        elif isinstance(value, str):
            clean[key] = _token(value)
        elif isinstance(value, list | tuple) and len(value) <= MAX_LIST_ITEMS:
            clean[key] = [_token(v) for v in value]
        else:
            raise AuditDetailError("audit detail values must be ids, counts or flags")
    return clean


def _token(value: object) -> str:
    if not isinstance(value, str) or not _TOKEN.match(value):
        raise AuditDetailError("audit detail text must be an id-like token (no spaces, ≤ 80 chars)")
    return value


def append_event(
    conn: Connection,
    kind: AuditKind | str,
    *,
    at: datetime,
    role: str | None = None,
    detail: Mapping[str, object] | None = None,
) -> AuditEntry:
    """Add one entry at the end of the chain (inside the caller's transaction if there is one)."""
    kind_value = AuditKind(kind).value
    clean = check_detail(detail or {})
    if role is not None:
        _token(role)
    when = at.astimezone(UTC).isoformat(timespec="seconds")
    with transaction(conn):
        fold_pending(conn)
        return _append(conn, kind_value, when, role, clean)


def _append(
    conn: Connection, kind_value: str, when: str, role: str | None, clean: dict[str, DetailValue]
) -> AuditEntry:
    """Chain one checked entry after the current last one (caller holds the transaction)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS_HASH) if last is None else (int(last[0]) + 1, str(last[1]))
    digest = entry_hash(seq, when, kind_value, role, clean, prev)
    conn.execute(
        "INSERT INTO audit_log (seq, at, kind, role, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
        (seq, when, kind_value, role, json.dumps(clean, sort_keys=True), prev, digest),
    )
    return AuditEntry(seq, when, kind_value, role, clean, prev, digest)


def fold_pending(conn: Connection) -> int:
    """Chain the events that triggers queued (sharing, withdrawals); returns how many.

    Call inside a transaction (append_event does); entries get the time the event happened.
    """
    with transaction(conn):
        rows = conn.execute("SELECT id, at, kind, detail FROM audit_pending ORDER BY id").fetchall()
        for row_id, at_text, kind_text, detail_text in rows:
            try:
                when = datetime.fromisoformat(str(at_text)).astimezone(UTC).isoformat(timespec="seconds")
                detail = check_detail(json.loads(str(detail_text)))
                kind_value = AuditKind(str(kind_text)).value
            except (ValueError, AuditDetailError):
                # A malformed queued event is still recorded, as such, rather than dropped.
                when = str(at_text)[:40]
                detail, kind_value = {"malformed_event": True}, AuditKind.SETTINGS_CHANGED.value
            _append(conn, kind_value, when, None, detail)
            conn.execute("DELETE FROM audit_pending WHERE id = ?", (row_id,))
    return len(rows)


def list_entries(
    conn: Connection, *, after_seq: int = 0, limit: int | None = None, newest_first: bool = False
) -> list[AuditEntry]:
    order = "DESC" if newest_first else "ASC"
    # `order` is one of two literals, never input.
    sql = (
        "SELECT seq, at, kind, role, detail, prev_hash, hash FROM audit_log "  # noqa: S608
        f"WHERE seq > ? ORDER BY seq {order}"
    )
    params: tuple[int, ...] = (after_seq,)
    if limit is not None:
        sql += " LIMIT ?"
        params = (after_seq, limit)
    return [_row_to_entry(row) for row in conn.execute(sql, params)]


def count_entries(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _row_to_entry(row: Sequence[object]) -> AuditEntry:
    try:
        detail = json.loads(str(row[4]))
    except ValueError:
        detail = {"unreadable": True}
    if not isinstance(detail, dict):
        detail = {"unreadable": True}
    role = None if row[3] is None else str(row[3])
    return AuditEntry(int(str(row[0])), str(row[1]), str(row[2]), role, detail, str(row[5]), str(row[6]))


def head(conn: Connection) -> ChainHead | None:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else ChainHead(int(row[0]), str(row[1]))


def save_server_head(conn: Connection, server_head: ChainHead) -> None:
    """Remember the head the server acknowledged at the last sync (sync calls this)."""
    value = json.dumps({"seq": server_head.seq, "hash": server_head.hash})
    with transaction(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SERVER_HEAD_SETTING, value),
        )


def load_server_head(conn: Connection) -> ChainHead | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SERVER_HEAD_SETTING,)).fetchone()
    if row is None:
        return None
    try:
        body = json.loads(str(row[0]))
        return ChainHead(int(body["seq"]), str(body["hash"]))
    except (ValueError, KeyError, TypeError):
        return None


def head_for_sync(
    conn: Connection, since: ChainHead | None = None, *, limit: int = MAX_AUDIT_LINKS
) -> AuditHead | None:
    """The next body for `POST /v1/audit-head` (None while the log is empty).

    `since` is the head the server holds (None: none, so the chain is sent from its first
    entry). The body carries the links (hashes only) of up to `limit` entries after it and
    names the last of them as the head, so a longer gap takes several posts. When the local
    log does not continue from `since` (cut off or edited since the server saw it), or has
    nothing after it, the body is the local head alone and the server answers `regressed`,
    `forked` or `unchanged` (or refuses it: a head that does not extend the held one).
    """
    current = head(conn)
    if current is None:
        return None
    base_seq, base_hash = (0, GENESIS_HASH) if since is None else (since.seq, since.hash)
    plain = AuditHead(sequence=current.seq, chain_hash=current.hash)
    if current.seq <= base_seq:
        return plain
    rows = conn.execute(
        "SELECT seq, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", (base_seq, limit)
    ).fetchall()
    expected, previous, links = base_seq + 1, base_hash, []
    for seq, prev_hash, digest in rows:
        if int(seq) != expected or str(prev_hash) != previous:
            return plain  # a gap or a broken link: the server's answer (or verify) tells
        links.append(AuditLink(hash=str(digest), prev_hash=str(prev_hash)))
        expected, previous = expected + 1, str(digest)
    if not links:
        return plain
    return AuditHead(sequence=expected - 1, chain_hash=previous, links=links)


def store_server_receipt(conn: Connection, receipt: AuditHeadReceipt) -> ChainHead:
    """Keep the head the server now holds (whatever its status), for `audit verify` to compare."""
    held = ChainHead(receipt.sequence, receipt.chain_hash)
    save_server_head(conn, held)
    return held
