"""What every subcommand shares: exit codes, errors, reading secrets, printing results.

Secrets (passphrases, codes) and the server address are never taken from argv:
they come from a prompt when stdin is a terminal, otherwise one per line from
stdin, in the order the command's row in docs/cli.md gives.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, TextIO

from outreach_app.cli.terminal_text import printable


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # the command ran and something it reports failed (e.g. damage found, items parked)
    USAGE = 2  # bad arguments or input; nothing changed
    AUTH = 3  # wrong passphrase, locked out for now, or a role that may not do this
    NOT_FOUND = 4  # no vault, unknown record id
    CONFLICT = 5  # vault in use by another process, id already present, state does not allow it
    DAMAGED = 6  # the DB or key file is damaged or not ours; nothing was overwritten
    UNAVAILABLE = 7  # network or server unreachable, or a feature not installed
    DISK_FULL = 8  # the disk holding the vault is full: nothing was changed; free space (docs/cli.md)
    INTERNAL = 70  # an error no command expected (cli/unexpected.py); sysexits' EX_SOFTWARE


class CliError(Exception):
    """Raised by a handler to end the command with a clear message and an exit code."""

    def __init__(self, message: str, code: ExitCode = ExitCode.FAILURE) -> None:
        super().__init__(message)
        self.code = code


Handler = Callable[[argparse.Namespace, "Io"], int]


class Io:
    """Terminal I/O for one command run; tests pass their own streams."""

    def __init__(
        self, stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
    ) -> None:
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr

    def stdin_is_terminal(self) -> bool:
        isatty = getattr(self.stdin, "isatty", None)
        return bool(isatty and isatty())

    def read_secret(self, prompt: str) -> str:
        """One secret: a hidden prompt on a terminal, else the next line of stdin."""
        if self.stdin_is_terminal():
            import getpass  # here, not at the top: opening the app never needs it

            return getpass.getpass(prompt)
        line = self.stdin.readline()
        if not line:
            raise CliError(f"expected a line on stdin for: {prompt.strip().rstrip(':')}", ExitCode.USAGE)
        return line.rstrip("\r\n")

    def read_line(self, prompt: str) -> str:
        """A non-secret value that still must not go in argv (e.g. the server address)."""
        if self.stdin_is_terminal():
            self.stderr.write(prompt)
            self.stderr.flush()
        line = self.stdin.readline()
        if not line:
            raise CliError(f"expected a line on stdin for: {prompt.strip().rstrip(':')}", ExitCode.USAGE)
        return line.rstrip("\r\n")

    def confirm(self, question: str, assume_yes: bool) -> bool:
        if assume_yes:
            return True
        if not self.stdin_is_terminal():
            return False
        self.stderr.write(f"{question} [y/N] ")
        self.stderr.flush()
        return self.stdin.readline().strip().lower() in {"y", "yes"}

    def out(self, text: str) -> None:
        """A line for people: escape sequences and control characters removed (terminal_text)."""
        self.stdout.write(printable(text) + "\n")

    def err(self, text: str) -> None:
        self.stderr.write(printable(text) + "\n")

    def json(self, value: Any) -> None:
        self.stdout.write(json.dumps(value, indent=2, sort_keys=True, default=str) + "\n")

    def document(self, text: str) -> None:
        """A JSON document already serialised (e.g. canonical bytes that must not be re-encoded)."""
        self.stdout.write(text + "\n")
        self.stdout.flush()


def json_requested(argv: Sequence[str] | None) -> bool:
    """`--json` among the arguments (before a `--`), as a global or a subcommand option."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--" in args:
        args = args[: args.index("--")]
    return "--json" in args
