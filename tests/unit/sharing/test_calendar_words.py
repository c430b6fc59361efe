"""The foreign month and weekday lists the scrubber reads are what CLDR gives today.

They are generated into resources/dates/ (reading CLDR through Babel at import cost every process
that scrubs half a CPU-second); rebuilding them here catches a Babel update or a change of the
locale list that was not regenerated.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

from outreach_app.domain.resources import resource_path
from outreach_app.domain.scrubbing.scrubber import ScrubContext, default_scrubber


def _generator() -> ModuleType:
    # loaded by path: resources/ is not a package, and the generator stays a script
    spec = importlib.util.spec_from_file_location(
        "make_calendar_words", resource_path("dates", "make_calendar_words.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_lists_are_what_the_generator_builds_from_cldr() -> None:
    built = _generator().build()
    assert set(built) == {"foreign_months.txt", "foreign_weekdays.txt"}
    for name, text in built.items():
        assert resource_path("dates", name).read_text(encoding="utf-8") == text, (
            f"rerun make_calendar_words.py ({name})"
        )
    months = built["foreign_months.txt"].split()
    assert {"grudnia", "decembrie", "noviembre", "novembro", "listopada", "декабря"} <= set(months)
    assert "out" not in months and "set" not in months  # English words are never a month


def test_dates_in_the_communities_languages_are_scrubbed_from_the_files() -> None:
    scrub = default_scrubber()
    for text in (
        "Klient ją uderzył w sobotę 28 listopada.",
        "Ea a fost lovită pe 5 decembrie.",
        "fue el sábado 28",
    ):
        result = scrub.scrub(text, ScrubContext())
        assert "[date]" in result.text, (text, result.text)
        assert "28" not in result.text and " 5 " not in result.text, result.text
