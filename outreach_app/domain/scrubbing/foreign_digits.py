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
_ZEROS = "zéro zero nula nulla cero null nul sıfır sifir нула ноль нуль нулата dim không khong eber"
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
        "один два три чотири п'ять пʼять шість сім вісім дев'ять девʼять",  # Ukrainian
        "dau tri pedwar pump chwech saith wyth naw",  # Welsh
        "một mot hai ba bốn bon năm nam sáu sau bảy bay tám tam chín chin",  # Vietnamese
        "kow laba saddex afar shan lix toddoba siddeed sagaal",  # Somali
        "meia",  # Portuguese: "meia" (half a dozen) for 6, as numbers are read out
    )
)
# A digit word of these languages that is an English word too: a run needs more than it
_ENGLISH_TOO = frozenset({"un", "une", "dim", "bay", "sau", "tam", "nam", "lix", "chin", "mot", "bon", "hat"})
# French says a number in groups ("zéro sept, sept cents, neuf cents, deux cent quatre-vingt-un"
# is 07 700 900 281; "zéro six, douze, trente-quatre" is 06 12 34): the words of those groups
_FRENCH_NUMBERS = {
    **{"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16},
    **{"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
}
_FRENCH_DIGITS = {
    **{"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5},
    **{"six": 6, "sept": 7, "huit": 8, "neuf": 9},
}
_FRENCH_HUNDREDS = frozenset({"cent", "cents"})
_ZERO_WORDS = frozenset(_ZEROS.split())
_WORDS = sorted({*_ZERO_WORDS, *_DIGITS.split(), *_FRENCH_NUMBERS, *_FRENCH_HUNDREDS}, key=len, reverse=True)
_WORD = "(?:" + "|".join(map(re.escape, _WORDS)) + r"|\d{1,5})"
_RUN = re.compile(rf"(?<!\w){_WORD}(?:(?:[ \t]*[,\-][ \t]*|[ \t]+){_WORD}){{6,}}(?!\w)", re.IGNORECASE)
# (the cheap test: the stems of the words for zero, looked for in C in the note in lower case)
_ZERO_STEMS = ("zéro", "zero", "nul", "cero", "sıfır", "sifir", "нул", "нол", "dim", "không", "khong", "eber")
# ... or a run begun as a UK mobile is ("07 nove 5 3, 2 1 1, 0 8 7", "07 saith 8 9 5"): "07" and a
# digit word of these languages beside it
_MOBILE_AND_WORD = re.compile(r"(?<!\d)0\s?7[\d\s,-]{0,6}[^\W\d_]")
_TOKEN = re.compile(rf"{_WORD}", re.IGNORECASE)
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_UK_DIGITS = 11
_MIN_WORDS = 4


def _french_digits(tokens: list[str]) -> int:
    """How many digits a run with French number words says: each whole number said is as many
    digits as it has ("sept cents" 3, "quatre-vingt-un" 2, "douze" 2), each digit word alone one."""
    count, value, previous = 0, 0, ""
    for token in tokens:
        if token.isdigit():
            count += len(str(value)) if value else 0
            count, value = count + len(token), 0
        elif token in _FRENCH_HUNDREDS:
            value = (value or 1) * 100
        elif token in _FRENCH_NUMBERS:
            if previous == "quatre" and token.startswith("vingt"):  # "quatre-vingt": 80
                value += 76
            elif value % 100 and not (value % 10 == 0 and _FRENCH_NUMBERS[token] < 20):  # ("soixante-dix")
                count, value = count + len(str(value)), _FRENCH_NUMBERS[token]  # a new number
            else:
                value += _FRENCH_NUMBERS[token]
        elif token in _FRENCH_DIGITS:
            digit = _FRENCH_DIGITS[token]
            if value and (value % 10 or value < 10 or not digit) and previous not in _FRENCH_HUNDREDS:
                count, value = count + len(str(value)), 0  # "zéro sept": two digits said one by one
                count, value = (count + 1, 0) if not digit else (count, digit)
            elif not digit:
                count += 1  # "zéro" alone is its digit
            else:
                value += digit
        previous = token
    return count + (len(str(value)) if value else 0)


def foreign_spelled_phone_spans(text: str) -> Iterator[Found]:
    """Numbers spelled out in another language's digit words: "zéro sept sept zéro zéro neuf ..."."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _ZERO_STEMS)) and _MOBILE_AND_WORD.search(text) is None:
        return
    for run in _RUN.finditer(text):
        tokens = [t.group(0).lower() for t in _TOKEN.finditer(run.group(0))]
        words = [t for t in tokens if not t.isdigit()]
        if any(t in _FRENCH_NUMBERS or t in _FRENCH_HUNDREDS for t in words):
            # (each group the comma parts is a number of its own)
            digits = sum(
                _french_digits([t.group(0).lower() for t in _TOKEN.finditer(group)])
                for group in run.group(0).split(",")
            )
        else:
            digits = sum(len(t) if t.isdigit() else 1 for t in tokens)
        if (
            len(words) >= _MIN_WORDS
            and _MIN_DIGITS <= digits <= _MAX_DIGITS
            and not _ZERO_WORDS.isdisjoint(words)
            and len([w for w in words if w not in _ENGLISH_TOO]) >= _MIN_WORDS - 1
        ) or (
            # ("07 nove 5 3, 2 1 1, 0 8 7": a UK mobile begun in digits, a word of another language
            # among them, whole)
            tokens[0] in ("07", "0")
            and (tokens[0] == "07" or tokens[1:2] == ["7"])
            and words
            and not _ENGLISH_TOO.issuperset(words)
            and _UK_DIGITS - 1 <= digits <= _UK_DIGITS + 1  # (a digit slipped in or out as read)
        ):
            yield run.start(), run.end(), Kind.PHONE
