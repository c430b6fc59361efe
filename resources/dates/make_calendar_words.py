"""Rebuild `foreign_months.txt` and `foreign_weekdays.txt` (run from the repository root):

    .venv/bin/python resources/dates/make_calendar_words.py

The scrubber finds dates written in the languages of the communities served ("sábado 28 de
noviembre", "3 grudnia", "5 decembrie") by looking a word next to a day up in these lists. They
come from CLDR through Babel: month and weekday names, wide and abbreviated, for every locale in
LOCALES, lower case, as written and (names of five letters or more in Latin script) as typed
without accents. Dropped: names shorter than three letters and the short forms that are English
words ("7 OUT" is not the 7th of outubro, "3 set", "mar").

Why a file and not Babel at import: loading CLDR data for 23 locales cost every process that
imports the scrubber about half a CPU-second (each test worker, each CLI run that scrubs, the app
the first time it previews a report; issue 19). `tests/unit/sharing/test_calendar_words.py`
rebuilds the lists with this script's `build()` and fails if the committed files differ, so a
change of Babel or of LOCALES cannot go unnoticed.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

import stopwordsiso
from babel.dates import get_day_names, get_month_names

HERE = Path(__file__).resolve().parent
LOCALES = (
    *("es", "pt", "ro", "pl", "fr", "it", "sq", "tr", "lt", "lv", "hu", "cs", "sk", "bg", "ru", "uk"),
    *("ar", "th", "de", "nl", "el", "hr", "sr"),
)
FILES = {"foreign_months.txt": get_month_names, "foreign_weekdays.txt": get_day_names}


def _without_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def cldr_words(names: Callable[..., Mapping[int, str]]) -> list[str]:
    written = {
        # (a name of two words, the article and the day, by its last: Albanian "e shtunë")
        str(v).lower().rstrip(".").split()[-1]
        for locale in LOCALES
        for width in ("wide", "abbreviated")
        for v in names(width, "format", locale).values()
    }
    # ... and as typed on a keyboard without accents: "sabado 28", "5 decembrie", "marti 3"
    # (only whole names in Latin letters: "car" for "çar" or "pet" for "pét" would be English words)
    plain = {_without_accents(w) for w in written if len(w) >= 5}
    words = written | {w for w in plain if w.isascii()}
    english = stopwordsiso.stopwords("en")
    return sorted(w for w in words if len(w) >= 3 and w not in english and w not in {"set", "mar"})


def build() -> dict[str, str]:
    """Each file's name and its text: one word a line, sorted."""
    return {name: "".join(f"{w}\n" for w in cldr_words(names)) for name, names in FILES.items()}


def main() -> int:
    for name, text in build().items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10))} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
