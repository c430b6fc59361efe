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
from outreach_app.domain.texts import SOURCE_LANGUAGE, raw_text, text
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


def purpose_explanations(lang: str = SOURCE_LANGUAGE) -> dict[Purpose, PurposeExplanation]:
    """The explanations in catalog language `lang` (domain.texts; the words themselves live
    in resources/texts/, English in texts.pot). Pick `lang` with `domain.texts.language_for`
    from the person's recorded preferred language."""
    return {
        purpose: PurposeExplanation(
            title=text(f"consent.{purpose.value}.title", lang),
            shares=text(f"consent.{purpose.value}.shares", lang),
            cannot_undo=text(f"consent.{purpose.value}.cannot_undo", lang),
        )
        for purpose in PURPOSE_ORDER
    }


PURPOSE_EXPLANATIONS: dict[Purpose, PurposeExplanation] = purpose_explanations()
"""The English explanations (what the app's own screens show beside the person's language)."""


def explanation_text(purposes: Iterable[Purpose] = PURPOSE_ORDER, lang: str = SOURCE_LANGUAGE) -> str:
    """The explanations as plain text, in the fixed purpose order, in catalog language `lang`."""
    wanted = set(purposes)
    explanations = purpose_explanations(lang)
    shared_label, undo_label = text("consent.what_is_shared", lang), text("consent.cannot_be_undone", lang)
    blocks = []
    for purpose in PURPOSE_ORDER:
        if purpose not in wanted:
            continue
        words = explanations[purpose]
        blocks.append(f"{words.title}\n  {shared_label} {words.shares}\n  {undo_label} {words.cannot_undo}")
    return "\n\n".join(blocks)


WITHDRAWAL_SLIP_TEXT = raw_text("slip.text", SOURCE_LANGUAGE)
"""The printed slip: the code and neutral words only. No project or charity name, nothing
that says a report was made (a slip found on the person must not give them away). Every
translation keeps to the same rule (docs/translations.md tells reviewers)."""


def slip_template(lang: str = SOURCE_LANGUAGE) -> str:
    """The slip's words in `lang` with `{code}` unfilled (the PDF sets the code apart)."""
    return raw_text("slip.text", lang) or WITHDRAWAL_SLIP_TEXT


def slip_text(code: str, lang: str = SOURCE_LANGUAGE) -> str:
    return text("slip.text", lang, code=code)


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
