"""`outreach settings review-required on|off`: coordinator review of reports before they leave.

The same op as the app's Settings page (`ops.coordinator.set_review_required`): coordinators
only, sealed with the coordinator key, audited.
"""

from __future__ import annotations

import argparse
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io


def register(sub: Any) -> None:
    settings = sub.add_parser("settings", help="the vault's settings (coordinators)")
    actions = settings.add_subparsers(dest="settings_command", metavar="SETTING", required=True)
    review = actions.add_parser(
        "review-required", help="whether a coordinator must approve each report before it is sent"
    )
    review.add_argument("value", choices=("on", "off"))
    review.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    review.set_defaults(handler=run_review_required)


def run_review_required(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli.session import open_session
    from outreach_app.core.permissions import PermissionDeniedError
    from outreach_app.domain.timeutil import utcnow
    from outreach_app.ops.coordinator import set_review_required

    required = args.value == "on"
    session = open_session(args, io)
    try:
        set_review_required(session, required, now=utcnow())
    except PermissionDeniedError as exc:
        raise CliError(str(exc), ExitCode.AUTH) from None
    finally:
        session.close()
    if args.json or args.sub_json:
        io.json({"review_required": required})
    else:
        io.out(f"review required: {args.value}")
    return int(ExitCode.OK)
