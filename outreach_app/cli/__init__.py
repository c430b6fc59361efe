"""`outreach`: opens the desktop app; subcommands serve scripting, support staff and tests.

Each command group lives in its own module with a `register(subparsers)`
function; `COMMAND_MODULES` lists them. docs/cli.md is the full table.

Start-up: a command's module (and the storage, sharing and sync code it imports) is imported
only when that command runs, and none when `outreach` opens the desktop app — importing all
of them took 0.7–1.0 s before the window could show. `COMMAND_OWNERS` says which module
registers which command. A new module only needs its line in `COMMAND_MODULES` to work (a
module missing from `COMMAND_OWNERS` is imported for every command, which is slower), and
tests/unit/cli/test_lazy_commands.py fails until its commands are in `COMMAND_OWNERS`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from outreach_app.cli.common import CliError, ExitCode, Io, json_requested

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
    "outreach_app.cli.search_cmd",
    "outreach_app.cli.alerts_cmds",
    "outreach_app.cli.settings_cmds",
    "outreach_app.cli.subscribe_cmds",
    "outreach_app.cli.charity_cmds",
    "outreach_app.cli.desk_cmds",
]


# Command → the module in COMMAND_MODULES that registers it.
COMMAND_OWNERS: dict[str, str] = {
    **dict.fromkeys(
        ("init", "check", "wipe", "backup", "restore", "passphrase"), "outreach_app.cli.vault_cmds"
    ),
    "schema": "outreach_app.cli.schema_cmd",
    **dict.fromkeys(("audit", "stats", "retention", "role"), "outreach_app.cli.coordinator_cmds"),
    **dict.fromkeys(("import", "export", "forget"), "outreach_app.cli.records_cmds"),
    **dict.fromkeys(
        ("consent", "preview", "share", "outbox", "review", "withdraw"), "outreach_app.cli.sharing_cmds"
    ),
    **dict.fromkeys(("enroll", "sync", "unenroll"), "outreach_app.cli.sync_cmds"),
    "scrub": "outreach_app.cli.scrub_cmd",
    "area": "outreach_app.cli.area_cmds",
    "search": "outreach_app.cli.search_cmd",
    "alerts": "outreach_app.cli.alerts_cmds",
    "settings": "outreach_app.cli.settings_cmds",
    "subscribe": "outreach_app.cli.subscribe_cmds",
    "charity": "outreach_app.cli.charity_cmds",
    "desk": "outreach_app.cli.desk_cmds",
}

_HELP_FLAGS = frozenset({"-h", "--help"})


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: with only the modules its command needs (none to open the app).

    Without `argv` (or for --help, or a command no module claims) every module registers,
    so help lists every command and argparse can say what an unknown one should be."""
    parser = _top_level_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _modules_for(parser, argv):
        importlib.import_module(name).register(sub)
    return parser


def _modules_for(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> list[str]:
    if argv is None or _HELP_FLAGS.intersection(argv):
        return list(COMMAND_MODULES)
    unclaimed = [name for name in COMMAND_MODULES if name not in COMMAND_OWNERS.values()]
    command = _command_word(parser, argv)
    if command is None:
        return []  # open the app: no command module at all
    owner = COMMAND_OWNERS.get(command)
    if owner is None or owner not in COMMAND_MODULES:
        return list(COMMAND_MODULES)
    return [owner, *unclaimed]


def _command_word(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not a top-level option or an option's value."""
    takes_value = {
        option
        for action in parser._actions  # argparse has no public list of its options
        if action.nargs != 0
        for option in action.option_strings
    }
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word.startswith("-"):
            if word in takes_value:
                next(words, None)  # its value, e.g. --data-dir PATH
            continue
        return word
    return None


def _top_level_parser() -> argparse.ArgumentParser:
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
    return parser


def run(argv: Sequence[str] | None = None, io: Io | None = None) -> int:
    """Run one command and return its exit code (tests call this in-process).

    With `--json`, stdout holds exactly one JSON document however the command ends
    (`cli.json_output`).
    """
    io = io or Io()
    if not json_requested(argv):
        return _run(argv, io)
    from outreach_app.cli.json_output import JsonIo  # lazy: only `--json` needs it

    json_io = JsonIo(io)
    code = _run(argv, json_io)
    json_io.finish(code)
    return code


def _run(argv: Sequence[str] | None, io: Io) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
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
        # Lazy imports: an error path must not cost every start-up its modules.
        from outreach_app.cli.unexpected import report_unexpected
        from outreach_app.domain.disk_full import is_disk_full

        if not is_disk_full(exc):  # the last line of defence: one line, exit 70 (cli/unexpected.py)
            return report_unexpected(exc, io, debug=args.debug)
        from outreach_app.cli.session import disk_full_error

        error = disk_full_error()
        io.err(f"outreach: {error}")
        return int(error.code)


def _open_app(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.core.gc_tuning import defer_collection_for_start_up

    defer_collection_for_start_up()  # the app settles the heap after its first paint
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
