"""Dates, times and numbers as a reader of a given language expects them (CLDR data via
Babel, not hand-made formats: "20 Nov 2026", "20 lis 2026", "2026年11月20日")."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from outreach_app.domain.texts import SOURCE_LANGUAGE, cldr_locale
from outreach_app.domain.timeutil import to_local

# English on paper is British English (the projects are in the UK): day before month.
_SOURCE_LOCALE = "en_GB"


def _locale(lang: str) -> str:
    return _SOURCE_LOCALE if lang == SOURCE_LANGUAGE else cldr_locale(lang)


def format_day(day: date, lang: str = SOURCE_LANGUAGE) -> str:
    """A day in the reader's medium form (no ISO dates on paper)."""
    return format_date(day, format="medium", locale=_locale(lang))


def format_moment(moment: datetime, zone: str, lang: str = SOURCE_LANGUAGE) -> str:
    """An instant shown in `zone` (the device's zone), date and time, in the reader's form."""
    return format_datetime(to_local(moment, zone), format="medium", locale=_locale(lang))


def format_count(number: int, lang: str = SOURCE_LANGUAGE) -> str:
    """A whole number with the reader's grouping (1,234 · 1 234 · 1.234)."""
    return format_decimal(number, locale=_locale(lang))
