"""`outreach audit|stats|retention|role`: coordinator work from the command line.

The command acts as the role whose passphrase it was given (first line of
stdin, or the prompt); privileged subcommands check it with
`core.permissions.require` and end with exit code 3 (AUTH) for a worker.

- audit verify: check the hash chain (and against the head the server last saw);
  exit 1 when any entry was edited, removed or cut off.  audit list [--limit N].
- stats --format csv|pdf --out F [--from DATE] [--to DATE]: suppressed export.
- retention show | run | set [--contact-notes-months N] [--aliases-months N]
  [--incident-narratives-months N] [--outbox-payload-days N].
- role list | add --role worker|coordinator (new passphrase: 2nd and 3rd stdin lines) |
  remove SLOT_ID [--keep-old SLOT …] [--drop-old-slots]: re-keys the vault, so a kept
  copy of the old key file with the removed passphrase opens nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.core.permissions import PermissionDeniedError
from outreach_app.core.vault import RoleRefusedError, VaultSession, WeakPassphraseError
from outreach_app.core.vault_errors import SlotNotFoundError, SlotRefusedError
from outreach_app.domain.timeutil import utcnow
from outreach_app.ops import coordinator
from outreach_app.reports.retention import RetentionPolicyError
from outreach_app.reports.statistics import Period, PeriodError

T = TypeVar("T")

POLICY_FLAGS = {
    "contact_notes_months": "--contact-notes-months",
    "aliases_months": "--aliases-months",
    "incident_narratives_months": "--incident-narratives-months",
    "outbox_payload_days": "--outbox-payload-days",
}


def register(sub: Any) -> None:
    audit_p = sub.add_parser("audit", help="the local audit log (coordinators)")
    audit_sub = audit_p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="report edited, removed or truncated entries")
    verify.set_defaults(handler=run_audit_verify)
    listing = audit_sub.add_parser("list", help="show the newest entries (ids and counts only)")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=run_audit_list)

    stats = sub.add_parser("stats", help="export statistics for funders, under the disclosure rule")
    stats.add_argument(
        "--from", dest="start", type=_date, help="first day (YYYY-MM-DD; default: 12 months ago)"
    )
    stats.add_argument("--to", dest="end", type=_date, help="last day (YYYY-MM-DD; default: today)")
    stats.add_argument("--format", choices=["csv", "pdf"], required=True)
    stats.add_argument("--out", type=Path, required=True, help="a new file to write (mode 0600)")
    stats.set_defaults(handler=run_stats)

    ret = sub.add_parser("retention", help="how long record text is kept, and purging what expired")
    ret_sub = ret.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    ret_sub.add_parser("show", help="the current policy and last run").set_defaults(
        handler=run_retention_show
    )
    ret_sub.add_parser("run", help="apply the policy now").set_defaults(handler=run_retention_run)
    setter = ret_sub.add_parser("set", help="change the policy (coordinators)")
    for field, flag in POLICY_FLAGS.items():
        setter.add_argument(flag, dest=field, type=int)
    setter.set_defaults(handler=run_retention_set)

    role = sub.add_parser("role", help="passphrase slots and their roles (coordinators)")
    role_sub = role.add_subparsers(dest="role_command", metavar="ACTION", required=True)
    role_sub.add_parser("list", help="slot ids and roles").set_defaults(handler=run_role_list)
    adder = role_sub.add_parser("add", help="add a passphrase with a role (read from stdin/prompt)")
    adder.add_argument("--role", choices=["worker", "coordinator"], required=True)
    adder.set_defaults(handler=run_role_add)
    remover = role_sub.add_parser(
        "remove", help="remove a passphrase slot and re-key the vault so the slot is revoked"
    )
    remover.add_argument("slot_id")
    remover.add_argument(
        "--keep-old",
        action="append",
        default=[],
        metavar="SLOT",
        help="keep this slot from before the coordinator key (its passphrase is read next)",
    )
    remover.add_argument(
        "--drop-old-slots",
        action="store_true",
        help="also remove slots from before the coordinator key that are not kept with --keep-old",
    )
    remover.set_defaults(handler=run_role_remove)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD") from None


@contextmanager
def _session(args: argparse.Namespace, io: Io) -> Iterator[VaultSession]:
    """Unlock as the role of the passphrase given (open_session audits it), map refusals to exit codes."""
    from outreach_app.cli.session import open_session

    session: VaultSession = open_session(args, io)
    try:
        yield session
    except PermissionDeniedError as exc:
        raise CliError(str(exc), ExitCode.AUTH) from None
    except RoleRefusedError as exc:
        raise CliError(str(exc), ExitCode.AUTH) from None
    finally:
        session.close()


def run_audit_verify(args: argparse.Namespace, io: Io) -> int:
    with _session(args, io) as session:
        report = coordinator.verify_audit(session)
    if args.json:
        io.json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head": None if report.head is None else {"seq": report.head.seq, "hash": report.head.hash},
                "server_checked": report.server_checked,
                "problems": [
                    {"kind": p.kind.value, "seq": p.seq, "message": p.message} for p in report.problems
                ],
            }
        )
    else:
        for problem in report.problems:
            io.out(f"{problem.kind.value}: {problem.message}")
        state = "intact" if report.ok else f"{len(report.problems)} problem(s)"
        server = "checked against the server's last head" if report.server_checked else "no server head yet"
        io.out(f"audit log: {report.entries} entries, {state} ({server})")
    return int(ExitCode.OK if report.ok else ExitCode.FAILURE)


def run_audit_list(args: argparse.Namespace, io: Io) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1", ExitCode.USAGE)
    with _session(args, io) as session:
        entries = coordinator.audit_entries(session, limit=args.limit)
    if args.json:
        io.json(
            [{"seq": e.seq, "at": e.at, "kind": e.kind, "role": e.role, "detail": e.detail} for e in entries]
        )
    else:
        for e in entries:
            detail = " ".join(f"{k}={v}" for k, v in sorted(e.detail.items()))
            io.out(f"{e.seq:>6}  {e.at}  {e.kind:<18} {e.role or '-':<12} {detail}")
    return int(ExitCode.OK)


def run_stats(args: argparse.Namespace, io: Io) -> int:
    today = utcnow().date()
    end = args.end or today
    start = args.start or (end - timedelta(days=365))
    try:
        period = Period(start, end)
    except PeriodError as exc:
        raise CliError(str(exc), ExitCode.USAGE) from None
    out: Path = args.out
    if out.exists():
        raise CliError(f"{out} already exists; choose a new file", ExitCode.CONFLICT)
    if not out.parent.is_dir():
        raise CliError(f"no such folder: {out.parent}", ExitCode.USAGE)
    # The PDF spells stored keys the way the app's Statistics page does ("Non-payment").
    from outreach_app.services.stats_pdf import render_pdf  # Qt only when a PDF is wanted
    from outreach_app.ui.models.labels import stored_key_label

    with _session(args, io) as session:
        result = coordinator.export_statistics(
            session,
            period,
            args.format,
            out,
            now=utcnow(),
            render_pdf=lambda export, period: render_pdf(export, period, stored_key_label),
        ).value
    if args.json:
        io.json({"path": str(result.path), "tables": result.tables, "suppressed": result.suppressed})
    else:
        io.out(f"wrote {result.tables} tables to {result.path} ({result.suppressed} counts suppressed)")
    return int(ExitCode.OK)


def run_retention_show(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.reports.retention import last_run

    with _session(args, io) as session:
        policy = coordinator.retention_policy(session)
        previous = last_run(session.conn)
    body = {**policy.model_dump(), "last_run": previous.isoformat() if previous else None}
    if args.json:
        io.json(body)
    else:
        for key, value in body.items():
            io.out(f"{key}: {value if value is not None else 'never'}")
    return int(ExitCode.OK)


def run_retention_run(args: argparse.Namespace, io: Io) -> int:
    with _session(args, io) as session:
        report = coordinator.run_retention_now(session, now=utcnow())
    if args.json:
        io.json(report.as_dict())
    else:
        io.out(f"{report.summary()}; {report.pages_released} pages released")
    return int(ExitCode.OK)


def run_retention_set(args: argparse.Namespace, io: Io) -> int:
    changes = {field: getattr(args, field) for field in POLICY_FLAGS if getattr(args, field) is not None}
    if not changes:
        raise CliError("give at least one of " + ", ".join(POLICY_FLAGS.values()), ExitCode.USAGE)
    with _session(args, io) as session:
        try:
            policy = coordinator.change_retention_policy(session, changes, now=utcnow())
        except RetentionPolicyError as exc:
            raise CliError(f"invalid policy: {exc}", ExitCode.USAGE) from None
    if args.json:
        io.json(policy.model_dump())
    else:
        io.out("retention policy: " + ", ".join(f"{k}={v}" for k, v in policy.model_dump().items()))
    return int(ExitCode.OK)


def run_role_list(args: argparse.Namespace, io: Io) -> int:
    with _session(args, io) as session:
        slots = coordinator.slots(session)
        own = session.slot_id
    if args.json:
        io.json([{"slot": s, "role": r, "current": s == own} for s, r in slots])
    else:
        for slot_id, role in slots:
            io.out(f"{slot_id}  {role}{'  (this session)' if slot_id == own else ''}")
    return int(ExitCode.OK)


def run_role_add(args: argparse.Namespace, io: Io) -> int:
    with _session(args, io) as session:
        # Read the new passphrase only after the coordinator check, so a worker is told at once.
        coordinator.slots(session)
        new = io.read_secret("New passphrase for the role: ")
        again = io.read_secret("Repeat the new passphrase: ")
        if new != again:
            raise CliError("the two passphrases differ; nothing was changed", ExitCode.USAGE)
        slot_id = _mapped(lambda: coordinator.add_role(session, new, args.role, now=utcnow()))
    if args.json:
        io.json({"slot": slot_id, "role": args.role})
    else:
        io.out(f"added slot {slot_id} ({args.role})")
        # Every slot wraps the one data key (crypto.keyfile).
        io.err(
            "Every passphrase of this vault opens the same records:"
            " the weakest one sets the team's protection."
        )
    return int(ExitCode.OK)


def run_role_remove(args: argparse.Namespace, io: Io) -> int:
    with _session(args, io) as session:
        keep = {slot: io.read_secret(f"Passphrase of slot {slot} (to keep it): ") for slot in args.keep_old}
        dropped = _mapped(
            lambda: coordinator.remove_role(
                session, args.slot_id, now=utcnow(), keep=keep, drop_unescrowed=args.drop_old_slots
            )
        )
    if args.json:
        io.json({"removed": args.slot_id, "also_removed": dropped, "rekeyed": True})
    else:
        io.out(f"removed slot {args.slot_id}; the vault was re-keyed, so its passphrase opens no copy of it")
        if dropped:
            io.out(f"also removed (from before the coordinator key): {', '.join(dropped)}")
    return int(ExitCode.OK)


def _mapped(action: Callable[[], T]) -> T:
    try:
        return action()
    except WeakPassphraseError as exc:
        raise CliError(str(exc), ExitCode.USAGE) from None
    except SlotRefusedError as exc:
        raise CliError(str(exc), ExitCode.CONFLICT) from None
    except SlotNotFoundError as exc:
        raise CliError(str(exc), ExitCode.NOT_FOUND) from None
