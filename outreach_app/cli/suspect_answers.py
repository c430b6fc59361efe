"""Deciding the preview's suspects on the command line before anything is sealed (issue 14.5).

Every part of a shared free text that might still identify someone (`sharing.suspects`: the
summary and each perpetrator and vehicle text field) must be kept or removed before `share`
(or `consent --confirm-edit`) seals. On a terminal each is shown with its field and some
context and the worker answers k(eep) or r(emove). Otherwise the answers come from a flag:
`--keep-suspects` (keep every one), `--remove-suspects` (remove every one) or
`--suspect-answers FILE` (a JSON list of {"field", "text", "answer": "keep" | "remove"}, the
suspects as `outreach preview --json` lists them). Without an answer for every suspect,
nothing is changed and nothing is sealed.

The removals and the seal are one transaction: a removal that makes the incident need the
person's confirmation again, or a seal that is refused, leaves the vault as it was. The
prompts come before it, so the vault is not held while the worker reads.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from uuid import UUID

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import Purpose
from outreach_app.ops.sharing import Suspect, payload_suspects, payload_texts, preview, remove_suspect
from outreach_app.storage.connection import transaction

KEEP, REMOVE = "keep", "remove"
MAX_ROUNDS = 5  # a removal can (rarely) turn up a new suspect; more rounds than this is a bug
_MAX_ANSWERS_BYTES = 1_000_000
T = TypeVar("T")
Key = tuple[str, str]


def add_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--keep-suspects",
        action="store_true",
        help="keep every part marked as might still identify (scripts)",
    )
    group.add_argument(
        "--remove-suspects",
        action="store_true",
        help="remove every part marked as might still identify from the incident's text (scripts)",
    )
    group.add_argument(
        "--suspect-answers",
        metavar="FILE",
        help='a JSON list of {"field", "text", "answer": "keep"|"remove"}, one per suspect of '
        "`preview --json`",
    )


class _Undecided(Exception):
    """A removal turned up suspects not yet answered: roll back and ask again."""


def seal_after_suspects(
    session: VaultSession,
    incident_id: UUID,
    args: argparse.Namespace,
    io: Io,
    seal: Callable[[], T],
    *,
    purposes: Iterable[Purpose] | None,
    now: datetime,
) -> T:
    """Have every suspect of the preview answered, then apply the removals and `seal()` in one
    transaction. Raises CliError (nothing changed) when a suspect has no answer."""
    chosen = list(purposes) if purposes is not None else None
    file_answers = _read_answers(args.suspect_answers) if args.suspect_answers else None
    answers: dict[Key, str] = {}
    for _round in range(MAX_ROUNDS):
        payload = preview(session, incident_id, chosen)
        for suspect in payload_suspects(payload):
            key = (suspect.field, suspect.text)
            if key not in answers:
                answers[key] = _answer(suspect, payload, args, io, file_answers)
        try:
            with transaction(session.conn):
                for (field, text), answer in answers.items():
                    if answer == REMOVE and _still_there(session, incident_id, chosen, field, text):
                        remove_suspect(session, incident_id, field, text, purposes=chosen, now=now)
                left = payload_suspects(preview(session, incident_id, chosen))
                if any((s.field, s.text) not in answers for s in left):
                    raise _Undecided
                return seal()
        except _Undecided:
            continue
    raise CliError("the marked parts kept changing after removals; nothing was sealed", ExitCode.FAILURE)


def _still_there(
    session: VaultSession, incident_id: UUID, chosen: list[Purpose] | None, field: str, text: str
) -> bool:
    """The suspect is still in the preview (an earlier removal of the same text took it too)."""
    current = payload_suspects(preview(session, incident_id, chosen))
    return any((s.field, s.text) == (field, text) for s in current)


def _answer(
    suspect: Suspect, payload: str, args: argparse.Namespace, io: Io, file_answers: dict[Key, str] | None
) -> str:
    if args.keep_suspects:
        return KEEP
    if args.remove_suspects:
        return REMOVE
    if file_answers is not None:
        found = file_answers.get((suspect.field, suspect.text))
        if found is None:
            raise CliError(
                f"--suspect-answers has no answer for a marked part of {suspect.field} (characters "
                f"{suspect.start}-{suspect.end}); list them with `outreach preview --json`. Nothing was "
                "changed or sealed",
                ExitCode.USAGE,
            )
        return found
    if not io.stdin_is_terminal():
        raise CliError(
            "parts of what would be shared might still identify someone and each must be kept or "
            "removed: run this in a terminal to be asked, or pass --keep-suspects, --remove-suspects "
            "or --suspect-answers FILE (see `outreach preview --json`). Nothing was changed or sealed",
            ExitCode.USAGE,
        )
    return _ask(suspect, payload_texts(json.loads(payload)).get(suspect.field, ""), io)


def _ask(suspect: Suspect, source: str, io: Io) -> str:
    before = source[max(0, suspect.start - 30) : suspect.start]
    after = source[suspect.end : suspect.end + 30]
    reasons = ", ".join(reason.value.replace("_", " ") for reason in suspect.reasons)
    io.err(f"Might still identify someone, in {suspect.field} ({reasons}): {suspect.text}")
    io.err(f"  …{before}>>{suspect.text}<<{after}…")
    while True:
        io.stderr.write("Keep it or remove it? [k/r] ")
        io.stderr.flush()
        line = io.stdin.readline()
        if not line:
            raise CliError("no answer (end of input); nothing was changed or sealed", ExitCode.USAGE)
        reply = line.strip().lower()
        if reply in {"k", "keep"}:
            return KEEP
        if reply in {"r", "remove"}:
            return REMOVE


def _read_answers(path_text: str) -> dict[Key, str]:
    """The answers file, checked whole before anything is done; errors never echo its content."""
    path = Path(path_text)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read --suspect-answers: {exc.strerror}", ExitCode.USAGE) from None
    if len(raw) > _MAX_ANSWERS_BYTES:
        raise CliError("--suspect-answers is too large", ExitCode.USAGE)
    try:
        items = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CliError("--suspect-answers is not UTF-8 JSON", ExitCode.USAGE) from None
    if not isinstance(items, list):
        raise CliError('--suspect-answers must be a JSON list of {"field", "text", "answer"}', ExitCode.USAGE)
    answers: dict[Key, str] = {}
    for number, item in enumerate(items, start=1):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("field"), str)
            or not isinstance(item.get("text"), str)
            or item.get("answer") not in {KEEP, REMOVE}
        ):
            raise CliError(
                f'--suspect-answers item {number} needs "field", "text" and "answer": "keep" or "remove"',
                ExitCode.USAGE,
            )
        answers[(item["field"], item["text"])] = item["answer"]
    return answers
