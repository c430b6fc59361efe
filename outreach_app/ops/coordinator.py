"""Coordinator operations for the UI and the CLI, each behind `core.permissions.require`.

Every function takes the unlocked `VaultSession` first and runs on the DB
thread (UI: `ctx.tasks.run_db(lambda s: coordinator.export_statistics(s, ...))`).
The permission check is here, not in the widgets: a worker session gets
`PermissionDeniedError` whatever the UI shows.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal
from uuid import UUID

from outreach_app.core.permissions import Permission, require
from outreach_app.core.vault import VaultSession, add_slot, list_slots, remove_slot
from outreach_app.core.vault_roles import reseal
from outreach_app.crypto.kdf import KdfParams
from outreach_app.crypto.keyfile import Role
from outreach_app.domain.disclosure import DisclosedExport, disclose
from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.ops.outside_writes import write_export
from outreach_app.reports import retention
from outreach_app.reports.audit_chain import ChainReport, verify_chain
from outreach_app.reports.audit_events import FailedUnlocks, record_key_file_changes, record_unlock
from outreach_app.reports.export_csv import render_csv
from outreach_app.reports.retention import RetentionPolicyError, RetentionReport
from outreach_app.reports.statistics import (
    Cells,
    Period,
    PeriodError,
    Statistics,
    area_columns,
    collect,
    export_tables,
)
from outreach_app.sharing import outbox as sharing_outbox
from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.audit import AuditEntry
from outreach_app.storage.repos.outside_files import OutsideKind
from outreach_app.storage.repos.settings import set_setting

# The values and errors of these ops, named here for the pages (the UI imports no reports/storage).
__all__ = [
    "AuditEntry",
    "Cells",
    "ChainReport",
    "ExportCancelledError",
    "ExportFormat",
    "ExportResult",
    "PdfRenderer",
    "Period",
    "PeriodError",
    "RecordExport",
    "RetentionPolicyError",
    "RetentionReport",
    "Statistics",
    "add_role",
    "after_unlock",
    "approve_report",
    "area_columns",
    "audit_entries",
    "change_retention_policy",
    "export_statistics",
    "prepare_export",
    "prepare_record_export",
    "reject_report",
    "remove_role",
    "retention_policy",
    "run_retention_if_due",
    "run_retention_now",
    "set_review_required",
    "slots",
    "statistics",
    "unlink_server",
    "verify_audit",
]

ExportFormat = Literal["csv", "pdf"]
# Draws a disclosed export as PDF bytes (the app's and CLI's: services.stats_pdf.render_pdf).
PdfRenderer = Callable[[DisclosedExport, Period], bytes]


class ExportCancelledError(Exception):
    """The export was cancelled before anything was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    tables: int
    suppressed: int


def statistics(session: VaultSession, period: Period) -> Statistics:
    """Exact counts for the Statistics page (both roles may look; only coordinators export)."""
    return collect(session.conn, period)


def prepare_export(session: VaultSession, period: Period) -> DisclosedExport:
    require(session, Permission.EXPORT_STATISTICS)
    return disclose(export_tables(collect(session.conn, period)))


def export_statistics(
    session: VaultSession,
    period: Period,
    fmt: ExportFormat,
    dest: Path,
    *,
    now: datetime,
    cancelled: Callable[[], bool] | None = None,
    render_pdf: PdfRenderer | None = None,
) -> OpResult[ExportResult]:
    """Write the suppressed export to `dest` (0600, atomic) and audit it (format and counts only).

    `cancelled` is asked before the work and again right before writing; True stops with
    ExportCancelledError and nothing written or audited. `render_pdf` draws the PDF: it is
    Qt (services/stats_pdf.py), which this layer may not import, so the caller passes it."""
    require(session, Permission.EXPORT_STATISTICS)
    if cancelled is not None and cancelled():
        raise ExportCancelledError("export cancelled")
    export = prepare_export(session, period)
    if fmt == "csv":
        data = render_csv(export, period).encode("utf-8")
    elif render_pdf is None:
        raise ValueError("a PDF export needs a renderer")
    else:
        data = render_pdf(export, period)
    if cancelled is not None and cancelled():
        raise ExportCancelledError("export cancelled")
    detail: dict[str, object] = {
        "what": "statistics",
        "format": fmt,
        "tables": len(export.tables),
        "suppressed": len(export.suppressed),
        "first_month": period.months()[0],
        "last_month": period.months()[-1],
    }
    write_export(session, dest, data, OutsideKind.STATISTICS, now, detail)
    result = ExportResult(dest, len(export.tables), len(export.suppressed))
    return OpResult(result, Changes.of(Kind.OUTSIDE_FILES))  # quick delete's list grew


@dataclass(frozen=True)
class RecordExport:
    """Identifiable records rendered for `outreach export`, with what the audit entry says.

    Attributes:
        text: the JSONL lines or the CSV document (plain text: record contents).
        lines: how many lines (JSONL: records and the people they name; CSV: rows).
        kinds: per record type, how many (`{"n_person": 1, "n_contact": 3}`): counts only.
    """

    text: str = field(repr=False)
    lines: int
    kinds: dict[str, int]


def prepare_record_export(
    session: VaultSession, what: Literal["contacts", "incidents"], fmt: Literal["jsonl", "csv"]
) -> RecordExport:
    """Identifiable records in plain text: coordinators only (the CLI writes and audits them)."""
    from outreach_app.storage.transfer import export_csv, export_jsonl

    require(session, Permission.EXPORT_RECORDS)
    if fmt == "jsonl":
        lines = list(export_jsonl(session.conn, what))
        kinds = Counter(str(json.loads(line).get("type", "other")) for line in lines)
        return RecordExport("".join(line + "\n" for line in lines), len(lines), _kind_counts(kinds))
    text = export_csv(session.conn, what)
    count = max(text.count("\n") - 1, 0)
    return RecordExport(text, count, _kind_counts(Counter({what.removesuffix("s"): count})))


def _kind_counts(kinds: Counter[str]) -> dict[str, int]:
    return {f"n_{kind}"[:80]: n for kind, n in sorted(kinds.items())}


def audit_entries(session: VaultSession, *, limit: int | None = None) -> list[audit.AuditEntry]:
    require(session, Permission.VIEW_AUDIT_LOG)
    audit.fold_pending(session.conn)
    return audit.list_entries(session.conn, limit=limit, newest_first=True)


def verify_audit(session: VaultSession) -> ChainReport:
    """Verify the whole chain, and against the head the server acknowledged at the last sync."""
    require(session, Permission.VIEW_AUDIT_LOG)
    audit.fold_pending(session.conn)
    return verify_chain(audit.list_entries(session.conn), audit.load_server_head(session.conn))


def retention_policy(session: VaultSession) -> retention.RetentionPolicy:
    return retention.load_policy(session.conn)


def change_retention_policy(
    session: VaultSession, changes: dict[str, int], *, now: datetime
) -> retention.RetentionPolicy:
    require(session, Permission.CHANGE_RETENTION_SETTINGS)
    with transaction(session.conn):
        policy = retention.save_policy(session.conn, changes, now=now, role=session.role)
        reseal(session)  # a protected setting: sealed with the coordinator key (core.vault_roles)
    return policy


def run_retention_now(session: VaultSession, *, now: datetime) -> retention.RetentionReport:
    """Retention is applied for every role automatically; a forced run is open to both too."""
    return retention.run_retention(session.conn, now=now, role=session.role)


def run_retention_if_due(session: VaultSession, *, now: datetime) -> retention.RetentionReport | None:
    """What the app calls at unlock and from its daily timer (any role)."""
    return retention.run_if_due(session.conn, now=now, role=session.role)


def after_unlock(
    session: VaultSession, failed: FailedUnlocks, *, now: datetime
) -> retention.RetentionReport | None:
    """What the app runs on the DB thread right after every unlock (any role).

    `failed` must be read before unlocking (`reports.audit_events.read_failed_unlocks`),
    because a successful unlock resets the counter. Records the unlock (with the failed
    attempts folded in) and applies retention if a day has passed since the last run.
    """
    record_unlock(session.conn, failed, role=session.role, slot_id=session.slot_id, now=now)
    record_key_file_changes(session.conn, session.layout, now=now, role=session.role)
    return retention.run_if_due(session.conn, now=now, role=session.role)


def slots(session: VaultSession) -> list[tuple[str, str]]:
    require(session, Permission.MANAGE_SLOTS)
    return [(slot_id, role) for slot_id, role in list_slots(session.layout)]


def add_role(
    session: VaultSession, passphrase: str, role: Role, *, now: datetime, kdf: KdfParams | None = None
) -> str:
    require(session, Permission.MANAGE_SLOTS)
    # The key-file comparison logs the new slot (and anything changed before it) exactly once.
    record_key_file_changes(session.conn, session.layout, now=now, role=session.role)
    slot_id = add_slot(session, passphrase, role, kdf=kdf)
    record_key_file_changes(session.conn, session.layout, now=now, role=session.role)
    return slot_id


def remove_role(
    session: VaultSession,
    slot_id: str,
    *,
    now: datetime,
    keep: dict[str, str] | None = None,
    drop_unescrowed: bool = False,
) -> list[str]:
    """Remove a slot and re-key the database so a kept copy of the old key file opens nothing.

    Runs on the DB thread (the re-key rewrites every page). A contested session (core.vault_roles)
    may remove the slots its key does not match; every other removal needs a coordinator.
    Returns the other slots removed with it (see `core.vault_keys.remove_slot`)."""
    if not _may_remove_as_contested(session, slot_id):
        require(session, Permission.MANAGE_SLOTS)
    record_key_file_changes(session.conn, session.layout, now=now, role=session.role)
    dropped = remove_slot(session, slot_id, keep=keep, drop_unescrowed=drop_unescrowed)
    record_key_file_changes(session.conn, session.layout, now=now, role=session.role)
    audit.append_event(
        session.conn,
        audit.AuditKind.KEY_ROTATION,
        at=now,
        role=session.role,
        detail={"reason": "slot_removed", "slot": slot_id, "also_removed": sorted(dropped)},
    )
    return dropped


def _may_remove_as_contested(session: VaultSession, slot_id: str) -> bool:
    from outreach_app.core.vault_roles import RoleCheck, RoleStatus

    check = session.role_check
    return (
        isinstance(check, RoleCheck)
        and check.status is RoleStatus.CONTESTED
        and slot_id in check.suspect_slots
    )


def approve_report(session: VaultSession, item_id: UUID, *, now: datetime) -> None:
    """Review: let an item that awaits review go to the queue (coordinators only; audited)."""
    _review(session, item_id, sharing_outbox.approve, "approved", now=now)


def reject_report(session: VaultSession, item_id: UUID, *, now: datetime) -> None:
    """Review: an item that awaits review will never be sent (coordinators only; audited)."""
    _review(session, item_id, sharing_outbox.reject, "rejected", now=now)


def _review(
    session: VaultSession,
    item_id: UUID,
    decide: Callable[..., object],
    decision: Literal["approved", "rejected"],
    *,
    now: datetime,
) -> None:
    require(session, Permission.APPROVE_REPORTS)
    with transaction(session.conn):
        decide(session.conn, item_id, now=now)
        audit.append_event(
            session.conn,
            audit.AuditKind.REVIEW,
            at=now,
            role=session.role,
            detail={"item": str(item_id), "decision": decision},
        )


def set_review_required(session: VaultSession, required: bool, *, now: datetime) -> None:
    """Switch coordinator review of reports on or off (coordinators only; audited)."""
    require(session, Permission.CHANGE_REVIEW_SETTINGS)
    with transaction(session.conn):
        set_setting(session.conn, REVIEW_REQUIRED_SETTING, bool(required))
        reseal(session)  # a protected setting: sealed with the coordinator key (core.vault_roles)
        audit.append_event(
            session.conn,
            audit.AuditKind.SETTINGS_CHANGED,
            at=now,
            role=session.role,
            detail={"setting": REVIEW_REQUIRED_SETTING, "value": bool(required)},
        )


def unlink_server(session: VaultSession) -> object | None:
    """Forget this device's server link, credential, regions and alerts (coordinators only).

    Revoking the credential on the server first is the caller's step (it needs the network);
    this is the local half, the same for the CLI and the app. Returns the link that was removed.
    """
    from outreach_app.sync.enrollment import unenroll

    require(session, Permission.MANAGE_SERVER_LINK)
    return unenroll(session.conn)
