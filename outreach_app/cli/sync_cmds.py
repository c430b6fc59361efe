"""`outreach enroll | sync | unenroll`, and the revocation hook of `outreach wipe`.

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
from outreach_app.cli.session import open_session, unlock_with_passphrase, vault_errors_as_exit_codes
from outreach_app.core.gc_tuning import settle_heap
from outreach_app.core.outside_files import OutsideEraser, OutsideReport, targets_from
from outreach_app.core.permissions import Permission, PermissionDeniedError, require
from outreach_app.core.vault import VaultSession, vault_exists
from outreach_app.domain.layout import VaultLayout, layout_for
from outreach_app.ops import coordinator
from outreach_app.reports.monthly_aggregates import aggregate_uploads
from outreach_app.sharing.withdrawal_progress import NOT_FOUND_RETRY_PERIOD
from outreach_app.storage.repos import sync_state
from outreach_app.sync.backoff import Backoff
from outreach_app.sync.client import HttpStatusError, SyncClient, SyncTransportError
from outreach_app.sync.credentials import ReenrolRequiredError
from outreach_app.sync.engine import EngineSettings, PassSummary, SyncEngine, revoke_self
from outreach_app.sync.enrollment import (
    NotEnrolledError,
    client_for_link,
    describe_enrolment_error,
)
from outreach_app.sync.enrollment_v2 import EnrolmentNotTrustedError, enroll_v2, pinned_fingerprint
from outreach_app.sync.quick_delete import (
    REVOKE_TIMEOUT,
    QuickDeleteHooks,
    offline_notice,
    prepare_quick_delete,
)
from outreach_app.sync.server_address import ServerAddressError

CLI_BACKOFF_BASE_S = 0.5
CLI_BACKOFF_CAP_S = 4.0
# A hung connection ends at the read timeout; the retry budget (counted from the last request
# that worked) must hold that plus the longest backoff, or a single hang ends the pass
# (budget_fits_a_hang; docs/sync.md, "Timeouts and the retry budget").
CLI_READ_TIMEOUT_S = 10.0
CLI_TIMEOUT = httpx.Timeout(connect=5.0, read=CLI_READ_TIMEOUT_S, write=CLI_READ_TIMEOUT_S, pool=5.0)
CLI_RETRY_BUDGET_S = CLI_READ_TIMEOUT_S + CLI_BACKOFF_CAP_S + 2.0


def register(sub: Any) -> None:
    enrol = sub.add_parser(
        "enroll", help="link this device to the charity's server (address and one-time code from the prompt)"
    )
    enrol.add_argument("--ca-bundle", type=Path, help="a PEM file of CA certificates the charity gave you")
    enrol.add_argument(
        "--label", default="Outreach device", help="a neutral name staff see for this device (no names)"
    )
    enrol.add_argument(
        "--root-fingerprint",
        metavar="FP",
        required=True,
        help="the charity's root key fingerprint printed on the enrolment code sheet (the server's "
        "keys are checked against it and pinned)",
    )
    enrol.set_defaults(handler=run_enroll)

    sync = sub.add_parser("sync", help="send queued reports and withdrawals, fetch alerts (one pass)")
    sync.add_argument("--batch-size", type=int, default=500, help=argparse.SUPPRESS)
    sync.set_defaults(handler=run_sync)

    unenrol = sub.add_parser("unenroll", help="unlink this device from the server (revokes it when online)")
    unenrol.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    unenrol.set_defaults(handler=run_unenroll)


def _check_label(label: str) -> None:
    """The server refuses a label that is not one printable line of 1-64 characters; say so
    before asking for anything (the label is not echoed: it is the caller's text)."""
    from pydantic import TypeAdapter, ValidationError

    from outreach_app.protocol.base import MAX_LABEL_LENGTH, Label

    try:
        TypeAdapter(Label).validate_python(label)
    except ValidationError:
        raise CliError(
            f"--label must be printable text on one line, 1-{MAX_LABEL_LENGTH} characters;"
            " nothing was changed",
            ExitCode.USAGE,
        ) from None


def run_enroll(args: argparse.Namespace, io: Io) -> int:
    _check_label(args.label)
    ca_bundle: Path | None = args.ca_bundle.expanduser().absolute() if args.ca_bundle else None
    if ca_bundle is not None and not ca_bundle.is_file():
        raise CliError(f"there is no CA bundle file at {ca_bundle}", ExitCode.USAGE)
    session = open_session(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        _require_coordinator(session)
        address = io.read_line("Server address (https://…): ").strip()
        code = io.read_secret("Enrolment code: ").strip()
        try:
            result = enroll_v2(
                session.conn,
                address,
                code,
                args.root_fingerprint,
                device_label=args.label,
                ca_bundle=ca_bundle,
                make_client=_client,
            )
        except EnrolmentNotTrustedError as exc:
            raise CliError(f"{exc}; nothing was changed", ExitCode.FAILURE) from None
        except ServerAddressError as exc:
            raise CliError(f"{describe_enrolment_error(exc)}; nothing was changed", ExitCode.USAGE) from None
        except SyncTransportError as exc:
            again = (
                ""
                if isinstance(exc, HttpStatusError) and exc.status == 403
                # The request id is kept: the same code gets the same device while it is valid.
                else "; the device is not linked yet: run `outreach enroll` again with the same code"
            )
            raise CliError(
                f"{describe_enrolment_error(exc)}; nothing was changed{again}", _enrol_exit_code(exc)
            ) from None
        fingerprint = pinned_fingerprint(session.conn)
    if args.json:
        io.json(
            {
                "device_id": result.device_id,
                "organisation": result.organisation,
                "regions": [{"id": rid, "name": name} for rid, name in result.regions],
                "areas_mapped": result.areas_mapped,
                "credential_store": result.credential_store,
                "root_fingerprint": fingerprint,
            }
        )
    else:
        io.out(f"Enrolled with {result.organisation or 'the server'} (device {result.device_id}).")
        if fingerprint:
            io.out(f"Charity root key pinned, fingerprint {fingerprint} (compare it with the code sheet).")
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
        aggregate_source=aggregate_uploads,
        backoff=Backoff(random.Random(), base_s=CLI_BACKOFF_BASE_S, cap_s=CLI_BACKOFF_CAP_S),  # noqa: S311
    )


def run_sync(args: argparse.Namespace, io: Io) -> int:
    if not 1 <= args.batch_size <= 1000:
        raise CliError("--batch-size must be 1..1000", ExitCode.USAGE)
    session = open_session(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        engine = make_engine(session, batch_size=args.batch_size)
        # Everything loaded so far lives until the command ends: out of the collector's
        # sight, a full collection mid-push walks only the pass's own objects.
        settle_heap()
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
        "withdrawals_withdrawn": summary.withdrawals_withdrawn,
        "withdrawals_not_found": summary.withdrawals_not_found,
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
    if summary.withdrawals_withdrawn:
        lines.append(f"Withdrawn on the server: {summary.withdrawals_withdrawn}")
    if summary.withdrawals_not_found:
        lines.append(
            f"Withdrawals not found on the server yet: {summary.withdrawals_not_found}"
            f" (kept, asked again for {NOT_FOUND_RETRY_PERIOD.days} days; see `outreach outbox`)"
        )
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

    When the vault was not unlocked (`--keep-device --keep-files`, no passphrase, a wrong
    one) the hooks still remove the device credential's keyring entry, found by the vault
    folder's name (`credentials.forget_device_credential`).

    Attributes:
        session: the unlocked vault (None: not unlocked).
        hooks: revocation (None: not wanted, or not unlocked).
        outside: the files written outside the vault, to destroy (None: `--keep-files`, or
            not unlocked: the list is inside the vault).
        not_unlocked_because: why the vault was not unlocked although revocation or the
            outside files wanted it (None: it was, or neither was wanted).
    """

    session: VaultSession | None = None
    hooks: QuickDeleteHooks | None = None
    data_dir: Path | None = None
    outside: OutsideEraser | None = None
    not_unlocked_because: str | None = None
    wants_revoke: bool = True
    wants_outside: bool = True

    def kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"outside": self.outside}
        if self.hooks is not None:
            kwargs.update(self.hooks.wipe_kwargs())
        else:
            kwargs["forget_credentials"] = QuickDeleteHooks(data_dir=self.data_dir).forget_credentials
        if self.session is not None:
            kwargs["session"] = self.session
        return kwargs

    def device_state(self) -> str:
        """For `--json`: revoked, not_revoked (tried, or could not try), not_enrolled or kept."""
        if not self.wants_revoke:
            return "kept"
        if self.hooks is None:
            return "not_revoked"
        if self.hooks.device_id is None:
            return "not_enrolled"
        return "revoked" if self.hooks.revoked else "not_revoked"

    def outside_state(self, report: OutsideReport | None) -> dict[str, Any]:
        """For `--json`: the outside files destroyed and those that could not be reached."""
        return {
            "destroyed": [str(p) for p in report.destroyed] if report else [],
            "unreachable": [{"path": str(p), "why": why} for p, why in report.unreachable] if report else [],
            "looked_for": self.outside is not None,
        }

    def report(self, io: Io, outside: OutsideReport | None = None, *, json_output: bool = False) -> None:
        """Say what happened to the device and the outside files; on stderr when stdout carries JSON."""
        say = io.err if json_output else io.out
        if self.not_unlocked_because is not None:
            if self.wants_revoke:
                io.err(
                    f"This device was not revoked on the charity's server ({self.not_unlocked_because}):"
                    " if it was enrolled, it is still active there; ask the charity to revoke it."
                )
            if self.wants_outside:
                io.err(
                    "Files saved outside the vault (exports, backups, PDFs) are listed inside it, so"
                    " without the passphrase they were not looked for: delete them yourself."
                )
        else:
            message = None if self.hooks is None else self.hooks.message()
            if message is not None and self.hooks is not None:
                (say if self.hooks.revoked else io.err)(message)
        if outside is not None:
            if outside.destroyed:
                say(f"Also destroyed {len(outside.destroyed)} file(s) saved outside the vault.")
            for path, why in outside.unreachable:
                io.err(f"Could not destroy {path}: {why}.")


REVOKE_PROMPT = "Passphrase, to revoke this device and find files saved outside the vault (empty: skip): "


def wipe_hooks(args: argparse.Namespace, io: Io) -> WipeHooks:
    """Unlock (passphrase from the prompt/stdin) to revoke the device (unless `--keep-device`)
    and to read the list of files written outside the vault (unless `--keep-files`).

    A quick delete never waits on the passphrase: an empty one, none on stdin, a wrong one
    or a lockout all skip both, and the wipe goes ahead (`report` says so plainly).
    """
    data_dir = layout_for(getattr(args, "data_dir", None)).data_dir
    wants_revoke = not getattr(args, "keep_device", False)
    wants_outside = not getattr(args, "keep_files", False)
    base = WipeHooks(data_dir=data_dir, wants_revoke=wants_revoke, wants_outside=wants_outside)
    if not (wants_revoke or wants_outside) or not vault_exists(VaultLayout(data_dir)):
        return base
    try:
        passphrase = io.read_secret(REVOKE_PROMPT)
    except CliError:  # nothing on stdin (a script): delete without unlocking
        passphrase = ""
    if not passphrase:
        base.not_unlocked_because = "no passphrase was given"
        return base
    try:
        session = unlock_with_passphrase(args, io, passphrase)[0]
    except CliError as exc:
        base.not_unlocked_because = f"could not unlock: {exc}"
        return base
    base.session = session
    if wants_outside:
        base.outside = OutsideEraser(targets_from(session.conn))
    if wants_revoke:
        base.hooks = prepare_quick_delete(session.conn)
        base.hooks.data_dir = session.layout.data_dir
    return base
