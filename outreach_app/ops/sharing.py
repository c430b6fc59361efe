"""Sharing operations: consent, the preview, removing a suspect, seal, confirm an edit,
withdraw, forget a person. The incident form and `outreach consent | preview | share |
withdraw | forget` both call these, so each has one implementation.

The work itself is `sharing/`'s (its functions keep their own transactions and rules); an
op adds the vault session, the "what was previewed is what is sealed" check and the
`Changes` it made. Queries return plain values.

The pure helpers the sharing steps of the form show from (purpose explanations, the
suspects of a payload), the types its ops return and the session they take are re-exported
here, so the UI reads them through this layer (the slip's OutsideKind too: the slip is the
one file sharing writes outside the vault).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from outreach_app.core.vault_session import VaultSession
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.models import Incident
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.sharing.consent import (
    PURPOSE_EXPLANATIONS,
    PURPOSE_ORDER,
    ConsentError,
    PurposeExplanation,
    purpose_explanations,
)
from outreach_app.sharing.errors import SharingError
from outreach_app.sharing.forget import AFTER_FORGET_TRUTH
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.sharing.reconsent import ConfirmOutcome
from outreach_app.sharing.suspects import (
    SUMMARY_FIELD,
    Suspect,
    SuspectReason,
    parse_field,
    payload_suspects,
    payload_texts,
)
from outreach_app.sharing.workflow import ConsentOutcome, WithdrawOutcome
from outreach_app.storage.forget import ForgetResult
from outreach_app.storage.repos.outbox import OutboxRow
from outreach_app.storage.repos.outside_files import OutsideKind

__all__ = [
    "AFTER_FORGET_TRUTH",
    "PURPOSE_EXPLANATIONS",
    "PURPOSE_ORDER",
    "SUMMARY_FIELD",
    "ConfirmOutcome",
    "ConsentAnswers",
    "ConsentOutcome",
    "ForgetResult",
    "OutboxRow",
    "OutboxState",
    "OutsideKind",
    "PreviewOutdatedError",
    "PurposeExplanation",
    "SharingStatus",
    "Suspect",
    "SuspectReason",
    "SuspectRemoved",
    "VaultSession",
    "WithdrawOutcome",
    "confirm_edit",
    "consent_answers",
    "forget_person",
    "parse_field",
    "payload_suspects",
    "payload_texts",
    "preview",
    "purpose_explanations",
    "record_consent",
    "remove_suspect",
    "safe_message",
    "seal",
    "sharing_status",
    "withdraw",
]


class PreviewOutdatedError(SharingError):
    """What would be sealed is not what the worker was shown (message is safe to show)."""


def _sharing_changes(incident_id: UUID) -> Changes:
    return Changes.of(Kind.OUTBOX, Kind.INCIDENTS, ids=[incident_id])


# ----- consent -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentAnswers:
    """The current consent of an incident: each purpose's answer, and its version."""

    decisions: dict[Purpose, bool]
    version: int


def consent_answers(session: VaultSession, incident_id: UUID) -> ConsentAnswers | None:
    """The consent recorded last for the incident, or None."""
    from outreach_app.sharing.consent_store import current_consent

    consent = current_consent(session.conn, incident_id)
    return None if consent is None else ConsentAnswers(dict(consent.decisions), consent.version)


def record_consent(
    session: VaultSession,
    incident_id: UUID,
    purposes: Iterable[Purpose],
    *,
    initials: str,
    method: ConsentMethod,
    now: datetime | None = None,
) -> OpResult[ConsentOutcome]:
    """Store a new consent version (`sharing.workflow.record_consent`); the outcome carries
    the withdrawal code to show once (None when an earlier version issued it)."""
    from outreach_app.sharing.workflow import record_consent as record

    outcome = record(session.conn, incident_id, purposes, worker_initials=initials, method=method, now=now)
    return OpResult(outcome, _sharing_changes(incident_id))


# ----- preview, suspects, seal ---------------------------------------------------------------


def preview(session: VaultSession, incident_id: UUID, purposes: Iterable[Purpose] | None = None) -> str:
    """THE preview: the exact canonical JSON sealing stores and sends (`sharing.seal`); with
    `purposes`, the edited version as the person confirms it again."""
    from outreach_app.sharing.seal import preview_incident

    return preview_incident(session.conn, incident_id, purposes)


@dataclass(frozen=True)
class SuspectRemoved:
    """Attributes:
    preview: the rebuilt preview, or None when the incident now needs the person's
        confirmation again (and it was not being confirmed already).
    incident: the incident as now stored (its texts without the removed part).
    needs_consent_again: the removal changed what a shared incident would send.
    """

    preview: str | None
    incident: Incident | None
    needs_consent_again: bool


def remove_suspect(
    session: VaultSession,
    incident_id: UUID,
    field: str,
    text: str,
    *,
    purposes: Iterable[Purpose] | None = None,
    confirming: bool = False,
    now: datetime | None = None,
) -> OpResult[SuspectRemoved]:
    """Take a suspect span out of the shared text `field` ("summary", "perpetrators[0].hair" …,
    `sharing.summary_edit`) and rebuild the preview (for `purposes` when `confirming` an edit)."""
    from outreach_app.domain.timeutil import utcnow
    from outreach_app.sharing.summary_edit import remove_from_field
    from outreach_app.storage.repos.incidents import get_incident

    chosen = list(purposes) if purposes is not None else None
    again = remove_from_field(session.conn, incident_id, field, text, now=now or utcnow())
    rebuilt = None if again and not confirming else preview(session, incident_id, chosen)
    stored = get_incident(session.conn, incident_id)
    return OpResult(SuspectRemoved(rebuilt, stored, again), _sharing_changes(incident_id))


def seal(
    session: VaultSession,
    incident_id: UUID,
    *,
    expected_payload: str | None = None,
    now: datetime | None = None,
) -> OpResult[OutboxRow]:
    """Seal the incident's report into the outbox (`sharing.seal.seal_incident`).

    With `expected_payload` (what the worker was shown), PreviewOutdatedError and nothing
    sealed if the incident changed since the preview."""
    from outreach_app.sharing.seal import preview_incident, seal_incident
    from outreach_app.storage.connection import transaction

    with transaction(session.conn):
        if expected_payload is not None and preview_incident(session.conn, incident_id) != expected_payload:
            raise PreviewOutdatedError("the incident changed after the preview; look at it again")
        item = seal_incident(session.conn, incident_id, now=now)
    return OpResult(item, _sharing_changes(incident_id))


def confirm_edit(
    session: VaultSession,
    incident_id: UUID,
    purposes: Iterable[Purpose] | None,
    *,
    initials: str,
    method: ConsentMethod,
    expected_payload: str | None = None,
    now: datetime | None = None,
) -> OpResult[ConfirmOutcome]:
    """The person confirms the edited version for `purposes` (as before or fewer; None = as
    before): the consent version and the sealed new version, in one transaction
    (`sharing.reconsent.confirm_edit`)."""
    from outreach_app.sharing.reconsent import confirm_edit as confirm

    outcome = confirm(
        session.conn,
        incident_id,
        purposes,
        worker_initials=initials,
        method=method,
        now=now,
        expected_payload=expected_payload,
    )
    return OpResult(outcome, _sharing_changes(incident_id))


@dataclass(frozen=True)
class SharingStatus:
    """Where an incident's sharing stands: its latest outbox item's state and version, and
    whether it was changed since it was shared (the new version needs consent again)."""

    state: OutboxState
    version: int
    changed_since_shared: bool


def sharing_status(session: VaultSession, incident_id: UUID) -> SharingStatus | None:
    """None when the incident was never sealed."""
    from outreach_app.sharing.reconsent import needs_consent_again
    from outreach_app.storage.repos.outbox import items_for_incident

    items = items_for_incident(session.conn, incident_id)
    if not items:
        return None
    latest = max(items, key=lambda item: item.version)
    return SharingStatus(
        OutboxState(latest.state), latest.version, needs_consent_again(session.conn, incident_id)
    )


# ----- withdraw, forget ----------------------------------------------------------------------


def withdraw(
    session: VaultSession,
    code: str,
    purposes: Iterable[Purpose],
    *,
    initials: str | None = None,
    other_device: bool = False,
    now: datetime | None = None,
) -> OpResult[WithdrawOutcome]:
    """Withdraw the purposes of the consent that issued `code` (`sharing.workflow`); with
    `other_device`, a code unknown here queues a withdrawal by verifier for the server."""
    from outreach_app.sharing.workflow import withdraw_with_code

    outcome = withdraw_with_code(
        session.conn, code, purposes, now=now, worker_initials=initials, other_device=other_device
    )
    return OpResult(outcome, Changes.of(Kind.OUTBOX, Kind.INCIDENTS, ids=outcome.incidents))


def forget_person(
    session: VaultSession, person_id: UUID, *, now: datetime | None = None
) -> OpResult[ForgetResult]:
    """Erase the person and every record naming them, with their consents and never-sent
    reports; what may be on the server is withdrawn (`sharing.forget.before_forget`), all in
    one transaction. RecordNotFoundError (nothing changed) for an unknown person."""
    from outreach_app.sharing.forget import before_forget
    from outreach_app.storage.forget import forget_person as forget

    result = forget(
        session.conn, person_id, before_delete=lambda conn, ids: before_forget(conn, ids, now=now)
    )
    changes = Changes.of(Kind.PEOPLE, Kind.CONTACTS, Kind.INCIDENTS, Kind.OUTBOX, ids=[person_id])
    return OpResult(result, changes)


# ----- errors --------------------------------------------------------------------------------


def safe_message(exc: BaseException) -> str | None:
    """The message of sharing's own errors, which are safe to show and say what to do; None
    for anything else (whose text may hold record data: show a generic message)."""
    from outreach_app.sharing.anonymise import NotShareableError

    if isinstance(exc, NotShareableError | ConsentError | SharingError):
        return str(exc)
    return None
