"""The app's own settings, kept in the encrypted DB (settings table, JSON values).

Run these on the DB thread (`TaskManager.run_db`). Values read back are checked: a damaged
or hand-edited value falls back to the default instead of breaking the lock timer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from outreach_app.services.lock import DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession

IDLE_LOCK_MINUTES = "ui.idle_lock_minutes"
# Shared with sharing/review: when true, sealed reports wait for a coordinator's approval.
REVIEW_REQUIRED = "review_required"


@dataclass(frozen=True)
class AppSettings:
    """Attributes:
    idle_lock_minutes: lock after this many minutes without input (1..120).
    review_required: reports need a coordinator's approval before they leave.
    """

    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES
    review_required: bool = False


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
    return AppSettings(idle_lock_minutes=minutes, review_required=review is True)


def save_idle_minutes(session: VaultSession, minutes: int) -> None:
    if _valid_minutes(minutes) != minutes:
        raise ValueError(f"idle lock minutes must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES}")
    from outreach_app.storage.repos.settings import set_setting

    set_setting(session.conn, IDLE_LOCK_MINUTES, minutes)


def save_review_required(session: VaultSession, required: bool) -> None:
    from outreach_app.storage.repos.settings import set_setting

    set_setting(session.conn, REVIEW_REQUIRED, bool(required))


def unsent_report_count(session: VaultSession) -> int | None:
    """How many outbox items have not been sent, or None when sharing is not installed."""
    import importlib

    try:  # the sharing helper's outbox repository; absent in installs without sharing
        outbox = importlib.import_module("outreach_app.storage.repos.outbox")
    except ModuleNotFoundError:
        return None
    counter = getattr(outbox, "count_unsent", None)
    if counter is None:
        return None
    return int(counter(session.conn))
