"""The app's screens in every language: translators installed in-process (one QApplication),
every page, interview step and dialog built in that language and checked for

- mnemonics: each Alt accelerator unique among what is shown together, none lost;
- nothing cut off: labels, buttons and combo boxes as wide (and wrapped labels as high) as
  their text needs at the main window's first size, nothing reaching past the window;
- glyphs: every character of every shown text drawn by some font (Thai, Chinese fallback).

Also: the language setting, the translators' order (the app's before Qt's), the system's
language as the default."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from outreach_app.domain.texts import LANGUAGES
from outreach_app.services.tasks import TaskManager
from outreach_app.ui.i18n import app_language, current_language, install_translators, language_name
from outreach_app.ui.pages.settings import SettingsPage
from outreach_app.ui.prefs import UiPrefs

from .conftest import make_ctx
from .language_walk import (
    DESK_SCREEN_SIZE,
    SCREEN_SIZE,
    clipped,
    in_language,
    missing_glyphs,
    mnemonic_letters,
    mnemonic_texts,
    screens,
)


def _shown_texts(root: QWidget) -> list[tuple[str, Any]]:
    return [
        (widget.text(), widget.font())
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(root) and widget.text().strip()
    ]


# On one xdist worker: the walks share `walk_ctx` and the English reference walk, which a
# worker given only other languages would make again (~1 CPU-s).
pytestmark = pytest.mark.xdist_group("app_languages")


@pytest.fixture(scope="module")
def walk_ctx(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A context without a vault: building the pages reads nothing (unlocking would).

    The screens are measured in the app's own look (the Fusion style and the default theme's
    style sheet, as `build_app` applies them): sizes depend on the style, and a worker process
    that ran another theme test before would otherwise measure in a different one."""
    from outreach_app.ui.theme import DEFAULT_THEME, apply_theme

    saved = (qapp.palette(), qapp.styleSheet())
    apply_theme(qapp, DEFAULT_THEME)
    ctx = make_ctx(tmp_path_factory.mktemp("walk"))
    yield ctx
    ctx.tasks.shutdown()
    qapp.setPalette(saved[0])
    qapp.setStyleSheet(saved[1])


_ENGLISH: dict[str, list[bool]] = {}  # screen -> which of its texts carry a mnemonic


def english_mnemonics(ctx: Any, qtbot: Any) -> dict[str, list[bool]]:
    if not _ENGLISH:
        with in_language("en"):
            for name, root in screens(ctx, qtbot):
                _ENGLISH[name] = [bool(mnemonic_letters(text)) for text in mnemonic_texts(root)]
    return _ENGLISH


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_screen_has_its_mnemonics_fits_and_has_its_glyphs(lang: str, qtbot: Any, walk_ctx: Any) -> None:
    # English's own walk is the reference walk: it records it rather than walk twice (issue 19).
    recording = lang == "en" and not _ENGLISH
    english = _ENGLISH if recording else english_mnemonics(walk_ctx, qtbot)
    problems: list[str] = []
    shown: dict[str, tuple[Any, set[str]]] = {}  # font -> (font, texts): one text layout per font
    with in_language(lang):
        for name, root in screens(walk_ctx, qtbot):
            texts = mnemonic_texts(root)
            carries = [bool(mnemonic_letters(text)) for text in texts]
            if recording:
                english[name] = carries
            if carries != english[name]:
                lost = [t for t, c, e in zip(texts, carries, english[name], strict=False) if c != e]
                problems.append(f"{name}: mnemonics differ from English at {lost[:3]}")
            letters = Counter(letter for text in texts for letter in mnemonic_letters(text))
            twice = sorted(letter for letter, count in letters.items() if count > 1)
            if twice:
                problems.append(f"{name}: Alt+{twice} used twice: {[t for t in texts if '&' in t]}")
            problems += [f"{name}: {cut}" for cut in clipped(root)]
            screen = DESK_SCREEN_SIZE if name.startswith("desk_") else SCREEN_SIZE
            if root.width() > screen[0]:
                problems.append(f"{name}: needs {root.size().toTuple()}, wider than {screen}")
            for text, font in _shown_texts(root):
                shown.setdefault(font.key(), (font, set()))[1].add(text)
    for font, texts in shown.values():
        if missing_glyphs(" ".join(sorted(texts)), font):
            bad = [text for text in sorted(texts) if missing_glyphs(text, font)]
            problems.append(f"no glyph in the fonts for {bad[:3]}")
    assert problems == [], f"{lang}:\n" + "\n".join(problems[:30])


class _SlowDbTasks(TaskManager):
    """A DB thread slower than any number of layout passes: work queued by a page is handed to
    the thread only once someone waits for it (reads `pending`, as `settle` does)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Any, Any, Any]] = []

    def run_db(self, fn: Any, on_success: Any = None, on_failure: Any = None) -> None:
        self.held.append((fn, on_success, on_failure))

    @property
    def pending(self) -> int:
        while self.held:
            super().run_db(*self.held.pop(0))
        return super().pending


def test_the_walk_measures_a_page_after_what_it_loads_is_handed_back(qtbot: Any, walk_ctx: Any) -> None:
    """The flake this walk had (issue: "audit: QLabel 'ไม่สำเร็จ': needs 20 px high, has 14"):
    the Audit page's load fails without a vault and fills its verdict label when handed back;
    measured before that, the Thai line (taller than a Latin one) was cut when it came late."""
    from dataclasses import replace

    from outreach_app.ui.pages.audit import AuditPage

    slow = _SlowDbTasks()
    ctx = replace(walk_ctx, tasks=slow)
    try:
        with in_language("th"):
            root = next(root for name, root in screens(ctx, qtbot) if name == "audit")
            (page,) = [p for p in root.findChildren(AuditPage) if p.isVisibleTo(root)]
            assert page.verdict.text() == page.tr("That did not work.") != "That did not work."
            assert [cut for cut in clipped(root) if "ไม่สำเร็จ" in cut] == []
            assert page.verdict.height() >= page.verdict.heightForWidth(page.verdict.width())
    finally:
        slow.shutdown()


def test_the_walk_finds_duplicates_cuts_and_missing_glyphs(qtbot: Any) -> None:
    """The checks above can fail: a made-up screen with each fault."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    first, second = QPushButton("&Save", root), QPushButton("&Send it to the server now", root)
    second.setFixedWidth(30)
    row.addWidget(first)
    row.addWidget(second)
    root.show()
    letters = Counter(letter for text in mnemonic_texts(root) for letter in mnemonic_letters(text))
    assert letters["s"] == 2
    assert any("Send it" in cut for cut in clipped(root))
    assert missing_glyphs("\U000f0000", QFont()) != []  # a private-use plane no font draws
    assert missing_glyphs("ภาษาไทย 中文", QFont()) == []


def test_translators_switch_in_process_and_the_apps_words_win_over_qts(qapp: Any) -> None:
    try:
        assert install_translators("pl") == ["qtbase_pl.qm", "outreach_pl.qm"]
        assert current_language() == "pl"
        assert QCoreApplication.translate("AlertsPage", "Alerts") == "Alerty"
        # Romanian has no Qt catalog: the app's own gives the standard buttons their words.
        assert install_translators("ro") == ["outreach_ro.qm"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anulează"
        assert QCoreApplication.translate("AlertsPage", "Alerts") == "Alerte"
    finally:
        assert install_translators("en") == []
    assert current_language() == "en"
    assert QCoreApplication.translate("AlertsPage", "Alerts") == "Alerts"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "pl_PL", "pl"),
        ("", "zh_CN", "zh_Hans"),
        ("", "pt_PT", "pt_BR"),
        ("", "de_DE", "en"),
        ("th", "pl_PL", "th"),
        ("vi", "", "vi"),
        ("xx", "pl_PL", "en"),
    ],
)
def test_the_app_language_is_the_setting_or_else_the_systems(
    setting: str, system: str, expected: str
) -> None:
    assert app_language(setting, system) == expected


def test_the_settings_page_offers_each_language_in_its_own_words_for_the_next_start(
    qtbot: Any, vault_ctx: Any, tmp_path: Any
) -> None:
    page = SettingsPage(vault_ctx)
    qtbot.addWidget(page)
    combo = page.language
    assert combo.count() == 1 + len(LANGUAGES)
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *LANGUAGES]
    assert combo.itemText(1 + LANGUAGES.index("th")) == "ไทย" == language_name("th")
    assert combo.itemText(1 + LANGUAGES.index("pl")) == "Polski"
    page.set_language("vi")  # showing the stored setting emits nothing
    assert combo.currentData() == "vi" and page.language_note.text() == ""
    with qtbot.waitSignal(page.language_changed) as chosen:
        combo.setCurrentIndex(combo.findData("zh_Hans"))
    assert chosen.args == ["zh_Hans"]
    assert "starts again" in page.language_note.text()
    # The choice lives in the UI prefs file (read before unlock), which keeps it as given.
    path = tmp_path / "ui.json"
    UiPrefs(language="zh_Hans").save(path)
    assert UiPrefs.load(path).language == "zh_Hans"


def test_the_consent_step_reads_the_purposes_in_the_apps_language_and_again_in_the_persons(
    qtbot: Any, walk_ctx: Any
) -> None:
    from outreach_app.domain.enums import Purpose
    from outreach_app.domain.texts import text
    from outreach_app.ui.pages.consent_step.consent import ConsentStep

    with in_language("ro"):
        step = ConsentStep()
        qtbot.addWidget(step)
        titles = [box.title() for box in step.findChildren(QGroupBox)]
        assert text("consent.alert.title", "ro") in titles
        again = step.findChild(QLabel, f"consent_translated_{Purpose.ALERT.value}")
        step.set_person_language("ro")  # the person reads the app's language: nothing twice
        assert again.isHidden()
        assert not step.review_notice.isHidden()
        assert step.review_notice.text() == text("consent.not_reviewed", "ro")
        step.set_person_language("pl")
        assert not again.isHidden() and again.text().startswith(text("consent.alert.title", "pl"))
        step.set_person_language("en")
        assert not again.isHidden() and step.review_notice.isHidden()


def test_a_short_label_wraps_a_long_name_at_its_words_but_keeps_an_unspaced_one_on_one_line(
    qtbot: Any,
) -> None:
    """The contact editor's supply names: a long Polish name takes two lines instead of widening
    the dialog; a Thai name (no spaces, so breakable after any character) keeps its one line."""
    from outreach_app.ui.widgets import short_label

    parent = QWidget()
    qtbot.addWidget(parent)
    long_name = short_label("Ulotki o bezpieczeństwie", parent, chars=12)
    one_line = long_name.fontMetrics().horizontalAdvance(long_name.text())
    assert long_name.minimumWidth() < one_line
    assert long_name.minimumWidth() >= long_name.fontMetrics().horizontalAdvance("bezpieczeństwie")
    assert long_name.minimumHeight() >= 2 * long_name.fontMetrics().lineSpacing()
    thai = short_label("ถุงยางอนามัย", parent, chars=12)
    assert thai.minimumWidth() == thai.fontMetrics().horizontalAdvance(thai.text())
    assert thai.minimumHeight() < 2 * thai.fontMetrics().lineSpacing()
