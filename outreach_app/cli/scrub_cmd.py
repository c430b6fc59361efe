"""`outreach scrub [FILE]`: run the free-text scrubber over JSON lines; no vault needed.

Each input line is `{"text": "...", "remove": [...], "keep": [...]}` (`remove` and `keep`
optional): `remove` holds names that must go (as the vault's aliases do in the app), `keep`
the identifiers that must stay (as the perpetrator's do). Each output line is
`{"text": "<scrubbed>", "spans": [[start, end, kind], ...]}`, offsets in characters of the
input text (with the global `--json`: one JSON array of those objects instead). Trainers use
it to see what the scrubber does; the charity's redaction step can call the same function.

Every line is checked before anything is printed: a bad line stops the command with its
line number and what is wrong (never its content, which may be a note) and exit 2.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io

MAX_LINE_CHARS = 100_000
_FIELDS = {"text", "remove", "keep"}


def parse_line(number: int, line: str) -> tuple[str, list[str], list[str]]:
    """The text, remove and keep lists of input line `number` (CliError, exit 2, when bad)."""

    def bad(reason: str) -> CliError:
        return CliError(f"line {number}: {reason}; nothing was printed", ExitCode.USAGE)

    if len(line) > MAX_LINE_CHARS:
        raise bad(f"longer than {MAX_LINE_CHARS} characters")
    try:
        value: Any = json.loads(line)
    except json.JSONDecodeError:
        raise bad("not valid JSON") from None
    if not isinstance(value, dict):
        raise bad('expected a JSON object like {"text": "..."}')
    unknown = sorted(set(value) - _FIELDS)
    if unknown:
        raise bad(f"unknown field {unknown[0]!r} (allowed: text, remove, keep)")
    text = value.get("text")
    if not isinstance(text, str):
        raise bad('"text" must be a string')
    lists: list[list[str]] = []
    for name in ("remove", "keep"):
        items = value.get(name, [])
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise bad(f'"{name}" must be a list of strings')
        lists.append(items)
    return text, lists[0], lists[1]


def _read_lines(args: argparse.Namespace, io: Io) -> list[str]:
    if args.file in (None, "-"):
        return io.stdin.read().splitlines()
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"no such file: {path}", ExitCode.NOT_FOUND) from None
    except OSError as exc:
        raise CliError(f"could not read {path}: {exc.strerror}", ExitCode.FAILURE) from None
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise CliError(f"line {number}: not UTF-8 text; nothing was printed", ExitCode.USAGE) from None
    return data.decode("utf-8").splitlines()


def _run(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.domain.scrubbing.scrubber import (
        PreparedContext,
        ScrubContext,
        default_scrubber,
    )  # lazy: other commands never load it

    inputs = [(n, line) for n, line in enumerate(_read_lines(args, io), start=1) if line.strip()]
    parsed = [parse_line(number, line) for number, line in inputs]
    scrubber = default_scrubber()
    # (lines that share a vault context share its matchers, built once for the run: a context's
    # forms and regexes cost more than scrubbing a short line; dropped when the command ends)
    prepared: dict[ScrubContext, PreparedContext] = {}
    results = []
    for text, remove, keep in parsed:
        context = ScrubContext.of(remove, keep)
        ready = prepared.get(context)
        if ready is None:
            ready = prepared[context] = scrubber.prepare(context)
        result = scrubber.scrub(text, ready)
        spans = [[span.start, span.end, span.kind.value] for span in result.spans]
        results.append({"text": result.text, "spans": spans})
    if getattr(args, "json", False):  # --json: one JSON document, like every other command
        io.document(json.dumps(results, ensure_ascii=False))
    else:
        for line in results:
            io.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return int(ExitCode.OK)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scrub",
        help="scrub free text given as JSON lines (no vault needed)",
        description='Read JSON lines {"text": ..., "remove": [names], "keep": [identifiers]} from FILE '
        'or stdin and print one line {"text": scrubbed, "spans": [[start, end, kind], ...]} per input.',
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="JSON lines to scrub (default: stdin)")
    parser.set_defaults(handler=_run)
