"""`outreach alerts check VALUE | handout --out FILE.pdf`: the Alerts page's check and handout.

`check` runs `ops.alerts.check`, exactly what the page's CHECK box runs: the alerts valid
today that name the phone number, plate, e-mail address or online name (any format), and
the incidents on this device that name it. `handout` prints the same A4 bulletin as the
page's "Save handout as PDF" (ui/alerts_handout.py, drawn by services/handout.py), written
0600 and recorded in the vault so quick delete destroys it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io


def register(sub: Any) -> None:
    alerts = sub.add_parser(
        "alerts", help="the charity's alerts on this device: check a value, print a handout"
    )
    actions = alerts.add_subparsers(dest="alerts_command", metavar="ACTION", required=True)
    checker = actions.add_parser("check", help="alerts and local incidents naming a number, plate or address")
    checker.add_argument("value", help="a phone number, plate, e-mail address or online name (any format)")
    checker.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    checker.set_defaults(handler=run_alerts_check)
    handout = actions.add_parser("handout", help="the printable A4 handout of today's alerts, as PDF")
    handout.add_argument("--out", type=Path, required=True, help="the PDF to write (must not exist)")
    handout.add_argument("--area", help="only the alerts for this area's region (default: all areas)")
    handout.add_argument(
        "--language",
        dest="languages",
        action="append",
        metavar="CODE",
        help="print in this language (en, ro, pl, bg, hu, pt_BR, es, th, zh_Hans, vi, sq); give it "
        "twice for two languages side by side (default: the languages chosen on the Alerts page)",
    )
    handout.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    handout.set_defaults(handler=run_alerts_handout)


def _today() -> Any:
    from outreach_app.domain.timeutil import to_local, utcnow
    from outreach_app.ui.alerts_handout import LOCAL_ZONE

    return to_local(utcnow(), LOCAL_ZONE).date()


def run_alerts_check(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli.session import open_session
    from outreach_app.ops.alerts import check

    value = args.value.strip()
    if not value:
        raise CliError("give a phone number, plate, e-mail address or online name", ExitCode.USAGE)
    session = open_session(args, io)
    try:
        result = check(session, value, _today())
    finally:
        session.close()
    alerts = [
        {
            "alert_id": str(a.alert_id),
            "title": a.title,
            "issued_on": a.issued_on.isoformat(),
            "expires_on": a.expires_on.isoformat(),
        }
        for a in result.alerts
    ]
    incidents = [
        {"id": str(i.id), "occurred_at": i.occurred_at.isoformat(), "types": [t.value for t in i.types]}
        for i in result.incidents
    ]
    if args.json or args.sub_json:
        io.json({"alerts": alerts, "incidents": incidents})
        return int(ExitCode.OK)
    for alert in alerts:
        io.out(f"ALERT\t{alert['title']} (issued {alert['issued_on']}, valid until {alert['expires_on']})")
    for incident in incidents:
        io.out(f"our record\t{incident['id']}\t{incident['occurred_at']}\t{','.join(incident['types'])}")
    if not alerts and not incidents:
        io.out("nothing known about this; that does not mean they are safe")
    return int(ExitCode.OK)


def run_alerts_handout(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli.session import open_session
    from outreach_app.domain.timeutil import utcnow
    from outreach_app.ops.alerts import current, load_alerts
    from outreach_app.ops.app_settings import handout_languages_problem, load_app_settings
    from outreach_app.ops.outside_writes import OutsideKind, write_outside
    from outreach_app.services.handout import handout_pdf
    from outreach_app.ui.alerts_handout import build_handout

    out: Path = args.out
    if out.exists():
        raise CliError(f"{out} already exists; choose a new file", ExitCode.CONFLICT)
    if not out.parent.is_dir():
        raise CliError(f"no such folder: {out.parent}", ExitCode.USAGE)
    if args.languages is not None and (problem := handout_languages_problem(args.languages)):
        raise CliError(problem, ExitCode.USAGE)
    today = _today()
    session = open_session(args, io)
    try:
        stored = load_alerts(session)
        region: str | None = None
        area_name = "all areas"
        if args.area is not None:
            wanted = args.area.strip().casefold()
            found = [name for name in stored.areas if name.casefold() == wanted]
            if not found:
                raise CliError(f"no area called {args.area!r} (see `outreach area list`)", ExitCode.NOT_FOUND)
            area_name = found[0]
            region = stored.areas[area_name]
            if region is None:
                raise CliError(f"{area_name} has no server region, so no alerts are for it", ExitCode.USAGE)
        alerts = current(stored.alerts, today, region)
        settings = load_app_settings(session)
        languages = tuple(args.languages) if args.languages is not None else settings.handout_languages
        handout = build_handout(
            stored,
            alerts,
            area=area_name,
            today=today,
            contact_line=settings.contact_line,
            languages=languages,
        )
        written = write_outside(session, out, handout_pdf(handout), OutsideKind.HANDOUT, utcnow()).value
    finally:
        session.close()
    if args.json or args.sub_json:
        io.json(
            {"path": str(written), "alerts": len(alerts), "area": area_name, "languages": list(languages)}
        )
    else:
        io.out(f"wrote the handout of {len(alerts)} alerts for {area_name} to {written}")
    return int(ExitCode.OK)
