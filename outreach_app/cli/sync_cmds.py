"""`outreach enroll | sync | unenroll`, and the revocation hook of `outreach wipe --revoke`.

The server address and the enrolment code are read from a prompt or stdin (after the
passphrase), never from argv: both would land in shell history, and the address says
who the user works with. `sync` runs one pass with a short bounded retry (seconds, not
the scheduler's minutes) and prints what happened.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.cli.session import open_session, vault_errors_as_exit_codes
from outreach_app.core.permissions import Permission, PermissionDeniedError, require
from outreach_app.core.vault import VaultSession
from outreach_app.domain.layout import layout_for
from outreach_app.reports.monthly_counts import stats_uploads
from outreach_app.services import coordinator
from outreach_app.storage.repos import sync_state
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import HttpStatusError, SyncClient, SyncTransportError
from outreach_app.sync.credentials import ReenrolRequiredError
from outreach_app.sync.engine import EngineSettings, PassSummary, SyncEngine, revoke_self
from outreach_app.sync.enrollment import (
    NotEnrolledError,
    client_for_link,
    describe_enrolment_error,
    enroll,
)
from outreach_app.sync.quick_delete import (
    REVOKE_TIMEOUT,
    QuickDeleteHooks,
    offline_notice,
    prepare_quick_delete,
)
from outreach_app.sync.server_address import ServerAddressError

CLI_RETRY_BUDGET_S = 12.0
CLI_BACKOFF_BASE_S = 0.5
CLI_BACKOFF_CAP_S = 4.0
CLI_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=20.0, pool=5.0)


def register(sub: Any) -> None:
    enrol = sub.add_parser(
        "enroll", help="link this device to the charity's server (address and one-time code from the prompt)"
    )
    enrol.add_argument("--ca-bundle", type=Path, help="a PEM file of CA certificates the charity gave you")
    enrol.add_argument(
        "--label", default="Outreach device", help="a neutral name staff see for this device (no names)"
    )
    enrol.set_defaults(handler=run_enroll)

    sync = sub.add_parser("sync", help="send queued reports and withdrawals, fetch alerts (one pass)")
    sync.add_argument("--batch-size", type=int, default=500, help=argparse.SUPPRESS)
    sync.set_defaults(handler=run_sync)

    unenrol = sub.add_parser("unenroll", help="unlink this device from the server (revokes it when online)")
    unenrol.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    unenrol.set_defaults(handler=run_unenroll)


def run_enroll(args: argparse.Namespace, io: Io) -> int:
    ca_bundle: Path | None = args.ca_bundle.expanduser().absolute() if args.ca_bundle else None
    if ca_bundle is not None and not ca_bundle.is_file():
        raise CliError(f"there is no CA bundle file at {ca_bundle}", ExitCode.USAGE)
    session = open_session(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        _require_coordinator(session)
        address = io.read_line("Server address (https://…): ").strip()
        code = io.read_secret("Enrolment code: ").strip()
        try:
            result = enroll(
                session.conn, address, code, device_label=args.label, ca_bundle=ca_bundle, make_client=_client
            )
        except (ServerAddressError, SyncTransportError) as exc:
            raise CliError(
                f"{describe_enrolment_error(exc)}; nothing was changed", _enrol_exit_code(exc)
            ) from None
    if args.json:
        io.json(
            {
                "device_id": result.device_id,
                "organisation": result.organisation,
                "regions": [{"id": rid, "name": name} for rid, name in result.regions],
                "areas_mapped": result.areas_mapped,
                "credential_store": result.credential_store,
            }
        )
    else:
        io.out(f"Enrolled with {result.organisation or 'the server'} (device {result.device_id}).")
        io.out(f"Regions: {', '.join(name for _, name in result.regions) or 'none'}.")
        if result.areas_mapped:
            io.out(f"{result.areas_mapped} area(s) were matched to a region of the same name.")
        io.out(result.notice)
    return ExitCode.OK


def _require_coordinator(session: VaultSession) -> None:
    """Linking or unlinking the device is a coordinator's decision (exit 3 for a worker)."""
    try:
        require(session, Permission.MANAGE_SERVER_LINK)
    except PermissionDeniedError as exc:
        raise CliError(f"{exc}; nothing was changed", ExitCode.AUTH) from None


def _enrol_exit_code(exc: BaseException) -> ExitCode:
    if isinstance(exc, ServerAddressError):
        return ExitCode.USAGE
    if isinstance(exc, HttpStatusError):
        return ExitCode.AUTH if exc.status == 403 else ExitCode.FAILURE
    return ExitCode.UNAVAILABLE


def _client(url: str, credential: str | None, **options: Any) -> SyncClient:
    options.setdefault("timeout", CLI_TIMEOUT)
    return SyncClient(url, credential, **options)


def make_engine(
    session: VaultSession,
    *,
    batch_size: int = 500,
    retry_budget_s: float | None = None,
    make_client: Callable[..., SyncClient] = _client,
) -> SyncEngine:
    """The CLI's engine: DB steps run in place on the session's writer connection."""
    budget = CLI_RETRY_BUDGET_S if retry_budget_s is None else retry_budget_s
    conn = session.conn
    try:
        client = client_for_link(conn, make_client=make_client)
    except NotEnrolledError as exc:
        raise CliError(str(exc), ExitCode.NOT_FOUND) from None
    except ReenrolRequiredError as exc:
        raise CliError(f"{exc} (`outreach enroll`)", ExitCode.AUTH) from None
    return SyncEngine(
        lambda fn: fn(conn),
        client,
        settings=EngineSettings(batch_size=batch_size, retry_budget_s=budget),
        stats_source=stats_uploads,
        backoff=Backoff(random.Random(), base_s=CLI_BACKOFF_BASE_S, cap_s=CLI_BACKOFF_CAP_S),  # noqa: S311
    )


def run_sync(args: argparse.Namespace, io: Io) -> int:
    if not 1 <= args.batch_size <= 1000:
        raise CliError("--batch-size must be 1..1000", ExitCode.USAGE)
    session = open_session(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        engine = make_engine(session, batch_size=args.batch_size)
        with engine.client:
            summary = engine.run_pass()
    if args.json:
        io.json(summary_json(summary))
    else:
        for line in summary_lines(summary):
            io.out(line)
    return int(exit_code(summary))


def exit_code(summary: PassSummary) -> ExitCode:
    if summary.reenrol is not None:
        return ExitCode.AUTH
    if not summary.reachable:
        return ExitCode.UNAVAILABLE
    return ExitCode.OK if summary.ok else ExitCode.FAILURE


def summary_json(summary: PassSummary) -> dict[str, Any]:
    return {
        "ok": summary.ok,
        "reachable": summary.reachable,
        "requeued_after_crash": summary.requeued_after_crash,
        "sent": summary.sent,
        "duplicates": summary.duplicates,
        "withdrawn_on_arrival": summary.withdrawn_on_arrival,
        "parked": [{"report_id": rid, "reason": reason} for rid, reason in summary.parked],
        "parked_total": summary.parked_total,
        "waiting": summary.waiting,
        "withdrawals_done": summary.withdrawals_done,
        "withdrawals_refused": [
            {"withdrawal_id": wid, "reason": r} for wid, r in summary.withdrawals_refused
        ],
        "stats_months": summary.stats_months,
        "audit_status": summary.audit_status,
        "alerts_received": summary.alerts_stored,
        "alerts_removed": summary.alerts_removed,
        "areas_mapped": summary.areas_mapped,
        "reenrol": summary.reenrol,
        "error": summary.error,
        "next_retry_s": summary.next_retry_s,
        "problems": summary.problems,
    }


def summary_lines(summary: PassSummary) -> list[str]:
    lines = [
        f"Sent: {summary.sent} new, {summary.duplicates} already on the server"
        + (
            f", {summary.withdrawn_on_arrival} withdrawn before they arrived"
            if summary.withdrawn_on_arrival
            else ""
        ),
    ]
    if summary.requeued_after_crash:
        lines.append(f"Resent after an interrupted sync: {summary.requeued_after_crash}")
    if summary.withdrawals_done:
        lines.append(f"Withdrawals confirmed: {summary.withdrawals_done}")
    for wid, reason in summary.withdrawals_refused:
        lines.append(f"Withdrawal {wid} not accepted (will be tried again): {reason}")
    lines.append(f"Parked: {len(summary.parked)} in this sync, {summary.parked_total} in all")
    lines += [f"  {rid}: {reason}" for rid, reason in summary.parked]
    lines.append(f"Alerts received: {summary.alerts_stored} (removed: {summary.alerts_removed})")
    if summary.areas_mapped:
        lines.append(f"Areas given the new region of the same name: {summary.areas_mapped}")
    if summary.stats_months:
        lines.append(f"Statistics sent for {summary.stats_months} month(s)")
    lines.append(f"Still waiting: {summary.waiting}")
    lines += [f"Note: {problem}" for problem in summary.problems]
    if summary.reenrol is not None:
        lines.append(f"Stopped: {summary.reenrol} (`outreach enroll`). Nothing was parked.")
    elif summary.error is not None:
        lines.append(f"Stopped: {summary.error}. Nothing was lost; everything unsent stays queued.")
        if summary.next_retry_s is not None:
            lines.append(f"Next retry: in {summary.next_retry_s:.0f} s (or run `outreach sync` again)")
    return lines


def run_unenroll(args: argparse.Namespace, io: Io) -> int:
    session = open_session(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        _require_coordinator(session)
        link = sync_state.get_link(session.conn)
        if link is None:
            raise CliError("this device is not linked to a server", ExitCode.NOT_FOUND)
        if not io.confirm("Unlink this device from the server? Queued reports stay queued.", args.yes):
            raise CliError(
                "not confirmed (pass --yes when not on a terminal); nothing changed", ExitCode.USAGE
            )
        revoked = _try_revoke(session)
        coordinator.unlink_server(session)
    if args.json:
        io.json({"device_id": link.device_id, "revoked_on_server": revoked})
    else:
        io.out(f"This device ({link.device_id}) is no longer linked to the server.")
        if not revoked:
            io.out(offline_notice(link.device_id))
    return ExitCode.OK


def _try_revoke(session: VaultSession) -> bool:
    try:
        client = client_for_link(session.conn, make_client=_client, timeout=REVOKE_TIMEOUT)
    except (NotEnrolledError, ReenrolRequiredError):
        return False
    with client:
        return revoke_self(client)


# ----- quick delete ---------------------------------------------------------------------------


@dataclass
class WipeHooks:
    """What `outreach wipe` passes to `core.vault.wipe_vault`, and the message after.

    Without `--revoke` (no unlock) the hooks still remove the device credential's keyring
    entry, found by the vault folder's name (`credentials.forget_device_credential`).
    """

    session: VaultSession | None = None
    hooks: QuickDeleteHooks | None = None
    data_dir: Path | None = None

    def kwargs(self) -> dict[str, Any]:
        if self.session is None or self.hooks is None:
            hooks = QuickDeleteHooks(data_dir=self.data_dir)
            return {"forget_credentials": hooks.forget_credentials}
        return {**self.hooks.wipe_kwargs(), "session": self.session}

    def report(self, io: Io) -> None:
        message = None if self.hooks is None else self.hooks.message()
        if message is None:
            return
        if self.hooks is not None and self.hooks.revoked:
            io.out(message)
        else:
            io.err(message)


def wipe_hooks(args: argparse.Namespace, io: Io) -> WipeHooks:
    """With `--revoke`: unlock (passphrase from the prompt/stdin) to revoke the device first.

    A wrong passphrase never stops a quick delete: the wipe goes ahead without revoking.
    """
    data_dir = layout_for(getattr(args, "data_dir", None)).data_dir
    if not getattr(args, "revoke", False):
        return WipeHooks(data_dir=data_dir)
    try:
        session = open_session(args, io)
    except CliError as exc:
        io.err(f"outreach: could not unlock to revoke this device ({exc}); deleting anyway")
        return WipeHooks(data_dir=data_dir)
    hooks = prepare_quick_delete(session.conn)
    hooks.data_dir = session.layout.data_dir
    return WipeHooks(session=session, hooks=hooks, data_dir=data_dir)
