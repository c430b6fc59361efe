"""`outreach desk ...`: the charity desk (issue 22; docs/desk.md is the staff's guide).

    outreach desk init --role alerts|police|admin [--desk-id ID] [--label L]
    outreach desk import-keys TRANSFER_FILE [--label L]       (a second desk of the same role)
    outreach desk export-public --out desk.json               (for the root machine)
    outreach desk export-keys --out TRANSFER_FILE             (for a second desk; never the server)
    outreach desk sign-bundle --root DIR --desk PUB.json... --version N --out bundle.json
    outreach desk enroll --server URL                         (desk code from the prompt)
    outreach desk pull | queue [--state S] [--purpose P] [--region R] [--month YYYY-MM]
    outreach desk show ENVELOPE_ID | state ENVELOPE_ID new|in_review|done | withdrawn
    outreach desk alert draft ENVELOPE_ID [--title T] | alert edit ALERT_ID [--title T] [--body-file F]
        [--regions R...] [--expires-on DAY] | alert preview ALERT_ID | alert publish ALERT_ID
        | alert expire ALERT_ID | alert withdraw ALERT_ID | alert list
    outreach desk admin regions | region-add ID NAME | orgs | org-create NAME --regions R...
        | enroll-code ORG [--expires-hours 24] | devices | revoke DEVICE_ID

The desk vault's passphrase is the first line read (prompt or stdin); `init` and
`import-keys` read it twice, then any other passphrase or code in the order the command
says. Nothing secret is ever taken from argv.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from outreach_app.cli import desk_work_cmds
from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.cli.session import open_session, read_new_passphrase, vault_errors_as_exit_codes
from outreach_app.crypto.kdf import PROFILES, KdfParams
from outreach_app.domain.layout import layout_for
from outreach_app.domain.timeutil import utcnow
from outreach_app.protocol.base import REGION_ID_PATTERN
from outreach_app.protocol.staff import StaffRole

KDF_PROFILE_ENV = "OUTREACH_KDF_PROFILE"
MIN_TRANSFER_PASSPHRASE = 12


def _ops() -> Any:
    from outreach_app.ops import desk  # lazy: only desk commands load it

    return desk


def _kdf(args: argparse.Namespace, io: Io) -> KdfParams:
    profile = getattr(args, "kdf_profile", None) or os.environ.get(KDF_PROFILE_ENV) or "production"
    if profile not in PROFILES:
        raise CliError(f"unknown KDF profile {profile}", ExitCode.USAGE)
    if not PROFILES[profile].meets_production_floor():
        io.err("warning: test profile: weak key derivation, for tests and demos only")
    return PROFILES[profile]


def _run(action: Any) -> Any:
    desk = _ops()
    try:
        return action()
    except desk.DeskError as exc:
        raise CliError(str(exc), ExitCode.FAILURE) from None


def _with_session(args: argparse.Namespace, io: Io, work: Any) -> Any:
    layout = layout_for(getattr(args, "data_dir", None))
    with vault_errors_as_exit_codes(layout), open_session(args, io) as session:
        return _run(lambda: work(session))


# --- set-up ------------------------------------------------------------------------------------


def _check_id(value: str) -> str:
    import re

    if not re.match(REGION_ID_PATTERN, value):
        raise CliError("--desk-id must be lower-case letters, digits, _ and - (at most 64)", ExitCode.USAGE)
    return value


def _init(args: argparse.Namespace, io: Io) -> int:
    role = StaffRole(args.role)
    desk_id = _check_id(args.desk_id or f"{role.value}-1")
    layout = layout_for(getattr(args, "data_dir", None))
    kdf = _kdf(args, io)
    passphrase = read_new_passphrase(io, "New passphrase for the desk vault: ")
    with vault_errors_as_exit_codes(layout):
        public = _run(
            lambda: _ops().init_desk(layout, passphrase, role, desk_id, args.label or desk_id, utcnow(), kdf)
        )
    summary = {"data_dir": str(layout.data_dir), "role": role.value, "desk_id": desk_id}
    if args.json:
        io.json({**summary, "public": None if public is None else json.loads(public.model_dump_json())})
    else:
        io.out(f"Created a {role.value} desk vault in {layout.data_dir} (desk {desk_id}).")
        if public is not None:
            io.out("Next: `outreach desk export-public --out desk.json` for the charity's root machine.")
        io.out("Then: `outreach desk enroll --server URL` with a desk code from the server's admin.")
    return int(ExitCode.OK)


def _import_keys(args: argparse.Namespace, io: Io) -> int:
    layout = layout_for(getattr(args, "data_dir", None))
    kdf = _kdf(args, io)
    try:
        transfer = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}", ExitCode.USAGE) from None
    passphrase = read_new_passphrase(io, "New passphrase for the desk vault: ")
    transfer_passphrase = io.read_secret("Passphrase of the transfer file: ")
    with vault_errors_as_exit_codes(layout):
        public = _run(
            lambda: _ops().import_desk(
                layout, passphrase, transfer, transfer_passphrase, args.label, utcnow(), kdf
            )
        )
    desk_id = None if public is None else public.desk_id
    if args.json:
        io.json({"data_dir": str(layout.data_dir), "desk_id": desk_id})
    else:
        io.out(f"Created a second desk vault for desk {desk_id} in {layout.data_dir}.")
        io.out("Enrol it with its own desk code: `outreach desk enroll --server URL`.")
    return int(ExitCode.OK)


def _export_public(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.crypto.atomic import write_private

    public = _with_session(args, io, lambda s: _ops().public_keys(s))
    write_private(Path(args.out), (public.model_dump_json(indent=2, exclude_none=True) + "\n").encode())
    if args.json:
        io.json({"out": args.out, "desk_id": public.desk_id})
    else:
        io.out(f"public keys of desk {public.desk_id} written to {args.out} (take it to the root machine)")
    return int(ExitCode.OK)


def _export_keys(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.crypto.atomic import write_private

    kdf = _kdf(args, io)
    out = Path(args.out)
    if out.exists():
        raise CliError(f"{out} exists; choose a new file", ExitCode.CONFLICT)

    def work(session: Any) -> bytes:
        passphrase = io.read_secret("New passphrase for the transfer file: ")
        if len(passphrase) < MIN_TRANSFER_PASSPHRASE:
            raise CliError(
                f"a transfer passphrase has at least {MIN_TRANSFER_PASSPHRASE} characters", ExitCode.USAGE
            )
        data: bytes = _ops().transfer_file(session, passphrase, kdf)
        return data

    data = _with_session(args, io, work)
    write_private(out, data)
    if args.json:
        io.json({"out": args.out})
    else:
        io.out(f"private keys written to {args.out}, encrypted with the transfer passphrase.")
        io.out("Carry it by hand to the second desk, import it there, then destroy it. Never send it.")
    return int(ExitCode.OK)


def _sign_bundle(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli import charity_cmds  # the charity's tool, unchanged: the desk only wraps it

    return charity_cmds.sign_bundle(args, io)


def _enroll(args: argparse.Namespace, io: Io) -> int:
    def work(session: Any) -> str:
        code = io.read_secret("Desk code: ").strip()
        desk_id: str = _ops().enroll(session, args.server, code)
        return desk_id

    desk_id = _with_session(args, io, work)
    if args.json:
        io.json({"server_desk_id": desk_id, "server": args.server})
    else:
        io.out(f"desk enrolled with {args.server} (server id {desk_id})")
    return int(ExitCode.OK)


# --- triage ------------------------------------------------------------------------------------


def _pull(args: argparse.Namespace, io: Io) -> int:
    report = _with_session(args, io, lambda s: _ops().pull(s, utcnow(), catch_up=args.all))
    withdrawn = [
        {"envelope_id": w.envelope_id, "purpose": w.purpose, "disclosed": w.disclosed}
        for w in report.withdrawn
    ]
    if args.json:
        io.json(
            {
                "added": report.added,
                "acknowledged": report.acknowledged,
                "refused": report.refused,
                "withdrawn": withdrawn,
                "flagged_alerts": report.flagged,
            }
        )
    else:
        io.out(f"{report.added} new report(s) in the queue; {report.acknowledged} acknowledged")
        if report.refused:
            io.out(
                f"{report.refused} envelope(s) did not open with this desk's key and were left on the server"
            )
        for item in withdrawn:
            told = " — it had been DISCLOSED: tell the recipient" if item["disclosed"] else ""
            io.out(f"withdrawn by the person: {item['envelope_id']} ({item['purpose']}), copy deleted{told}")
        if report.flagged:
            io.out(f"{report.flagged} alert(s) flagged for review: their source report was withdrawn")
    return int(ExitCode.OK)


def _item_json(item: Any, *, content: bool) -> dict[str, Any]:
    out = {
        "envelope_id": item.envelope_id,
        "purpose": item.purpose,
        "org_id": item.org_id,
        "region_id": item.region_id,
        "month": item.month,
        "state": item.state.value,
        "pulled_at": item.pulled_at,
    }
    if content:
        out["content"] = item.content
    return out


def _queue(args: argparse.Namespace, io: Io) -> int:
    desk = _ops()
    state = desk.QueueState(args.state) if args.state else None
    items = _with_session(
        args,
        io,
        lambda s: desk.queue(s, state=state, purpose=args.purpose, region_id=args.region, month=args.month),
    )
    if args.json:
        io.json([_item_json(i, content=False) for i in items])
    else:
        for i in items:
            io.out(f"{i.envelope_id}\t{i.purpose}\t{i.region_id}\t{i.month}\t{i.state.value}")
    return int(ExitCode.OK)


def _show(args: argparse.Namespace, io: Io) -> int:
    item = _with_session(args, io, lambda s: _ops().show(s, args.envelope_id))
    if args.json:
        io.json(_item_json(item, content=True))
    else:
        io.out(f"{item.purpose} · region {item.region_id} · {item.month} · {item.state.value}")
        for key, value in sorted(item.content.items()):
            if key in {"envelope_id", "purpose", "content_version"}:
                continue
            io.out(
                f"  {key}: {json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value}"
            )
    return int(ExitCode.OK)


def _state(args: argparse.Namespace, io: Io) -> int:
    desk = _ops()
    item = _with_session(
        args, io, lambda s: desk.set_state(s, args.envelope_id, desk.QueueState(args.state), utcnow())
    )
    if args.json:
        io.json(_item_json(item, content=False))
    else:
        io.out(f"{item.envelope_id} is now {item.state.value}")
    return int(ExitCode.OK)


def _withdrawn(args: argparse.Namespace, io: Io) -> int:
    items = _with_session(args, io, lambda s: _ops().withdrawn(s))
    rows = [
        {
            "envelope_id": w.envelope_id,
            "purpose": w.purpose,
            "region_id": w.region_id,
            "month": w.month,
            "withdrawn_at": w.withdrawn_at,
            "disclosed": w.disclosed,
        }
        for w in items
    ]
    if args.json:
        io.json(rows)
    else:
        for r in rows:
            io.out(f"{r['envelope_id']}\t{r['purpose']}\t{r['withdrawn_at']}\tdisclosed={r['disclosed']}")
    return int(ExitCode.OK)


# --- alerts ------------------------------------------------------------------------------------


def _draft_json(draft: Any) -> dict[str, Any]:
    from outreach_app.charity.desk_alerts import draft_to_json

    return draft_to_json(draft)


def _print_draft(io: Io, draft: Any) -> None:
    io.out(f"alert {draft.alert_id} v{draft.version}: {draft.title}")
    io.out(f"  regions {', '.join(draft.region_ids)} · {draft.issued_on} to {draft.expires_on}")
    io.out(f"  body: {draft.body}")
    for span in draft.spans:
        io.out(f"  check: the summary's {span.kind} at {span.start}-{span.end} ({span.text!r}) was replaced")


def _alert_draft(args: argparse.Namespace, io: Io) -> int:
    now = utcnow()
    draft = _with_session(
        args, io, lambda s: _ops().draft_alert(s, args.envelope_id, now.date(), now, title=args.title)
    )
    if args.json:
        io.json(_draft_json(draft))
    else:
        _print_draft(io, draft)
    return int(ExitCode.OK)


def _alert_edit(args: argparse.Namespace, io: Io) -> int:
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.body_file is not None:
        try:
            changes["body"] = Path(args.body_file).read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError):
            raise CliError(f"cannot read {args.body_file} as UTF-8 text", ExitCode.USAGE) from None
    if args.regions:
        changes["region_ids"] = tuple(sorted(set(args.regions)))
    if args.expires_on is not None:
        try:
            changes["expires_on"] = date.fromisoformat(args.expires_on)
        except ValueError:
            raise CliError("--expires-on is a day YYYY-MM-DD", ExitCode.USAGE) from None
    if not changes:
        raise CliError(
            "nothing to change: give --title, --body-file, --regions or --expires-on", ExitCode.USAGE
        )
    draft = _with_session(args, io, lambda s: _ops().edit_alert(s, args.alert_id, utcnow(), **changes))
    if args.json:
        io.json(_draft_json(draft))
    else:
        _print_draft(io, draft)
    return int(ExitCode.OK)


def handout_text(alert: Any) -> str:
    """The alert's box exactly as the handout prints it, as plain text (the handout's own code:
    ui.alerts_handout.handout_alert and services.handout.alert_box_html)."""
    from PySide6.QtGui import QTextDocument

    from outreach_app.services.fonts import ensure_gui_application
    from outreach_app.services.handout import alert_box_html
    from outreach_app.ui.alerts_handout import handout_alert

    ensure_gui_application()
    document = QTextDocument()
    document.setHtml(alert_box_html(handout_alert(alert)))
    return str(document.toPlainText())


def _alert_preview(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.protocol.signed_alerts import alert_fingerprint

    alert = _with_session(args, io, lambda s: _ops().preview_alert(s, args.alert_id))
    text = handout_text(alert)
    if args.json:
        io.json({"alert_id": args.alert_id, "text": text, "fingerprint": alert_fingerprint(alert)})
    else:
        io.out(text)
    return int(ExitCode.OK)


def _alert_publish(args: argparse.Namespace, io: Io) -> int:
    stored = _with_session(args, io, lambda s: _ops().publish_alert(s, args.alert_id, utcnow()))
    if args.json:
        io.json({"alert_id": stored.alert_id, "version": stored.version, "fingerprint": stored.fingerprint})
    else:
        io.out(
            f"alert {stored.alert_id} v{stored.version} signed and published"
            f" (check code {stored.fingerprint})"
        )
    return int(ExitCode.OK)


def _alert_end(action: str) -> Any:
    def run(args: argparse.Namespace, io: Io) -> int:
        stored = _with_session(args, io, lambda s: _ops().end_alert(s, args.alert_id, action, utcnow()))
        if args.json:
            io.json({"alert_id": stored.alert_id, "status": stored.status})
        else:
            io.out(f"alert {stored.alert_id} is now {stored.status}")
        return int(ExitCode.OK)

    return run


def _alert_list(args: argparse.Namespace, io: Io) -> int:
    found = _with_session(args, io, lambda s: _ops().alerts(s))
    rows = [
        {
            "alert_id": a.alert_id,
            "version": a.version,
            "status": a.status,
            "title": a.alert.get("title", ""),
            "fingerprint": a.fingerprint,
            "source_envelope_id": a.source_envelope_id,
            "flagged": a.flagged,
        }
        for a in found
    ]
    if args.json:
        io.json(rows)
    else:
        for r in rows:
            flag = f"\tFLAGGED: {r['flagged']}" if r["flagged"] else ""
            io.out(f"{r['alert_id']}\tv{r['version']}\t{r['status']}\t{r['title']}{flag}")
    return int(ExitCode.OK)


# --- admin -------------------------------------------------------------------------------------


def _admin(args: argparse.Namespace, io: Io) -> int:
    desk = _ops()
    what = args.admin_command

    def work(client: Any) -> Any:
        if what == "regions":
            return [r.model_dump(mode="json") for r in client.regions()]
        if what == "region-add":
            return client.add_region(args.region_id, args.name).model_dump(mode="json")
        if what == "orgs":
            return [o.model_dump(mode="json") for o in client.orgs()]
        if what == "org-create":
            return client.create_org(args.name, args.regions).model_dump(mode="json")
        if what == "enroll-code":
            return client.enroll_code(args.org, args.expires_hours).model_dump(mode="json")
        if what == "devices":
            return [d.model_dump(mode="json") for d in client.devices()]
        client.revoke_device(args.device_id)
        return {"revoked": args.device_id}

    result = _with_session(args, io, lambda s: desk.admin(s, work))
    if args.json:
        io.json(result)
    elif isinstance(result, list):
        for row in result:
            io.out("\t".join(str(v) for v in row.values()))
    else:
        io.out("\t".join(f"{k}={v}" for k, v in result.items()))
    return int(ExitCode.OK)


# --- parser ------------------------------------------------------------------------------------


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "desk",
        help="the charity desk: keys, triage queue, alerts, admin (docs/desk.md)",
        description="Work as a charity desk. Passphrases and codes are read from the terminal or stdin.",
    )
    sub = parser.add_subparsers(dest="desk_command", metavar="ACTION", required=True)

    def command(name: str, handler: Any, help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("init", _init, "make a desk vault with new keys for a role")
    p.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    p.add_argument("--desk-id", help="the desk's id in the key bundle (default: ROLE-1)")
    p.add_argument("--label", help="how the server's staff log names this desk (default: the desk id)")
    p.add_argument("--kdf-profile", choices=sorted(PROFILES), help=argparse.SUPPRESS)
    p = command("import-keys", _import_keys, "make a second desk vault from a transfer file")
    p.add_argument("file", metavar="TRANSFER_FILE")
    p.add_argument("--label")
    p.add_argument("--kdf-profile", choices=sorted(PROFILES), help=argparse.SUPPRESS)
    p = command("export-public", _export_public, "write the desk's public keys for the root machine")
    p.add_argument("--out", required=True, metavar="desk.json")
    p = command("export-keys", _export_keys, "write a passphrase-protected transfer file for a second desk")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--kdf-profile", choices=sorted(PROFILES), help=argparse.SUPPRESS)
    p = command("sign-bundle", _sign_bundle, "on the root machine: sign the bundle of desk public keys")
    p.add_argument("--root", required=True, metavar="DIR")
    p.add_argument("--desk", required=True, nargs="+", metavar="PUB.json")
    p.add_argument("--version", required=True, type=int, metavar="N")
    p.add_argument("--out", required=True, metavar="bundle.json")
    p = command("enroll", _enroll, "enrol this desk with the server (desk code from the prompt)")
    p.add_argument("--server", required=True, metavar="URL")

    p = command("pull", _pull, "pull new reports into the queue; apply withdrawals")
    p.add_argument(
        "--all",
        action="store_true",
        help="also reports another desk of this role already took (a second desk's first pull)",
    )
    p = command("queue", _queue, "list the queue")
    p.add_argument("--state", choices=["new", "in_review", "done"])
    p.add_argument("--purpose", choices=["alert", "police_intelligence", "police_referral"])
    p.add_argument("--region")
    p.add_argument("--month", metavar="YYYY-MM")
    p = command("show", _show, "show one report")
    p.add_argument("envelope_id")
    p = command("state", _state, "move a report to new, in_review or done")
    p.add_argument("envelope_id")
    p.add_argument("state", choices=["new", "in_review", "done"])
    command("withdrawn", _withdrawn, "list reports the people withdrew (and whether they were disclosed)")

    alert = sub.add_parser("alert", help="draft, preview, publish, expire and withdraw alerts")
    alert_sub = alert.add_subparsers(dest="alert_command", metavar="ACTION", required=True)
    p = command("draft", _alert_draft, "draft an alert from a report's alert envelope", alert_sub)
    p.add_argument("envelope_id")
    p.add_argument("--title")
    p = command("edit", _alert_edit, "change a draft (a published alert gets a new version)", alert_sub)
    p.add_argument("alert_id")
    p.add_argument("--title")
    p.add_argument("--body-file", metavar="FILE")
    p.add_argument("--regions", nargs="+", metavar="REGION")
    p.add_argument("--expires-on", metavar="YYYY-MM-DD")
    p = command("preview", _alert_preview, "show the alert exactly as the handout prints it", alert_sub)
    p.add_argument("alert_id")
    p = command("publish", _alert_publish, "sign the alert and publish it", alert_sub)
    p.add_argument("alert_id")
    p = command("expire", _alert_end("expire"), "expire a published alert now", alert_sub)
    p.add_argument("alert_id")
    p = command("withdraw", _alert_end("withdraw"), "withdraw a published alert", alert_sub)
    p.add_argument("alert_id")
    command("list", _alert_list, "list this desk's alerts (flagged ones need review)", alert_sub)

    admin = sub.add_parser("admin", help="admin desk: regions, organisations, enrolment codes, devices")
    admin_sub = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    command("regions", _admin, "list regions", admin_sub)
    p = command("region-add", _admin, "add a region", admin_sub)
    p.add_argument("region_id")
    p.add_argument("name")
    command("orgs", _admin, "list organisations", admin_sub)
    p = command("org-create", _admin, "create an organisation", admin_sub)
    p.add_argument("name")
    p.add_argument("--regions", nargs="+", required=True, metavar="REGION")
    p = command(
        "enroll-code", _admin, "make a device enrolment code for an organisation (shown once)", admin_sub
    )
    p.add_argument("org")
    p.add_argument("--expires-hours", type=int, default=24)
    command("devices", _admin, "list devices", admin_sub)
    p = command("revoke", _admin, "revoke a device", admin_sub)
    p.add_argument("device_id")
    desk_work_cmds.add_desk_work_commands(sub)
