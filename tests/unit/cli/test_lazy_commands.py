"""`outreach` imports a command's module only when that command runs, and none to open the app."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_app import cli
from outreach_app.cli import COMMAND_MODULES, COMMAND_OWNERS, build_parser

ROOT = Path(__file__).resolve().parents[3]


def _registered_by(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(module_name).register(sub)
    return set(sub.choices)


def test_every_module_says_which_commands_it_owns() -> None:
    owned: dict[str, set[str]] = {}
    for command, module in COMMAND_OWNERS.items():
        owned.setdefault(module, set()).add(command)
    for module in COMMAND_MODULES:
        assert _registered_by(module) == owned.get(module, set()), (
            f"{module}: list its commands in COMMAND_OWNERS (outreach_app/cli/__init__.py)"
        )


def _cli_modules_imported_by(argv: list[str]) -> list[str]:
    """The outreach_app.cli.* modules a fresh process imports to parse `argv`."""
    code = (
        "import json, sys\n"
        "from outreach_app.cli import build_parser\n"
        f"build_parser({argv!r}).parse_known_args({argv!r})\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('outreach_app.cli.'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, timeout=60
    )
    return list(json.loads(out.stdout))


# What every run needs: the shared Io and exit codes, and the filter that keeps server and
# record text from driving the terminal (both a few dozen lines, no third-party imports).
BASE = ["outreach_app.cli.common", "outreach_app.cli.terminal_text"]


def test_opening_the_app_imports_no_command_module() -> None:
    assert _cli_modules_imported_by(["--data-dir", "/tmp/x"]) == BASE
    assert _cli_modules_imported_by([]) == BASE


def test_a_command_imports_only_its_own_module() -> None:
    assert _cli_modules_imported_by(["--data-dir", "schema", "schema"]) == sorted(
        [*BASE, "outreach_app.cli.schema_cmd"]
    )


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["init"], "init"),
        (["--json", "sync"], "sync"),
        (["--data-dir", "init", "check"], "check"),  # "init" is the folder here
        (["--data-dir=/x", "--json", "export", "contacts"], "export"),
        (["--demo"], None),
        (["--", "audit"], "audit"),
    ],
)
def test_the_command_word_is_found_among_top_level_options(argv: list[str], command: str | None) -> None:
    assert cli._command_word(cli._top_level_parser(), argv) == command


def test_every_command_parses_with_the_lazy_parser() -> None:
    for command in COMMAND_OWNERS:
        parser = build_parser([command])
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert command in sub.choices, command


def test_help_and_unknown_commands_still_see_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--help"]) == 0
    listed = capsys.readouterr().out
    for command in COMMAND_OWNERS:
        assert command in listed
    assert cli.run(["no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err
