"""Outbox items become envelopes (protocol v2): the storage side of sharing/envelopes.py.

An item (one sealed version of an incident's report) is sealed into envelopes once, when it is
shared (`seal_when_possible`, on the DB thread, never the GUI thread), with the charity's
installed key bundle; an item shared before the device held that bundle is sealed by the sync
pass when it first claims it. They are stored beside the item, immutable: the pass sends the
stored text and never seals again. The item counts as sent only when every one of its
envelopes came back with a valid receipt (non-negotiable 3: nothing lost).

An item that holds only statistics has no envelope: its counts leave in the monthly
aggregates, so it is sent as soon as it is queued.
"""

from __future__ import annotations

from datetime import datetime

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.envelopes import ENVELOPE_PURPOSES, EnvelopeHeader
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.verifier import purpose_verifiers
from outreach_app.sharing.charity_keys import charity_keys
from outreach_app.sharing.envelopes import seal_report
from outreach_app.storage.connection import Connection, transaction
from outreach_app.storage.repos import envelopes as repo
from outreach_app.storage.repos import outbox as outbox_repo

ENVELOPE_PURPOSE_VALUES = tuple(p.value for p in ENVELOPE_PURPOSES)


class CannotSealError(ValueError):
    """The item cannot be sealed now (no key bundle, no desk, no per-purpose verifiers)."""


def remember_code(conn: Connection, verifier: str, code: str) -> None:
    """Store the per-purpose verifiers of a freshly issued withdrawal code (the code is not kept)."""
    repo.put_purpose_verifiers(conn, verifier, purpose_verifiers(code, ENVELOPE_PURPOSE_VALUES))


def ensure_envelopes(conn: Connection, item: outbox_repo.OutboxRow, at: datetime) -> list[repo.EnvelopeRow]:
    """The item's envelopes, sealed now if they were not yet. Raises CannotSealError."""
    existing = repo.envelopes_for_item(conn, item.id)
    if existing:
        return existing
    report = SharedReport.model_validate_json(item.payload)
    wanted = report.purposes() & set(ENVELOPE_PURPOSES)
    if not wanted:
        return []
    keys = charity_keys(conn)
    if keys is None:
        raise CannotSealError("the device has no charity key bundle yet: enrol again with the server")
    verifiers = repo.get_purpose_verifiers(conn, report.withdrawal_verifier)
    if verifiers is None:
        raise CannotSealError("the consent was recorded before protocol v2: record it again with the person")
    earlier: frozenset[Purpose] = frozenset()
    if report.supersedes is not None:
        previous = outbox_repo.get_item_by_report(conn, report.supersedes)
        earlier = frozenset(Purpose(p) for p in previous.purposes) if previous is not None else frozenset()
    try:
        sealed = seal_report(
            report,
            bundle=keys.bundle,
            org=keys.organisation_id,
            verifiers=verifiers,
            earlier_purposes=earlier,
        )
    except ValueError as exc:
        raise CannotSealError(str(exc)) from None
    rows = [
        repo.EnvelopeRow(
            envelope_id=envelope.header.envelope_id,
            item_id=item.id,
            purpose=envelope.purpose.value,
            desk_id=envelope.header.desk_id,
            bundle_version=keys.bundle.version,
            header=envelope.header_text,
            ciphertext=envelope.ciphertext,
            content_hash=envelope.header.content_hash,
            state=repo.PENDING,
            receipt=None,
            last_error=None,
            created_at=at,
            updated_at=at,
        )
        for envelope in sealed
    ]
    with transaction(conn):
        repo.insert_envelopes(conn, rows)
    return rows


def seal_when_possible(conn: Connection, item: outbox_repo.OutboxRow, at: datetime) -> None:
    """Seal a freshly shared item's envelopes now, so no sync pass pays for it; an item that
    cannot be sealed yet (no key bundle, a consent from before protocol v2) is left for the
    pass, which parks it with the reason if it still cannot."""
    try:
        ensure_envelopes(conn, item, at)
    except CannotSealError:
        return


def withdrawal_verifiers(conn: Connection, item: outbox_repo.OutboxRow, purposes: set[str]) -> list[str]:
    """The per-purpose verifiers a v2 withdrawal of `purposes` of this item sends: from its
    sealed envelopes' headers (kept when retention blanks a sent payload), else from the
    consent's verifiers. Statistics has none: it leaves only in aggregates, which the next
    upload corrects."""
    found = {
        EnvelopeHeader.model_validate_json(row.header).verifier
        for row in repo.envelopes_for_item(conn, item.id)
        if row.purpose in purposes
    }
    if item.payload:
        report = SharedReport.model_validate_json(item.payload)
        by_purpose = repo.get_purpose_verifiers(conn, report.withdrawal_verifier) or {}
        found |= {by_purpose[p] for p in purposes if p in by_purpose}
    return sorted(found)
