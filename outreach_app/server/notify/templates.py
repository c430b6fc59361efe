"""Message templates, in a catalog keyed by language.

Discreet wording is the default: nothing in a discreet message names violence, sex work,
the charity or a warning, so a partner reading over a shoulder or a phone's lock screen
gives nothing away; the link leads to the alert. Plain wording says what it is.
The texts live in the warnings catalogs (catalog.py: outreach_app/server/notify/texts/, English and
ten drafted translations); the charity can override any template in its secrets file
(config.py). Placeholders: {link} the alert page, {unsubscribe} the
unsubscribe link, {regions} the region-change link, {confirm} the confirmation link,
{title} the alert's title (plain wording only).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from outreach_app.server.notify import catalog


class Template(StrEnum):
    ALERT_DISCREET = "alert_discreet"
    ALERT_PLAIN = "alert_plain"
    CONFIRM = "confirm"
    WELCOME = "welcome"


DEFAULT_LANGUAGE = catalog.SOURCE_LANGUAGE
LANGUAGES = frozenset(catalog.LANGUAGES)


def render(
    template: Template,
    language: str,
    values: Mapping[str, str],
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The text of `template` in `language` (English when it is not offered), with the
    charity's override if it set one."""
    chosen = overrides.get(language, {}).get(template.value) if overrides else None
    text = chosen or catalog.text(f"message.{template.value}", language)
    return text.format_map(_Only(values))


def subject(language: str, discreet: bool) -> str:
    return catalog.text("subject.discreet" if discreet else "subject.plain", language)


class _Only(dict[str, str]):
    """format_map values where an unknown placeholder stays as written, not a KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
