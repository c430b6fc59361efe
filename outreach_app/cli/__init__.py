"""`outreach`: opens the desktop app; subcommands serve scripting, support staff and tests.

Each command group lives in its own module with a `register(subparsers)`
function; `COMMAND_MODULES` lists them. docs/cli.md is the full table.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.cli.json_output import JsonIo, json_requested
from outreach_app.cli.unexpected import report_unexpected
from outreach_app.domain.disk_full import is_disk_full

# Modules that add subcommands. Each defines register(subparsers: argparse._SubParsersAction).
COMMAND_MODULES: list[str] = [
    "outreach_app.cli.vault_cmds",
    "outreach_app.cli.schema_cmd",
    "outreach_app.cli.coordinator_cmds",
    "outreach_app.cli.records_cmds",
    "outreach_app.cli.sharing_cmds",
    "outreach_app.cli.sync_cmds",
    "outreach_app.cli.scrub_cmd",
    "outreach_app.cli.area_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach",
        description="Outreach: encrypted, offline-first outreach and incident reporting.",
    )
    parser.add_argument(
        "--data-dir", help="vault folder (default: OUTREACH_DATA_DIR or the platform data dir)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output where supported")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a throwaway demo vault and server"
    )
    parser.add_argument("--self-test", action="store_true", help="smoke-test the app offscreen and exit")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on an internal error, show where it happened (stderr, no values)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: Sequence[str] | None = None, io: Io | None = None) -> int:
    """Run one command and return its exit code (tests call this in-process).

    With `--json`, stdout holds exactly one JSON document however the command ends
    (`cli.json_output`).
    """
    io = io or Io()
    if not json_requested(argv):
        return _run(argv, io)
    json_io = JsonIo(io)
    code = _run(argv, json_io)
    json_io.finish(code)
    return code


def _run(argv: Sequence[str] | None, io: Io) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _open_app(args, io)
        return int(handler(args, io))
    except CliError as exc:
        io.err(f"outreach: {exc}")
        return int(exc.code)
    except KeyboardInterrupt:
        io.err("outreach: interrupted")
        return 130
    except Exception as exc:
        if not is_disk_full(exc):  # the last line of defence: one line, exit 70 (cli/unexpected.py)
            return report_unexpected(exc, io, debug=args.debug)
        from outreach_app.cli.session import disk_full_error  # lazy: keeps start-up light

        error = disk_full_error()
        io.err(f"outreach: {error}")
        return int(error.code)


def _open_app(args: argparse.Namespace, io: Io) -> int:
    try:
        app_module = importlib.import_module("outreach_app.app")
    except ModuleNotFoundError as exc:
        raise CliError(
            f"the desktop app is not available in this install ({exc.name})", ExitCode.UNAVAILABLE
        ) from exc
    return int(app_module.main(args, io))


def main() -> None:
    from outreach_app.core.hardening import harden_process

    harden_process()
    sys.exit(run())
