"""Erasure on request (`storage.forget.forget_person(..., before_delete=before_forget)`).

Before a person's incidents are deleted, everything sharing keeps about them goes too:
1. every purpose still consented is withdrawn, exactly as a withdrawal by code would be:
   items that may be on the server get a server withdrawal and wait in `withdrawal_pending`;
2. the consent versions (with the code's verifier) and the sharing state are erased;
3. items that never left the device are deleted with their transition log.
What may already be on the server keeps only its anonymised payload and report id locally,
until the server confirms the withdrawal. It all happens in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from uuid import UUID

from outreach_app.domain.timeutil import utcnow
from outreach_app.sharing.consent import withdraw_consent
from outreach_app.sharing.consent_store import current_consent
from outreach_app.sharing.workflow import apply_withdrawal
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import consents as consent_repo
from outreach_app.storage.repos import outbox as outbox_repo

# What erasure cannot undo, in the words every front end shows before and after it (the UI has
# its own translated copy of this sentence): before_forget queues a server withdrawal for
# everything that may have left, but copies already read or passed on are out of reach.
AFTER_FORGET_TRUTH = (
    "Reports already sent to the charity will be withdrawn from its server at the next sync; "
    "an alert already read, or intelligence already passed to the police, cannot be recalled."
)


def before_forget(conn: Connection, incident_ids: Iterable[UUID], *, now: datetime | None = None) -> None:
    at = now or utcnow()
    with transaction(conn):
        for incident_id in incident_ids:
            consent = current_consent(conn, incident_id)
            if consent is not None and consent.granted():
                nothing = withdraw_consent(consent, consent.granted(), now=at)
                apply_withdrawal(conn, incident_id, consent.granted(), nothing, at)
            consent_repo.delete_consents(conn, incident_id)
            outbox_repo.erase_local_sharing(conn, incident_id)
