"""The app's own settings, kept in the encrypted DB (settings table, JSON values).

Run these on the DB thread (`TaskManager.run_db`). Values read back are checked: a damaged
or hand-edited value falls back to the default instead of breaking the lock timer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from outreach_app.domain.texts import LANGUAGES, SOURCE_LANGUAGE
from outreach_app.ops.changes import Changes, Kind, OpResult

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession

_SETTINGS = Changes.of(Kind.SETTINGS)

IDLE_LOCK_MINUTES = "ui.idle_lock_minutes"
# The idle lock's bounds; the lock service and the settings page read them from here.
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120
# The sharing package's key (sharing.seal.REVIEW_REQUIRED_SETTING), repeated here so the
# settings page can read it without importing the sharing stack; a test checks they agree.
REVIEW_REQUIRED = "sharing.review_required"
# The project's or charity's contact line printed on every page of the alerts handout.
HANDOUT_CONTACT_LINE = "handout.contact_line"
MAX_CONTACT_LINE = 120
# The catalog languages the alerts handout is printed in: one, or two side by side.
HANDOUT_LANGUAGES = "handout.languages"
MAX_HANDOUT_LANGUAGES = 2


@dataclass(frozen=True)
class AppSettings:
    """Attributes:
    idle_lock_minutes: lock after this many minutes without input (1..120).
    review_required: reports need a coordinator's approval before they leave.
    contact_line: printed on the alerts handout ("" prints none).
    handout_languages: the handout's languages (domain.texts catalog codes), one or two.
    """

    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES
    review_required: bool = False
    contact_line: str = ""
    handout_languages: tuple[str, ...] = (SOURCE_LANGUAGE,)


def _valid_minutes(value: Any) -> int:
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MIN_IDLE_MINUTES <= value <= MAX_IDLE_MINUTES
    ):
        return value
    return DEFAULT_IDLE_MINUTES


def load_app_settings(session: VaultSession) -> AppSettings:
    from outreach_app.storage.repos.settings import get_setting

    minutes = _valid_minutes(get_setting(session.conn, IDLE_LOCK_MINUTES, DEFAULT_IDLE_MINUTES))
    review = get_setting(session.conn, REVIEW_REQUIRED, False)
    contact = get_setting(session.conn, HANDOUT_CONTACT_LINE, "")
    languages = get_setting(session.conn, HANDOUT_LANGUAGES, [SOURCE_LANGUAGE])
    return AppSettings(
        idle_lock_minutes=minutes,
        review_required=review is True,
        contact_line=contact if isinstance(contact, str) and contact_line_problem(contact) is None else "",
        handout_languages=_valid_languages(languages),
    )


def _valid_languages(value: Any) -> tuple[str, ...]:
    strings = isinstance(value, list) and all(isinstance(lang, str) for lang in value)
    if strings and handout_languages_problem(value) is None:
        return tuple(value)
    return (SOURCE_LANGUAGE,)


def handout_languages_problem(languages: Sequence[str]) -> str | None:
    """Why `languages` cannot be the handout's languages, or None."""
    if not 1 <= len(languages) <= MAX_HANDOUT_LANGUAGES:
        return f"The handout is printed in one or {MAX_HANDOUT_LANGUAGES} languages."
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        return f"No handout texts in {', '.join(map(repr, unknown))} (known: {', '.join(LANGUAGES)})."
    if len(set(languages)) != len(languages):
        return "The two handout languages must differ."
    return None


def save_handout_languages(session: VaultSession, languages: Sequence[str]) -> OpResult[tuple[str, ...]]:
    """Store the languages the alerts handout is printed in (first, then the one beside it)."""
    problem = handout_languages_problem(languages)
    if problem is not None:
        raise ValueError(problem)
    from outreach_app.storage.repos.settings import set_setting

    set_setting(session.conn, HANDOUT_LANGUAGES, list(languages))
    return OpResult(tuple(languages), _SETTINGS)


def contact_line_problem(text: str) -> str | None:
    """Why `text` cannot be the handout's contact line, or None."""
    if len(text) > MAX_CONTACT_LINE:
        return f"The contact line is too long (at most {MAX_CONTACT_LINE} characters)."
    if any(not character.isprintable() for character in text):
        return "The contact line must be one line of text."
    return None


def save_contact_line(session: VaultSession, text: str) -> OpResult[str]:
    """Store the handout's contact line (trimmed); returns what was stored."""
    text = text.strip()
    problem = contact_line_problem(text)
    if problem is not None:
        raise ValueError(problem)
    from outreach_app.storage.repos.settings import set_setting

    set_setting(session.conn, HANDOUT_CONTACT_LINE, text)
    return OpResult(text, _SETTINGS)


def save_idle_minutes(session: VaultSession, minutes: int) -> OpResult[None]:
    if _valid_minutes(minutes) != minutes:
        raise ValueError(f"idle lock minutes must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES}")
    from outreach_app.storage.repos.settings import set_setting

    set_setting(session.conn, IDLE_LOCK_MINUTES, minutes)
    return OpResult(None, _SETTINGS)


def save_review_required(session: VaultSession, required: bool, now: datetime) -> OpResult[None]:
    """Coordinators only; the change is audited (ops.coordinator checks the role)."""
    from outreach_app.ops.coordinator import set_review_required

    set_review_required(session, required, now=now)
    return OpResult(None, _SETTINGS)


def save_retention_policy(session: VaultSession, changes: dict[str, int], now: datetime) -> OpResult[object]:
    """Coordinators only, audited (ops.coordinator.change_retention_policy); the new policy.

    Raises RetentionPolicyError (a period out of range; nothing changed)."""
    from outreach_app.ops.coordinator import change_retention_policy

    return OpResult(change_retention_policy(session, changes, now=now), _SETTINGS)


@dataclass(frozen=True)
class OutboxCounts:
    """Attributes:
    waiting: items that will still be sent (consented, awaiting review, queued, sending).
    parked: items the server refused for good; they need a person to look at them.
    awaiting_review: of `waiting`, those a coordinator must approve before they can leave.
    """

    waiting: int
    parked: int
    awaiting_review: int = 0

    @property
    def unsent(self) -> int:
        return self.waiting + self.parked


def outbox_counts(session: VaultSession) -> OutboxCounts:
    from outreach_app.sharing.outbox_states import LIVE, OutboxState
    from outreach_app.storage.repos.outbox import list_items

    states = [item.state for item in list_items(session.conn, LIVE)]
    parked = sum(1 for state in states if state == OutboxState.PARKED)
    review = sum(1 for state in states if state == OutboxState.AWAITING_REVIEW)
    return OutboxCounts(waiting=len(states) - parked, parked=parked, awaiting_review=review)


def unsent_report_count(session: VaultSession) -> int:
    """How many reports have not reached the charity yet (quick delete warns with it)."""
    return outbox_counts(session).unsent
