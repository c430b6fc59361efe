"""Recording consent and withdrawing it: the writes that change what may leave.

Withdrawal always wins. When purposes are withdrawn (by code, or by a worker recording a
narrower consent):
- an item that may be on the server (ever `sending`, or sent) gets a server withdrawal
  for the purposes it holds;
- an item that held only withdrawn purposes is withdrawn (at once if it never left,
  through `withdrawal_pending` if it may have);
- an unsent item that still holds purposes that remain is superseded and the incident is
  sealed again with what remains — unless the incident was edited since it was shared
  (`changed`): the edited version has not been confirmed by the person, so nothing is sealed
  and what remains waits for their confirmation (`reconsent.confirm_edit`).
All of it happens in one transaction with the new consent version.

A consent recorded afresh (`record_consent`) after an edit is a full decision taken with the
person on the edited incident, so it clears `changed`; sharing then needs the preview and
`share` as for a first consent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID, uuid4

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.verifier import normalise_withdrawal_code, purpose_verifiers, withdrawal_verifier
from outreach_app.sharing.consent import Consent, give_consent, withdraw_consent
from outreach_app.sharing.consent_store import current_consent, store_consent
from outreach_app.sharing.envelope_outbox import ENVELOPE_PURPOSE_VALUES, remember_code
from outreach_app.sharing.errors import NoConsentError, UnknownCodeError, UnknownIncidentError
from outreach_app.sharing.outbox_states import LIVE, TERMINAL, OutboxState, withdrawal_target
from outreach_app.sharing.seal import CHANGED, ensure_sharing_state, seal_incident
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import consents as consent_repo
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos.incidents import incident_exists

S = OutboxState


@dataclass(frozen=True)
class ConsentOutcome:
    """Attributes:
    consent: the version just stored.
    code: the withdrawal code to show ONCE (None when an earlier version already issued it).
    """

    consent: Consent
    code: str | None


def record_consent(
    conn: Connection,
    incident_id: UUID,
    purposes: Iterable[Purpose],
    *,
    worker_initials: str,
    method: ConsentMethod,
    now: datetime | None = None,
) -> ConsentOutcome:
    """Store a new consent version; purposes no longer given are withdrawn from the outbox."""
    at = now or utcnow()
    with transaction(conn):
        if not incident_exists(conn, incident_id):
            raise UnknownIncidentError(f"no incident {incident_id}")
        previous = current_consent(conn, incident_id)
        consent, code = give_consent(
            incident_id, purposes, worker_initials=worker_initials, method=method, now=at, previous=previous
        )
        store_consent(conn, consent)
        if code is not None:
            remember_code(conn, consent.verifier, code)
        ensure_sharing_state(conn, incident_id, at)
        if previous is not None:
            dropped = previous.granted() - consent.granted()
            if dropped:
                apply_withdrawal(conn, incident_id, dropped, consent, at)
        state = repo.get_sharing_state(conn, incident_id)
        if state is not None and state.state == CHANGED:
            repo.put_sharing_state(conn, replace(state, state="consented", updated_at=at))
        return ConsentOutcome(consent, code)


@dataclass(frozen=True)
class WithdrawOutcome:
    """Attributes:
    incidents: incidents whose consent changed on this device.
    purposes: the purposes withdrawn.
    remote_only: True when the code is not from this device and only a verifier
        withdrawal was queued for the server.
    """

    incidents: tuple[UUID, ...]
    purposes: frozenset[Purpose]
    remote_only: bool = False


def withdraw_with_code(
    conn: Connection,
    code: str,
    purposes: Iterable[Purpose],
    *,
    now: datetime | None = None,
    worker_initials: str | None = None,
    other_device: bool = False,
) -> WithdrawOutcome:
    """Withdraw the given purposes of the consent that issued `code`.

    Raises WithdrawalCodeError (malformed), UnknownCodeError (not from this device and
    `other_device` not set) or SpentCodeError (nothing left to withdraw); nothing changes then.
    With `other_device`, a code unknown here queues a withdrawal by verifier for the server.
    """
    at = now or utcnow()
    asked = frozenset(purposes)
    verifier = withdrawal_verifier(normalise_withdrawal_code(code))
    with transaction(conn):
        incidents = consent_repo.incidents_with_verifier(conn, verifier)
        if not incidents:
            if not other_device:
                raise UnknownCodeError("no consent on this device has that withdrawal code")
            # Protocol v2: envelopes carry one verifier per purpose, all derived from the code.
            by_purpose = purpose_verifiers(
                code, [p.value for p in asked if p.value in ENVELOPE_PURPOSE_VALUES]
            )
            for purpose, purpose_verifier in sorted(by_purpose.items()):
                _queue_withdrawal(conn, None, None, purpose_verifier, [Purpose(purpose)], at)
            return WithdrawOutcome((), asked, remote_only=True)
        for incident_id in incidents:
            previous = current_consent(conn, incident_id)
            if previous is None:  # pragma: no cover - the verifier came from a consent row
                raise NoConsentError(f"incident {incident_id} has no consent recorded")
            consent = withdraw_consent(previous, asked, now=at, worker_initials=worker_initials)
            store_consent(conn, consent)
            apply_withdrawal(conn, incident_id, asked & previous.granted(), consent, at)
        return WithdrawOutcome(tuple(incidents), asked)


def _queue_withdrawal(
    conn: Connection,
    incident_id: UUID | None,
    report_id: UUID | None,
    verifier: str | None,
    purposes: Iterable[Purpose],
    at: datetime,
) -> None:
    repo.add_withdrawal(
        conn,
        repo.WithdrawalRow(
            id=uuid4(),
            incident_id=incident_id,
            report_id=report_id,
            verifier=verifier,
            purposes=tuple(sorted(p.value for p in purposes)),
            state="pending",
            attempts=0,
            last_error=None,
            result=None,
            created_at=at,
            updated_at=at,
        ),
    )


def _already_asked(conn: Connection, report_id: UUID) -> set[str]:
    return {p for w in repo.withdrawals_for_report(conn, report_id) for p in w.purposes}


def apply_withdrawal(
    conn: Connection, incident_id: UUID, withdrawn: Iterable[Purpose], consent: Consent, at: datetime
) -> None:
    """Carry a consent that no longer gives `withdrawn` through the incident's outbox items."""
    gone = {p.value for p in withdrawn}
    remaining = {p.value for p in consent.granted()}
    reseal = False
    with transaction(conn):
        for item in repo.items_for_incident(conn, incident_id):
            hit = gone & set(item.purposes)
            if not hit:
                continue
            state = S(item.state)
            may_be_on_server = item.ever_sending or state in {S.SENT, S.SENDING}
            if may_be_on_server:
                missing = hit - _already_asked(conn, item.report_id)
                if missing:
                    _queue_withdrawal(conn, incident_id, item.report_id, None, map(Purpose, missing), at)
            if state in TERMINAL or state is S.WITHDRAWAL_PENDING:
                continue
            if not (remaining & set(item.purposes)):
                target = withdrawal_target(state, item.ever_sending)
                if target is not None:
                    repo.set_state(conn, item.id, state, target, at, reason="consent withdrawn")
            elif state in LIVE:
                repo.set_state(conn, item.id, state, S.SUPERSEDED, at, reason="consent narrowed")
                reseal = True
        sharing = repo.get_sharing_state(conn, incident_id)
        if sharing is not None and not remaining:
            repo.put_sharing_state(
                conn,
                repo.SharingStateRow(
                    incident_id,
                    "withdrawn",
                    sharing.next_report_id,
                    sharing.current_item_id,
                    sharing.sealed_versions,
                    at,
                ),
            )
        # An incident purged by retention can no longer be re-sealed, but its withdrawal
        # must still go through: what remains is then simply not sent again. An incident
        # edited since it was shared is not re-sealed either: the person has not confirmed
        # the edited version yet.
        edited = sharing is not None and sharing.state == CHANGED
        if reseal and remaining and not edited and incident_exists(conn, incident_id):
            seal_incident(conn, incident_id, now=at)
