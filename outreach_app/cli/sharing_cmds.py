"""`outreach consent | preview | share | outbox | review | withdraw`: the sharing pipeline.

- consent INCIDENT_ID [--alert] [--statistics] [--police-intelligence] [--police-referral]
  --method verbal|written --worker XX: prints what each purpose shares and what cannot be
  undone, records the decision (a new version), and prints the withdrawal code ONCE with
  the neutral slip text. Unflagged purposes are recorded as "no".
- consent INCIDENT_ID --confirm-edit [purpose flags] --method … --worker XX: the person
  confirms again an incident edited after it was shared (same purposes or fewer; no flag =
  every purpose consented before); the new version is sealed at once, superseding the old.
  The withdrawal code stays the same and nothing secret is read.
- preview INCIDENT_ID [purpose flags]: the exact canonical JSON that `share` (or, after an
  edit, `consent --confirm-edit` with the same flags) would seal and send.
- share INCIDENT_ID [--keep-suspects | --remove-suspects | --suspect-answers FILE]: seals that
  JSON into the outbox (queued, or awaiting review) once every part that might still identify
  someone is kept or removed (asked on a terminal; `cli.suspect_answers`); refused for an
  incident edited since it was shared, with the way to confirm it again.
- outbox [--json]: every item's state, attempts and last error; every withdrawal and how far
  it got (waiting, withdrawn, not found yet, not found).
- review list | approve ITEM_ID | reject ITEM_ID: the coordinator review step.
- withdraw [purpose flags] [--other-device] [--worker XX]: the code is read from stdin
  (line 2, after the passphrase), never argv. No purpose flag = every purpose.
Bad input (unknown incident, no consent, malformed or spent code) changes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.cli.suspect_answers import add_flags as add_suspect_flags
from outreach_app.cli.suspect_answers import seal_after_suspects
from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.texts import SOURCE_LANGUAGE, is_reviewed, language_for, text
from outreach_app.domain.timeutil import utcnow
from outreach_app.ops import incidents as incident_ops
from outreach_app.ops import sharing as sharing_ops
from outreach_app.protocol.verifier import (
    WithdrawalCodeError,
    normalise_withdrawal_code,
    purpose_verifiers,
    withdrawal_verifier,
)
from outreach_app.sharing import outbox
from outreach_app.sharing import withdrawal_progress as progress
from outreach_app.sharing.anonymise import NotShareableError
from outreach_app.sharing.consent import (
    PURPOSE_ORDER,
    ConsentError,
    SpentCodeError,
    explanation_text,
    slip_text,
)
from outreach_app.sharing.envelope_outbox import ENVELOPE_PURPOSE_VALUES
from outreach_app.sharing.errors import (
    NeedsConsentAgainError,
    NoConsentError,
    ReviewError,
    SharingError,
    UnknownCodeError,
    UnknownIncidentError,
)
from outreach_app.sharing.suspects import payload_suspects
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.repos import outbox as outbox_repo

PURPOSE_FLAGS: dict[str, Purpose] = {
    "alert": Purpose.ALERT,
    "statistics": Purpose.STATISTICS,
    "police_intelligence": Purpose.POLICE_INTELLIGENCE,
    "police_referral": Purpose.POLICE_REFERRAL,
}


def _add_purpose_flags(parser: argparse.ArgumentParser, verb: str) -> None:
    for dest, purpose in PURPOSE_FLAGS.items():
        parser.add_argument(
            f"--{dest.replace('_', '-')}", dest=dest, action="store_true", help=f"{verb} {purpose.value}"
        )


def register(sub: Any) -> None:
    consent = sub.add_parser("consent", help="record the person's consent per purpose (prints the code once)")
    consent.add_argument("incident_id", help="the incident's id (UUID)")
    _add_purpose_flags(consent, "consent to")
    consent.add_argument("--method", choices=[m.value for m in ConsentMethod], required=True)
    consent.add_argument("--worker", required=True, help="initials of the worker recording it")
    consent.add_argument(
        "--confirm-edit",
        action="store_true",
        help="the person confirms again an incident edited after it was shared (same purposes or "
        "fewer; none flagged = as before); seals the new version",
    )
    add_suspect_flags(consent)
    consent.set_defaults(handler=run_consent)

    preview = sub.add_parser("preview", help="print the exact JSON that sharing would send")
    preview.add_argument("incident_id")
    _add_purpose_flags(preview, "preview with only")
    preview.add_argument(
        "--json",
        dest="sub_json",
        action="store_true",
        help="one JSON object: the payload, its canonical text and the suspects (what might still identify)",
    )
    preview.set_defaults(handler=run_preview)

    share = sub.add_parser("share", help="seal the previewed report into the outbox")
    share.add_argument("incident_id")
    share.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    add_suspect_flags(share)
    share.set_defaults(handler=run_share)

    box = sub.add_parser("outbox", help="list outbox items: state, attempts, last error")
    box.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    box.set_defaults(handler=run_outbox)

    review = sub.add_parser("review", help="coordinator review of sealed reports")
    review.add_argument("action", choices=["list", "approve", "reject"])
    review.add_argument("item_id", nargs="?", help="outbox item id (approve/reject)")
    review.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    review.set_defaults(handler=run_review)

    withdraw = sub.add_parser("withdraw", help="withdraw consent with the person's code (read from stdin)")
    _add_purpose_flags(withdraw, "withdraw")
    withdraw.add_argument(
        "--other-device",
        action="store_true",
        help="the code was given on another device or at another project: send a withdrawal by verifier",
    )
    withdraw.add_argument("--worker", help="initials of the worker taking the withdrawal")
    withdraw.set_defaults(handler=run_withdraw)


def _wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False) or getattr(args, "sub_json", False))


def _uuid(text: str | None, what: str) -> UUID:
    if not text:
        raise CliError(f"give the {what} id", ExitCode.USAGE)
    try:
        return UUID(text)
    except ValueError:
        raise CliError(f"{what} id must be a UUID", ExitCode.USAGE) from None


def _chosen(args: argparse.Namespace) -> list[Purpose]:
    return [purpose for dest, purpose in PURPOSE_FLAGS.items() if getattr(args, dest, False)]


@contextmanager
def _session(args: argparse.Namespace, io: Io) -> Iterator[VaultSession]:
    from outreach_app.cli.session import open_session

    with open_session(args, io) as session, _sharing_errors():
        yield session


@contextmanager
def _sharing_errors() -> Iterator[None]:
    """Sharing errors as clear messages and exit codes; the write was rolled back."""
    try:
        yield
    except (UnknownIncidentError, UnknownCodeError, RecordNotFoundError) as exc:
        raise CliError(f"{exc}; nothing was changed", ExitCode.NOT_FOUND) from None
    except WithdrawalCodeError as exc:
        raise CliError(f"that is not a withdrawal code: {exc}; nothing was changed", ExitCode.USAGE) from None
    except SpentCodeError as exc:
        raise CliError(f"{exc}; nothing was changed", ExitCode.CONFLICT) from None
    except (NoConsentError, NotShareableError, ReviewError, ConsentError, SharingError) as exc:
        raise CliError(f"{exc}; nothing was changed", ExitCode.CONFLICT) from None


def run_consent(args: argparse.Namespace, io: Io) -> int:
    incident_id = _uuid(args.incident_id, "incident")
    worker = args.worker.strip()
    if not 1 <= len(worker) <= 12:
        raise CliError("--worker takes the worker's initials (1-12 characters)", ExitCode.USAGE)
    chosen = _chosen(args)
    if args.confirm_edit:
        return _confirm_edit(args, io, incident_id, chosen or None, worker)
    with _session(args, io) as session:
        _refuse_unmapped_area(session, incident_id, chosen)
        io.out("Before recording, tell the person in plain words:\n")
        lang = _persons_language(session, incident_id)
        _out_explanation(io, list(PURPOSE_ORDER), lang)
        outcome = sharing_ops.record_consent(
            session, incident_id, chosen, initials=worker, method=ConsentMethod(args.method)
        ).value
    granted = sorted(p.value for p in outcome.consent.granted())
    if _wants_json(args):
        io.json(
            {
                "incident_id": str(incident_id),
                "version": outcome.consent.version,
                "purposes": granted,
                "withdrawal_code": outcome.code,
            }
        )
        return ExitCode.OK
    io.out(f"Consent version {outcome.consent.version} recorded: {', '.join(granted) or 'nothing shared'}.")
    if outcome.code is not None:
        io.out("\nGive the person this slip. The code is shown ONLY NOW and cannot be shown again:\n")
        io.out(slip_text(outcome.code, lang))
    else:
        io.out("The withdrawal code given with the first consent still applies.")
    return ExitCode.OK


def _persons_language(session: VaultSession, incident_id: UUID) -> str:
    """The catalog language for the incident's person (English with no person or no catalog)."""
    _, person = incident_ops.incident_with_person(session, incident_id)
    return language_for(person.preferred_language if person is not None else "")


def _out_explanation(io: Io, purposes: list[Purpose], lang: str) -> None:
    """The explanations in English (the worker's) and, when the person reads another language,
    again in theirs, with a warning while that translation is only drafted."""
    io.out(explanation_text(purposes))
    io.out("")
    if lang == SOURCE_LANGUAGE:
        return
    if not is_reviewed(lang):
        io.out(f"[{text('consent.not_reviewed')}]\n")
    io.out(explanation_text(purposes, lang))
    io.out("")


def _refuse_unmapped_area(session: VaultSession, incident_id: UUID, chosen: list[Purpose]) -> None:
    """No consent (and no withdrawal code) for a report that could not be sent: its area needs a
    server region first (the form asks the same before its consent step). Saying no to
    everything stays possible."""
    try:
        unmapped = incident_ops.area_without_region(session, incident_id)
    except RecordNotFoundError:
        return  # record_consent says "no such incident" with its own exit code
    if unmapped is not None and chosen:
        raise CliError(
            "the incident's area has no server region, so a report could not be sent: set it with "
            "`outreach area set-region` (or give the incident an area) first; nothing was recorded",
            ExitCode.CONFLICT,
        )


def _confirm_edit(
    args: argparse.Namespace, io: Io, incident_id: UUID, chosen: list[Purpose] | None, worker: str
) -> int:
    """The person confirms the edited version: a consent version and the sealed new version."""
    with _session(args, io) as session:
        io.out("Before confirming, tell the person in plain words what the new version shares:\n")
        _out_explanation(io, chosen or list(Purpose), _persons_language(session, incident_id))
        outcome = seal_after_suspects(
            session,
            incident_id,
            args,
            io,
            lambda: (
                sharing_ops.confirm_edit(
                    session, incident_id, chosen, initials=worker, method=ConsentMethod(args.method)
                ).value
            ),
            purposes=chosen,
            now=utcnow(),
        )
    granted = sorted(p.value for p in outcome.consent.granted())
    item = outcome.item
    if _wants_json(args):
        io.json(
            {
                "incident_id": str(incident_id),
                "version": outcome.consent.version,
                "purposes": granted,
                "withdrawal_code": None,
                "item": _item_json(item),
            }
        )
        return ExitCode.OK
    io.out(f"Consent version {outcome.consent.version} confirms the edited incident: {', '.join(granted)}.")
    io.out("The withdrawal code given with the first consent still applies to every version.")
    replaces = f", replacing report {item.supersedes}" if item.supersedes else ""
    io.out(f"Sealed version {item.version} as outbox item {item.id}: {item.state}{replaces}.")
    return ExitCode.OK


def run_preview(args: argparse.Namespace, io: Io) -> int:
    incident_id = _uuid(args.incident_id, "incident")
    with _session(args, io) as session:
        text = sharing_ops.preview(session, incident_id, _chosen(args) or None)
    suspects = payload_suspects(text)
    if _wants_json(args):
        io.json(
            {
                "incident_id": str(incident_id),
                "payload": json.loads(text),
                "canonical": text,
                "suspects": [suspect.as_json() for suspect in suspects],
            }
        )
        return ExitCode.OK
    io.document(text)
    if suspects:
        # stdout stays exactly the payload; the reminder goes to stderr.
        io.err(
            f"{len(suspects)} part(s) of what would be shared might still identify someone: look at "
            f"each (`outreach preview {incident_id} --json` lists them as suspects, with their field); "
            "`outreach share` asks about each before sealing."
        )
    return ExitCode.OK


def run_share(args: argparse.Namespace, io: Io) -> int:
    incident_id = _uuid(args.incident_id, "incident")
    with _session(args, io) as session:
        try:
            item = seal_after_suspects(
                session,
                incident_id,
                args,
                io,
                lambda: sharing_ops.seal(session, incident_id).value,
                purposes=None,
                now=utcnow(),
            )
        except NeedsConsentAgainError as exc:
            raise CliError(
                f"{exc}; nothing was changed. See the new version with `outreach preview {incident_id}`, "
                f"then record the person's confirmation with `outreach consent {incident_id} --confirm-edit "
                "[--alert] [--statistics] [--police-intelligence] [--police-referral] "
                "--method verbal|written --worker XX` (the same purposes or fewer; none flagged = as "
                "before). Adding a purpose needs a fresh consent (`outreach consent` without "
                "--confirm-edit).",
                ExitCode.CONFLICT,
            ) from None
    if _wants_json(args):
        io.json(_item_json(item))
    else:
        io.out(f"Sealed version {item.version} as outbox item {item.id}: {item.state}.")
    return ExitCode.OK


# Retention blanks the payload of reports sent long ago (storage/repos/retention.py); the item
# keeps its report id and hash, so it is listed (and can be withdrawn) with this note instead.
PAYLOAD_REMOVED = "(payload removed by retention)"


def _item_json(item: outbox_repo.OutboxRow) -> dict[str, Any]:
    return {
        "id": str(item.id),
        "incident_id": str(item.incident_id),
        "version": item.version,
        "state": item.state,
        "purposes": list(item.purposes),
        "attempts": item.attempts,
        "last_error": item.last_error,
        "supersedes": None if item.supersedes is None else str(item.supersedes),
        "updated_at": item.updated_at.isoformat(),
        "payload_removed_by_retention": item.payload == "",
    }


def run_outbox(args: argparse.Namespace, io: Io) -> int:
    with _session(args, io) as session:
        items = outbox.all_items(session.conn)
        withdrawals = outbox_repo.list_withdrawals(session.conn)
    now = utcnow()
    pending = [w for w in withdrawals if progress.progress(w, now) is progress.WithdrawalProgress.WAITING]
    if _wants_json(args):
        io.json(
            {
                "items": [_item_json(item) for item in items],
                "pending_withdrawals": [
                    {
                        "id": str(w.id),
                        "purposes": list(w.purposes),
                        "attempts": w.attempts,
                        "last_error": w.last_error,
                    }
                    for w in pending
                ],
                "withdrawals": [
                    {
                        "id": str(w.id),
                        "purposes": list(w.purposes),
                        "progress": progress.progress(w, now).value,
                        "asked_until": progress.looking_until(w).date().isoformat(),
                        "attempts": w.attempts,
                    }
                    for w in withdrawals
                ],
            }
        )
        return ExitCode.OK
    if not items and not withdrawals:
        io.out("The outbox is empty.")
    for item in items:
        error = f"  last error: {item.last_error}" if item.last_error else ""
        removed = f"  {PAYLOAD_REMOVED}" if item.payload == "" else ""
        io.out(f"{item.id}  v{item.version}  {item.state:<18} attempts {item.attempts}{error}{removed}")
    if pending:
        io.out(f"{len(pending)} withdrawal(s) waiting to reach the server.")
    for w in withdrawals:
        io.out(f"withdrawal {w.id}  {','.join(w.purposes)}: {progress.describe(w, now)}")
    return ExitCode.OK


def run_review(args: argparse.Namespace, io: Io) -> int:
    if args.action == "list":
        if args.item_id:
            raise CliError("`review list` takes no item id", ExitCode.USAGE)
        with _session(args, io) as session:
            waiting = outbox.awaiting_review(session.conn)
        if _wants_json(args):
            io.json([{**_item_json(item), "payload": item.payload} for item in waiting])
        elif not waiting:
            io.out("Nothing is awaiting review.")
        else:
            for item in waiting:
                payload = item.payload or PAYLOAD_REMOVED
                io.out(f"{item.id}  incident {item.incident_id}  v{item.version}\n{payload}\n")
        return ExitCode.OK
    item_id = _uuid(args.item_id, "outbox item")
    # Through the coordinator service, as the UI does: it checks the role (a worker's
    # passphrase changes nothing) and audits the decision in the same transaction.
    from outreach_app.core.permissions import PermissionDeniedError
    from outreach_app.ops import coordinator

    decide = coordinator.approve_report if args.action == "approve" else coordinator.reject_report
    with _session(args, io) as session:
        try:
            decide(session, item_id, now=utcnow())
        except PermissionDeniedError as exc:
            raise CliError(f"{exc}; nothing was changed", ExitCode.AUTH) from None
    io.out(f"Outbox item {item_id} {'approved and queued' if args.action == 'approve' else 'rejected'}.")
    return ExitCode.OK


def _earlier_answers(conn: Any, code: str) -> list[str]:
    """What the server already answered for this code's earlier withdrawals on this device
    (the person may ask again): `withdrawn`, or `not found yet`."""
    # Protocol v2 asks by one verifier per sealed purpose (all derived from the code).
    verifiers = {withdrawal_verifier(normalise_withdrawal_code(code))}
    verifiers |= set(purpose_verifiers(code, ENVELOPE_PURPOSE_VALUES).values())
    now = utcnow()
    return [
        f"Asked before on {w.created_at.date().isoformat()} ({', '.join(w.purposes)}): "
        f"{progress.describe(w, now)}."
        for w in outbox_repo.list_withdrawals(conn)
        if w.verifier in verifiers and progress.progress(w, now) is not progress.WithdrawalProgress.WAITING
    ]


def run_withdraw(args: argparse.Namespace, io: Io) -> int:
    chosen = _chosen(args) or list(Purpose)
    worker = args.worker.strip() if args.worker else None
    if worker is not None and not 1 <= len(worker) <= 12:
        raise CliError("--worker takes the worker's initials (1-12 characters)", ExitCode.USAGE)
    with _session(args, io) as session:
        code = io.read_secret("Withdrawal code: ")
        outcome = sharing_ops.withdraw(
            session, code, chosen, initials=worker, other_device=args.other_device
        ).value
        earlier = _earlier_answers(session.conn, code) if outcome.remote_only else []
    names = ", ".join(sorted(p.value for p in outcome.purposes))
    for line in earlier:
        io.out(line)
    if outcome.remote_only:
        io.out(
            f"Withdrawal of {names} queued for the server (the code is from another device or project)."
            " The next sync says whether the server found the report (withdrawn) or not yet"
            f" (not found yet: asked again for {progress.NOT_FOUND_RETRY_PERIOD.days} days)."
        )
    else:
        io.out(
            f"Withdrawn: {names}. Anything already sent will be withdrawn from the server at the next sync."
        )
    return ExitCode.OK
