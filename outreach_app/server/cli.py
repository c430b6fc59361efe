"""`outreach-server`: run the charity's server and do its admin work.

    outreach-server serve [--db URL] [--host H] [--port P] [--ssl-certfile F --ssl-keyfile F] [--openapi]
    outreach-server db upgrade | db app-role ROLE [--password-file FILE]
    outreach-server region add ID NAME | region list
    outreach-server org create NAME --regions R [R ...] | org list | org regions set ORG --regions R ...
    outreach-server enroll-code --org ORG [--expires-hours 24]
    outreach-server device list [--org ORG] | device revoke DEVICE_ID
    outreach-server alert draft --from-report ORG:REPORT_ID | alert edit ALERT_ID
    outreach-server alert publish ALERT_ID --regions R ... | alert expire ALERT_ID
    outreach-server alert withdraw ALERT_ID | alert list
    outreach-server reports list [--org ORG] | reports export --purpose P [--format json|csv] [--org ORG]
    outreach-server withdrawals list [--org ORG]
    outreach-server stats [--org ORG] [--publish] [--format json|csv]
    outreach-server staff-log [--limit N]
    outreach-server notify [--secrets FILE] [--key-file FILE] [--once] | notify --new-key

Exports, statistics, alert changes, device revocations and enrolment codes are recorded in
the staff log (who: OUTREACH_SERVER_STAFF, else the OS account; what; when; how many).

Every command takes `--db URL` or `--db-url-file FILE` (`-`: stdin) (else OUTREACH_SERVER_DB,
else the default SQLite file, private to the user) and upgrades the schema first. A URL with
a password belongs in the file or the environment: argv is visible in the process list.
`--json` prints machine-readable output where it makes sense.
Exit codes: 0 ok (`serve`: also after a SIGTERM or SIGINT stop), 1 failure, 2 usage,
3 the server could not start (e.g. the address is already in use), 4 not found, 5 conflict.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import getpass
import io
import json
import logging
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError

from outreach_app.domain.enums import Purpose
from outreach_app.domain.errors import describe_validation_error
from outreach_app.server.core import tokens
from outreach_app.server.core.clock import Clock, utcnow
from outreach_app.server.core.config import (
    DB_ENV,
    MAX_VALIDATORS,
    OPENAPI_ENV,
    VALIDATORS_ENV,
    ServerSettings,
    default_db_url,
)
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import migrate, orgs, roles, staff_log
from outreach_app.server.db import reports as reports_db
from outreach_app.server.db import stats as stats_db
from outreach_app.server.db.engine import is_sqlite, make_engine, url_has_password
from outreach_app.server.db.orgs import AdminError, InvalidInputError, NotFoundError
from outreach_app.server.db.staff_log import StaffAction
from outreach_app.server.notify import command as notify_command

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CANNOT_START, EXIT_NOT_FOUND, EXIT_CONFLICT = 0, 1, 2, 3, 4, 5
GRACEFUL_SHUTDOWN_S = 10
STAFF_ENV = "OUTREACH_SERVER_STAFF"
# SQLite page cache of the admin reads that scan the reports table (`_reading`).
READ_CACHE_KIB = 2048


class CommandError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class Context:
    """What a command handler gets: the parsed args, an engine, the clock and output streams."""

    def __init__(self, args: argparse.Namespace, engine: Engine, clock: Clock, out: TextIO) -> None:
        self.args = args
        self.engine = engine
        self.clock = clock
        self.out = out

    def log(
        self,
        conn: Connection,
        action: StaffAction,
        target: str,
        *,
        count: int | None = None,
        detail: str = "",
    ) -> None:
        """Record a staff action in the staff log, in the caller's transaction."""
        staff_log.record(conn, self.clock, staff_name(), action, target, count=count, detail=detail)

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def json(self, value: Any) -> None:
        self.out.write(json.dumps(value, indent=2, sort_keys=True, default=str) + "\n")


Handler = Callable[[Context], int]


def staff_name() -> str:
    """Who is acting, for the staff log: OUTREACH_SERVER_STAFF, else the OS account."""
    named = os.environ.get(STAFF_ENV, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        return f"uid:{os.getuid()}"


# --- regions, orgs, codes, devices -------------------------------------------------------------


def _region_add(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        region = orgs.add_region(conn, ctx.args.id, ctx.args.name, ctx.clock)
    ctx.print(f"region {region.id} added")
    return EXIT_OK


def _region_list(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        found = orgs.list_regions(conn)
    if ctx.args.json:
        ctx.json([{"id": r.id, "name": r.name} for r in found])
    else:
        for region in found:
            ctx.print(f"{region.id}\t{region.name}")
    return EXIT_OK


def _org_create(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        org = orgs.create_org(conn, ctx.args.name, ctx.args.regions, ctx.clock)
    if ctx.args.json:
        ctx.json({"id": org.id, "name": org.name, "regions": list(org.region_ids)})
    else:
        ctx.print(f"organisation {org.id} created ({', '.join(org.region_ids)})")
    return EXIT_OK


def _org_list(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        found = orgs.list_orgs(conn)
    if ctx.args.json:
        ctx.json([{"id": o.id, "name": o.name, "regions": list(o.region_ids)} for o in found])
    else:
        for org in found:
            ctx.print(f"{org.id}\t{org.name}\t{','.join(org.region_ids)}")
    return EXIT_OK


def _org_regions_set(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        org = orgs.find_org(conn, ctx.args.org)
        orgs.set_org_regions(conn, org.id, ctx.args.regions)
    ctx.print(f"organisation {org.name} now works in: {', '.join(sorted(set(ctx.args.regions)))}")
    return EXIT_OK


def _enroll_code(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        org = orgs.find_org(conn, ctx.args.org)
        code = orgs.create_enroll_code(conn, org.id, ctx.args.expires_hours, ctx.clock)
        ctx.log(
            conn, StaffAction.ENROLL_CODE, org.id, count=1, detail=f"expires_hours={ctx.args.expires_hours}"
        )
    # Shown once: only its hash is stored, so it cannot be printed again.
    if ctx.args.json:
        ctx.json({"code": tokens.group_code(code), "org": org.name, "expires_hours": ctx.args.expires_hours})
    else:
        ctx.print(tokens.group_code(code))
        ctx.print(f"(single use, for {org.name}, expires in {ctx.args.expires_hours} h; not shown again)")
    return EXIT_OK


def _device_list(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        org_id = orgs.find_org(conn, ctx.args.org).id if ctx.args.org else None
        found = orgs.list_devices(conn, org_id, ctx.clock)
    rows = [
        {
            "id": d.id,
            "org_id": d.org_id,
            "label": d.label,
            "enrolled_on": d.enrolled_on.isoformat(),
            "revoked_on": d.revoked_on.isoformat() if d.revoked_on else None,
            "state": d.state,
        }
        for d in found
    ]
    if ctx.args.json:
        ctx.json(rows)
    else:
        for row in rows:
            state = f"revoked {row['revoked_on']}" if row["revoked_on"] else row["state"]
            label = _one_line(str(row["label"]))
            ctx.print(f"{row['id']}\t{row['org_id']}\t{label}\t{row['enrolled_on']}\t{state}")
    return EXIT_OK


def _one_line(text: str) -> str:
    """`text` for one field of a tab-separated line: what is not printable (a control or
    escape sequence, a tab or line break, a bidirectional override) is shown as `\\uXXXX`,
    so a label stored before labels were checked cannot garble or forge the listing."""
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def _device_revoke(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        orgs.revoke_device(conn, ctx.args.device_id, ctx.clock)
        ctx.log(conn, StaffAction.DEVICE_REVOKE, ctx.args.device_id, count=1)
    ctx.print(f"device {ctx.args.device_id} revoked")
    return EXIT_OK


# --- alerts ------------------------------------------------------------------------------------


def _alert_draft(ctx: Context) -> int:
    org_ref, _, report_id = ctx.args.from_report.rpartition(":")
    with ctx.engine.begin() as conn:
        org_id = orgs.find_org(conn, org_ref).id if org_ref else None
        alert_id = alerts_db.draft_from_report(conn, report_id, ctx.clock, org_id=org_id)
        ctx.log(conn, StaffAction.ALERT_DRAFT, alert_id, detail=f"report={report_id}")
    ctx.print(alert_id)
    return EXIT_OK


def _alert_edit(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        current = alerts_db.get_draft_content(conn, ctx.args.alert_id)
    edited = _edit_in_editor(current)
    with ctx.engine.begin() as conn:
        alerts_db.update_content(conn, ctx.args.alert_id, edited, ctx.clock)
        ctx.log(conn, StaffAction.ALERT_EDIT, ctx.args.alert_id)
    ctx.print(f"alert {ctx.args.alert_id} updated")
    return EXIT_OK


def _edit_in_editor(content: dict[str, Any]) -> dict[str, Any]:
    """Open $EDITOR on a file in a private temp folder; return the parsed JSON.

    The folder (0700, the file 0600) is removed afterwards with everything in it: editors
    leave swap, backup and undo files next to the file they edit (`.x.swp`, `x~`), and
    those hold the alert text too.
    """
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    folder = Path(tempfile.mkdtemp(prefix="outreach-alert-"))  # mkdtemp creates it 0700
    path = folder / "alert.json"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(content, handle, indent=2, ensure_ascii=False, sort_keys=True)
            handle.write("\n")
        result = subprocess.run([*shlex.split(editor), str(path)], check=False)  # noqa: S603 - staff's own editor
        if result.returncode != 0:
            raise CommandError("the editor failed; the alert is unchanged")
        try:
            edited = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            raise CommandError(
                "the edited text is not valid JSON; the alert is unchanged", EXIT_USAGE
            ) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if not isinstance(edited, dict):
        raise CommandError("the edited alert must be a JSON object; the alert is unchanged", EXIT_USAGE)
    return edited


def _alert_publish(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        alerts_db.publish(conn, ctx.args.alert_id, ctx.args.regions, ctx.clock)
        regions = sorted(set(ctx.args.regions))
        ctx.log(
            conn,
            StaffAction.ALERT_PUBLISH,
            ctx.args.alert_id,
            count=len(regions),
            detail=f"regions={','.join(regions)}",
        )
    ctx.print(f"alert {ctx.args.alert_id} published to {', '.join(sorted(set(ctx.args.regions)))}")
    return EXIT_OK


def _alert_expire(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        alerts_db.set_status(conn, ctx.args.alert_id, "expired", ctx.clock)
        ctx.log(conn, StaffAction.ALERT_EXPIRE, ctx.args.alert_id)
    ctx.print(f"alert {ctx.args.alert_id} expired")
    return EXIT_OK


def _alert_withdraw(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        alerts_db.set_status(conn, ctx.args.alert_id, "withdrawn", ctx.clock)
        ctx.log(conn, StaffAction.ALERT_WITHDRAW, ctx.args.alert_id)
    ctx.print(f"alert {ctx.args.alert_id} withdrawn")
    return EXIT_OK


def _alert_list(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        alerts_db.expire_due(conn, ctx.clock)
        found = alerts_db.list_alerts(conn)
    if ctx.args.json:
        ctx.json([a.as_dict() for a in found])
    else:
        for a in found:
            flag = "  SOURCE REPORT WITHDRAWN" if a.source_withdrawn else ""
            ctx.print(f"{a.id}\tv{a.version}\t{a.status}\t{','.join(a.region_ids) or '-'}\t{a.title}{flag}")
    return EXIT_OK


# --- reports, withdrawals, stats ---------------------------------------------------------------


def _org_filter(ctx: Context, conn: Connection) -> str | None:
    return orgs.find_org(conn, ctx.args.org).id if ctx.args.org else None


@contextmanager
def _reading(ctx: Context) -> Iterator[Connection]:
    """A read-only transaction: on SQLite a deferred one, so a long listing or export does not
    hold the write lock that intake needs, with a small page cache: a scan reads each page
    once, and intake's 16 MiB cache (engine.py) would only add to the command's memory."""
    with ctx.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        if is_sqlite(conn):  # on the driver's connection: a statement here would begin
            conn.connection.driver_connection.execute(f"PRAGMA cache_size=-{READ_CACHE_KIB}")  # type: ignore[union-attr]
        with conn.begin():
            yield conn


def _reports_list(ctx: Context) -> int:
    """Streams: each report is written as it is read (memory flat however many there are)."""
    with _reading(ctx) as conn:
        found = reports_db.iter_reports(conn, _org_filter(ctx, conn), fetch_rows=reports_db.STREAM_FETCH_ROWS)
        if ctx.args.json:
            _write_json_array(ctx.out, (r.as_dict() for r in found))
            return EXIT_OK
        for r in found:
            ctx.print(
                f"{r.org_id}\t{r.report_id}\t{r.received_on or '-'}\t{r.region_id or '-'}\t"
                f"{','.join(r.purposes) or '-'}\t{r.state}"
            )
    return EXIT_OK


def _reports_export(ctx: Context) -> int:
    """Streams like `reports list`."""
    purpose = Purpose(ctx.args.purpose)
    exported = 0

    def counted(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        nonlocal exported
        for row in rows:
            exported += 1
            yield row

    org_id: str | None = None
    started = complete = False
    try:
        with _reading(ctx) as conn:
            org_id = _org_filter(ctx, conn)
            started = True
            rows = counted(
                reports_db.iter_purpose_export(conn, purpose, org_id, fetch_rows=reports_db.STREAM_FETCH_ROWS)
            )
            if ctx.args.format == "json":
                _write_json_array(ctx.out, rows)
            else:
                _write_csv(ctx.out, rows)
        complete = True
    finally:
        # Logged once the rows are out (streamed, so the count is known only now); an export
        # cut short is logged too, with what had gone out. A refused filter exported nothing.
        if started:
            with ctx.engine.begin() as conn:
                ctx.log(
                    conn,
                    StaffAction.REPORTS_EXPORT,
                    org_id or "all",
                    count=exported,
                    detail=f"purpose={purpose.value}" + ("" if complete else " incomplete"),
                )
    return EXIT_OK


def _write_json_array(out: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    """Write rows as one JSON array, each as it comes: the same text `Context.json` gives a
    list (two-space indent, sorted keys), without holding the list."""
    opened = False
    for row in rows:
        out.write(",\n" if opened else "[\n")
        opened = True
        out.write(textwrap.indent(json.dumps(row, indent=2, sort_keys=True, default=str), "  "))
    out.write("\n]\n" if opened else "[]\n")


def _write_csv(out: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    """Write rows as CSV as they come; the columns are the first row's (every export row has
    the same keys). Nothing at all when there is no row, as before."""
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(_csv_cells(row))


def _withdrawals_list(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        found = reports_db.list_withdrawals(conn, _org_filter(ctx, conn))
    if ctx.args.json:
        ctx.json(found)
    else:
        for w in found:
            target = w["report_id"] or f"verifier:{str(w['verifier'])[:12]}…"
            ctx.print(f"{w['org_id']}\t{target}\t{w['purposes']}\t{w['received_on']}")
    return EXIT_OK


def _stats(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        org_id = _org_filter(ctx, conn)
        rows = stats_db.combine(conn, org_id)
        detail = "published" if ctx.args.publish else "exact"
        ctx.log(conn, StaffAction.STATS_EXPORT, org_id or "all", count=len(rows), detail=detail)
    if ctx.args.publish:
        rows = stats_db.suppress_for_publication(rows)
    if ctx.args.format == "json":
        ctx.json(rows)
    else:
        ctx.out.write(_csv(rows))
    return EXIT_OK


def _staff_log(ctx: Context) -> int:
    if ctx.args.limit is not None and ctx.args.limit < 1:
        raise CommandError("--limit must be at least 1", EXIT_USAGE)
    with ctx.engine.begin() as conn:
        found = staff_log.entries(conn, ctx.args.limit)
    if ctx.args.json:
        ctx.json([entry.as_dict() for entry in found])
    else:
        for e in found:
            count = "-" if e.count is None else str(e.count)
            ctx.print(f"{e.at.isoformat()}\t{e.staff}\t{e.action}\t{e.target}\t{count}\t{e.detail or '-'}")
    return EXIT_OK


def _csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    fields: list[str] = []
    for row in rows:
        fields.extend(key for key in row if key not in fields)
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(_csv_cells(row))
    return buffer.getvalue()


def _csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, sort_keys=True) if isinstance(v, dict | list) else v for k, v in row.items()}


# --- serve -------------------------------------------------------------------------------------


def _serve(ctx: Context) -> int:
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from outreach_app.server import worker
    from outreach_app.server.app import create_app
    from outreach_app.server.core.gc_tuning import tune_for_serving
    from outreach_app.server.core.logs import uvicorn_log_config
    from outreach_app.server.core.parent_death import SUPERVISOR_PID_ENV

    args = ctx.args
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CommandError("--ssl-certfile and --ssl-keyfile go together", EXIT_USAGE)
    if args.workers < 1:
        raise CommandError("--workers must be at least 1", EXIT_USAGE)
    if not 0 <= args.validators <= MAX_VALIDATORS:
        raise CommandError(f"--validators must be 0 to {MAX_VALIDATORS}", EXIT_USAGE)
    notify_command.check_serving_setup()
    options: dict[str, Any] = {
        "access_log": False,  # access lines carry client addresses; the server logs none
        "log_config": uvicorn_log_config(),
        "server_header": False,
        "ssl_certfile": args.ssl_certfile,
        "ssl_keyfile": args.ssl_keyfile,
        # A stop (SIGTERM) waits this long for requests in flight, then closes them.
        "timeout_graceful_shutdown": GRACEFUL_SHUTDOWN_S,
    }
    sock = _listen(args.host, args.port)
    if args.workers > 1:
        # Each worker process builds its own app (server/worker.py) on the URL resolved here,
        # and ends when this supervisor dies (core/parent_death.py).
        os.environ[DB_ENV] = args.resolved_db
        os.environ[VALIDATORS_ENV] = str(args.validators)
        os.environ[SUPERVISOR_PID_ENV] = str(os.getpid())
        os.environ[OPENAPI_ENV] = "1" if args.openapi else "0"
        ctx.engine.dispose()  # the supervisor serves nothing; no idle connection for its lifetime
        config = uvicorn.Config(worker.IMPORT_STRING, factory=True, workers=args.workers, **options)
        _announce(sock, tls=bool(args.ssl_certfile))
        Multiprocess(config, sockets=[sock]).run()
        return EXIT_OK
    settings = ServerSettings(
        db_url=args.resolved_db, validator_processes=args.validators, serve_openapi=args.openapi
    )
    app = create_app(settings, engine=ctx.engine, clock=ctx.clock)
    tune_for_serving()
    server = uvicorn.Server(uvicorn.Config(app, **options))  # the Config sets up logging
    _announce(sock, tls=bool(args.ssl_certfile))
    with _stop_signals_end_cleanly():
        server.run(sockets=[sock])
    if not server.started:
        raise CommandError("the server could not start (the log above says why)", EXIT_CANNOT_START)
    return EXIT_OK


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so a port in use is one clear message and exit code."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise CommandError(
                f"{host}:{port} is already in use: is another server (or a worker of one that"
                " crashed) still running? Stop it, or choose another --port",
                EXIT_CANNOT_START,
            ) from None
        raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror}", EXIT_CANNOT_START) from None
    sock.set_inheritable(True)  # workers of --workers N receive it
    return sock


def _announce(sock: socket.socket, *, tls: bool) -> None:
    """Log where the server listens (uvicorn says so only for sockets it binds itself)."""
    host, port = sock.getsockname()[:2]
    where = f"[{host}]" if ":" in host else host
    logging.getLogger("outreach_app.server").info(
        "listening on %s://%s:%d", "https" if tls else "http", where, port
    )


@contextlib.contextmanager
def _stop_signals_end_cleanly() -> Iterator[None]:
    """uvicorn handles SIGTERM/SIGINT with a graceful shutdown and then raises the signal
    again under the handlers that were there before, which by default kill the process
    (status 143/130). A shutdown asked for is a success: with these handlers in place the
    raised signal is absorbed and `serve` exits 0, as with --workers N."""
    stops = (signal.SIGTERM, signal.SIGINT)
    previous = {sig: signal.signal(sig, lambda _sig, _frame: None) for sig in stops}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _db_upgrade(ctx: Context) -> int:
    ctx.print(f"schema at revision {migrate.current_revision(ctx.engine)}")
    return EXIT_OK


def _db_app_role(ctx: Context) -> int:
    password = _read_secret_file(ctx.args.password_file) if ctx.args.password_file else None
    with ctx.engine.begin() as conn:
        roles.set_up_app_role(conn, ctx.args.role, password)
    ctx.print(
        f"role {ctx.args.role} may now read and write rows only; serve with it, and run"
        " `db upgrade` and the admin commands as the owner role"
    )
    return EXIT_OK


def _notify(ctx: Context) -> int:
    return notify_command.run(ctx.engine, ctx.clock, ctx.args, ctx.out)


# --- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        help="database URL (default: OUTREACH_SERVER_DB or a SQLite file); a URL with a password"
        " belongs in OUTREACH_SERVER_DB or --db-url-file, not here (the process list shows it)",
    )
    common.add_argument(
        "--db-url-file",
        metavar="FILE",
        help="read the database URL from FILE ('-': from stdin), e.g. a PostgreSQL URL with a password",
    )
    common.add_argument("--json", action="store_true", help="machine-readable output")

    parser = argparse.ArgumentParser(
        prog="outreach-server", description="The charity's Outreach server and its admin commands."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(handler=handler)
        return p

    serve = command(sub, "serve", _serve, "run the HTTP server (upgrades the schema first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--ssl-certfile")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (default 1); more use more cores on PostgreSQL, see docs/server.md",
    )
    serve.add_argument(
        "--validators",
        type=int,
        default=0,
        help="processes per server process that validate report batches (default 0: the server"
        " process itself); on SQLite, one server process with as many validators as cores, see"
        " docs/server.md",
    )
    serve.add_argument(
        "--openapi",
        action="store_true",
        help="serve the OpenAPI document at /openapi.json (off by default: it maps the API for anyone)",
    )

    notify_command.add_arguments(
        command(sub, "notify", _notify, "send warnings to subscribers (docs/warnings.md)")
    )

    db = sub.add_parser("db", help="schema").add_subparsers(dest="db_command", required=True)
    command(db, "upgrade", _db_upgrade, "upgrade the schema to the latest revision")
    p = command(
        db,
        "app-role",
        _db_app_role,
        "PostgreSQL: set up a serving role with data rights only (run as the owner)",
    )
    p.add_argument("role", help="the serving process's login role (created if missing)")
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help="set the role's password from FILE ('-': stdin), never from argv",
    )

    region = sub.add_parser("region", help="regions").add_subparsers(dest="region_command", required=True)
    p = command(region, "add", _region_add, "add a region")
    p.add_argument("id", help="short id: lower-case letters, digits, - and _")
    p.add_argument("name")
    command(region, "list", _region_list, "list regions")

    org = sub.add_parser("org", help="organisations").add_subparsers(dest="org_command", required=True)
    p = command(org, "create", _org_create, "create an organisation")
    p.add_argument("name")
    p.add_argument("--regions", nargs="+", required=True, metavar="REGION")
    command(org, "list", _org_list, "list organisations")
    org_regions = org.add_parser("regions", help="the regions an organisation works in")
    org_regions_sub = org_regions.add_subparsers(dest="org_regions_command", required=True)
    p = command(org_regions_sub, "set", _org_regions_set, "replace an organisation's regions")
    p.add_argument("org", help="organisation name or id")
    p.add_argument("--regions", nargs="+", required=True, metavar="REGION")

    p = command(sub, "enroll-code", _enroll_code, "make a one-time enrolment code (shown once)")
    p.add_argument("--org", required=True, help="organisation name or id")
    p.add_argument("--expires-hours", type=int, default=24)

    device = sub.add_parser("device", help="enrolled devices").add_subparsers(
        dest="device_command", required=True
    )
    p = command(device, "list", _device_list, "list devices")
    p.add_argument("--org")
    p = command(device, "revoke", _device_revoke, "revoke a device (its next request gets 401)")
    p.add_argument("device_id")

    alert = sub.add_parser("alert", help="alerts").add_subparsers(dest="alert_command", required=True)
    p = command(alert, "draft", _alert_draft, "draft an alert from a report's alert section")
    p.add_argument("--from-report", required=True, metavar="[ORG:]REPORT_ID")
    p = command(alert, "edit", _alert_edit, "edit an alert in $EDITOR")
    p.add_argument("alert_id")
    p = command(alert, "publish", _alert_publish, "publish an alert to regions")
    p.add_argument("alert_id")
    p.add_argument("--regions", nargs="+", required=True, metavar="REGION")
    p = command(alert, "expire", _alert_expire, "expire an alert now")
    p.add_argument("alert_id")
    p = command(alert, "withdraw", _alert_withdraw, "withdraw an alert (devices remove it)")
    p.add_argument("alert_id")
    command(alert, "list", _alert_list, "list alerts")

    rep = sub.add_parser("reports", help="received reports").add_subparsers(
        dest="reports_command", required=True
    )
    p = command(rep, "list", _reports_list, "list reports (no payloads)")
    p.add_argument("--org")
    p = command(rep, "export", _reports_export, "export one purpose's sections")
    p.add_argument("--purpose", required=True, choices=[p.value for p in Purpose])
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--org")

    wd = sub.add_parser("withdrawals", help="withdrawals").add_subparsers(
        dest="withdrawals_command", required=True
    )
    p = command(wd, "list", _withdrawals_list, "list withdrawals received")
    p.add_argument("--org")

    p = command(sub, "stats", _stats, "combine the monthly counts devices sent")
    p.add_argument("--org")
    p.add_argument("--publish", action="store_true", help="suppress small cells (for publication)")
    p.add_argument("--format", choices=["json", "csv"], default="csv")

    p = command(sub, "staff-log", _staff_log, "show the staff log (who exported, published, revoked, when)")
    p.add_argument("--limit", type=int, help="only the latest N entries")
    return parser


def _explicit_db_url(args: argparse.Namespace) -> str | None:
    """The URL from --db or --db-url-file (None: the environment or the default file).

    A password in --db is visible to every user of the machine in the process list, so it
    is warned about (still used: refusing would break a running setup).
    """
    if args.db and args.db_url_file:
        raise CommandError("give --db or --db-url-file, not both", EXIT_USAGE)
    if args.db_url_file:
        return _read_url_file(args.db_url_file)
    if args.db and url_has_password(args.db):
        sys.stderr.write(
            "outreach-server: warning: the password in --db is visible to other users in the"
            f" process list; use {DB_ENV} or --db-url-file instead\n"
        )
    db: str | None = args.db
    return db


def _read_secret_file(name: str) -> str:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read --password-file: {exc.strerror}", EXIT_USAGE) from None
    secret = text.rstrip("\r\n")
    if not secret or "\n" in secret:
        raise CommandError("--password-file must hold the password on one line", EXIT_USAGE)
    return secret


def _read_url_file(name: str) -> str:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read --db-url-file: {exc.strerror}", EXIT_USAGE) from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) != 1:
        raise CommandError("--db-url-file must hold exactly one database URL", EXIT_USAGE)
    return lines[0]


def _upgrade_schema(engine: Engine) -> None:
    """Upgrade to head; a serving role (db app-role) may not, and is told what to do instead."""
    try:
        migrate.upgrade(engine)
    except DBAPIError as exc:
        if "permission denied" not in str(exc.orig).lower() and "must be owner" not in str(exc.orig).lower():
            raise
        raise CommandError(
            "this database role may not change the schema, which needs upgrading: run"
            " `outreach-server db upgrade` as the owner role first"
        ) from None


def main(argv: Sequence[str] | None = None, *, clock: Clock = utcnow, out: TextIO | None = None) -> int:
    """Run one command; returns the exit code (tests call this in-process)."""
    stdout = out if out is not None else sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        settings = ServerSettings.from_env(_explicit_db_url(args))
        args.resolved_db = settings.db_url
        engine = make_engine(settings.db_url, private=settings.db_url == default_db_url())
    except (ValueError, ArgumentError, CommandError) as exc:
        sys.stderr.write(f"outreach-server: {exc}\n")
        return EXIT_USAGE
    try:
        _upgrade_schema(engine)
        handler: Handler = args.handler
        return handler(Context(args, engine, clock, stdout))
    except AdminError as exc:
        sys.stderr.write(f"outreach-server: {exc}\n")
        if isinstance(exc, NotFoundError):
            return EXIT_NOT_FOUND
        return EXIT_USAGE if isinstance(exc, InvalidInputError) else EXIT_CONFLICT
    except CommandError as exc:
        sys.stderr.write(f"outreach-server: {exc}\n")
        return exc.code
    except ValidationError as exc:
        sys.stderr.write(f"outreach-server: invalid: {describe_validation_error(exc)}\n")
        return EXIT_USAGE
    finally:
        engine.dispose()
