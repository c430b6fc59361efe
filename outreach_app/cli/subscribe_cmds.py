"""`outreach subscribe`: sign a person up for warnings, with their consent, from the CLI.

The address is read from a hidden prompt or stdin (after the passphrase), never from argv
(shell history, the process list) and is never stored on this device: it goes straight to
the charity's server (ops/subscriptions.py).

    outreach subscribe --channel sms --regions north east [--plain] [--language en] [--yes]
"""

from __future__ import annotations

import argparse
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.cli.session import open_session, vault_errors_as_exit_codes
from outreach_app.ops.subscriptions import CHANNELS, LANGUAGE_TAGS, SignUp, SignUpError, sign_up
from outreach_app.sync.client import HttpStatusError, SyncTransportError
from outreach_app.sync.credentials import ReenrolRequiredError
from outreach_app.sync.enrollment import NotEnrolledError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "subscribe",
        help="sign a person up for warnings by text, email or messenger (address from the prompt)",
    )
    p.add_argument("--channel", choices=CHANNELS, required=True)
    p.add_argument("--regions", nargs="+", required=True, metavar="REGION")
    p.add_argument(
        "--language",
        default="en",
        choices=LANGUAGE_TAGS,
        help="the language of their messages (default en)",
    )
    p.add_argument("--plain", action="store_true", help="plain wording (default: discreet)")
    p.add_argument("--yes", action="store_true", help="the person agreed (required without a terminal)")
    p.set_defaults(handler=run_subscribe)


def run_subscribe(args: argparse.Namespace, io: Io) -> int:
    session = open_session(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        address = io.read_secret("Their number or address (not stored here): ").strip()
        consent = io.confirm("Did they agree to get these messages?", args.yes)
        details = SignUp(args.channel, address, args.regions, args.language, not args.plain, consent)
        try:
            sign_up(session.conn, details)
        except SignUpError as exc:
            raise CliError(f"{exc}; nothing was sent", ExitCode.USAGE) from None
        except NotEnrolledError as exc:
            raise CliError(str(exc), ExitCode.NOT_FOUND) from None
        except ReenrolRequiredError as exc:
            raise CliError(f"{exc} (`outreach enroll`)", ExitCode.AUTH) from None
        except HttpStatusError as exc:
            if exc.status == 422:
                raise CliError(
                    "the server refused it: check the address and regions", ExitCode.USAGE
                ) from None
            if exc.status == 503:
                raise CliError(
                    "the charity has not set up warnings on its server", ExitCode.UNAVAILABLE
                ) from None
            raise CliError(
                f"the server answered {exc.status}; nothing was stored", ExitCode.FAILURE
            ) from None
        except SyncTransportError as exc:
            raise CliError(f"could not reach the server: {exc}", ExitCode.UNAVAILABLE) from None
    io.out("Signed up: they will get a welcome message with a link to stop.")
    return 0
