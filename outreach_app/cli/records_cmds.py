"""`outreach import`, `outreach export`, `outreach forget`: records in and out of the vault.

- import FILE.jsonl [--on-conflict skip|fail]: every line is validated before the vault is
  even unlocked; any problem (printed as line number and field, never a value) means
  nothing is imported.
- export --what contacts|incidents --format jsonl|csv [--out FILE] [--yes]: the records are
  identifiable, so only a coordinator may export them, and only after confirmation (`--yes`
  for scripts); the audit log records what, how many of each kind and the file's name.
  JSONL exports import back unchanged; CSV is for spreadsheets.
- forget PERSON_ID [--yes]: erasure on request (the person and every record naming them).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any
from uuid import UUID

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.ops.sharing import AFTER_FORGET_TRUTH, forget_person
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.transfer import (
    MAX_LINE_BYTES,
    ImportItem,
    ImportRejectedError,
    apply_import,
    parse_lines,
    plan_import,
)


def register(sub: Any) -> None:
    importer = sub.add_parser("import", help="import records from a JSON Lines file (all or nothing)")
    importer.add_argument("file", type=Path, help="the .jsonl file")
    importer.add_argument(
        "--on-conflict",
        choices=["skip", "fail"],
        default="fail",
        help="what to do when a record's id is already stored (default: fail, importing nothing)",
    )
    importer.set_defaults(handler=run_import)

    exporter = sub.add_parser("export", help="export contacts or incidents (identifiable: asks first)")
    exporter.add_argument("--what", choices=["contacts", "incidents"], required=True)
    exporter.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    exporter.add_argument("--out", type=Path, help="write to this new file (mode 0600) instead of stdout")
    exporter.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    exporter.set_defaults(handler=run_export)

    forget = sub.add_parser("forget", help="erase a person and every record that names them")
    forget.add_argument("person_id", help="the person's id (UUID)")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    forget.set_defaults(handler=run_forget)


def _open_session(args: argparse.Namespace, io: Io) -> Any:
    from outreach_app.cli.session import open_session

    return open_session(args, io)


def _read_lines(path: Path) -> list[bytes]:
    """The file's lines; a line over the limit is kept only as its first MAX+1 bytes (enough to
    be reported as oversized) so a runaway line cannot fill memory."""
    lines: list[bytes] = []
    try:
        with path.open("rb") as handle:
            while line := handle.readline(MAX_LINE_BYTES + 1):
                if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                    while (rest := handle.readline(65_536)) and not rest.endswith(b"\n"):
                        pass
                    lines.append(line)
                else:
                    lines.append(line.rstrip(b"\r\n"))
    except FileNotFoundError:
        raise CliError(f"no such file: {path}", ExitCode.USAGE) from None
    except IsADirectoryError:
        raise CliError(f"not a file: {path}", ExitCode.USAGE) from None
    return lines


def _reject(io: Io, exc: ImportRejectedError) -> int:
    for problem in exc.problems:
        io.err(f"outreach import: {problem}")
    only_conflicts = all("already stored" in problem.message for problem in exc.problems)
    io.err("outreach import: nothing was imported")
    return int(ExitCode.CONFLICT if only_conflicts else ExitCode.USAGE)


def run_import(args: argparse.Namespace, io: Io) -> int:
    try:
        items: list[ImportItem] = parse_lines(_read_lines(args.file))
    except ImportRejectedError as exc:
        return _reject(io, exc)
    with _open_session(args, io) as session:
        try:
            plan = plan_import(session.conn, items, args.on_conflict)
        except ImportRejectedError as exc:
            return _reject(io, exc)
        counts = apply_import(session.conn, plan)
    if args.json:
        io.json({"imported": counts, "skipped": len(plan.skipped)})
    else:
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items() if count) or "nothing new"
        io.out(f"imported: {summary}; skipped (already stored): {len(plan.skipped)}")
    return int(ExitCode.OK)


def run_export(args: argparse.Namespace, io: Io) -> int:
    if args.out is not None and args.out.exists():
        raise CliError(f"{args.out} already exists; choose a new file", ExitCode.CONFLICT)
    question = f"The export holds identifiable {args.what} (notes, aliases, places) in plain text. Write it?"
    if not io.confirm(question, args.yes):
        raise CliError("export not confirmed; nothing was written (use --yes in scripts)", ExitCode.USAGE)
    with _open_session(args, io) as session:
        export = _prepare_export(session, args)
        text, count, kind_counts = export.text, export.lines, export.kinds
        if args.out is not None:  # for quick delete to destroy it too (issue 16)
            session.write_or_defer("this export's path", lambda conn: _record_outside(conn, args.out))
        _write_audited(session, args, io, text, count, kind_counts)
    if args.out is None:
        return int(ExitCode.OK)
    if args.json:
        io.json({"written": str(args.out), "lines": count})
    else:
        io.out(f"wrote {count} line(s) to {args.out} (plain text: delete it when done)")
    return int(ExitCode.OK)


def _prepare_export(session: Any, args: argparse.Namespace) -> Any:
    """The records to export (`ops.coordinator.prepare_record_export`: coordinators only)."""
    from outreach_app.core.permissions import PermissionDeniedError
    from outreach_app.ops.coordinator import prepare_record_export

    try:
        return prepare_record_export(session, args.what, args.format)
    except PermissionDeniedError as exc:
        raise CliError(f"{exc}; nothing was written", ExitCode.AUTH) from None


def _record_outside(conn: Any, path: Path) -> None:
    """Recorded before it is written, like the audit entry: a failed write leaves a path that
    quick delete reports as not found, never a file it does not know about."""
    from outreach_app.domain.timeutil import utcnow
    from outreach_app.storage.repos.outside_files import OutsideKind, record_outside_file

    record_outside_file(conn, path.absolute(), OutsideKind.EXPORT, utcnow())


def _write_audited(
    session: Any, args: argparse.Namespace, io: Io, text: str, count: int, kind_counts: dict[str, int]
) -> None:
    """Write the export (to `--out` or stdout) with its audit entry.

    The entry is appended in a transaction that commits only once the export is written
    (the file fsynced and renamed into place, or stdout flushed): a failed write rolls it back
    and is audited as a failed attempt instead (`"outcome": "failed"`, since part of it may
    have reached stdout), never as written. The one window left is a crash between the
    write and the commit. When the vault's own disk is full the entry cannot be written
    first: the export still goes (to another disk) and its entry waits in the session
    (`write_or_defer`), so a full disk never stops a worker copying their records off.
    """
    from outreach_app.domain.disk_full import is_disk_full
    from outreach_app.storage.connection import transaction

    emitted = False
    try:
        try:
            with transaction(session.conn):
                _audit_export(session.conn, session, args, count, kind_counts=kind_counts)
                _emit_export(args, io, text, count)
                emitted = True
        except OSError:
            raise
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            if not emitted:  # the commit itself may be what found the disk full
                _emit_export(args, io, text, count)
            session.write_or_defer(
                "this export", lambda conn: _audit_export(conn, session, args, count, kind_counts=kind_counts)
            )
    except OSError as exc:
        session.write_or_defer(
            "this failed export",
            lambda conn: _audit_export(conn, session, args, count, failed=True, kind_counts=kind_counts),
        )
        # strerror only ("No space left on device"): the path may name a person or a place.
        reason = exc.strerror or type(exc).__name__
        where = "the output may be incomplete" if args.out is None else "no file was written"
        raise CliError(f"the export could not be written ({reason}); {where}", ExitCode.FAILURE) from None


def _emit_export(args: argparse.Namespace, io: Io, text: str, count: int) -> None:
    from outreach_app.crypto.atomic import write_private

    if args.out is not None:
        write_private(args.out, text.encode("utf-8"))
    elif args.json:
        # One document on stdout: the records themselves (JSONL) or the CSV text, with the count.
        if args.format == "jsonl":
            io.json({"lines": count, "records": [json.loads(line) for line in text.splitlines()]})
        else:
            io.json({"lines": count, "csv": text})
        io.stdout.flush()
    else:
        io.stdout.write(text)
        io.stdout.flush()


def audit_file_token(path: Path) -> str:
    """A file's name as the audit log's detail allows it (letters, digits, `_.:-`; ≤ 80)."""
    name = re.sub(r"[^A-Za-z0-9_.:-]", "_", path.name)[:80]
    return name or "_"


def _audit_export(
    conn: Any,
    session: Any,
    args: argparse.Namespace,
    count: int,
    *,
    failed: bool = False,
    kind_counts: dict[str, int] | None = None,
) -> None:
    """One `export` entry: what, format, how many lines and of which kinds, and where — the
    file's name (as an audit token) or stdout; never record text. The name is no new exposure:
    the full path is already inside the vault (outside_files, for quick delete), and the log
    never leaves it (only its hashes do). A failed attempt also says `"outcome": "failed"`."""
    from outreach_app.domain.timeutil import utcnow
    from outreach_app.storage.repos.audit import AuditKind, append_event

    detail: dict[str, object] = {
        "what": args.what,
        "format": args.format,
        "lines": count,
        "to": "stdout" if args.out is None else "file",
        "file": "-" if args.out is None else audit_file_token(args.out),
        **(kind_counts or {}),
    }
    if failed:
        detail["outcome"] = "failed"
    append_event(conn, AuditKind.EXPORT, at=utcnow(), role=session.role, detail=detail)


def run_forget(args: argparse.Namespace, io: Io) -> int:
    try:
        person_id = UUID(args.person_id)
    except ValueError:
        raise CliError("PERSON_ID must be a UUID", ExitCode.USAGE) from None
    question = (
        f"Erase person {person_id} and every record that names them, with their consents and unsent"
        f" reports? {AFTER_FORGET_TRUTH}"
    )
    if not io.confirm(question, args.yes):
        raise CliError("not confirmed; nothing was erased (use --yes in scripts)", ExitCode.USAGE)
    with _open_session(args, io) as session:
        try:
            # The same op as the app's "Forget this person": what may be on the server is
            # withdrawn and consents and never-sent items are erased, in the same transaction.
            result = forget_person(session, person_id).value
        except RecordNotFoundError:
            raise CliError(f"no person with id {person_id}", ExitCode.NOT_FOUND) from None
    if args.json:
        io.json({"person_id": str(person_id), "contacts": result.contacts, "incidents": result.incidents})
    else:
        io.out(f"erased person {person_id}, {result.contacts} contact(s) and {result.incidents} incident(s)")
        io.out(AFTER_FORGET_TRUTH)
    return int(ExitCode.OK)
