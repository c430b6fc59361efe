"""The CLI's last line of defence: an error no command expected becomes one line and exit 70.

A traceback is no way to tell a worker something went wrong, and its text can carry record
text: an exception's message may quote a value (an SQL parameter, a field that failed a
check, a path built from a name). So the line says only that it was an internal error and
the exception's type. `--debug` adds, on stderr only, where it happened: the exception
types of the chain and each frame's file, line, function and line of code — the app's own
code, never an exception message, an argument or a local variable.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator

from outreach_app.cli.common import ExitCode, Io

HINT = "nothing of the records was printed; `outreach --debug …` shows where on stderr"


def report_unexpected(exc: BaseException, io: Io, *, debug: bool) -> int:
    """Print one line (and with `debug` the places, never values) and return ExitCode.INTERNAL."""
    io.err(f"outreach: internal error ({type(exc).__name__}); {HINT}")
    if debug:
        for line in debug_lines(exc):
            io.err(line)
    return int(ExitCode.INTERNAL)


def debug_lines(exc: BaseException) -> list[str]:
    """The chain, oldest cause first, as types and frames only (no messages: they may hold
    record text)."""
    lines: list[str] = []
    for link in reversed(list(_chain(exc))):
        lines.append(f"{type(link).__module__}.{type(link).__qualname__} (message not shown)")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return lines


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, then what caused it (explicitly or while handling), each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
