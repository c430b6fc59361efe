"""The retention policy and the run that applies it (at unlock and daily while open).

The app calls `run_if_due(conn, now=clock(), role=session.role)` right after
unlock and then from a daily timer on the DB-writer thread; `run_retention`
forces a run (CLI `outreach retention run`). Both return a `RetentionReport`
(what was removed: counts only), which is also written to the audit log.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from outreach_app.domain.errors import describe_validation_error
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import audit, retention
from outreach_app.storage.repos.aggregates import statistics_frozen
from outreach_app.storage.repos.settings import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite3 import Connection

POLICY_SETTING = "retention.policy"
LAST_RUN_SETTING = "retention.last_run"
RUN_EVERY = timedelta(days=1)

Months = Annotated[int, Field(ge=1, le=240)]


class RetentionPolicyError(ValueError):
    """A policy value is out of range; nothing was changed."""


class RetentionPolicy(BaseModel):
    """How long each kind of record text is kept.

    Attributes:
        contact_notes_months: notes of a contact, from the day of the contact.
        aliases_months: a person (alias and notes), from their last contact or change.
        incident_narratives_months: an incident's free text, from its last change.
        outbox_payload_days: a sent report's payload, from the server's receipt.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

    contact_notes_months: Months = 12
    aliases_months: Months = 12
    incident_narratives_months: Months = 24
    outbox_payload_days: Annotated[int, Field(ge=1, le=3650)] = 90


@dataclass(frozen=True)
class RetentionReport:
    """What one run removed (counts only) and when."""

    ran_at: str
    contact_notes: int
    people: int
    incident_texts: int
    outbox_payloads: int
    protected_incidents: int
    pages_released: int
    wal_frames_left: int

    @property
    def removed(self) -> int:
        return self.contact_notes + self.people + self.incident_texts + self.outbox_payloads

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def summary(self) -> str:
        """What was removed, per kind (counts only: safe for a terminal or a status bar)."""
        return (
            f"removed {self.contact_notes} contact notes, {self.people} people, "
            f"{self.incident_texts} incident texts, {self.outbox_payloads} sent payloads"
        )


# Hooks for tests and later outbox rules: extra incidents to keep whole, and a replacement for
# the payload purge. By default storage/repos/retention.py reads [E]'s outbox tables.
ProtectedIds = Callable[["Connection"], set[UUID]]
PayloadPurge = Callable[["Connection", datetime], int]


def load_policy(conn: Connection) -> RetentionPolicy:
    raw = get_setting(conn, POLICY_SETTING, None)
    if not isinstance(raw, dict):
        return RetentionPolicy()
    try:
        return RetentionPolicy.model_validate(raw)
    except ValidationError:
        # A damaged setting must not disable retention: fall back to the documented defaults.
        return RetentionPolicy()


def save_policy(
    conn: Connection, changes: dict[str, int], *, now: datetime, role: str | None
) -> RetentionPolicy:
    """Validate and store policy changes; the change is audited. Raises RetentionPolicyError."""
    current = load_policy(conn)
    try:
        policy = RetentionPolicy.model_validate({**current.model_dump(), **changes})
    except ValidationError as exc:
        raise RetentionPolicyError(describe_validation_error(exc)) from None
    with transaction(conn):
        set_setting(conn, POLICY_SETTING, policy.model_dump())
        audit.append_event(
            conn,
            audit.AuditKind.SETTINGS_CHANGED,
            at=now,
            role=role,
            detail={"setting": POLICY_SETTING, **{k: int(v) for k, v in policy.model_dump().items()}},
        )
    return policy


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (clamped to the month's length)."""
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def last_run(conn: Connection) -> datetime | None:
    raw = get_setting(conn, LAST_RUN_SETTING, None)
    try:
        return datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def is_due(conn: Connection, now: datetime) -> bool:
    previous = last_run(conn)
    # A clock set backwards (previous in the future) also makes a run due.
    return previous is None or now - previous >= RUN_EVERY or previous > now


def run_if_due(
    conn: Connection,
    *,
    now: datetime,
    role: str | None = None,
    protected_ids: ProtectedIds | None = None,
    purge_payloads: PayloadPurge | None = None,
) -> RetentionReport | None:
    """Run retention if the last run was a day or more ago (or never); None when not due."""
    if not is_due(conn, now):
        return None
    return run_retention(conn, now=now, role=role, protected_ids=protected_ids, purge_payloads=purge_payloads)


def run_retention(
    conn: Connection,
    *,
    now: datetime,
    role: str | None = None,
    protected_ids: ProtectedIds | None = None,
    purge_payloads: PayloadPurge | None = None,
) -> RetentionReport:
    """Apply the policy now: purge, audit, then release the space so purged text leaves the file."""
    policy = load_policy(conn)
    notes_cutoff = months_before(now, policy.contact_notes_months)
    people_cutoff = months_before(now, policy.aliases_months)
    incident_cutoff = months_before(now, policy.incident_narratives_months)
    payload_cutoff = now - timedelta(days=policy.outbox_payload_days)
    with statistics_frozen(conn):
        protected = _protected(conn, protected_ids)
        notes = retention.purge_contact_notes(conn, notes_cutoff)
        texts = retention.purge_incident_text(conn, incident_cutoff, protected)
        people = retention.purge_people(conn, people_cutoff, incident_cutoff)
        purge = purge_payloads if purge_payloads is not None else retention.purge_sent_payloads
        payloads = purge(conn, payload_cutoff)
        set_setting(conn, LAST_RUN_SETTING, now.isoformat())
        counts = {
            "contact_notes": notes,
            "people": people,
            "incident_texts": texts,
            "outbox_payloads": payloads,
        }
        audit.append_event(conn, audit.AuditKind.RETENTION_PURGE, at=now, role=role, detail=counts)
    released, frames_left = retention.release_space(conn)
    return RetentionReport(
        ran_at=now.isoformat(timespec="seconds"),
        contact_notes=notes,
        people=people,
        incident_texts=texts,
        outbox_payloads=payloads,
        protected_incidents=len(protected),
        pages_released=released,
        wal_frames_left=frames_left,
    )


def _protected(conn: Connection, protected_ids: ProtectedIds | None) -> set[UUID]:
    found = retention.protected_incident_ids(conn)
    if protected_ids is not None:
        found |= protected_ids(conn)
    return found
