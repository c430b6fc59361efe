"""The desk's disclosure log (vault migration 0022): what went to which force, when, by whom,
and the "notify <force>" tasks a withdrawal of a disclosed report raises.

Thin functions over the desk vault's connection that return plain values. Ids, grades and
names only: never a report's text. The tables are append-only (triggers in 0022); a notice
changes once, when the desk records that it told the force.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from outreach_app.storage.codec import from_db_time, to_db_time
from outreach_app.storage.connection import Connection, transaction

ExportFormat = Literal["csv", "pdf"]
MAX_NAME = 200
"""Characters of a force's or a staff member's name in the log."""


class DisclosureLogError(ValueError):
    """What was asked would make the log wrong (unknown notice, empty name, …); nothing changed."""


@dataclass(frozen=True, slots=True)
class DisclosedReport:
    envelope_id: str
    purpose: str
    evaluation: str


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One export sent to one force.

    Attributes:
        disclosure_id: the log's own id (random).
        force, disclosed_by: names as the desk typed them.
        disclosed_at: UTC.
        format: "csv" or "pdf".
        reports: what it held (envelope id, purpose, the desk's 3x5x2 code).
    """

    disclosure_id: str
    force: str
    disclosed_at: datetime
    disclosed_by: str
    format: str
    reports: tuple[DisclosedReport, ...]


@dataclass(frozen=True, slots=True)
class Notice:
    """A task: tell `force` that a report it received was withdrawn (and, once done, who did when)."""

    notice_id: str
    disclosure_id: str
    envelope_id: str
    force: str
    reason: str
    raised_at: datetime
    notified_at: datetime | None
    notified_by: str | None

    @property
    def done(self) -> bool:
        return self.notified_at is not None


def clean_name(value: str, what: str) -> str:
    """A force's or staff member's name: trimmed, 1..MAX_NAME characters, no control characters."""
    text = " ".join(value.split())
    if not text:
        raise DisclosureLogError(f"the {what} is empty")
    if len(text) > MAX_NAME:
        raise DisclosureLogError(f"the {what} is longer than {MAX_NAME} characters")
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text):
        raise DisclosureLogError(f"the {what} holds control characters")
    return text


def record_disclosure(
    conn: Connection,
    *,
    force: str,
    by: str,
    at: datetime,
    fmt: ExportFormat,
    reports: Sequence[DisclosedReport],
) -> Disclosure:
    """Log one export to one force (inside the caller's transaction if there is one)."""
    if not reports:
        raise DisclosureLogError("a disclosure holds at least one report")
    if len({r.envelope_id for r in reports}) != len(reports):
        raise DisclosureLogError("a report appears twice in one disclosure")
    force, by = clean_name(force, "force"), clean_name(by, "staff name")
    disclosure_id = str(uuid.uuid4())
    with transaction(conn):
        conn.execute(
            "INSERT INTO desk_disclosure_exports"
            "(disclosure_id, force, disclosed_at, disclosed_by, format, report_count)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (disclosure_id, force, to_db_time(at), by, fmt, len(reports)),
        )
        conn.executemany(
            "INSERT INTO desk_disclosures(disclosure_id, envelope_id, purpose, evaluation)"
            " VALUES (?, ?, ?, ?)",
            [(disclosure_id, r.envelope_id, r.purpose, r.evaluation) for r in reports],
        )
    return Disclosure(disclosure_id, force, at, by, fmt, tuple(sorted(reports, key=lambda r: r.envelope_id)))


def list_disclosures(conn: Connection, *, envelope_id: str | None = None) -> list[Disclosure]:
    """Every disclosure, newest first (or only those that held `envelope_id`)."""
    query = "SELECT disclosure_id, force, disclosed_at, disclosed_by, format FROM desk_disclosure_exports"
    params: tuple[str, ...] = ()
    if envelope_id is not None:
        query += " WHERE disclosure_id IN (SELECT disclosure_id FROM desk_disclosures WHERE envelope_id = ?)"
        params = (envelope_id,)
    out = []
    for disclosure_id, force, at, by, fmt in conn.execute(
        query + " ORDER BY disclosed_at DESC, disclosure_id", params
    ):
        held = conn.execute(
            "SELECT envelope_id, purpose, evaluation FROM desk_disclosures"
            " WHERE disclosure_id = ? ORDER BY envelope_id",
            (disclosure_id,),
        )
        out.append(
            Disclosure(
                disclosure_id, force, from_db_time(at), by, fmt, tuple(DisclosedReport(*row) for row in held)
            )
        )
    return out


def raise_withdrawal_notices(conn: Connection, envelope_id: str, *, at: datetime) -> list[Notice]:
    """A disclosed report was withdrawn: one "notify <force>" task per disclosure that held it.

    Idempotent: a withdrawal that arrives again raises nothing new (and returns the notices
    it raised before, done or not). Returns [] for a report that was never disclosed."""
    with transaction(conn):
        conn.execute(
            "INSERT INTO desk_disclosure_notices"
            "(notice_id, disclosure_id, envelope_id, force, reason, raised_at)"
            " SELECT lower(hex(randomblob(16))), d.disclosure_id, r.envelope_id, d.force, 'withdrawn', ?"
            " FROM desk_disclosures r JOIN desk_disclosure_exports d USING (disclosure_id)"
            " WHERE r.envelope_id = ?"
            " ON CONFLICT (disclosure_id, envelope_id, reason) DO NOTHING",
            (to_db_time(at), envelope_id),
        )
    return list_notices(conn, envelope_id=envelope_id)


def notify_on_withdrawal(at: datetime) -> Callable[[Connection, str], bool]:
    """A check for the desk's pull (charity/desk_store's `DisclosureCheck`): for a withdrawn
    report, raise its "notify <force>" tasks and say whether it had been disclosed."""

    def check(conn: Connection, envelope_id: str) -> bool:
        return bool(raise_withdrawal_notices(conn, envelope_id, at=at))

    return check


def list_notices(
    conn: Connection, *, open_only: bool = False, envelope_id: str | None = None
) -> list[Notice]:
    """Notices, oldest first: the desk's "notify <force>" tasks (open ones only if asked)."""
    rows = conn.execute(
        "SELECT notice_id, disclosure_id, envelope_id, force, reason, raised_at, notified_at, notified_by"
        " FROM desk_disclosure_notices"
        " WHERE (? = 0 OR notified_at IS NULL) AND (? IS NULL OR envelope_id = ?)"
        " ORDER BY raised_at, notice_id",
        (int(open_only), envelope_id, envelope_id),
    )
    return [_notice(row) for row in rows]


def mark_notified(conn: Connection, notice_id: str, *, by: str, at: datetime) -> Notice:
    """Record that the desk told the force (once: a second call is refused, changing nothing)."""
    by = clean_name(by, "staff name")
    with transaction(conn):
        row = conn.execute(
            "SELECT notified_at FROM desk_disclosure_notices WHERE notice_id = ?", (notice_id,)
        ).fetchone()
        if row is None:
            raise DisclosureLogError(f"no notice {notice_id}")
        if row[0] is not None:
            raise DisclosureLogError(f"notice {notice_id} was already marked notified")
        conn.execute(
            "UPDATE desk_disclosure_notices SET notified_at = ?, notified_by = ? WHERE notice_id = ?",
            (to_db_time(at), by, notice_id),
        )
    (notice,) = [n for n in list_notices(conn) if n.notice_id == notice_id]
    return notice


def _notice(row: tuple[str, str, str, str, str, str, str | None, str | None]) -> Notice:
    notice_id, disclosure_id, envelope_id, force, reason, raised_at, notified_at, notified_by = row
    return Notice(
        notice_id,
        disclosure_id,
        envelope_id,
        force,
        reason,
        from_db_time(raised_at),
        from_db_time(notified_at) if notified_at is not None else None,
        notified_by,
    )
