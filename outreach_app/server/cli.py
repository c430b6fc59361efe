"""`outreach-server`: run the charity's server and do its admin work.

    outreach-server serve [--db URL] [--host H] [--port P] [--ssl-certfile F --ssl-keyfile F] [--openapi]
    outreach-server db upgrade | db app-role ROLE [--password-file FILE]
    outreach-server region add ID NAME | region list
    outreach-server org create NAME --regions R [R ...] | org list | org regions set ORG --regions R ...
    outreach-server enroll-code --org ORG [--expires-hours 24]
    outreach-server device list [--org ORG] | device revoke DEVICE_ID
    outreach-server desk-code --role alerts|police|admin [--expires-hours 24]
    outreach-server desk list | desk revoke DESK_ID
    outreach-server keys install-bundle BUNDLE.json | keys show
    outreach-server alert publish-signed SIGNED.json | alert expire ALERT_ID
    outreach-server alert withdraw ALERT_ID | alert list
    outreach-server envelopes list
    outreach-server envelopes export --purpose P --out FILE [--org ORG] [--all]
    outreach-server envelopes ack (ENVELOPE_ID ... | --from-export FILE)
    outreach-server envelopes delete-acknowledged [--days 30]
    outreach-server stats [--org ORG] [--publish] [--format json|csv]
    outreach-server staff-log [--limit N]
    outreach-server notify [--secrets FILE] [--key-file FILE] [--once] | notify --new-key

The server holds envelopes it cannot open (protocol v2): `envelopes export` writes them still
sealed, for the desk of their purpose to open; `envelopes ack` records that the desk has
them, and `envelopes delete-acknowledged` (run daily, e.g. from cron) deletes the ciphertext
of envelopes acknowledged at least `--days` ago (default 30), keeping the header that
withdrawals and late resends need.

Exports, statistics, key bundles, alert changes, envelope acks and deletions, device
revocations and enrolment codes are recorded in the staff log (who: OUTREACH_SERVER_STAFF,
else the OS account; what; when; how many).

Every command takes `--db URL` or `--db-url-file FILE` (`-`: stdin) (else OUTREACH_SERVER_DB,
else the default SQLite file, private to the user) and upgrades the schema first. A URL with
a password belongs in the file or the environment: argv is visible in the process list.
`--json` prints machine-readable output where it makes sense.
Exit codes: 0 ok (`serve`: also after a SIGTERM or SIGINT stop), 1 failure, 2 usage,
3 the server could not start (e.g. the address is already in use), 4 not found, 5 conflict.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import csv
import errno
import getpass
import io
import json
import logging
import os
import signal
import socket
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError

from outreach_app.domain.errors import describe_validation_error
from outreach_app.protocol.envelopes import ENVELOPE_PURPOSES
from outreach_app.protocol.signed_alerts import SignedAlert, alert_fingerprint
from outreach_app.protocol.signing import key_fingerprint
from outreach_app.protocol.staff import StaffRole
from outreach_app.server.core import tokens
from outreach_app.server.core.clock import Clock, utcnow
from outreach_app.server.core.config import (
    DB_ENV,
    MAX_VALIDATORS,
    OPENAPI_ENV,
    PEER_KEY_FILE_ENV,
    VALIDATORS_ENV,
    ServerSettings,
    default_db_url,
    read_peer_key,
)
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import envelopes as envelopes_db
from outreach_app.server.db import key_bundles, migrate, orgs, roles, staff_desks, staff_log
from outreach_app.server.db import stats as stats_db
from outreach_app.server.db.engine import is_sqlite, make_engine, url_has_password
from outreach_app.server.db.orgs import AdminError, InvalidInputError, NotFoundError
from outreach_app.server.db.staff_log import StaffAction
from outreach_app.server.notify import command as notify_command

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CANNOT_START, EXIT_NOT_FOUND, EXIT_CONFLICT = 0, 1, 2, 3, 4, 5
GRACEFUL_SHUTDOWN_S = 10
STAFF_ENV = "OUTREACH_SERVER_STAFF"
# SQLite page cache of the admin reads that scan the envelopes table (`_reading`).
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


def _desk_code(ctx: Context) -> int:
    role = StaffRole(ctx.args.role)
    with ctx.engine.begin() as conn:
        code = staff_desks.create_desk_code(conn, role, ctx.args.expires_hours, ctx.clock)
        ctx.log(
            conn, StaffAction.DESK_CODE, role.value, count=1, detail=f"expires_hours={ctx.args.expires_hours}"
        )
    # Shown once: only its hash is stored.
    if ctx.args.json:
        ctx.json(
            {"code": tokens.group_code(code), "role": role.value, "expires_hours": ctx.args.expires_hours}
        )
    else:
        ctx.print(tokens.group_code(code))
        ctx.print(
            f"(single use, for a {role.value} desk, expires in {ctx.args.expires_hours} h; not shown again)"
        )
    return EXIT_OK


def _desk_list(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        found = staff_desks.list_desks(conn)
    rows = [
        {
            "id": d.id,
            "role": d.role,
            "label": d.label,
            "enrolled_on": d.enrolled_on.isoformat(),
            "revoked_on": d.revoked_on.isoformat() if d.revoked_on else None,
        }
        for d in found
    ]
    if ctx.args.json:
        ctx.json(rows)
    else:
        for row in rows:
            state = f"revoked {row['revoked_on']}" if row["revoked_on"] else "active"
            ctx.print(
                f"{row['id']}\t{row['role']}\t{_one_line(str(row['label']))}\t{row['enrolled_on']}\t{state}"
            )
    return EXIT_OK


def _desk_revoke(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        staff_desks.revoke_desk(conn, ctx.args.desk_id, ctx.clock)
        ctx.log(conn, StaffAction.DESK_REVOKE, ctx.args.desk_id, count=1)
    ctx.print(f"desk {ctx.args.desk_id} revoked")
    return EXIT_OK


# --- alerts ------------------------------------------------------------------------------------


def _read_json_file(name: str, what: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read the {what}: {exc.strerror}", EXIT_USAGE) from None


def _alert_publish_signed(ctx: Context) -> int:
    raw = _read_json_file(ctx.args.file, "signed alert")
    try:
        signed = SignedAlert.model_validate_json(raw)
    except ValidationError as exc:
        raise CommandError(f"not a signed alert: {describe_validation_error(exc)}", EXIT_USAGE) from None
    with ctx.engine.begin() as conn:
        bundle = key_bundles.current(conn)
        alert_id = alerts_db.publish_signed(
            conn, signed, None if bundle is None else bundle.bundle, ctx.clock
        )
        regions = sorted(signed.alert.region_ids)
        ctx.log(
            conn,
            StaffAction.ALERT_PUBLISH,
            alert_id,
            count=len(regions),
            detail=f"v{signed.alert.version} desk={signed.desk_id} regions={','.join(regions)}",
        )
    ctx.print(
        f"alert {alert_id} v{signed.alert.version} published to {', '.join(regions)}"
        f" (signed by {signed.desk_id}; fingerprint {alert_fingerprint(signed.alert)})"
    )
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
            ctx.print(
                f"{a.id}\tv{a.version}\t{a.status}\t{','.join(a.region_ids) or '-'}\t{a.desk_id}"
                f"\t{a.fingerprint}\t{_one_line(a.title)}"
            )
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


def _keys_install_bundle(ctx: Context) -> int:
    raw = _read_json_file(ctx.args.file, "key bundle")
    with ctx.engine.begin() as conn:
        bundle = key_bundles.install(conn, key_bundles.parse(raw), ctx.clock)
        ctx.log(
            conn,
            StaffAction.KEYS_INSTALL,
            bundle.charity_id,
            count=len(bundle.desks),
            detail=f"v{bundle.version}",
        )
    ctx.print(
        f"key bundle v{bundle.version} of {bundle.charity_id} installed:"
        f" {', '.join(d.desk_id for d in bundle.desks)}"
    )
    return EXIT_OK


def _keys_show(ctx: Context) -> int:
    with ctx.engine.begin() as conn:
        signed = key_bundles.current(conn)
    if signed is None:
        raise CommandError("no key bundle is installed", EXIT_NOT_FOUND)
    bundle = signed.bundle
    summary = {
        "charity_id": bundle.charity_id,
        "version": bundle.version,
        "root_fingerprint": key_fingerprint(signed.root_public),
        "desks": [
            {"desk_id": d.desk_id, "role": d.role.value, "purposes": [p.value for p in d.purposes]}
            for d in bundle.desks
        ],
    }
    if ctx.args.json:
        ctx.json(summary)
    else:
        ctx.print(f"{bundle.charity_id} v{bundle.version}, root key {summary['root_fingerprint']}")
        for desk in bundle.desks:
            ctx.print(f"{desk.desk_id}\t{desk.role.value}\t{','.join(p.value for p in desk.purposes)}")
    return EXIT_OK


def _envelopes_list(ctx: Context) -> int:
    with _reading(ctx) as conn:
        rows = envelopes_db.counts(conn)
    if ctx.args.json:
        ctx.json(rows)
    else:
        for r in rows:
            ctx.print(
                f"{r['org_id']}\t{r['purpose']}\t{r['total']} envelopes\t{r['held']} held"
                f"\t{r['acknowledged']} acknowledged\t{r['withdrawn']} withdrawn"
            )
    return EXIT_OK


def _private_output(name: str) -> TextIO:
    """A new file for an export, created 0600 (it holds ciphertext and headers: not readable,
    but nobody else's business); an existing file is not overwritten."""
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CommandError(f"{name} exists; choose a new file for the export", EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(f"cannot create {name}: {exc.strerror}", EXIT_USAGE) from None
    return os.fdopen(fd, "w", encoding="utf-8")


def _envelopes_export(ctx: Context) -> int:
    """Streams the purpose's live envelopes, still sealed, into a new file (a JSON array of
    `{header, ciphertext, received_on, acked_on}`; the ciphertext as standard base64, as on
    the wire), then logs how many went out."""
    exported = 0
    org_id: str | None = None
    started = complete = False
    try:
        with _reading(ctx) as conn, _private_output(ctx.args.out) as out:
            org_id = _org_filter(ctx, conn)
            started = True

            def rows() -> Iterator[dict[str, Any]]:
                nonlocal exported
                for row in envelopes_db.iter_export(
                    conn, ctx.args.purpose, org_id=org_id, include_acknowledged=ctx.args.all
                ):
                    exported += 1
                    yield {**row, "ciphertext": base64.b64encode(row["ciphertext"]).decode("ascii")}

            _write_json_array(out, rows())
        complete = True
    finally:
        if started:
            with ctx.engine.begin() as conn:
                ctx.log(
                    conn,
                    StaffAction.ENVELOPES_EXPORT,
                    org_id or "all",
                    count=exported,
                    detail=f"purpose={ctx.args.purpose}" + ("" if complete else " incomplete"),
                )
    ctx.print(f"{exported} {ctx.args.purpose} envelope(s) written to {ctx.args.out} (still sealed)")
    return EXIT_OK


def _ids_from_export(name: str) -> list[str]:
    try:
        rows = json.loads(_read_json_file(name, "export"))
        return [str(row["header"]["envelope_id"]) for row in rows]
    except (ValueError, TypeError, KeyError):
        raise CommandError(f"{name} is not an envelope export", EXIT_USAGE) from None


def _envelopes_ack(ctx: Context) -> int:
    ids = list(ctx.args.envelope_ids)
    if ctx.args.from_export:
        ids += _ids_from_export(ctx.args.from_export)
    if not ids:
        raise CommandError("name envelope ids or --from-export FILE", EXIT_USAGE)
    with ctx.engine.begin() as conn:
        done = envelopes_db.acknowledge(conn, ids, ctx.clock)
        ctx.log(conn, StaffAction.ENVELOPES_ACK, "envelopes", count=done)
    ctx.print(f"{done} envelope(s) acknowledged (of {len(set(ids))} named)")
    return EXIT_OK


def _envelopes_delete_acknowledged(ctx: Context) -> int:
    days = ctx.args.days
    if days < 0:
        raise CommandError("--days must be 0 or more", EXIT_USAGE)
    with ctx.engine.begin() as conn:
        deleted = envelopes_db.delete_acknowledged(conn, days, ctx.clock)
        ctx.log(conn, StaffAction.ENVELOPES_DELETE, "envelopes", count=deleted, detail=f"days={days}")
    ctx.print(f"ciphertext of {deleted} envelope(s) acknowledged {days}+ days ago deleted")
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
    try:
        peer_key = read_peer_key(os.environ.get(PEER_KEY_FILE_ENV))
    except (OSError, ValueError) as exc:
        raise CommandError(f"{PEER_KEY_FILE_ENV}: {exc}", EXIT_USAGE) from None
    settings = ServerSettings(
        db_url=args.resolved_db,
        validator_processes=args.validators,
        serve_openapi=args.openapi,
        peer_key=peer_key,
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

    p = command(sub, "desk-code", _desk_code, "make a one-time desk enrolment code (shown once)")
    p.add_argument("--role", required=True, choices=[role.value for role in StaffRole])
    p.add_argument("--expires-hours", type=int, default=24)
    desk = sub.add_parser("desk", help="the charity's desks").add_subparsers(
        dest="desk_command", required=True
    )
    command(desk, "list", _desk_list, "list desks")
    p = command(desk, "revoke", _desk_revoke, "revoke a desk (its next request gets 401)")
    p.add_argument("desk_id")

    alert = sub.add_parser("alert", help="alerts").add_subparsers(dest="alert_command", required=True)
    p = command(
        alert,
        "publish-signed",
        _alert_publish_signed,
        "publish an alert signed on the alerts desk (checked against the installed key bundle)",
    )
    p.add_argument("file", metavar="SIGNED.json", help="the signed alert ('-': stdin)")
    p = command(alert, "expire", _alert_expire, "expire an alert now")
    p.add_argument("alert_id")
    p = command(alert, "withdraw", _alert_withdraw, "withdraw an alert (devices remove it)")
    p.add_argument("alert_id")
    command(alert, "list", _alert_list, "list alerts")

    keys = sub.add_parser("keys", help="the charity's key bundle").add_subparsers(
        dest="keys_command", required=True
    )
    p = command(
        keys, "install-bundle", _keys_install_bundle, "install a key bundle signed by the charity's root key"
    )
    p.add_argument("file", metavar="BUNDLE.json", help="the signed bundle ('-': stdin)")
    command(keys, "show", _keys_show, "show the installed bundle's desks and root key fingerprint")

    env = sub.add_parser("envelopes", help="sealed envelopes").add_subparsers(
        dest="envelopes_command", required=True
    )
    p = command(env, "list", _envelopes_list, "count envelopes per organisation and purpose (headers only)")
    p = command(
        env, "export", _envelopes_export, "export one purpose's envelopes, still sealed, to a new file"
    )
    p.add_argument("--purpose", required=True, choices=[p.value for p in ENVELOPE_PURPOSES])
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--org")
    p.add_argument("--all", action="store_true", help="include envelopes already acknowledged")
    p = command(env, "ack", _envelopes_ack, "record that the desk has these envelopes")
    p.add_argument("envelope_ids", nargs="*", metavar="ENVELOPE_ID")
    p.add_argument("--from-export", metavar="FILE", help="acknowledge every envelope in an export file")
    p = command(
        env,
        "delete-acknowledged",
        _envelopes_delete_acknowledged,
        "delete the ciphertext of envelopes acknowledged DAYS or more days ago",
    )
    p.add_argument(
        "--days",
        type=int,
        default=ServerSettings.model_fields["envelope_retention_days"].default,
        help="days an acknowledged envelope's ciphertext is kept (default %(default)s)",
    )

    p = command(sub, "stats", _stats, "the monthly aggregates devices sent, summed per region and month")
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
