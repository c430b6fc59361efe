"""Consent: one decision per purpose, who recorded it, when and how; versioned; a withdrawal code.

Pure rules only (no I/O): `storage/repos/consents.py` keeps the versions, the CLI and the
UI show `PURPOSE_EXPLANATIONS` before anything is recorded.

The withdrawal code (protocol/verifier.py: 16 Crockford base32 symbols = 80 bits, printed as
four groups of four) is shown once. Locally only its verifier is kept, the same
domain-tagged SHA-256 the server receives in every report. A salted or slow local hash would
add nothing: with 80 random bits nobody can search the code space from the hash, and the
server already holds the plain verifier. The local copy sits inside the encrypted database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.timeutil import require_aware
from outreach_app.protocol.verifier import new_withdrawal_code, withdrawal_verifier

AwareDatetime = Annotated[datetime, AfterValidator(require_aware)]
PURPOSE_ORDER: tuple[Purpose, ...] = (
    Purpose.ALERT,
    Purpose.STATISTICS,
    Purpose.POLICE_INTELLIGENCE,
    Purpose.POLICE_REFERRAL,
)


class ConsentError(ValueError):
    """A consent change that the rules do not allow (the message is safe to show)."""


class SpentCodeError(ConsentError):
    """The code's consent has nothing left to withdraw for the purposes asked."""


class ConsentChange(StrEnum):
    """Why a consent version exists."""

    GIVEN = "given"
    CHANGED = "changed"
    WITHDRAWN = "withdrawn"
    CONFIRMED_EDIT = "confirmed_edit"
    """The person confirmed again, after the incident was edited, what the new version shares
    (the same purposes or fewer; never more, see `confirm_after_edit`)."""


class Consent(BaseModel):
    """One version of the consent for one incident.

    Attributes:
        decisions: every purpose with yes (True) or no (False).
        verifier: the withdrawal code's verifier (the same for every version of an incident).
        change: given (first version), changed (re-recorded by a worker), withdrawn (by code),
            confirmed_edit (confirmed again for an edited version, same or fewer purposes).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    incident_id: UUID
    version: Annotated[int, Field(ge=1)]
    decisions: dict[Purpose, bool]
    recorded_at: AwareDatetime
    worker_initials: Annotated[str, Field(min_length=1, max_length=12)]
    method: ConsentMethod
    change: ConsentChange
    verifier: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]

    @field_validator("decisions")
    @classmethod
    def _every_purpose(cls, value: dict[Purpose, bool]) -> dict[Purpose, bool]:
        return {purpose: bool(value.get(purpose, False)) for purpose in PURPOSE_ORDER}

    def granted(self) -> frozenset[Purpose]:
        return frozenset(purpose for purpose, yes in self.decisions.items() if yes)


@dataclass(frozen=True)
class PurposeExplanation:
    """Plain words said to the person before consent is recorded.

    Attributes:
        title: the purpose in a few words.
        shares: what leaves the device if they say yes.
        cannot_undo: what a later withdrawal cannot take back.
    """

    title: str
    shares: str
    cannot_undo: str


PURPOSE_EXPLANATIONS: dict[Purpose, PurposeExplanation] = {
    Purpose.ALERT: PurposeExplanation(
        title="Warn other sex workers (anonymous alert)",
        shares=(
            "The description of the person who harmed you, their vehicle, phone numbers and online "
            "names, what happened (the type of incident), roughly where (a district, not an address) "
            "and when (the date and morning/afternoon/evening/night), and a short summary with names "
            "and numbers taken out. Never your name, your alias, your contact details or the notes."
        ),
        cannot_undo=(
            "Once an alert has gone out and been read or printed, people will remember it. "
            "Withdrawing stops it being shown from then on."
        ),
    ),
    Purpose.STATISTICS: PurposeExplanation(
        title="Be counted by the charity (statistics)",
        shares=(
            "That an incident of this type happened in this district on this date, your age band "
            "and gender, whether you were hurt (yes or no), whether a weapon was used and whether "
            "the police were told. No description, no names, no text."
        ),
        cannot_undo="Numbers already published in a report to funders cannot be taken back.",
    ),
    Purpose.POLICE_INTELLIGENCE: PurposeExplanation(
        title="Anonymous information for the police",
        shares=(
            "The same description, vehicle, numbers and summary as an alert, plus how badly you "
            "were hurt (none, minor, moderate or serious). Not who you are: the police cannot "
            "contact you through this."
        ),
        cannot_undo="Information already passed to the police cannot be taken back by the charity.",
    ),
    Purpose.POLICE_REFERRAL: PurposeExplanation(
        title="You want the police to contact you",
        shares=(
            "That you want police contact through this outreach project, and whether and how badly "
            "you were hurt. Your contact details stay here; the project arranges the contact."
        ),
        cannot_undo="Once the police have been told you want contact, they may already have acted on it.",
    ),
}


def explanation_text(purposes: Iterable[Purpose] = PURPOSE_ORDER) -> str:
    """The explanations as plain text, in the fixed purpose order."""
    wanted = set(purposes)
    blocks = []
    for purpose in PURPOSE_ORDER:
        if purpose not in wanted:
            continue
        text = PURPOSE_EXPLANATIONS[purpose]
        blocks.append(
            f"{text.title}\n  What is shared: {text.shares}\n  Cannot be undone: {text.cannot_undo}"
        )
    return "\n\n".join(blocks)


WITHDRAWAL_SLIP_TEXT = "Reference: {code}\n\nKeep this card. Show it if you change your mind."
"""The printed slip: the code and neutral words only. No project or charity name, nothing
that says a report was made (a slip found on the person must not give them away)."""


def slip_text(code: str) -> str:
    return WITHDRAWAL_SLIP_TEXT.format(code=code)


def give_consent(
    incident_id: UUID,
    purposes: Iterable[Purpose],
    *,
    worker_initials: str,
    method: ConsentMethod,
    now: datetime,
    previous: Consent | None = None,
    new_code: Callable[[], str] = new_withdrawal_code,
) -> tuple[Consent, str | None]:
    """Record (or re-record) consent; return the new version and a code to show once.

    The first consent of an incident issues a code; a later change keeps the same code
    (the person already holds the slip), so the returned code is None.
    """
    decisions = {purpose: purpose in set(purposes) for purpose in PURPOSE_ORDER}
    if previous is None:
        code = new_code()
        consent = Consent(
            incident_id=incident_id,
            version=1,
            decisions=decisions,
            recorded_at=now,
            worker_initials=worker_initials,
            method=method,
            change=ConsentChange.GIVEN,
            verifier=withdrawal_verifier(code),
        )
        return consent, code
    if previous.incident_id != incident_id:
        raise ConsentError("that consent belongs to another incident")
    consent = Consent(
        incident_id=incident_id,
        version=previous.version + 1,
        decisions=decisions,
        recorded_at=now,
        worker_initials=worker_initials,
        method=method,
        change=ConsentChange.CHANGED,
        verifier=previous.verifier,
    )
    return consent, None


def withdraw_consent(
    previous: Consent,
    purposes: Iterable[Purpose],
    *,
    now: datetime,
    worker_initials: str | None = None,
) -> Consent:
    """A new version with `purposes` turned off. SpentCodeError if none of them is on."""
    asked = set(purposes)
    if not asked:
        raise ConsentError("say which purposes to withdraw")
    if not (asked & previous.granted()):
        raise SpentCodeError(
            "nothing left to withdraw: those purposes are already withdrawn or were never given"
        )
    decisions = {p: yes and p not in asked for p, yes in previous.decisions.items()}
    return Consent(
        incident_id=previous.incident_id,
        version=previous.version + 1,
        decisions=decisions,
        recorded_at=now,
        worker_initials=worker_initials or previous.worker_initials,
        method=previous.method,
        change=ConsentChange.WITHDRAWN,
        verifier=previous.verifier,
    )


class WideningError(ConsentError):
    """A re-confirmation after an edit asked for a purpose the person had not consented to."""


def confirm_after_edit(
    previous: Consent,
    purposes: Iterable[Purpose],
    *,
    worker_initials: str,
    method: ConsentMethod,
    now: datetime,
) -> Consent:
    """The person confirms again, for an edited incident, the same purposes or fewer.

    Adding a purpose is a new decision that needs the full explanation, so it is refused here
    (WideningError): record a fresh consent with the person instead. The withdrawal code stays
    the same (the person holds the slip), so the verifier is carried over.
    """
    chosen = frozenset(purposes)
    if not chosen:
        raise ConsentError(
            "choose at least one purpose the person confirms; if they confirm none, do not confirm: "
            "the new version is then not shared"
        )
    wider = chosen - previous.granted()
    if wider:
        names = ", ".join(sorted(p.value for p in wider))
        raise WideningError(
            f"{names} was not consented before: adding a purpose needs a fresh consent with the person"
        )
    return Consent(
        incident_id=previous.incident_id,
        version=previous.version + 1,
        decisions={p: p in chosen for p in PURPOSE_ORDER},
        recorded_at=now,
        worker_initials=worker_initials,
        method=method,
        change=ConsentChange.CONFIRMED_EDIT,
        verifier=previous.verifier,
    )
