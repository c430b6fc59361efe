"""UK number plates in the forms people write them: whole or in part, spaced, lower case,
with the gap said in a word ("KN-something-4ZX"), after a cue ("reg was Y R one seven"), in the
phonetic alphabet or in quoted pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import stopwordsiso

from outreach_app.domain.scrubbing.spans import Kind, word_set

Found = tuple[int, int, Kind]

_PLATE_GAP = r"(?:something|summat|\?+|…|\.{3}|\*+|x{2,}|_+)"
_PLATE_PATTERNS = (
    # current style AB12 CDE; lower case allowed when letters and digits are joined ("ok22 jxn")
    re.compile(r"\b[A-Za-z]{2}\d{2} ?[A-Za-z]{3}\b"),
    re.compile(r"\b[A-Z]{2} \d{2} ?[A-Z]{3}\b"),
    # plates of the countries people come from: Irish "12-D-34567", "191-KY-123"; Bucharest's
    # "B 123 ABC" (a county's "CJ 12 XYZ" has the UK shape above)
    re.compile(r"\b\d{2,3}-(?:[A-Z]{1,2})-\d{3,6}\b"),
    re.compile(r"\bB \d{2,3} [A-Z]{3}\b"),
    # prefix style A123 BCD (and dateless J4 GRR), suffix style ABC 123D
    re.compile(r"\b[A-Z]\d{1,3} ?[A-Z]{3}\b"),
    re.compile(r"\b[A-Z]{3} ?\d{1,3}[A-Z]\b"),
    # every character spaced, hyphenated or dotted: "A B 1 2 C D E", "AB-12-CDE", "K.N.6.6 X.Z.T."
    re.compile(
        r"\b[A-Z][ .-]{0,2}[A-Z][ .-]{0,2}\d[ .-]{0,2}\d[ .-]{0,2}[A-Z][ .-]{0,2}[A-Z][ .-]{0,2}[A-Z]\b"
    ),
    re.compile(r"\b[A-Z][ -][A-Z][ -]\d[ -]?\d\b"),
    # partial current-style plates: the first half, maybe a letter or two of the rest
    re.compile(r"\b[A-Z]{2} ?\d{2}(?: [A-Z]{1,2})?\b"),
    # a half-remembered plate with the gap said in a word or marks: "KN-something-4ZX", "YE13 ??? X"
    # (a digit on one side at least: "OK... I left" is prose)
    re.compile(rf"\b[A-Z]{{1,2}}\d{{1,2}}[ -]?{_PLATE_GAP}[ -]?\d{{0,2}}[A-Z]{{1,3}}\b"),
    re.compile(rf"\b[A-Z]{{1,2}}[ -]?{_PLATE_GAP}[ -]?\d{{1,2}}[A-Z]{{1,3}}\b"),
)
# Plate shapes of the countries the perpetrators' cars come from, distinct from prose and from UK
# postcodes: French and Italian "AB-123-CD" / "AB 123 CD", Bulgarian "CA 1234 AB", German
# "B-AB 1234", Dutch "12-ABC-3" / "AB-123-C". A current UK plate with a letter for a digit in its
# age ("AB1O CDE", "YK6B ..." aside: one real digit at least), as typed in a hurry or to dodge a
# filter.
# (not a clock time in capitals, "AT 1130 PM", nor a police log's date, "20-NOV-26")
_FOREIGN_PLATES = re.compile(
    r"\b(?:[A-Z]{2}[- ]\d{3}[- ]|[A-Z]{1,2} ?\d{4} ?)(?!AM\b|PM\b|HR)[A-Z]{2}\b"
    r"|\b(?:[A-Z]{1,3}-[A-Z]{1,2} \d{1,4}|[A-Z]{2}-\d{3}-[A-Z])\b"
    r"|\b\d{1,2}-(?!JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{2,3}-\d{1,2}\b"
    r"|\b[A-Z]{2}(?:\d[OIlSB]|[OIlSB]\d) ?[A-Z]{3}\b"
    # Northern Irish: three letters, the last two its county's code with an I or a Z ("AKZ 1234",
    # "LXZ 4521", "BIG 21"), then one to four digits
    # (not a count in capitals after it: "A BIG 2 LITRE", "UNI 2 YEARS")
    r"|\b[A-Z](?:[A-HJ-Y]Z|[A-HJ-Y]I|I[ABGJLW]|JZ)[ ]?[1-9]\d{0,3}\b(?![:./]\d)"
    r"(?![ ](?i:times|men|women|girls|lads|guys|hours|hrs|years|yrs|days|weeks|mins|litres?|pints|quid|"
    r"pounds)\b)"
)


# Whatever follows "plate" or "reg" is (part of) a plate, in any spacing and spelled out:
# "first bit of plate YE6", "personal plate starting K1", "the reg was Y R one seven".
_PLATE_CUE = re.compile(
    r"\b(?:(?:number\s+)?plates?|reg(?:istration)?(?:\s+(?:no|number)\.?)?|vrm)"
    r"(?:\s+(?:was|is|were|of|starting|starts|started|begins|beginning|began|with|like|maybe|had|has|"
    r"ending|ends|ended|finished|finishes|finishing|something|number|no\.?|in|it|partial|part|first|bit|"
    r"letters|personalised|personalized|private|personal|cherished|:|-))*[\s:]+",
    re.IGNORECASE,
)
# (after a cue, the first half alone too: "reg yk66")
_PLATE_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z]{0,3}|[A-Z]\d{1,3}[A-Z]{3}|[A-Z]{3}\d{1,3}[A-Z]")
_PLATE_PIECE = re.compile(
    r"(?:[A-Z0-9]{1,7}|[a-z0-9]{1,4}|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
    # (a closing quote may follow: "began 'BD' and"; not a word's apostrophe: "it's")
    r"(?!\w|['’]\w)",
)
_SPOKEN_DIGIT = re.compile(r"zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple")


_ENDS_CUE = re.compile(
    r"\b(?:end|ends|ending|ended|finished|finishes|finishing|start|starts|starting|started|begins|beginning|began)\b",
    re.I,
)


_PLATE_STOPS = word_set("in on at it is as an and or of to the was he she his her then")


def _cued_plate(text: str, start: int, cue: str) -> tuple[int, int] | None:
    """The plate-like pieces right after a plate cue: capitals and digits, or spelled digits."""
    pieces: list[str] = []
    ends: list[int] = []
    quote = _QUOTE.match(text, start)  # "began 'BD'"
    end = position = start = quote.end() if quote else start
    while len(pieces) < 8:
        match = _PLATE_PIECE.match(text, position)
        if match is None or (pieces and match.group(0) in _PLATE_STOPS):
            break  # "plate had LG18 in it": the plate ends at a little word
        pieces.append(match.group(0))
        end = match.end()
        ends.append(end)
        gap = _PLATE_PIECE_GAP.match(text, end)
        if gap is None:
            break
        position = gap.end()
    # a whole current plate ends there: "plate Y D 1 5 H K J 3 times past" is "YD15 HKJ"
    for count in range(len(pieces) - 1, 0, -1):
        if _WHOLE_PLATE.fullmatch("".join(pieces[:count])):
            pieces, ends = pieces[:count], ends[:count]
            end = ends[-1]
            break
    joined = "".join(p for p in pieces if not _SPOKEN_DIGIT.fullmatch(p))
    if joined.upper() != joined:  # lower case only in a plate's shape: "plate was yk 66 bzx and"
        for count in range(len(pieces), 0, -1):
            if _PLATE_SHAPE.fullmatch("".join(pieces[:count]).upper()):
                return start, ends[count - 1]
        return None
    spoken = any(_SPOKEN_DIGIT.fullmatch(p) for p in pieces)
    has_digit = spoken or any(ch.isdigit() for ch in joined)
    has_letter = any(ch.isalpha() for ch in joined)
    # letters alone count after "ends in" / "starts with" ("car reg ends in ABC")
    letters_only = has_letter and joined.isupper() and 2 <= len(joined) <= 4 and _ENDS_CUE.search(cue)
    if not pieces or not ((has_digit and has_letter) or letters_only) or len(joined) > 8:
        return None
    return start, end


_QUOTE = re.compile(r"['‘\"“]")
_WHOLE_PLATE = re.compile(r"[A-Z]{2}\d{2}[A-Z]{3}")
# between the pieces of a plate: a space or two, a dash, or quotes round each ("'KN' '66'")
_PLATE_PIECE_GAP = re.compile(r"['’\"”]?(?:[ \t]{1,2}|-)['‘\"“]?")
# The rest of a plate said after a pause: "began KX then 15", "began 'BD' and ended 'XK'".
_PLATE_MORE = re.compile(
    r"['’\"”]?,?\s+(?:and\s+)?(?:then|(?:it\s+)?(?:ended|ends|ending|finished|finishes)(?:\s+(?:with|in))?)"
    r"\s+(?:a\s+)?['‘\"“]?(?P<more>[A-Z0-9]{2,4}|\d)(?![\w])"
)
_GAP_MARKS = ("something", "summat", "?", "…", "...", "*", "xx", "XX", "_")


# What the plate patterns need (cheap scans: each starts with a set of characters): a letter
# and two digits for the first (lower case allowed); a capital next to a digit, maybe with a
# space or dash or two between, for the others.
_LOWER_PLATE_NEEDS = re.compile(r"[A-Za-z]\d\d")
_PLATE_NEEDS = re.compile(r"[A-Z][ .-]{0,2}\d|\d[A-Z]")


_PARTIAL_PLATE = _PLATE_PATTERNS[8]
# A nurse's observations, written as a partial plate is: heart, breathing and pulse rates, blood
# pressure and sugar ("HR 96", "RR 18", "BM 12")
_OBSERVATIONS = frozenset({"HR", "RR", "PR", "BP", "BM"})


# A model's name after its maker, shaped as half a plate: "black Volvo XC90", "Toyota GT86",
# "Mazda CX30", "Hyundai IX35", "Mercedes SL55" (the model's letters are the maker's own; a half
# plate after a maker with other letters, "Volvo YK66", is still a plate)
_MODEL_LETTERS = {
    "volvo": ("XC",),
    "toyota": ("GT", "GR"),
    "mazda": ("CX", "MX"),
    "hyundai": ("IX",),
    "mercedes": ("SL", "ML", "GL", "CL"),
    "merc": ("SL", "ML", "GL", "CL"),
}
_MAKER_BEFORE = re.compile(r"\b(?P<maker>[A-Za-z]+)[ \t]+$")


def _a_model(text: str, start: int) -> bool:
    maker = _MAKER_BEFORE.search(text, max(0, start - 12), start)
    models = _MODEL_LETTERS.get(maker.group("maker").lower(), ()) if maker is not None else ()
    return text[start : start + 2] in models


def plate_spans(text: str) -> Iterator[Found]:
    patterns: tuple[re.Pattern[str], ...]
    if _PLATE_NEEDS.search(text) is None:
        patterns = _PLATE_PATTERNS[:1] if _LOWER_PLATE_NEEDS.search(text) else ()
    elif any(map(text.__contains__, _GAP_MARKS)):
        patterns = _PLATE_PATTERNS
    else:
        patterns = _PLATE_PATTERNS[:-2]
    for pattern in patterns:
        for match in pattern.finditer(text):
            if pattern is _PLATE_PATTERNS[0] and _word_after_a_district(match.group(0)):
                continue
            if pattern is _PARTIAL_PLATE and match.group(0)[:2] in _OBSERVATIONS:
                continue  # "HR 96, RR 18": a nurse's observations, not half a plate
            if pattern is _PARTIAL_PLATE and _a_model(text, match.start()):
                continue  # "black Volvo XC90": the model, not half a plate
            yield match.start(), match.end(), Kind.PLATE
    if patterns:
        for match in _FOREIGN_PLATES.finditer(text):
            yield match.start(), match.end(), Kind.PLATE
    if _LOWER_PLATE_NEEDS.search(text) or _SPACED_LOWER_NEEDS.search(text):
        for match in _SPACED_LOWER_PLATE.finditer(text):
            # (the first two letters only when a little word: "on 12 nov" aside, "kn 66 xzt" is a plate)
            area, rest = match.group("area"), match.group("rest")
            if match.group("each") or not (area in _LITTLE_WORDS or _is_word(rest)):
                yield match.start(), match.end(), Kind.PLATE


# A current plate typed in lower case with spaces: "yd 14 bnm", "y s 1 8 w n t" (each character
# spaced is no prose; in groups, only when neither group of letters is a word: "on 12 nov", "is 18
# now" stay).
_SPACED_LOWER_PLATE = re.compile(
    r"(?<![\w-])(?:(?P<area>[a-z]{2})(?: \d{2} ?| ?\d{2} |-\d{2}-?|\d{2}-)(?P<rest>[a-z]{3})"
    r"|(?P<each>[a-z] [a-z] \d ?\d [a-z] [a-z] [a-z]))(?![\w-])"
)
_SPACED_LOWER_NEEDS = re.compile(r"[a-z][ -]\d ?\d[ -]?[a-z]|[a-z]\d\d-[a-z]")


def _is_word(letters: str) -> bool:
    from outreach_app.domain.scrubbing.names import english_words  # (loaded once, for the names pass too)

    return letters in _STOPWORDS or letters in english_words() or letters in _MONTHS_SHORT


# Two-letter words that stand before a number in prose ("on 12 nov", "is 18 now", "at 10 pm")
_LITTLE_WORDS = word_set("on at is in to by of me we he so no or as up do go be an my us am it ok hi")
_MONTHS_SHORT = word_set("jan feb mar apr may jun jul aug sep oct nov dec hrs min mins yrs")


_STOPWORDS = frozenset(stopwordsiso.stopwords("en"))


def _word_after_a_district(plate: str) -> bool:
    """ "LS12 way", "yk66 she": a lower-case word after a space is a word, not a plate's letters."""
    head, _, letters = plate.rpartition(" ")
    return bool(head) and not letters.isupper() and letters.lower() in _STOPWORDS


# A plate read out in the phonetic alphabet: "reg whiskey echo one nine X ray Kilo Lima".
_NATO = (
    r"alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|"
    r"papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x[ -]?ray|yankee|zulu"
)
# (a single letter only in capitals: "... oscar a grey Audi" ends at "oscar")
# (the age in digits too: "yankee kilo 66 bravo zulu x-ray")
_NATO_PIECE = rf"(?:{_NATO}|zero|oh|one|two|three|four|five|six|seven|eight|nine|(?-i:[A-Z])|[0-9]{{1,2}})"
# (read out with a pause between the halves: "Bravo Foxtrot one six, X-ray Lima Kilo")
_NATO_RUN = re.compile(rf"{_NATO_PIECE}(?:(?:[\s-]+|,\s*){_NATO_PIECE}){{2,7}}(?!\w)", re.IGNORECASE)
_NATO_WORD = re.compile(rf"\b(?:{_NATO})\b", re.IGNORECASE)


# A plate remembered in quoted pieces, with a plate word earlier in the note: 'the registration
# ... she remembers "S" and "K" and maybe a 68' (two pieces at least; the last may be digits).
_QUOTED_PLATE_PIECE = r"['‘\"“][A-Z0-9]{1,4}['’\"”]"
_QUOTED_PLATE = re.compile(
    rf"{_QUOTED_PLATE_PIECE}(?:\s*(?:,|&|and|then)\s*(?:maybe\s+|possibly\s+|perhaps\s+)?(?:an?\s+)?"
    rf"(?:{_QUOTED_PLATE_PIECE}|\d{{1,3}}\b))+"
)
_PLATE_WORDS = ("plate", "reg", "vrm")
_PLATE_WORD = re.compile(r"\b(?:plates?|reg|registration|vrm)\b")  # (not "regular")


# "first part of the reg", "the first letters of his plate": the start of a plate is what follows
_PART_BEFORE = re.compile(
    r"\b(?:first|start|beginning)\s+(?:(?:two|three|few|couple)\s+)?(?:part|bit|half|letters?|bits|characters)"
    r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:car['’]s\s+|van['’]s\s+)?$",
    re.IGNORECASE,
)


# A current plate read out letter by letter with its age said in words, no cue needed: "a blue
# C1 Y C one four, B X K" (two capitals, two digits of which one at least in words, three
# capitals; capitals standing alone are no prose).
_SAID_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SAID_PLATE = re.compile(
    rf"(?<![\w-])[A-Z][ .-][A-Z][ .-]+(?=[a-z ]*{_SAID_DIGIT})"
    rf"(?:{_SAID_DIGIT}|[0-9])[ -]?(?:{_SAID_DIGIT}|[0-9]),?[ .-]+"
    r"[A-Z][ .-][A-Z][ .-][A-Z](?![\w-])"
)
_SPACED_CAPITALS = re.compile(r"(?<!\w)[A-Z] [A-Z](?!\w)")


# A plate read out in the phonetic alphabet needs no cue when it holds its age and two of the
# alphabet's words at least: "kilo november six six x-ray zulu tango" is no prose ("Charlie and
# Mike" is: a little word breaks the run).
_NATO_NEEDS = re.compile(
    r"(?i:\b(?:alpha|alfa|bravo|delta|echo|foxtrot|golf|kilo|lima|papa|quebec|sierra|tango|"
    r"uniform|whiske?y|x[ -]?ray|yankee|zulu)\b)"
)


_NATO_STEMS = (
    *("alpha", "alfa", "bravo", "delta", "echo", "foxtrot", "golf", "kilo", "lima", "papa", "quebec"),
    *("sierra", "tango", "uniform", "whisk", "x-ray", "xray", "x ray", "yankee", "zulu"),
)


def _uncued_nato(text: str) -> Iterator[Found]:
    for match in _NATO_RUN.finditer(text):
        pieces = re.split(r"[\s,-]+", match.group(0))
        said_digits = sum(1 for p in pieces if p.isdigit() or _SPOKEN_DIGIT.fullmatch(p.lower()))
        if len(_NATO_WORD.findall(match.group(0))) >= 2 and said_digits >= 1 and len(pieces) >= 5:
            yield match.start(), match.end(), Kind.PLATE


def cued_plate_spans(text: str) -> Iterator[Found]:
    """Plates after "plate"/"reg", also spelled out (so run on texts without digits too)."""
    lowered = text.lower()
    # (cheap tests first: two of the alphabet's words, "Golf" alone is a car)
    if any(map(lowered.__contains__, _NATO_STEMS)) and len(_NATO_NEEDS.findall(text)) >= 2:
        yield from _uncued_nato(text)
    if _SPACED_CAPITALS.search(text):
        for match in _SAID_PLATE.finditer(text):
            yield match.start(), match.end(), Kind.PLATE
    if any(map(lowered.__contains__, _PLATE_WORDS)) and any(q in text for q in "'‘\"“"):
        for match in _QUOTED_PLATE.finditer(text):
            if _PLATE_WORD.search(lowered, 0, match.start()):
                yield match.start(), match.end(), Kind.PLATE
    for match in _PLATE_CUE.finditer(text):
        quote = _QUOTE.match(text, match.end())  # ("registration 'Bravo Foxtrot ...'")
        nato = _NATO_RUN.match(text, quote.end() if quote else match.end())
        if nato is not None and len(_NATO_WORD.findall(nato.group(0))) >= 2:
            yield nato.start(), nato.end(), Kind.PLATE
            continue
        # ("first part of reg was YK": what is said before the cue counts as part of it)
        before = _PART_BEFORE.search(text, max(0, match.start() - 30), match.start())
        found = _cued_plate(text, match.end(), match.group(0) + (" start" if before else ""))
        if found is not None:
            yield found[0], found[1], Kind.PLATE
            more = _PLATE_MORE.match(text, found[1])
            if more is not None:
                yield more.start("more"), more.end("more"), Kind.PLATE
