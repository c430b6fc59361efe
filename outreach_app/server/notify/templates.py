"""Message templates, in a catalog keyed by language.

Discreet wording is the default: nothing in a discreet message names violence, sex work,
the charity or a warning, so a partner reading over a shoulder or a phone's lock screen
gives nothing away; the link leads to the alert. Plain wording says what it is.
The languages issue adds catalogs beside English; the charity can override any template in
its secrets file (config.py). Placeholders: {link} the alert page, {unsubscribe} the
unsubscribe link, {regions} the region-change link, {confirm} the confirmation link,
{title} the alert's title (plain wording only).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Template(StrEnum):
    ALERT_DISCREET = "alert_discreet"
    ALERT_PLAIN = "alert_plain"
    CONFIRM = "confirm"
    WELCOME = "welcome"


DEFAULT_LANGUAGE = "en"

CATALOG: Mapping[str, Mapping[Template, str]] = {
    "en": {
        Template.ALERT_DISCREET: "Hi, a new update for you: {link}\nNo more: reply STOP or {unsubscribe}",
        Template.ALERT_PLAIN: (
            "Safety alert: {title}\nRead it: {link}\nChange areas: {regions}\n"
            "Stop: reply STOP or {unsubscribe}"
        ),
        Template.CONFIRM: "Confirm you want updates: reply YES or open {confirm}\nNot you? Ignore this.",
        Template.WELCOME: "You're signed up for updates. Change areas: {regions}\n"
        "Stop: reply STOP or {unsubscribe}",
    },
}

LANGUAGES = frozenset(CATALOG)
SUBJECTS: Mapping[str, Mapping[bool, str]] = {"en": {True: "An update for you", False: "Safety alert"}}


def render(
    template: Template,
    language: str,
    values: Mapping[str, str],
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The text of `template` in `language` (English when the catalog lacks it), with the
    charity's override if it set one."""
    chosen = overrides.get(language, {}).get(template.value) if overrides else None
    text = chosen or CATALOG.get(language, CATALOG[DEFAULT_LANGUAGE])[template]
    return text.format_map(_Only(values))


def subject(language: str, discreet: bool) -> str:
    return SUBJECTS.get(language, SUBJECTS[DEFAULT_LANGUAGE])[discreet]


class _Only(dict[str, str]):
    """format_map values where an unknown placeholder stays as written, not a KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
