"""`outreach desk disclose | disclosures | notices | notified | stats`: the desk's work products.

    outreach desk disclose --desk DIR EXPORT.json --force NAME --by NAME --agency NAME
        --grade "2B P" [--grade-for ENVELOPE_ID="1A C"] [--conditions TEXT]
        --format csv|pdf --out FILE [--yes]
    outreach desk disclosures [--report ENVELOPE_ID]
    outreach desk notices [--open]
    outreach desk notified NOTICE_ID --by NAME
    outreach desk stats (ROWS.json | --from-server) --from YYYY-MM --to YYYY-MM
        --format csv|pdf --out FILE [--region-names NAMES.json]

`disclose` opens the police envelopes of a sealed server export with the desk's key (the
key passphrase is read after the vault's: stdin lines 1 and 2), shows what will be written,
and writes it only when confirmed (`--yes` in scripts). Until deskcore's queue holds the
decrypted reports on every desk, the export file is the input; the ops take plain contents.

`add_desk_work_commands(desk_subparsers)` adds these to the `desk` group; `register` makes
that group itself only where no other module does (see COMMAND_MODULES).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.core.vault import VaultSession
from outreach_app.domain.timeutil import utcnow

T = TypeVar("T")
POLICE_PURPOSES = frozenset({"police_intelligence", "police_referral"})


def add_desk_work_commands(sub: Any) -> None:
    """The deskwork commands, added to the `desk` group's subparsers."""
    disclose = sub.add_parser("disclose", help="export police reports for a force (CSV or PDF) and log it")
    disclose.add_argument("--desk", required=True, metavar="DIR", help="the police desk's key folder")
    disclose.add_argument("export", metavar="EXPORT.json", help="sealed envelopes exported by the server")
    disclose.add_argument("--force", required=True, help="the receiving police force")
    disclose.add_argument("--by", required=True, help="the staff member disclosing (kept in the log)")
    disclose.add_argument("--agency", required=True, help="the charity's name as the police know it")
    disclose.add_argument("--grade", required=True, help='3x5x2 for every report, e.g. "2B P"')
    disclose.add_argument(
        "--grade-for", action="append", default=[], metavar="ENVELOPE_ID=GRADE", help="a report's own grade"
    )
    disclose.add_argument("--conditions", help="handling conditions (required with handling code C)")
    disclose.add_argument("--format", choices=["csv", "pdf"], required=True)
    disclose.add_argument("--out", type=Path, required=True, help="a new file to write (mode 0600)")
    disclose.add_argument("--yes", action="store_true", help="confirm without asking (scripts)")
    disclose.set_defaults(handler=run_disclose)

    listing = sub.add_parser(
        "disclosures", help="the disclosure log: what went to which force, when, by whom"
    )
    listing.add_argument("--report", metavar="ENVELOPE_ID", help="only disclosures that held this report")
    listing.set_defaults(handler=run_disclosures)

    notices = sub.add_parser(
        "notices", help='"notify <force>" tasks raised by withdrawals of disclosed reports'
    )
    notices.add_argument("--open", action="store_true", help="only those not yet done")
    notices.set_defaults(handler=run_notices)

    notified = sub.add_parser("notified", help="record that the desk told the force about a withdrawal")
    notified.add_argument("notice_id")
    notified.add_argument("--by", required=True, help="the staff member who told the force")
    notified.set_defaults(handler=run_notified)

    stats = sub.add_parser("stats", help="the funder report across organisations, under the disclosure rule")
    stats.add_argument(
        "rows", metavar="ROWS.json", nargs="?", help="the server's monthly aggregates (a JSON list)"
    )
    stats.add_argument(
        "--from-server",
        action="store_true",
        help="fetch the figures from the server this desk is enrolled with (instead of ROWS.json)",
    )
    stats.add_argument("--from", dest="first", required=True, metavar="YYYY-MM")
    stats.add_argument("--to", dest="last", required=True, metavar="YYYY-MM")
    stats.add_argument("--format", choices=["csv", "pdf"], required=True)
    stats.add_argument("--out", type=Path, required=True, help="a new file to write (mode 0600)")
    stats.add_argument("--region-names", type=Path, metavar="NAMES.json", help='{"region_id": "Name"}')
    stats.set_defaults(handler=run_stats)


@contextmanager
def _session(args: argparse.Namespace, io: Io) -> Iterator[VaultSession]:
    from outreach_app.cli.session import open_session

    session = open_session(args, io)
    try:
        yield session
    finally:
        session.close()


def _new_file(out: Path) -> Path:
    if out.exists():
        raise CliError(f"{out} already exists; choose a new file", ExitCode.CONFLICT)
    if not out.parent.is_dir():
        raise CliError(f"no such folder: {out.parent}", ExitCode.USAGE)
    return out


def _guarded(action: Callable[[], T]) -> T:
    from outreach_app.charity.desk_stats import DeskStatsError
    from outreach_app.charity.disclosures import DisclosureLogError
    from outreach_app.charity.police_grading import GradeError

    try:
        return action()
    except (GradeError, DeskStatsError) as exc:
        raise CliError(str(exc), ExitCode.USAGE) from None
    except DisclosureLogError as exc:
        raise CliError(str(exc), ExitCode.FAILURE) from None


def _grades(args: argparse.Namespace) -> tuple[Any, dict[str, Any]]:
    from outreach_app.charity.police_grading import parse_evaluation

    default = _guarded(lambda: parse_evaluation(args.grade, args.conditions))
    own: dict[str, Any] = {}
    for item in args.grade_for:
        envelope_id, sep, grade = item.partition("=")
        if not sep:
            raise CliError(f"--grade-for takes ENVELOPE_ID=GRADE, not {item!r}", ExitCode.USAGE)
        own[envelope_id.strip()] = _guarded(lambda: parse_evaluation(grade, args.conditions))  # noqa: B023 - called at once
    return default, own


def _police_contents(args: argparse.Namespace, io: Io) -> list[Any]:
    from outreach_app.charity import key_files, tools
    from outreach_app.protocol.envelopes import Envelope

    try:
        document = json.loads(Path(args.export).read_bytes())
        items = document["envelopes"] if isinstance(document, dict) else document
        envelopes = [Envelope.model_validate(item) for item in items]
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        raise CliError(f"{args.export} is not an envelope export", ExitCode.USAGE) from None
    police = [e for e in envelopes if str(e.header.purpose) in POLICE_PURPOSES]
    if not police:
        raise CliError(f"{args.export} holds no police envelopes", ExitCode.USAGE)
    passphrase = io.read_secret("Passphrase of the desk keys: ")
    try:
        private = key_files.read_enc_private_b64(Path(args.desk), passphrase)
        return [tools.open_envelope(e, private).content for e in police]
    except (key_files.KeyFileError, tools.CharityToolError) as exc:
        raise CliError(str(exc), ExitCode.FAILURE) from None


def run_disclose(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.ops import desk_police

    out = _new_file(args.out)
    default, own = _grades(args)
    with _session(args, io) as session:
        contents = _police_contents(args, io)
        unknown = set(own) - {str(c.envelope_id) for c in contents}
        if unknown:
            raise CliError(
                f"--grade-for names a report not in the export: {sorted(unknown)[0]}", ExitCode.USAGE
            )
        graded = [desk_police.GradedReport(c, own.get(str(c.envelope_id), default)) for c in contents]
        now = utcnow()
        shaped = _guarded(
            lambda: desk_police.preview(graded, agency=args.agency, force=args.force, by=args.by, now=now)
        )
        io.err(f"{len(shaped)} report(s) for {shaped[0].fields['receiving_force']}:")
        for report in shaped:
            io.err(f"  {report.reference}  {report.fields['report_type']}  {report.fields['evaluation']}")
        question = f"Write them in plain text to {out} and log the disclosure?"
        if not io.confirm(question, args.yes):
            raise CliError(
                "not confirmed; nothing was written or logged (use --yes in scripts)", ExitCode.USAGE
            )
        render = None
        if args.format == "pdf":
            from outreach_app.services.police_pdf import render_police_pdf  # Qt only for a PDF

            render = render_police_pdf
        result = _guarded(
            lambda: (
                desk_police.export_police(
                    session,
                    graded,
                    fmt=args.format,
                    dest=out,
                    agency=args.agency,
                    force=args.force,
                    by=args.by,
                    now=now,
                    confirmed=True,
                    render_pdf=render,
                ).value
            )
        )
    logged = result.disclosure
    if args.json:
        io.json(
            {"path": str(result.path), "disclosure_id": logged.disclosure_id, "reports": len(logged.reports)}
        )
    else:
        io.out(
            f"wrote {len(logged.reports)} report(s) to {result.path};"
            f" disclosure {logged.disclosure_id} logged"
        )
    return int(ExitCode.OK)


def run_disclosures(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.ops import desk_police

    with _session(args, io) as session:
        found = desk_police.disclosures(session, envelope_id=args.report)
    if args.json:
        io.json(
            [
                {
                    "disclosure_id": d.disclosure_id,
                    "force": d.force,
                    "disclosed_at": d.disclosed_at.isoformat(),
                    "disclosed_by": d.disclosed_by,
                    "format": d.format,
                    "reports": [
                        {"envelope_id": r.envelope_id, "purpose": r.purpose, "evaluation": r.evaluation}
                        for r in d.reports
                    ],
                }
                for d in found
            ]
        )
    else:
        for d in found:
            io.out(
                f"{d.disclosed_at.isoformat()}\t{d.force}\t{d.disclosed_by}\t{d.format}"
                f"\t{len(d.reports)} report(s)"
            )
    return int(ExitCode.OK)


def _notice_json(n: Any) -> dict[str, Any]:
    return {
        "notice_id": n.notice_id,
        "disclosure_id": n.disclosure_id,
        "envelope_id": n.envelope_id,
        "force": n.force,
        "reason": n.reason,
        "raised_at": n.raised_at.isoformat(),
        "notified_at": n.notified_at.isoformat() if n.notified_at else None,
        "notified_by": n.notified_by,
    }


def run_notices(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.ops import desk_police

    with _session(args, io) as session:
        found = desk_police.notices(session, open_only=args.open)
    if args.json:
        io.json([_notice_json(n) for n in found])
    else:
        for n in found:
            done = f"notified {n.notified_at.isoformat()} by {n.notified_by}" if n.notified_at else "TO DO"
            io.out(f"{n.notice_id}\tnotify {n.force}: report {n.envelope_id} was {n.reason}\t{done}")
    return int(ExitCode.OK)


def run_notified(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.ops import desk_police

    with _session(args, io) as session:
        notice = _guarded(
            lambda: desk_police.mark_notified(session, args.notice_id, by=args.by, now=utcnow())
        )
    if args.json:
        io.json(_notice_json(notice))
    else:
        io.out(f"kept: {notice.force} told of the withdrawal by {notice.notified_by}")
    return int(ExitCode.OK)


def _json_file(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        raise CliError(f"{path} is not {what}", ExitCode.USAGE) from None


def _fetched(session: VaultSession, first: str, last: str, names: dict[str, str]) -> Any:
    """The period's figures from the server (`GET /v2/staff/stats`); its refusals exit 1."""
    from outreach_app.ops import desk, desk_stats

    try:
        return desk_stats.fetch_statistics(session, first, last, region_names=names)
    except desk.DeskError as exc:
        raise CliError(str(exc), ExitCode.FAILURE) from None


def run_stats(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.charity.desk_stats import months_between
    from outreach_app.ops import desk_stats

    if (args.rows is None) == (not args.from_server):
        raise CliError(
            "give the server's figures as ROWS.json or --from-server (one of them)", ExitCode.USAGE
        )
    out = _new_file(args.out)
    names = _json_file(args.region_names, "a JSON object of region names") if args.region_names else {}
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise CliError("--region-names is not a JSON object of region names", ExitCode.USAGE)
    stats = None  # from the server: fetched once the desk's vault is open
    if args.rows is not None:
        rows = _json_file(Path(args.rows), "a JSON list of aggregate rows")
        if not isinstance(rows, list):
            raise CliError(f"{args.rows} is not a JSON list of aggregate rows", ExitCode.USAGE)
        stats = _guarded(lambda: desk_stats.desk_statistics(rows, args.first, args.last, names))
    else:
        _guarded(lambda: months_between(args.first, args.last))  # a bad period asks for no passphrase
    render = None
    if args.format == "pdf":
        from outreach_app.services.stats_pdf import render_pdf  # Qt only for a PDF

        def render(export: Any, period: Any, title: str) -> bytes:
            return render_pdf(export, period, title=title)

    with _session(args, io) as session:
        if stats is None:
            stats = _guarded(lambda: _fetched(session, args.first, args.last, names))
        result = desk_stats.export_funder_report(
            session, stats, fmt=args.format, dest=out, now=utcnow(), render_pdf=render
        ).value
    if args.json:
        io.json({"path": str(result.path), "tables": result.tables, "suppressed": result.suppressed})
    else:
        io.out(f"wrote {result.tables} tables to {result.path} ({result.suppressed} counts suppressed)")
    return int(ExitCode.OK)
