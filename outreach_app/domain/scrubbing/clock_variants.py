"""Clock times in the less common ways people type them (the common ones: `scrubbing.times`).

Each pattern here is written from a form, not from a note: four digits and am/pm run together
("1130pm"), the hour with "hrs" or the German "Uhr" ("at 21 hrs", "um 21 Uhr"), the bare end of
a range after a clock time ("10.30-11 and left", "between half 10 and 11"), "twenty to one" and
"ten to midnight" with no word of time before them, and a bare hour after a word of time that
the sentence goes on from ("at 3 and left", "just after 2 and sat", "at 10 outside the shop").
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_app.domain.scrubbing import lazy_re as re
from outreach_app.domain.scrubbing.lowered import lower_case_twin
from outreach_app.domain.scrubbing.spans import Kind
from outreach_app.domain.scrubbing.twins import twin_finditer

Found = tuple[int, int, Kind]

_MERIDIEM = r"(?:[ap]\.?m\b\.?)"
_HOUR = r"(?:1[0-2]|0?[1-9])"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# What after a number makes it a count, a size or money, not an hour: a unit or a counted noun,
# or any word that looks like a plural ("3 cars", "2 girls"; not "was", "his", "this").
_COUNTED = (
    r"(?!\s*(?:%|£|k\b|x\b))"
    r"(?!\s+(?:of|more|other|others|different|each|a|an|per|percent|or\s+\d|quid|pounds|grand|people|men|"
    r"women|children|kids|folk|staff|police|"
    r"mins?|minutes|hours?|hrs?|days?|weeks?|months?|years?|yrs?|stone|foot|feet|inches|cm|metres?|miles?|"
    r"g|kg|grams?|floors?|times)\b)"
    r"(?!\s+(?!(?:was|is|has|this|his|hers|as|yesterday|always|towards|across|perhaps|unless)\b)[a-z]+s\b)"
)

_CLOCK_VARIANTS: tuple[re.Pattern[str], ...] = (
    # "1130pm", "930 pm", "0945am": hour and minutes run together, with am/pm
    re.compile(
        rf"(?<![\d£$€.:/,]){_HOUR}[0-5]\d\s*(?:{_MERIDIEM}(?!\w)|[ap]m-?ish\b)(?:\s*-?\s*ish\b)?", re.I
    ),
    # "at 21 hrs", "around 23h", "@ 2hrs": an hour of the 24 with its "hrs" after a word of time
    # (alone it is a length: "for 21 hrs", "waited 2 hrs")
    re.compile(
        r"\b(?:at|about|around|approx\.?|till|until|from|by)\s+(?:(?:about|around)\s+)?"
        r"(?P<t>(?:[01]?\d|2[0-3])\s*(?:hrs?|h)\b)"
        r"|(?<![\w.])@\s?(?P<u>(?:[01]?\d|2[0-3])\s*(?:hrs?|h)\b)",
        re.I,
    ),
    # German: "um 21 Uhr", "gegen 3 Uhr", "21.30 Uhr" (the word is unambiguous)
    re.compile(r"\b(?:(?:um|gegen|ab|bis)\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr\b", re.I),
    # "10.30-11 and left", "9pm till 1 and", "between half 10 and 11": the bare hour that ends a
    # range begun with a clock time, unless a count follows it ("from 9pm to 10 people")
    re.compile(
        rf"(?:\d\s*{_MERIDIEM}|\d[:.][0-5]\d|\bhalf\s+(?:{_HOUR}|{_HOUR_WORD})\b)\s*(?:-|–|to|till|til|until|and|or)\s*"
        rf"(?P<t>{_HOUR})(?![\d:.]\d|\d|\s*(?:[ap]\.?m\b|o['’ ]?clock|ish)){_COUNTED}",
        re.I,
    ),
    # "twenty to one", "twenty-five to three": no count is said that way ("ten to one" is odds
    # and "five to ten" a range, so only these); "ten to midnight", "five past noon"
    re.compile(
        rf"\b(?:twenty|twenty[ -]five)\s+(?:minutes\s+|mins?\s+)?to\s+{_HOUR_WORD}\b"
        rf"(?:\s*{_MERIDIEM}(?!\w))?{_COUNTED}"
        r"|\b(?:five|ten|twenty|twenty[ -]five|quarter|half|[1-5]?5|[1-5]0)\s+(?:minutes\s+|mins?\s+)?"
        r"(?:to|past)\s+(?:midnight|midday|noon)\b",
        re.I,
    ),
    # A bare hour after a word that puts a moment on it, where the sentence goes on with "and" and
    # a verb or a place ("at 3 and left", "just after 2 and sat", "till 4 and then", "at 10 outside
    # the shop", "at 9 near the arches"); not a count ("at 1 and 2", "at 3 and a half stone") nor
    # the pronoun "one" ("works at one near the station"). ("about 2 near the park" may be two people:
    # a rough word is left to the patterns that see the clause end, `scrubbing.times`.)
    re.compile(
        r"(?:(?:\bat|\b(?:just|shortly|right)\s+(?:after|before)|\bgone|\btill|\btil|\buntil)\s+|(?<![\w.])@\s?)"
        r"(?:(?:about|around|like|abt|bout|approx\.?)\s+)?"
        r"(?P<t>1[0-2]|0?[1-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"(?=\s+and\s+(?!(?:a\s+)?half\b|or\b|the\s+same\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|twenty|thirty|forty|fifty)\b)[a-z]"
        # (only words of place that no rank or score takes: "at 2 on the list", "at 3 in the queue",
        # "at 2 from the top", "at 2 over the limit" stay)
        r"|\s+(?:near|outside|behind|inside|round|around|with|down|up|through|towards?|across|along|opposite|"
        r"beside)\s+(?:the|a|an|his|her|their|my|our|that|this|[A-Z])\b)",
        re.I,
    ),
)
# (the last of those, whose hour an age or a count before it undoes: `_NOT_A_MOMENT_BEFORE`)
_AT_HOUR_AND = _CLOCK_VARIANTS[-1]
# "last night about 10 and robbed", "tonight around 11 she": a rough hour after the part of the day
# it fell in is a moment, unless a count follows ("last night about 10 girls were out")
_PART_THEN_ROUGH_HOUR = re.compile(
    r"\b(?:last\s+night|last\s+nite|tonight|tonite|this\s+morning|yesterday)\s+(?:about|around|abt|approx\.?|at)\s+"
    rf"(?P<t>{_HOUR}|{_HOUR_WORD})(?![\d:.]\d|\d|\s*(?:[ap]\.?m\b|o['’ ]?clock|ish)){_COUNTED}"
    r"(?!\s+(?:girls|lads|guys|punters|clients|contacts|out|came|were)\b)",
    re.I,
)
# "eleven thirty p m", "11 30 p m": am/pm dictated letter by letter (after an hour: "a m" alone is
# no time)
_SAID_MINUTES = r"(?:fifteen|thirty|forty[ -]five|forty|fifty|twenty|ten|oh\s+five|[0-5]\d)"
_DICTATED_MERIDIEM = re.compile(
    rf"\b(?:{_HOUR}|{_HOUR_WORD})(?:[:. ]{_SAID_MINUTES}|\s+{_SAID_MINUTES})?\s+[ap]\s+m\b(?!\s*\w\b)", re.I
)
# A range of hours said in the writer's language: Bulgarian and Russian "от 10 до 22", Polish "od 10
# do 22", Czech "od 10 do 22", Romanian "de la 10 la 22", Spanish "de 10 a 22", Portuguese "das 10
# às 22", Italian "dalle 10 alle 22", French "de 10h à 22h", German "von 10 bis 22" (hours of the
# 24; not money or a count after it: "od 10 do 20 zł", "de 10 a 20 personas")
_H24 = r"(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d|h)?"
_FOREIGN_RANGE = re.compile(
    rf"(?<!\w)(?:от|od|de la|de|das|dalle|von|dès)\s+{_H24}\s*(?:до|do|la|a|às|as|alle|bis|à)\s+{_H24}"
    r"(?!\w|[.,]\d)"
    r"(?!\s*(?:zł|zl|lei|лв|руб|€|eur|euro|£|%|osób|osob|ludzi|personas|pessoas|persone|persoane|personnes|"
    r"leute|ani|años|anos|anni|lat|години|лет|km|kg|veces|vezes|volte|fois|mal|razy|ori|пъти|раз)\b)",
    re.I,
)
# Polish "o 2 w nocy", "o 23": "o" (at) and the hour, with its part of the day or a clock's minutes
_POLISH_AT = re.compile(
    r"(?<!\w)o\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s+(?:w nocy|nad ranem|rano|wieczorem|po południu)\b", re.I
)
# An hour said in words of the writer's language after its word for "at": French "à dix heures";
# Romanian "la ora zece"; Polish "o dziesiątej", "wpół do dziesiątej" (half past nine), "około
# północy"; Hungarian "este 9" (9 in the evening), "9 órakor" (at 9 o'clock); and Spanish "a las
# diez", Portuguese "às dez", Italian "alle dieci", which are also "to the ten (women)": those only
# with their half or part of the day, or where the clause ends ("le dio a las dos chicas" stays).
_PART_OF_DAY_SAID = (
    r"(?:\s+(?:de\s+la\s+(?:noche|mañana|manana|tarde|madrugada)|da\s+(?:manhã|manha|noite|tarde)"
    r"|di\s+(?:notte|sera|mattina)|du\s+(?:matin|soir)|noaptea|seara|dimineața|dimineata|w\s+nocy|wieczorem|rano))?"
)
_FOREIGN_SAID_HOURS = re.compile(
    r"(?<!\w)(?:"
    r"à\s+(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+heures?"
    r"|la\s+ora\s+(?:unu|una|două|doua|trei|patru|cinci|șase|sase|șapte|sapte|opt|nouă|noua|zece|"
    r"unsprezece|doisprezece|douăsprezece)"
    r"|(?:(?:o|około|okolo|po|przed|koło|kolo)\s+)?(?:wpół\s+do\s+|wpol\s+do\s+)?"
    r"(?:pierwszej|drugiej|trzeciej|czwartej|piątej|piatej|szóstej|szostej|siódmej|siodmej|ósmej|osmej|"
    r"dziewiątej|dziewiatej|dziesiątej|dziesiatej|jedenastej|dwunastej|północy|polnocy)"
    r"|(?:este|reggel|éjjel|ejjel|délután|delutan|hajnalban|hajnali)\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
    r"(?!\s+de\b)(?:\s*(?:órakor|orakor|óra|ora)\b)?"
    r"|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:órakor|orakor)"
    rf"){_PART_OF_DAY_SAID}(?!\w)"
    r"|(?<!\w)(?:a\s+las\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|a\s+la\s+una"
    r"|às\s+(?:duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)|à\s+uma"
    r"|alle\s+(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)|all['’]una)"
    r"(?:(?:\s+(?:y|e)\s+(?:media|meia|cuarto|quarto|mezza)|\s+(?:menos|meno)\s+(?:cuarto|quarto))"
    rf"{_PART_OF_DAY_SAID}|{_PART_OF_DAY_SAID.replace('))?', '))')}|(?=\s*(?:[.;:!?)\n]|,\s|$)))(?!\w)",
    re.I,
)
# "by 10 he was gone", "by 2 she had left": a bare hour after "by" that a clause follows (not the
# agent of a verb, "beaten by 3 men", nor a margin, "won by 2 points")
_BY_HOUR = re.compile(
    r"\bby\s+(?:about\s+|around\s+)?(?P<t>1[0-2]|0?[1-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=,?\s+(?:she|he|they|we|i|it|the\s+(?:van|police|door|place|shop|club))\s+(?:was|were|had|'d|has|is|came|left|"
    r"got|went|rang|called|arrived|texted|closed|opened)\b)",
    re.I,
)
# "at 2 30", "about 11,45": the hour and its minutes parted by a space or a comma after a word of
# time (not a count after it: "at 2 30 people"; not a comma and a space: "at 2, 30 minutes later")
_PARTED_MINUTES = re.compile(
    r"\b(?:at|about|around|approx\.?|till|until|by)\s+(?P<t>(?:[01]?\d|2[0-3])(?: |,)[0-5]\d)(?![\d:.,]\d|\d)"
    + _COUNTED,
    re.I,
)
# "at 23 hour", "in 23 hour": the hour as a non-native writer puts it (after "in" only an hour of
# the afternoon or night: "in 2 hour" is how long)
_HOUR_SINGULAR = re.compile(
    r"\b(?:at\s+(?P<t>(?:[01]?\d|2[0-4])\s+hour)|in\s+(?P<u>(?:1[3-9]|2[0-4])\s+hour))\b(?!s)", re.I
)
# Polish "o 22", "o 23:30": "o" (at) and an hour of the evening or a clock's minutes ("o 2" alone
# is too short to be sure of)
_POLISH_AT_HOUR = re.compile(
    r"(?<![\w'’])o\s+(?:1[3-9]|2[0-3]|[01]?\d[:.][0-5]\d)(?![\d:.]\d|\d|\s*(?:%|zł|zl|lat|osób|osob|km|kg)\b)"
)
# "oh two hundred hours", "zero four thirty hrs": a 24-hour time said aloud, as dictated
# (without "hours" only after a word of time: "oh seven seven double oh nine hundred ..." is a phone)
_SAID_24_HOUR = re.compile(
    r"\b(?:oh|zero)\s+(?:one|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?:hundred|fifteen|thirty|forty[ -]five|forty|fifty|twenty|ten)\s+(?:hours|hrs)\b"
    r"|(?:(?<=\bat )|(?<=\bby )|(?<=\babout )|(?<=\baround )|(?<=\buntil )|(?<=\bsince ))"
    r"(?:oh|zero)\s+(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\b"
    r"|\b(?:ten|eleven|twelve)\s+hundred\s+(?:hours|hrs)\b",
    re.I,
)
# "from 8pm to midnight", "10.30 till midnight": midnight or noon that ends a range begun with a
# clock time
_RANGE_TO_NAMED = re.compile(
    r"(?:\d\s*[ap]\.?m\b\.?|\d[:.][0-5]\d)\s*(?:-|–|to|till|til|until)\s*(?P<t>midnight|midnite|midday|noon)\b",
    re.I,
)
# An hour after the word of another language that makes it a clock's: Korean "3시", "밤 11시 30분"
# (not "3시간", three hours); Turkish "saat 3", "gece 2'de" (after the number "saat" is hours);
# Somali "saacadda 9 habeennimo"; Kurmanji "saet 10", "10ê şevê"; Welsh "chwarter wedi un",
# "hanner awr wedi deg"; Slovak and Czech "o pol štvrtej", "v půl čtvrté" (half past three).
_WELSH_HOUR = r"(?:un|dau|dwy|tri|tair|pedwar|pump|chwech|saith|wyth|naw|deg|un ar ddeg|deuddeg|hanner nos)"
_SLAVIC_HOUR = (
    r"(?:prvej|druhej|tretej|štvrtej|stvrtej|piatej|šiestej|siestej|siedmej|ôsmej|osmej|deviatej|desiatej|"
    r"jedenástej|jedenastej|dvanástej|dvanastej|první|druhé|třetí|čtvrté|páté|šesté|sedmé|osmé|deváté|"
    r"desáté|jedenácté|dvanácté)"
)
_COMMUNITY_CLOCK = re.compile(
    r"(?:(?:새벽|아침|오전|오후|저녁|밤)\s*)?(?<!\d)(?:[01]?\d|2[0-4])\s*시(?!간)(?:\s*(?:[0-5]?\d\s*분|반))?"
    r"|(?<!\w)(?:(?:saat|gece|sabah|akşam|aksam|öğlen|oglen)\s+)+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?![\d:.]\d|\d)"
    r"(?!\s*(?:saat|dakika|gün|gun|yıl|yil|kişi|kisi|tl|lira|%)\b)"
    r"|(?<!\w)saacadda\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
    r"(?:\s+(?:habeennimo|habeenimo|subaxnimo|subaxdii|galabnimo|galabtii|duhurnimo|fiidnimo|aroornimo))?(?!\w)"
    r"|(?<!\w)(?:saet|saeta|seet)\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:ê|an)?(?:\s+(?:şevê|seve|sevê|sibê|sibe|êvarê|evare|nîvro|nivro))?(?!\w)"
    r"|(?<![\w.])(?:[01]?\d|2[0-3])ê\s+(?:şevê|sevê|sibê|êvarê|evare|nîvro|nivro)(?!\w)"
    rf"|(?<!\w)(?:chwarter|hanner\s+awr|(?:pum|deg|ugain|pum\s+munud\s+ar\s+hugain)\s+munud)\s+(?:wedi|i)\s+{_WELSH_HOUR}(?!\w)"
    # (Welsh "11 y nos", "9 y bore", "3 y prynhawn", "8 yr hwyr": the hour and its part of the day)
    r"|(?<![\w£$€.:/,])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s+(?:y\s+nos|y\s+bore|y\s+prynhawn|yr\s+hwyr)(?!\w)"
    rf"|(?<!\w)(?:[ov]|ve)\s+(?:pol|půl|pul|štvrť\s+na|stvrt\s+na|čtvrt\s+na|tri\s+štvrte\s+na|tři\s+čtvrtě\s+na)\s+{_SLAVIC_HOUR}(?!\w)",
    re.I,
)
_CLOCK_VARIANTS = (
    *_CLOCK_VARIANTS,
    _PARTED_MINUTES,
    _BY_HOUR,
    _COMMUNITY_CLOCK,
    _DICTATED_MERIDIEM,
    _FOREIGN_RANGE,
    _POLISH_AT,
    _HOUR_SINGULAR,
    _POLISH_AT_HOUR,
    _SAID_24_HOUR,
    _RANGE_TO_NAMED,
    _PART_THEN_ROUGH_HOUR,
    _FOREIGN_SAID_HOURS,
)
# A cheap test per pattern, in the order of `_CLOCK_VARIANTS` (a regex on the text, or words of
# which the lower-cased text must hold one).
_HINTS: tuple[re.Pattern[str] | tuple[str, ...], ...] = (
    re.compile(r"\d\d\s*[apAP]"),
    re.compile(r"\d\s*[hH](?:[rR][sS]?)?\b"),
    ("uhr",),
    re.compile(r"(?i:\d\s*[ap]\.?m|\d[:.][0-5]\d|half\s)"),
    (" to ", "past"),
    (" and ", "near", "outside", "behind", "inside", "round", "with", "down", " up ", "through", "toward",
     "across", "along", "opposite", "beside"),
    re.compile(r"\d[ ,][0-5]\d"),
    ("by ",),
    ("시", "saat", "gece", "sabah", "akşam", "aksam", "öğlen", "oglen", "saacadda", "saet", "seet", "ê ",
     "wedi", "munud", "chwarter", "pol ", "půl", "pul ", "štvrť", "stvrt", "čtvrt", " y nos", " y bore",
     " y prynhawn", " yr hwyr"),
    re.compile(r"\b[apAP] [mM]\b"),
    ("от", "od ", "de ", "das ", "dalle ", "von ", "dès "),
    ("o ",),
    (" hour",),
    re.compile(r"(?<![\w'’])o\s+[012]?\d"),
    ("hundred", "hours", "hrs"),
    ("midn", "midday", "noon"),
    ("last night", "last nite", "tonight", "tonite", "this morning", "yesterday"),
    ("ej", "ółno", "olno", "las ", "la una", "às ", "à ", "alle ", "all'", "all’", "ora ", "este ", "reggel",
     "jjel", "lután", "lutan", "hajnal", "rakor"),
)  # fmt: skip
# What makes a bare hour after "at" an age or a count: "she was at 3 and", "looked at 3 and left"
_NOT_A_MOMENT_BEFORE = re.compile(r"\b(?i:look|looked|looking|aged?|level|number|no|score|scored|rated)\s+$")


def clock_variant_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    twin = lower_case_twin(text)  # (each case-insensitive pattern runs as its twin: `twin_finditer`)
    for pattern, hint in zip(_CLOCK_VARIANTS, _HINTS, strict=True):
        if isinstance(hint, tuple):
            if not any(map(lowered.__contains__, hint)):
                continue
        elif hint.search(text) is None:
            continue
        for match in twin_finditer(pattern, text, twin):
            group = next((g for g in ("t", "u") if g in pattern.groupindex and match.group(g)), 0)
            if pattern is _AT_HOUR_AND and _NOT_A_MOMENT_BEFORE.search(
                text, max(0, match.start() - 10), match.start()
            ):
                continue
            yield match.start(group), match.end(group), Kind.TIME
