"""The app's own Qt catalogs (resources/translations/): in step with the code, complete, the
same placeholders and mnemonics as the English, and each committed .qm compiled from its .ts.

No QApplication needed: lupdate and lrelease are PySide6's own tools, run once per module."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from outreach_app.domain.texts import TRANSLATED_LANGUAGES
from outreach_app.ui import qt_catalogs
from outreach_app.ui.qt_catalogs import Entry, read_ts

PLACEHOLDER = re.compile(r"%(\d|n)")


def mnemonics(text: str) -> list[str]:
    """The accelerator letters of a text ("&&" is a literal ampersand)."""
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, bool]]:
    """(context, source, numerus) of every string lupdate finds in the code today."""
    folder = tmp_path_factory.mktemp("lupdate")
    original = qt_catalogs.catalog_dir
    qt_catalogs.catalog_dir = lambda: folder  # type: ignore[assignment]
    try:
        qt_catalogs.update(["pl"])
        return {(e.context, e.source, e.numerus) for e in read_ts(folder / "outreach_pl.ts")}
    finally:
        qt_catalogs.catalog_dir = original  # type: ignore[assignment]


def entries(lang: str) -> list[Entry]:
    return list(read_ts(qt_catalogs.ts_file(lang)))


def test_there_is_one_catalog_per_language_and_no_other() -> None:
    found = {path.stem.removeprefix("outreach_") for path in qt_catalogs.catalog_dir().glob("*.ts")}
    assert found == set(TRANSLATED_LANGUAGES)
    assert {path.stem.removeprefix("outreach_") for path in qt_catalogs.catalog_dir().glob("*.qm")} == found


def test_the_code_has_hundreds_of_strings_including_plurals(from_code: set[tuple[str, str, bool]]) -> None:
    assert len(from_code) > 700
    assert sum(numerus for _c, _s, numerus in from_code) >= 8
    assert ("QPlatformTheme", "Cancel", False) in from_code  # Qt's own standard buttons


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_string_of_the_code_is_in_the_catalog_and_nothing_stale(
    lang: str, from_code: set[tuple[str, str, bool]]
) -> None:
    in_catalog = {(e.context, e.source, e.numerus) for e in entries(lang)}
    missing, stale = from_code - in_catalog, in_catalog - from_code
    hint = "run `python -m outreach_app.ui.qt_catalogs update`, translate, then `release`"
    assert not missing, f"{lang}: {len(missing)} strings not in the catalog ({hint}): {sorted(missing)[:5]}"
    assert not stale, f"{lang}: {len(stale)} strings no longer in the code ({hint}): {sorted(stale)[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders_and_mnemonics(lang: str) -> None:
    problems = []
    for entry in entries(lang):
        where = f"{entry.context}: {entry.source!r}"
        if not entry.forms or not all(form.strip() for form in entry.forms):
            problems.append(f"untranslated {where}")
            continue
        want = Counter(PLACEHOLDER.findall(entry.source))
        for form in entry.forms:
            if set(PLACEHOLDER.findall(form)) != set(want):
                problems.append(f"placeholders {where} -> {form!r}")
            if len(mnemonics(form)) != len(mnemonics(entry.source)):
                problems.append(f"mnemonic {where} -> {form!r}")
    assert problems == [], f"{lang}: {len(problems)} problems, first: {problems[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_plural_forms_are_all_given(lang: str) -> None:
    numerus = [entry for entry in entries(lang) if entry.numerus]
    counts = {len(entry.forms) for entry in numerus}
    assert len(counts) == 1, f"{lang}: plural messages with different numbers of forms: {counts}"
    # Qt's plural rules: one form (Thai, Chinese, Vietnamese, Hungarian), two, or three (Slavic, Romanian).
    assert counts <= {1, 2, 3}


def test_drafts_are_marked_unfinished_until_a_reviewer_finishes_them() -> None:
    for lang in TRANSLATED_LANGUAGES:
        assert not any(entry.finished for entry in entries(lang)), f"{lang}: marked reviewed without a review"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_committed_ts(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"outreach_{lang}.qm"
    qt_catalogs.compile_catalog(qt_catalogs.ts_file(lang), fresh)
    committed = qt_catalogs.qm_file(lang)
    hint = "run `python -m outreach_app.ui.qt_catalogs release`"
    assert committed.is_file(), f"{committed.name} missing: {hint}"
    assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is not the compiled .ts: {hint}"


def test_no_string_hides_from_lupdate_behind_a_helper() -> None:
    """lupdate reads only literal tr()/translate()/QT_TRANSLATE_NOOP calls: a literal passed to
    a module's own `_tr(text)` helper would never reach the catalogs (and stay English)."""
    hidden = []
    for path in qt_catalogs.source_files():
        body = path.read_text(encoding="utf-8")
        helpers = re.findall(r"def (\w+)\(text: str\) -> str:\s+return QCoreApplication\.translate\(", body)
        for helper in helpers:
            calls = re.finditer(rf"(?<![\w.]){helper}\(\s*[\"']", body)
            hidden += [f"{path.name}: {helper}(…)" for _ in calls]
    assert hidden == []
