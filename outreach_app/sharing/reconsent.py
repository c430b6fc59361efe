"""Re-consent after an edit: a shared incident that is edited needs the person's consent again.

DESIGN §4: sealed records are immutable; an edit after sealing makes a new version that needs
consent again. So:

1. `note_edit` (called in the transaction that saves the edit) marks the incident `changed`
   when it has been shared (an outbox item that is not withdrawn) and the edit changes what
   would be sent. Nothing is sealed. An edit to fields that never leave (the narrative, the
   location note…) changes no payload and needs nothing. The earlier version stays as it is:
   sent stays sent; a version still queued may still be sent, because the person consented
   to exactly that content. `seal_incident` refuses a `changed` incident.
2. `confirm_edit` records the person's confirmation as a new consent version
   (`confirmed_edit`: who, when, how) with the same withdrawal code (the person holds the
   slip, so the verifier is carried over), the same purposes or fewer (more needs a fresh
   consent, `workflow.record_consent`), and seals the new version in the same transaction.
   Sealing marks every earlier live or sent item superseded: a still-queued old version is
   then never sent, and the new report's `supersedes` names the latest version that may be on
   the server, which the server then stops serving. The server never holds two live versions.
3. If the person does not confirm, nothing more happens: the incident stays `changed`, the
   new version is not shared, the old one stays as sent, and the worker may withdraw it with
   the person's code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.timeutil import utcnow
from outreach_app.sharing.anonymise import NotShareableError
from outreach_app.sharing.consent import Consent, confirm_after_edit
from outreach_app.sharing.consent_store import current_consent, store_consent
from outreach_app.sharing.errors import (
    NoConsentError,
    NotChangedError,
    PreviewChangedError,
    UnknownIncidentError,
)
from outreach_app.sharing.outbox_states import OutboxState
from outreach_app.sharing.seal import CHANGED, preview_incident, seal_incident
from outreach_app.sharing.workflow import apply_withdrawal
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos.incidents import incident_exists

S = OutboxState
_NOT_SHARED = frozenset({S.WITHDRAWN, S.WITHDRAWAL_PENDING})
"""Item states that no longer count as "shared" (withdrawn, or on its way to withdrawn)."""


def has_been_shared(conn: Connection, incident_id: UUID) -> bool:
    """True when the incident has an outbox item that is not withdrawn."""
    return any(item.state not in _NOT_SHARED for item in repo.items_for_incident(conn, incident_id))


def needs_consent_again(conn: Connection, incident_id: UUID) -> bool:
    state = repo.get_sharing_state(conn, incident_id)
    return state is not None and state.state == CHANGED


def note_edit(conn: Connection, incident_id: UUID, *, now: datetime | None = None) -> bool:
    """Call in the transaction that saves an edit to the incident. Returns True when the incident
    now needs consent again (it was shared and what would be sent has changed).

    Nothing is sealed. An edit that brings the content back to the version already sealed
    clears the mark again.
    """
    at = now or utcnow()
    with transaction(conn):
        state = repo.get_sharing_state(conn, incident_id)
        if state is None:
            return False
        consent = current_consent(conn, incident_id)
        if consent is None or not consent.granted() or not has_been_shared(conn, incident_id):
            return False
        current = repo.get_item(conn, state.current_item_id) if state.current_item_id else None
        try:
            unchanged = current is not None and preview_incident(conn, incident_id) == current.payload
        except NotShareableError:
            unchanged = False  # e.g. the area lost its region: certainly not what was sealed
        # Back to the version already sealed: the mark goes; otherwise the edit needs consent.
        target = CHANGED if not unchanged else ("sealed" if state.state == CHANGED else state.state)
        if target != state.state:
            repo.put_sharing_state(conn, replace(state, state=target, updated_at=at))
        return target == CHANGED


@dataclass(frozen=True)
class ConfirmOutcome:
    """Attributes:
    consent: the `confirmed_edit` consent version just stored.
    item: the newly sealed outbox item (its `supersedes` names the version it replaces).
    """

    consent: Consent
    item: repo.OutboxRow


def confirm_edit(
    conn: Connection,
    incident_id: UUID,
    purposes: Iterable[Purpose] | None,
    *,
    worker_initials: str,
    method: ConsentMethod,
    now: datetime | None = None,
    expected_payload: str | None = None,
) -> ConfirmOutcome:
    """The person confirms the edited version for `purposes` (the same as before, or fewer;
    None = every purpose consented before): store the consent version and seal the new
    version, in one transaction.

    `expected_payload` is what the worker was shown (`preview_incident(conn, id, purposes)`);
    PreviewChangedError if the incident changed since. Raises UnknownIncidentError,
    NotChangedError (no edit waiting), NoConsentError, consent.WideningError (a purpose not
    consented before), consent.ConsentError (no purpose chosen) or NotShareableError; nothing
    is written then. Purposes dropped here are withdrawn as by any narrower consent
    (a server withdrawal for a version that may be on the server).
    """
    at = now or utcnow()
    with transaction(conn):
        if not incident_exists(conn, incident_id):
            raise UnknownIncidentError(f"no incident {incident_id}")
        if not needs_consent_again(conn, incident_id):
            raise NotChangedError(
                f"incident {incident_id} has not been edited since it was shared: there is nothing "
                "to confirm again"
            )
        previous = current_consent(conn, incident_id)
        if previous is None or not previous.granted():
            raise NoConsentError(f"nothing is consented for incident {incident_id}")
        chosen = previous.granted() if purposes is None else frozenset(purposes)
        consent = confirm_after_edit(previous, chosen, worker_initials=worker_initials, method=method, now=at)
        shown = preview_incident(conn, incident_id, chosen)
        if expected_payload is not None and shown != expected_payload:
            raise PreviewChangedError("the incident changed after the preview; look at it again")
        store_consent(conn, consent)
        dropped = previous.granted() - consent.granted()
        if dropped:  # still `changed` here, so nothing is re-sealed behind the person's back
            apply_withdrawal(conn, incident_id, dropped, consent, at)
        state = repo.get_sharing_state(conn, incident_id)
        assert state is not None
        repo.put_sharing_state(conn, replace(state, state="consented", updated_at=at))
        item = seal_incident(conn, incident_id, now=at)
        if item.payload != shown:  # pragma: no cover - preview and seal share one builder
            raise PreviewChangedError("the sealed version differs from the preview; nothing was sealed")
        return ConfirmOutcome(consent, item)
