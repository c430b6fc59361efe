"""The texts of warnings in the subscriber's language: messages, subjects and the public
pages, from gettext catalogs of their own (outreach_app/server/notify/texts/: warnings.pot
and one .po per language), read with Babel like the person-facing texts of the app.

A separate domain from the app's person texts (resources/texts/*.po) so the two are
reviewed and released apart, and inside the package (package data) because the server is
installed with `pip install '.[server]'`, which does not carry the top-level resources/.
Each entry's msgctxt is the key the code asks for, its msgid the English source, its msgstr
the translation; an untranslated entry falls back to English.
The translations are drafts until a native reviewer signs them (each file's "Review:" line).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.pofile import read_po

SOURCE_LANGUAGE = "en"
TRANSLATED: tuple[str, ...] = ("ro", "pl", "bg", "hu", "pt_BR", "es", "th", "zh_Hans", "vi", "sq")
LANGUAGES: tuple[str, ...] = (SOURCE_LANGUAGE, *TRANSLATED)
_CLDR = {"zh_Hans": "zh_Hans_CN"}
_REVIEW = re.compile(r"^Review:\s*(.+)$", re.MULTILINE)


def catalog_file(language: str) -> Path:
    name = "warnings.pot" if language == SOURCE_LANGUAGE else f"{language}.po"
    return Path(__file__).with_name("texts") / name


@lru_cache(maxsize=len(LANGUAGES))
def entries(language: str) -> Mapping[str, tuple[str, str]]:
    """key -> (English source, translation as written: "" when not translated)."""
    if language not in LANGUAGES:
        raise KeyError(f"no warnings catalog for {language!r}")
    with catalog_file(language).open("rb") as handle:
        catalog = read_po(handle)
    found: dict[str, tuple[str, str]] = {}
    for message in catalog:
        if not message.id or not isinstance(message.context, str):
            continue  # the header entry
        source = message.id if isinstance(message.id, str) else message.id[0]
        translated = message.string if isinstance(message.string, str) else ""
        found[message.context] = (source, translated)
    return found


@lru_cache(maxsize=len(LANGUAGES))
def texts(language: str) -> Mapping[str, str]:
    """key -> text in `language` (English where the catalog has no translation)."""
    if language == SOURCE_LANGUAGE:
        return {key: source for key, (source, _) in entries(language).items()}
    return {key: translated or source for key, (source, translated) in entries(language).items()}


def review(language: str) -> str:
    """'source' for English, else the catalog's Review line ('drafted' until reviewed)."""
    if language == SOURCE_LANGUAGE:
        return "source"
    header = catalog_file(language).read_text(encoding="utf-8").split("msgid", 1)[0]
    match = _REVIEW.search(header)
    return match.group(1).strip() if match else "drafted"


def text(key: str, language: str, **values: str) -> str:
    """The text of `key` in `language` (English for a language not offered), placeholders filled."""
    chosen = texts(language if language in LANGUAGES else SOURCE_LANGUAGE)
    return chosen[key].format_map(values) if values else chosen[key]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def html_lang(language: str) -> str:
    """The BCP 47 tag for <html lang>: pt-BR, zh-Hans."""
    return language.replace("_", "-")


def native_name(language: str) -> str:
    """The language's name in itself (for the sign-up page's picker), from CLDR."""
    try:
        name = Locale.parse(language).get_display_name(language)
    except (UnknownLocaleError, ValueError):
        return language
    return (name or language)[:1].upper() + (name or language)[1:]


def negotiate(accept_language: str | None) -> str:
    """The offered language an Accept-Language header prefers most, else English."""
    if not accept_language:
        return SOURCE_LANGUAGE
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate(accept_language.split(",")[:20]):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            continue
        ranked.append((-weight, n, tag.strip()))
    offered = {lang.lower().replace("_", "-"): lang for lang in LANGUAGES}
    for _, _, tag in sorted(ranked):
        wanted = tag.lower()
        if wanted in offered:
            return offered[wanted]
        if wanted.startswith("zh") and wanted not in ("zh-hant", "zh-tw", "zh-hk", "zh-mo"):
            return "zh_Hans"
        base = wanted.split("-")[0]
        if base == "pt":
            return "pt_BR"
        if base in offered:
            return offered[base]
    return SOURCE_LANGUAGE


def language_options() -> list[tuple[str, str]]:
    return [(lang, native_name(lang)) for lang in LANGUAGES]
