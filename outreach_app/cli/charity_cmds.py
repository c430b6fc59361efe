"""`outreach charity ...`: the charity's key tools until the desk app (issue 22).

    outreach charity root init --out DIR [--charity-id ID]
    outreach charity desk-keys --role alerts|police --out DIR [--desk-id ID]
    outreach charity sign-bundle --root DIR --desk PUB.json... --version N --out bundle.json
    outreach charity sign-alert --desk DIR alert.json --out signed.json
    outreach charity open-envelopes --desk DIR export.json

Private keys are encrypted with a passphrase read from the terminal (or the next line of
stdin), never from argv. Nothing here touches the network or a vault.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from outreach_app.charity import key_files, tools
from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.protocol.base import REGION_ID_PATTERN
from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.envelopes import Envelope
from outreach_app.protocol.keys import DeskRole

MIN_KEY_PASSPHRASE = 12
"""A key passphrase guards the charity's root or a desk: at least this many characters."""


def _new_passphrase(io: Io, what: str) -> str:
    passphrase = io.read_secret(f"New passphrase for the {what}: ")
    if len(passphrase) < MIN_KEY_PASSPHRASE:
        raise CliError(f"a key passphrase has at least {MIN_KEY_PASSPHRASE} characters", ExitCode.USAGE)
    if io.stdin_is_terminal() and io.read_secret("Again: ") != passphrase:
        raise CliError("the passphrases differ", ExitCode.USAGE)
    return passphrase


def _check_id(value: str, what: str) -> str:
    import re

    if not re.match(REGION_ID_PATTERN, value):
        raise CliError(f"{what} must be lower-case letters, digits, _ and - (at most 64)", ExitCode.USAGE)
    return value


def _guarded(action: Any) -> Any:
    try:
        return action()
    except (key_files.KeyFileError, tools.CharityToolError) as exc:
        raise CliError(str(exc), ExitCode.FAILURE) from None
    except OSError as exc:
        raise CliError(f"could not write: {exc.strerror}", ExitCode.FAILURE) from None


def _root_init(args: argparse.Namespace, io: Io) -> int:
    charity_id = _check_id(args.charity_id, "--charity-id")
    passphrase = _new_passphrase(io, "root key")
    public = _guarded(lambda: tools.init_root(Path(args.out), charity_id, passphrase))
    if args.json:
        io.json(
            {
                "charity_id": public.charity_id,
                "fingerprint": public.fingerprint,
                "root_public": public.root_public,
            }
        )
    else:
        io.out(f"root key written to {args.out}")
        io.out(f"root key fingerprint (print it on every enrolment code sheet): {public.fingerprint}")
    return int(ExitCode.OK)


def _desk_keys(args: argparse.Namespace, io: Io) -> int:
    role = DeskRole(args.role)
    desk_id = _check_id(args.desk_id or role.value, "--desk-id")
    passphrase = _new_passphrase(io, f"{role.value} desk keys")
    desk = _guarded(lambda: tools.new_desk_keys(Path(args.out), role, desk_id, passphrase))
    if args.json:
        io.json(json.loads(desk.model_dump_json(exclude_none=True)))
    else:
        io.out(f"{role.value} desk {desk.desk_id}: keys written to {args.out}")
        io.out(f"public keys for the bundle: {Path(args.out) / key_files.DESK_PUBLIC}")
    return int(ExitCode.OK)


def sign_bundle(args: argparse.Namespace, io: Io) -> int:
    """Also `outreach desk sign-bundle` (the desk wraps this tool)."""
    if args.version < 1:
        raise CliError("--version is a whole number from 1", ExitCode.USAGE)
    passphrase = io.read_secret("Passphrase of the root key: ")
    signed = _guarded(
        lambda: tools.make_bundle(Path(args.root), passphrase, [Path(p) for p in args.desk], args.version)
    )
    _guarded(lambda: tools.write_json(Path(args.out), tools.signed_document(signed)))
    desks = ", ".join(desk.desk_id for desk in signed.bundle.desks)
    if args.json:
        io.json(
            {
                "out": args.out,
                "version": signed.bundle.version,
                "desks": [d.desk_id for d in signed.bundle.desks],
            }
        )
    else:
        io.out(f"bundle version {signed.bundle.version} ({desks}) signed: {args.out}")
    return int(ExitCode.OK)


def _sign_alert(args: argparse.Namespace, io: Io) -> int:
    passphrase = io.read_secret("Passphrase of the alerts desk keys: ")
    signed = _guarded(lambda: tools.sign_alert_file(Path(args.desk), passphrase, Path(args.alert)))
    _guarded(lambda: tools.write_json(Path(args.out), tools.signed_document(signed)))
    summary = tools.alert_summary(signed)
    if args.json:
        io.json({"out": args.out, **summary})
    else:
        io.out(f"alert {summary['alert_id']} signed: {args.out}")
        io.out(f"fingerprint (printed on handouts): {summary['fingerprint']}")
    return int(ExitCode.OK)


def _open_envelopes(args: argparse.Namespace, io: Io) -> int:
    """Open an export (a JSON list of envelopes, or {"envelopes": [...]}) and print the contents."""
    passphrase = io.read_secret("Passphrase of the desk keys: ")
    private = _guarded(lambda: key_files.read_enc_private_b64(Path(args.desk), passphrase))
    try:
        document = json.loads(Path(args.export).read_bytes())
        items = document["envelopes"] if isinstance(document, dict) else document
        envelopes = [Envelope.model_validate(item) for item in items]
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        raise CliError(f"{args.export} is not an envelope export", ExitCode.USAGE) from None
    opened = [_guarded(lambda e=envelope: tools.open_envelope(e, private)) for envelope in envelopes]
    contents = [json.loads(canonical_json(item.content)) for item in opened]
    io.json({"contents": contents} if args.json else contents)
    return int(ExitCode.OK)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "charity",
        help="the charity's key tools: root key, desk keys, signed key bundles and alerts",
        description="Make and use the charity's keys (until the desk app). Passphrases are "
        "read from the terminal or stdin, never from the command line.",
    )
    sub = parser.add_subparsers(dest="charity_command", metavar="ACTION", required=True)

    root = sub.add_parser("root", help="the charity's root signing key")
    root_sub = root.add_subparsers(dest="root_command", metavar="ACTION", required=True)
    init = root_sub.add_parser("init", help="make a new root key in a folder")
    init.add_argument("--out", required=True, metavar="DIR")
    init.add_argument("--charity-id", default="charity", help="short id of the charity (default: charity)")
    init.set_defaults(handler=_root_init)

    desk = sub.add_parser("desk-keys", help="make a desk's key pairs in a folder")
    desk.add_argument("--role", required=True, choices=[role.value for role in DeskRole])
    desk.add_argument("--desk-id", help="the desk's id (default: the role)")
    desk.add_argument("--out", required=True, metavar="DIR")
    desk.set_defaults(handler=_desk_keys)

    bundle = sub.add_parser("sign-bundle", help="sign the bundle of desk public keys with the root key")
    bundle.add_argument("--root", required=True, metavar="DIR")
    bundle.add_argument("--desk", required=True, nargs="+", metavar="PUB.json")
    bundle.add_argument("--version", required=True, type=int, metavar="N")
    bundle.add_argument("--out", required=True, metavar="bundle.json")
    bundle.set_defaults(handler=sign_bundle)

    alert = sub.add_parser("sign-alert", help="sign an alert with an alerts desk's key")
    alert.add_argument("--desk", required=True, metavar="DIR")
    alert.add_argument("alert", metavar="alert.json")
    alert.add_argument("--out", required=True, metavar="signed.json")
    alert.set_defaults(handler=_sign_alert)

    opener = sub.add_parser("open-envelopes", help="open envelopes exported by the server with a desk's key")
    opener.add_argument("--desk", required=True, metavar="DIR")
    opener.add_argument("export", metavar="export.json")
    opener.set_defaults(handler=_open_envelopes)
