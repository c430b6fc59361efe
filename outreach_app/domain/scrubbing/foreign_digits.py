"""Phone numbers spelled out digit by digit in the languages of the communities served.

A woman who writes her number down in her own language, or a worker who types it as she says
it, gives "zéro sept sept zéro zéro neuf ...", "sedm sedm nula nula devět ...", "hét hét nulla
nulla kilenc ...". `phones` reads the English words ("oh seven seven double oh"); this reads the
others: a run of at least seven digit words (or digits among them) holding the language's word
for zero, as a number spelled out always does (a UK number is full of zeros; a count or a
sentence is not). A cheap test first: most notes hold no word for zero in any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_app.domain.scrubbing.spans import Kind

Found = tuple[int, int, Kind]

# (French, Italian, Portuguese, Polish, Romanian; Czech, Slovak; Hungarian; Spanish; German, Dutch;
# Turkish; Bulgarian, Russian)
_ZEROS = "zéro zero nula nulla cero null nul sıfır sifir нула ноль нуль нулата"
_DIGITS = " ".join(
    (
        "un une deux trois quatre cinq six sept huit neuf",  # French
        "jedna jeden jedno dva dvě dve tři tri čtyři štyri pět päť šest šesť sedm sedem osm osem devět deväť",
        "egy kettő kettö két három négy öt hat hét nyolc kilenc",  # Hungarian
        "uno dos tres cuatro cinco seis siete ocho nueve",  # Spanish
        "due tre quattro cinque sei sette otto nove",  # Italian
        "um uma dois duas três quatro cinco seis sete oito nove",  # Portuguese
        "dwa trzy cztery pięć sześć siedem osiem dziewięć",  # Polish
        "unu doi trei patru cinci șase şase sase șapte şapte sapte opt nouă noua",  # Romanian
        "eins zwei zwo drei vier fünf sechs sieben acht neun",  # German
        "bir iki üç dört beş altı yedi sekiz dokuz",  # Turkish
        "një dy katër pesë gjashtë shtatë tetë nëntë",  # Albanian
        "едно един една один одна две два три четири четыре пет пять шест шесть седем семь осем "
        "восемь девет девять",  # Bulgarian, Russian
    )
)
_ZERO_WORDS = frozenset(_ZEROS.split())
_WORDS = sorted({*_ZERO_WORDS, *_DIGITS.split()}, key=len, reverse=True)
_WORD = "(?:" + "|".join(map(re.escape, _WORDS)) + r"|\d{1,5})"
_RUN = re.compile(rf"(?<!\w){_WORD}(?:(?:[ \t]*[,\-][ \t]*|[ \t]+){_WORD}){{6,}}(?!\w)", re.IGNORECASE)
# (the cheap test: the stems of the words for zero, looked for in C in the note in lower case)
_ZERO_STEMS = ("zéro", "zero", "nul", "cero", "sıfır", "sifir", "нул", "нол")
_TOKEN = re.compile(rf"{_WORD}", re.IGNORECASE)
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_MIN_WORDS = 4


def foreign_spelled_phone_spans(text: str) -> Iterator[Found]:
    """Numbers spelled out in another language's digit words: "zéro sept sept zéro zéro neuf ..."."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _ZERO_STEMS)):
        return
    for run in _RUN.finditer(text):
        tokens = [t.group(0).lower() for t in _TOKEN.finditer(run.group(0))]
        words = [t for t in tokens if not t.isdigit()]
        digits = sum(len(t) if t.isdigit() else 1 for t in tokens)
        if (
            len(words) >= _MIN_WORDS
            and _MIN_DIGITS <= digits <= _MAX_DIGITS
            and not _ZERO_WORDS.isdisjoint(words)
        ):
            yield run.start(), run.end(), Kind.PHONE
