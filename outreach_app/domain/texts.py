"""The texts that reach the person, in their language: consent explanations, the withdrawal
slip, the alerts handout.

They live in gettext catalogs under resources/texts/ (read with Babel, the well-kept reader of
.po files, so translators and reviewers use the tools they know: Poedit, Qt Linguist's sister
tools, any text editor). Each entry's msgctxt is the key the code asks for, its msgid the
English source and its msgstr the translation. The app's own widgets are translated separately
(Qt .ts/.qm); these texts are Qt-free because the CLI, the PDFs and the tests use them too.

Placeholders are `str.format` names in braces (`{code}`, `{area}`); `text` refuses values that
do not match the placeholders exactly, so a missing or misspelt one fails loudly instead of
printing "{code}" on a slip.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from outreach_app.domain.resources import resource_path

SOURCE_LANGUAGE = "en"
# Catalog codes, one .po file each (English is the template's msgid). The order is the one a
# language picker shows after English.
TRANSLATED_LANGUAGES: tuple[str, ...] = (
    "ro",
    "pl",
    "bg",
    "hu",
    "pt_BR",
    "es",
    "th",
    "zh_Hans",
    "vi",
    "sq",
)
LANGUAGES: tuple[str, ...] = (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES)
# The CLDR locale for a catalog code where the two differ (dates and numbers come from CLDR).
_CLDR_LOCALE = {"zh_Hans": "zh_Hans_CN"}
_REVIEW_MARK = "Review:"


class TextError(KeyError):
    """An unknown key or language, or values that do not fit the text's placeholders."""


@dataclass(frozen=True)
class _Catalog:
    texts: Mapping[str, str]  # key -> text in this language
    review: str  # "drafted", or "reviewed by ..." (from the catalog's header comment)


def texts_folder() -> Path:
    return resource_path("texts")


def catalog_file(lang: str) -> Path:
    return texts_folder() / ("texts.pot" if lang == SOURCE_LANGUAGE else f"{lang}.po")


@lru_cache(maxsize=len(LANGUAGES))
def _catalog(lang: str) -> _Catalog:
    if lang not in LANGUAGES:
        raise TextError(f"no catalog for language {lang!r}")
    # imported here: babel.messages is not needed before the first text is read (start-up, issue 20)
    from babel.messages.pofile import read_po

    with catalog_file(lang).open("rb") as handle:
        catalog = read_po(handle, locale=None if lang == SOURCE_LANGUAGE else cldr_locale(lang))
    texts: dict[str, str] = {}
    for message in catalog:
        if not message.id or not isinstance(message.context, str):
            continue  # the header entry; every real entry has a key
        source = message.id if isinstance(message.id, str) else message.id[0]
        translated = message.string if isinstance(message.string, str) else ""
        texts[message.context] = source if lang == SOURCE_LANGUAGE else translated
    review = "reviewed (source)" if lang == SOURCE_LANGUAGE else "drafted"
    for line in (catalog.header_comment or "").splitlines():
        mark = line.lstrip("# ").strip()
        if mark.startswith(_REVIEW_MARK):
            review = mark.removeprefix(_REVIEW_MARK).strip()
    return _Catalog(texts=texts, review=review)


def keys() -> tuple[str, ...]:
    """Every key of the English source, in catalog order."""
    return tuple(_catalog(SOURCE_LANGUAGE).texts)


def raw_text(key: str, lang: str) -> str:
    """The text as the catalog holds it (placeholders unfilled); "" when not translated."""
    return _catalog(lang).texts.get(key, "")


def placeholders(template: str) -> frozenset[str]:
    """The `{name}` placeholders of a text (`{{` and `}}` are literal braces)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)


def text(key: str, lang: str = SOURCE_LANGUAGE, **values: object) -> str:
    """The text for `key` in `lang`, placeholders filled from `values`.

    An untranslated entry falls back to English (a test keeps every catalog complete, so this
    only happens with a catalog edited by hand since). Raises TextError for an unknown key or
    language, or when `values` are not exactly the text's placeholders.
    """
    source = _catalog(SOURCE_LANGUAGE).texts.get(key)
    if source is None:
        raise TextError(f"no text with key {key!r}")
    template = _catalog(lang).texts.get(key) or source
    wanted, given = placeholders(template), frozenset(values)
    if wanted != given:
        raise TextError(f"{key!r} takes {sorted(wanted)}, was given {sorted(given)}")
    return template.format(**values) if wanted else template


def review_status(lang: str) -> str:
    """ "drafted" until a native speaker has reviewed the catalog (then "reviewed by ...")."""
    return _catalog(lang).review


def is_reviewed(lang: str) -> bool:
    """Whether a drafted-only translation warning is needed ("translation not yet reviewed")."""
    return lang == SOURCE_LANGUAGE or review_status(lang).startswith("reviewed")


def cldr_locale(lang: str) -> str:
    """The Babel/CLDR locale for formatting dates and numbers in catalog language `lang`."""
    return _CLDR_LOCALE.get(lang, lang)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Lower-cased names a worker may have typed for each language, in English and natively:
    "polish", "polski", "portuguese", "português", "chinese", "中文"."""
    from babel import Locale  # imported here: a start-up does not need CLDR (issue 20)

    names: dict[str, str] = {}
    for code in LANGUAGES:
        for locale in (Locale.parse(cldr_locale(code)), Locale.parse(code.split("_")[0])):
            for name in (locale.english_name, locale.display_name, locale.get_language_name("en")):
                if name:
                    names.setdefault(name.casefold(), code)
    return names


def language_for(preferred: str) -> str:
    """The catalog language for a person's recorded preferred language, English when none fits.

    `Person.preferred_language` is free text: a code ("pl", "pt-BR", "zh_CN") or a name in
    English or in the language itself ("Romanian", "română"). A code matching only by its
    language part picks that language's catalog ("pt" and "pt_PT" → pt_BR, "zh_TW" → zh_Hans):
    close enough to be understood, and the worker sees which language the text is in.
    """
    wanted = preferred.strip().casefold().replace("-", "_")
    if not wanted:
        return SOURCE_LANGUAGE
    for code in LANGUAGES:
        if wanted == code.casefold():
            return code
    # A locale name (the system's: "en_GB", "pl_PL", "C") is settled without the table of
    # language names, which loads CLDR data for every catalog: ~0.2 s of every start, before
    # the unlock screen paints (issue 20).
    if wanted in _NO_LANGUAGE_LOCALES:
        return SOURCE_LANGUAGE
    language_part = wanted.split("_")[0]
    if language_part in _CATALOG_LANGUAGE_PARTS and _LOCALE_CODE.fullmatch(wanted):
        return _catalog_for(language_part)  # "pl_pl", "en_gb": no CLDR data needed
    language = _language_of(wanted)
    if language is not None and _LOCALE_CODE.fullmatch(wanted):
        return _catalog_for(language)
    by_name = _names().get(wanted)
    if by_name is not None:
        return by_name
    return SOURCE_LANGUAGE if language is None else _catalog_for(language)


# The C and POSIX locales name no language: the app's own.
_NO_LANGUAGE_LOCALES = frozenset({"c", "posix"})
_LOCALE_CODE = re.compile(r"[a-z]{2,3}(?:_[a-z0-9]{2,8})*")
# The language parts of the catalogs ("pt" of pt_BR): a locale code starting with one of them
# names that catalog's language whatever its region or script.
_CATALOG_LANGUAGE_PARTS = frozenset(code.split("_")[0] for code in LANGUAGES)


def _language_of(wanted: str) -> str | None:
    """The language part of a locale code ("pt_pt" → "pt"), None when it is not one."""
    from babel import Locale, UnknownLocaleError  # imported here: see _names

    try:
        return Locale.parse(wanted).language
    except (ValueError, UnknownLocaleError):
        return None


def _catalog_for(language: str) -> str:
    """The catalog of a language ("pt" → pt_BR), English when there is none."""
    return next((code for code in LANGUAGES if code.split("_")[0] == language), SOURCE_LANGUAGE)
