"""Translation helpers. Every user-visible string goes through Qt's tr()/translate().

The app's screens are translated by Qt catalogs (resources/translations/outreach_<lang>.qm,
see ui/qt_catalogs.py) plus Qt's own catalog for its standard widgets (qtbase_<lang>.qm,
shipped with PySide6). `install_translators` puts them in place at start-up, before any
window exists; the language is the one chosen on the Settings page (UiPrefs.language), or
the system's when none was chosen. The texts that reach the person have their own catalogs
and follow the person's language, not this one (domain/texts.py).

Plurals use Qt's numerus form (`self.tr("%n item(s)", "", n)`): a translation file gives the
right forms for each language. With no translation installed (English), Qt leaves "(s)" in
the text; `english_plural` turns it into proper English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from outreach_app.domain.texts import LANGUAGES, SOURCE_LANGUAGE, language_for
from outreach_app.ui.qt_catalogs import qm_file, qt_language

# The translators installed by install_translators (replaced when the language changes, so a
# test can switch languages in one process).
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default QLocale before the first install (English keeps it)


def english_plural(text: str, n: int) -> str:
    """Resolve a leftover "(s)" for English when no translator supplied the numerus form."""
    return text.replace("(s)", "" if n == 1 else "s")


def language_name(lang: str) -> str:
    """A catalog language in its own words ("polski", "ไทย"), as a language picker shows it: a
    reader finds their language without knowing the one the app is in."""
    from babel import Locale  # imported here: the unlock screen needs no CLDR data (issue 20)

    name = Locale.parse(lang).display_name or lang
    return name[:1].upper() + name[1:]


def app_language(setting: str, system: str | None = None) -> str:
    """The catalog language for the language setting ("" = the system's, `system` being a
    locale name such as "pl_PL"; QLocale.system() when not given). English when the app has
    no catalog for it."""
    if setting in LANGUAGES:
        return setting
    if setting:
        return language_for(setting)
    return language_for(QLocale.system().name() if system is None else system)


def _qt_catalog(lang: str) -> Path | None:
    """Qt's own catalog for its standard widgets, when PySide6 ships one for `lang`."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{qt_language(lang)}.qm"
    return path if path.is_file() else None


def install_translators(lang: str) -> list[str]:
    """Make `lang` (a catalog language) the app's language: remove the translators installed
    before, then install Qt's catalog and the app's (the app's is asked first, so its
    standard-button words cover the languages Qt has no catalog for). Sets the default
    QLocale too (English keeps the system's), so spin boxes and date edits show the
    language's numbers. Returns the catalog files loaded (none for English)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if not _locale_before:
        _locale_before.append(QLocale())
    if lang == SOURCE_LANGUAGE:
        QLocale.setDefault(_locale_before[0])
        return []
    QLocale.setDefault(QLocale(qt_language(lang)))
    loaded: list[str] = []
    for path in (_qt_catalog(lang), qm_file(lang)):
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)) and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
            loaded.append(path.name)
    return loaded


def current_language() -> str:
    """The catalog language whose translators are installed (English when none are)."""
    for translator in reversed(_installed):
        name = Path(translator.filePath()).stem
        if name.startswith("outreach_"):
            return name.removeprefix("outreach_")
    return SOURCE_LANGUAGE
