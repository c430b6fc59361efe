"""Structured identifiers in the forms people really type them.

Phone numbers written plainly, spelled out ("oh seven seven double oh ..."), mixed ("07seven7"),
with the letter O for zero, with a double space inside, or two joined by "/"; emails, also as
"name at domain dot com"; URLs; handles with `@`, after a platform cue word ("his AW profile
is kingkev515", "on Snap as ...", "wechat id ..."), or joined by underscores; UK plates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import stopwordsiso

from outreach_app.domain.scrubbing.spans import Kind, word_set

Found = tuple[int, int, Kind]

_TLDS = r"(?:co\.uk|org\.uk|com|net|org|uk|ru|io|me|ly|ee|tv|app|info|biz|xyz|cc|to|link)"
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    rf"|\b(?:[a-z0-9-]+\.)+{_TLDS}(?:/[^\s<>\"']*)?(?![\w@])",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
# "kev at gmail dot com", "kev (at) hotmail (dot) co (dot) uk", "kev[at]gmail[dot]com": the
# spelled "dot" (or a provider name) is required, so prose like "met at the hotel" is left.
_AT = r"(?:\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+|\s*@\s*)"
_DOT = r"(?:\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+|\.)"
# An e-mail half remembered: the part before "@" with nothing after it ("bigkev.leeds@ (she
# can't remember the rest)", "daddy4u@..."), or the start of one after a cue ("his email starts
# daddy4").
_CUT_EMAIL = re.compile(r"(?<![\w.@+-])[A-Za-z0-9][\w.+-]+@(?=\s|\.{2,}|…|[,;:)!?]|$)")
_EMAIL_START = re.compile(
    r"\be-?mail(?:\s+address)?\s+(?:starts|started|starting|begins|began|beginning)(?:\s+with)?\s+"
    r"['‘\"“]?(?P<e>[A-Za-z0-9][\w.+-]{2,})",
    re.IGNORECASE,
)
_DOT_ENDING = re.compile(r"\.(?i:com|net|org|co|uk|ru|ro|pl|de|fr|io|me)\b")
_SPELLED_EMAIL = re.compile(
    rf"\b[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:com|net|org|co|uk|ru|ro|pl|de|fr|io|me)\b",
    re.IGNORECASE,
)
# ... and with the words glued on, in capitals so they show: "dazzaATgmailDOTcom",
# "s.walkerAtProtonmailDotCom", "adam.kowalski(at)wp(dot)pl"; or in lower case with a mail
# provider's name between ("daveatgmaildotcom").
# ("gazza@hotmailDOTcom", "m.d[at]gmail[.]com": the two ways mixed)
_GLUED_AT = r"(?:AT|At|@|\((?i:at)\)|\[(?i:at)\])"
_GLUED_DOT = r"(?:DOT|Dot|\((?i:dot)\)|\[(?i:dot)\]|\[\.\]|\(\.\))"
_GLUED_EMAIL = re.compile(
    rf"(?<![\w.@])[A-Za-z0-9][\w.+-]*?{_GLUED_AT}[A-Za-z0-9-]+?(?:{_GLUED_DOT}[A-Za-z0-9-]+?)*?{_GLUED_DOT}"
    r"(?i:com|net|org|co|uk|ru|ro|pl|de|fr|io|me|info)(?!\w)"
    r"|(?i:(?<![\w.@])[a-z0-9][\w.+-]*?at(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|aol|proton(?:mail)?|"
    r"ymail|msn|btinternet|sky|qq)dot(?:com|net|co(?:dotuk)?|uk)(?!\w))"
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# "@2300", "@11pm", "@23:40", "@ 9": "@" for "at" before a clock time is no handle.
_AT_CLOCK = re.compile(r"@(?:2[0-3]|[01]?\d)(?:[:.]?[0-5]\d)?(?:\s?[ap]\.?m\b\.?|hrs?\b|h\b)?(?![\w@])", re.I)
# A handle without @ after a platform word and a joiner: "Snapchat: danny_b_4u", "on Snap as
# lil_tony", "his AW profile is kingkev515", "wechat id zhang8888", "kik bossman_ldn".
# Platform words that are never ordinary words: a handle may follow directly ("kik bossman_ldn").
_PLATFORM = (
    r"snap(?:chat)?|insta(?:gram)?|tik ?tok|telegram|twitter|kik|grindr|tinder|wechat|we chat|viber|"
    r"whatsapp|onlyfans|fansly|adult ?work|viva(?: ?street)?|facebook|badoo|bumble|skype|discord|wickr|"
    r"threema|plenty ?of ?fish|hinge|seeking|feeld|grindr|scruff|snap ?chat|kakao ?(?:talk)?|zalo"
)
# Short or ordinary platform words need a joiner before the handle ("his AW profile is ...").
_PLATFORM_SHORT = r"aw|ig|tg|fb|sc|x|of|line|signal|pof|wa"
# (a word joiner ends at a word's end: "AW asking" is not "AW as" + "king")
# In a note mixing languages the joiner may be in the other one: "Line ของเขาคือ garyinleeds".
_FOREIGN_JOINER = "[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+"
_JOINER = (
    # ("her snap's lexi.x": the possessive is a joiner too)
    r"(?:(?:user ?name|handle|profile(?: name)?|account|id|name|is|as|called)\b|['’]s\b|:|-|=|@|"
    rf",\s*(?:user ?name|handle|profile(?: name)?|account|id)\b|{_FOREIGN_JOINER})"
)
_PLATFORM_HANDLE = re.compile(
    rf"\b(?:(?:{_PLATFORM})\b(?:\s*{_JOINER})*|(?:{_PLATFORM_SHORT})\b(?:\s*{_JOINER})+)"
    # (in brackets too: "on snap (toplad.x)", when it looks like a handle: `handle_spans`)
    # (a Discord tag takes its number along: "kev#4471")
    r"\s*(?P<bracket>\()?['‘\"“]?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_](?:#\d{4}\b)?)",
    re.IGNORECASE,
)
# After a short platform word with no joiner, only what looks like a handle ("ig kevlad99").
_SHORT_PLATFORM_HANDLE = re.compile(
    rf"\b(?i:{_PLATFORM_SHORT})\s+(?P<handle>[A-Za-z][A-Za-z0-9_.]*(?:\d|_)[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)
# A word of letters ending in two or more digits is a user name ("kevlad99", "zhang8888").
_DIGIT_TAILED = re.compile(r"(?<![\w@.#£$€/-])[A-Za-z][A-Za-z._]{2,}\d{2,}(?![\w@/])")
_LETTER_TWO_DIGITS = re.compile(r"[A-Za-z._]\d\d")
_TWO_DIGITS = re.compile(r"\d\d|\d_|_\d|\d\.")
_NOT_DIGIT_TAILED = word_set(
    "covid19 covid covid-19 mp3 mp4 ps4 ps5 iphone11 iphone12 iphone13 iphone14 iphone15 size10 size12 size14"
)
# Words that may follow a platform word without being a handle ("on snap as well").
_NOT_HANDLES = word_set("""a an the his her he she him it is as too and or but also again now then well same
    handle username user profile account id name called
    apparently again again only ok so to from with for of in on at by all this that there street
    messages message msg msgs dm dms chat page account profile app number him again""")
_UNDERSCORE_WORD = re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+_?(?![\w@])")
_PLATE_GAP = r"(?:something|summat|\?+|…|\.{3}|\*+|x{2,}|_+)"
_PLATE_PATTERNS = (
    # current style AB12 CDE; lower case allowed when letters and digits are joined ("ok22 jxn")
    re.compile(r"\b[A-Za-z]{2}\d{2} ?[A-Za-z]{3}\b"),
    re.compile(r"\b[A-Z]{2} \d{2} ?[A-Z]{3}\b"),
    # prefix style A123 BCD (and dateless J4 GRR), suffix style ABC 123D
    re.compile(r"\b[A-Z]\d{1,3} ?[A-Z]{3}\b"),
    re.compile(r"\b[A-Z]{3} ?\d{1,3}[A-Z]\b"),
    # every character spaced or hyphenated: "A B 1 2 C D E", "AB-12-CDE"
    re.compile(r"\b[A-Z][ -]{0,2}[A-Z][ -]{0,2}\d[ -]{0,2}\d[ -]{0,2}[A-Z][ -]{0,2}[A-Z][ -]{0,2}[A-Z]\b"),
    re.compile(r"\b[A-Z][ -][A-Z][ -]\d[ -]?\d\b"),
    # partial current-style plates: the first half, maybe a letter or two of the rest
    re.compile(r"\b[A-Z]{2} ?\d{2}(?: [A-Z]{1,2})?\b"),
    # a half-remembered plate with the gap said in a word or marks: "KN-something-4ZX", "YE13 ??? X"
    # (a digit on one side at least: "OK... I left" is prose)
    re.compile(rf"\b[A-Z]{{1,2}}\d{{1,2}}[ -]?{_PLATE_GAP}[ -]?\d{{0,2}}[A-Z]{{1,3}}\b"),
    re.compile(rf"\b[A-Z]{{1,2}}[ -]?{_PLATE_GAP}[ -]?\d{{1,2}}[A-Z]{{1,3}}\b"),
)

# --- phone numbers ------------------------------------------------------------------------

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3}
# "nine hundred" is 900: the word stands for its zeros
_ZEROS = {"hundred": 2, "thousand": 3}
# "I" and "l" stand for 1 only between digits ("4I2", "07l00"): alone they are words.
_WORD_PIECES = "|".join(sorted((*_DIGIT_WORDS, *_REPEAT, *_ZEROS), key=len, reverse=True))
# ... or at the start of a group of digits after a number ("07700 9OO I23").
_PIECE = re.compile(r"\d|(?<=[\dOo])[Il](?=[\dOo])|(?<![A-Za-z])[Il](?=\d\d)|" + _WORD_PIECES, re.I)
# A token of a written number: digits, digit words and letter O, run together or not.
# (the lookahead holds the first letters a token can start with: a cheap rejection of the rest)
_NUMBER_TOKEN = re.compile(
    r"(?=[\d+(IlzontfsedhZONTFSEDH])(?<![\w])(?:\+|\(\+?)?(?:" + _PIECE.pattern + r")+\)?(?![\w])",
    re.IGNORECASE,
)
# (a typed slip is a separator too: "07700..900876", "07723 – 456 789", "07700 ,900 222"; and so
# is any mark typed to slip a number past a filter: "07700*900*123", "07700|900|123", "07700~900")
_SEPARATOR = re.compile(
    r"[ \t]{1,3}|[ \t]*(?:[-.–—*~|\\•·]|\.{2,3})[ \t]*|[ \t]+,[ \t]*|[ \t]*\([ \t]*|\)[ \t]*"
)
# Between two spelled-out pieces a comma or a slash is a pause too ("seven seven double oh, nine
# double oh", "oh seven seven double oh / nine double oh / four five six").
_SPELLED_SEPARATOR = re.compile(r"[ \t]*[,/][ \t]*")
# Between the groups of a UK number written with slashes ("07700/900/612"), while it is short of
# a whole number ("07700900123/07700900456" stays two numbers).
_SLASH = "/"
# Digit runs that are dates or time ranges, not numbers: 2025-03-04, 04.03.2025, 23.30-01.15.
_NOT_PHONE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2})$"
)
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_ZERO_WORDS = frozenset({"oh", "o", "zero", "nought"})
_UK_DIGITS = 11


def _digit_count(tokens: list[str]) -> int:
    """Digits written by a run of number tokens ("double oh" is two); -1 when one is not a number."""
    count, repeat = 0, 1
    for token in tokens:
        lowered = token.lower().strip("+()")
        position = 0
        while position < len(lowered):
            piece = _PIECE.match(lowered, position)
            if piece is None:
                return -1
            position = piece.end()
            word = piece.group(0)
            if word in _REPEAT:
                repeat = _REPEAT[word]
                continue
            if word in _ZEROS:
                count += _ZEROS[word]
                continue
            count += repeat
            repeat = 1
    return count


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _spelled_only(tokens: list[tuple[int, int, str]]) -> bool:
    return not any(_has_digit(t) for _, _, t in tokens)


# The end of a number someone half-remembers: "one ending 3391", "last 4 digits 0123".
_PARTIAL_NUMBER = re.compile(
    r"\b(?:ending|ends|ended|last\s+(?:\w+\s+)?digits?|last\s+\w+\s+of\s+(?:\w+\s+)?(?:number|no)|last\s+bit|"
    r"finishing|finishes|starts|starting|"
    r"started|begins|beginning|first\s+(?:\w+\s+)?(?:digits?|bit|part|half))"
    r"(?:\s+(?:of|his|her|the|number|no|in|with|was|is|are|:))*\s*(?P<digits>\d[\d ]{1,9}\d)\b",
    re.IGNORECASE,
)
# The start of a UK mobile number on its own ("07700 9", "0770090"): 07 and at least four more
# digits is a number cut short, never a count or a year ("the 07700" alone is the prefix).
_MOBILE_START = re.compile(r"(?<![\d+])(?:\+44\s?7|07)\d{3}\s?\d{1,5}(?!\d)")


# Digits hidden or not remembered, written as marks where they go: "07700 900 12X", "07700 9xx
# xxx", "07700 900 1**" (digits first, then the marks, in each group: "x2" is "twice").
# ("?" is no mark here: it ends a question.)
_MASKED_GROUP = re.compile(r"[ \t-]?\d*[xX*#•]+(?![\w*#•])|\d*[xX*#•]+(?=[ \t-][\dxX*#•])")
_UK_MASKED_DIGITS = {"0": 11, "44": 12, "+44": 12, "0044": 13}


def _masked_end(text: str, start: int, end: int) -> int:
    """The end of a UK number at `start`..`end` with the marks standing for its missing digits,
    while they make no more than a whole number."""
    if end >= len(text) or text[end] not in " \t-xX*#•":
        return end  # (a cheap test first: most numbers end a clause)
    written = text[start:end]
    whole = next((n for prefix, n in _UK_MASKED_DIGITS.items() if written.startswith(prefix)), None)
    if whole is None:
        return end
    count = sum(ch.isdigit() for ch in written)
    position = end
    while count < whole:
        group = _MASKED_GROUP.match(text, position)
        if group is None:
            break
        count += sum(ch not in " \t-" for ch in group.group(0))
        if count > whole:
            break
        position = group.end()
    return position


# "oh seven nine eight two": a spoken UK mobile number cut short (oh/zero seven and 3+ more digits)
_SPOKEN_MOBILE_START = re.compile(
    r"\b(?:oh|zero|nought)\s+seven(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)){3,}\b",
    re.IGNORECASE,
)
# "07700 900 987 / 900 988": a second number given by its last digits after a slash
_SLASHED_TAIL = re.compile(r"(?<=\d)\s*/\s*(?P<d>\d{3}[ ]?\d{3,4})(?![\d])")


# "ends with two three four one", "last four digits were two three four one": the end of a
# number said in words (three digit words at least; "ends in one" is not a number).
_SPELLED_PARTIAL = re.compile(
    r"\b(?:ending|ends|ended|last\s+(?:\w+\s+)?digits?|last\s+bit|finishing|finishes|starts|starting|"
    r"begins|beginning|first\s+(?:\w+\s+)?(?:digits?|bit|part))"
    r"(?:\s+(?:of|his|her|the|number|no|in|with|was|were|is|are|like|:))*\s*"
    r"(?P<digits>(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
    r"(?:[ ,]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)){2,})\b",
    re.IGNORECASE,
)


_PARTIAL_CUE_STEMS = ("end", "last", "finish", "start", "begin", "first")


def spelled_partial_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if not any(stem in lowered for stem in _PARTIAL_CUE_STEMS):
        return  # (a substring test first: this runs on every text)
    for match in _SPELLED_PARTIAL.finditer(text):
        yield match.start("digits"), match.end("digits"), Kind.PHONE


def partial_phone_spans(text: str) -> Iterator[Found]:
    for match in _SLASHED_TAIL.finditer(text):
        yield match.start("d"), match.end("d"), Kind.PHONE
    cued = any(stem in text.lower() for stem in _PARTIAL_CUE_STEMS)  # (each cue holds one)
    for match in _PARTIAL_NUMBER.finditer(text) if cued else ():
        yield match.start("digits"), match.end("digits"), Kind.PHONE
        yield from _tail_after(text, match.end("digits"))
    for match in _MOBILE_START.finditer(text):
        yield match.start(), _masked_end(text, match.start(), match.end()), Kind.PHONE
        rest = _DIGITS_REST.match(text, match.end())  # "07700 900 and then 123"
        if rest is not None:
            yield rest.start("rest"), rest.end("rest"), Kind.PHONE


# "oh seven nine eight two and then like four four one": the rest of a number said after a
# pause word is part of it too.
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)"
_SPOKEN_REST = re.compile(
    r"[ ,]+(?:(?:and|then|like|um|erm|er|uh|maybe|i think)[ ,]+){1,3}"
    rf"(?P<rest>{_DIGIT_WORD}(?:[ ,]+{_DIGIT_WORD})+)\b",
    re.IGNORECASE,
)


# ... and the rest of a cut-short mobile number given after a pause, in digits or words.
_DIGITS_REST = re.compile(
    r"[ ,]+(?:(?:and|then|like|um|erm|er|uh|maybe|i think)[ ,]+){1,3}"
    rf"(?P<rest>\d{{2,}}|{_DIGIT_WORD}(?:[ ,]+{_DIGIT_WORD})+)\b",
    re.IGNORECASE,
)


def spoken_partial_spans(text: str) -> Iterator[Found]:
    yield from spelled_partial_spans(text)
    for match in _SPOKEN_MOBILE_START.finditer(text):
        yield match.start(), match.end(), Kind.PHONE
        rest = _SPOKEN_REST.match(text, match.end())
        if rest is not None:
            yield rest.start("rest"), rest.end("rest"), Kind.PHONE


# ":12" after a one- or two-digit token: that token is the hour of a clock time, not a digit.
# (a colon only: "07.67.27.79" is a number written with dots)
_CLOCK_AFTER = re.compile(r":\d\d(?!\d)")


def phone_spans(text: str) -> Iterator[Found]:
    """Runs of number tokens (digits, digit words, letter O) with 7-15 digits in all."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _NUMBER_TOKEN.finditer(text)]
    run: list[tuple[int, int, str]] = []
    group = 0  # tokens since the last comma: "one, two, three" is counting, not a number
    for token in [*tokens, (len(text) + 10, len(text) + 10, "")]:
        if run and token[2] and _CLOCK_AFTER.match(text, token[1]) and len(token[2]) <= 2:
            token = (token[0], token[1], "")  # "from 07700 900 290 02:12": a time ends the number
        if run and token[2]:
            gap = text[run[-1][1] : token[0]]
            spelled_pair = not _has_digit(run[-1][2]) and not _has_digit(token[2])
            if _SEPARATOR.fullmatch(gap) or (
                gap.strip(" \t") == _SLASH
                and run[0][2].lstrip("(").lower().startswith(("0", "o"))  # ("o/7/7/0/0/...")
                and _has_digit(token[2])
                and _digit_count([t for _, _, t in run]) < _UK_DIGITS
            ):
                run.append(token)
                group += 1
                continue
            if spelled_pair and group >= 2 and _SPELLED_SEPARATOR.fullmatch(gap):
                run.append(token)
                group = 1
                continue
        group = 1
        if run:
            for found in _phone_in_run(text, run):
                found = (found[0], _masked_end(text, found[0], found[1]), found[2])
                yield found
                yield from _tail_after(text, found[1])
        run = [token] if token[2] else []


# "07700 900 314 or 341", "+44 7700 900 731 / 732", "ends 4410 or 4401": a second number given
# by the digits that differ from the one just written (two to seven digits, never a count, an
# hour or money: "07700 900123 and 20 mins later" stays).
_TAIL = re.compile(
    r"(?:[ \t]*(?P<slash>/)[ \t]*|[ \t]*&[ \t]*|[ \t]*\([ \t]*(?:or[ \t]+(?:maybe[ \t]+)?)?"
    r"|,?[ \t]+(?:-[ \t]+)?(?:or|and)(?:[ \t]+(?:maybe|possibly|perhaps|poss|prob(?:ably)?|was it|is it|"
    r"it might be|might be|it could be|could be))?[ \t]+"
    r"|,?[ \t]+(?:maybe|possibly|perhaps|poss)[ \t]+"
    r"|,?[ \t]+(?:and[ \t]+)?also[ \t]+(?:from[ \t]+|on[ \t]+)?)"
    # (in quotes or after dots: "or '525'", "or ...660")
    r"(?:['‘\"“]|\.{2,3}|…)?"
    # (the whole of a next number is no tail: "0113 2 468 135 and 0113 2 468 136", "and 079nine6...";
    # one digit only after a slash: "07700 900 123/4")
    r"(?P<d>(?(slash)\d{1,4}|\d{2,4})(?:[ ]\d{3,4})?)(?![\w:]|[.,]\d|[ \t]*[-./(]?[ \t]*\d)"
    r"(?!\s*(?:[ap]\.?m\b|hrs?\b|h\b|mins?\b|minutes|secs?\b|seconds|times|quid|pounds|p\b|%|x\b|k\b|"
    r"people|men|women|girls|blokes|guys|yrs?\b|years|days|weeks|months|nights|miles|texts|calls|missed|others))",
    re.IGNORECASE,
)


def _tail_after(text: str, end: int) -> Iterator[Found]:
    """The second number's last digits right after a number that ends at `end`."""
    if end >= len(text) or text[end] not in " \t,/&(":
        return  # (a cheap test first: most numbers end a clause)
    tail = _TAIL.match(text, end)
    if tail is not None and sum(ch.isdigit() for ch in tail.group("d")) <= 7:
        yield tail.start("d"), tail.end("d"), Kind.PHONE


def _phone_in_run(text: str, run: list[tuple[int, int, str]]) -> Iterator[Found]:
    if not _spelled_only(run):  # "oh 07700 900123": a stray word at either end is prose ...
        core = run
        while core and not _has_digit(core[0][2]):
            core = core[1:]
        while core and not _has_digit(core[-1][2]):
            core = core[:-1]
        # ... but "oh 7 7 oh oh 9 ...", "oh seven 7 double oh ..." is a number read out: the words
        # from a zero word on, before digits that do not start with 0, are its first digits, when
        # that makes no more than a UK number
        at = run.index(core[0]) if core else 0
        zero = next((i for i in range(at) if run[i][2].lower() in _ZERO_WORDS), at)
        if (
            zero < at
            and not core[0][2].lstrip("(+").startswith(("0", "4"))
            and _digit_count([t for _, _, t in run[zero : run.index(core[-1]) + 1]]) <= _UK_DIGITS
        ):
            core = [*run[zero:at], *core]
        # ... unless the digits alone are too few: "0seven9double4 one two three" is one number
        whole = _digit_count([t for _, _, t in run])
        if _digit_count([t for _, _, t in core]) >= _MIN_DIGITS or whole < _MIN_DIGITS:
            # "07700 900 one two three": spelled digits after a UK number it needs to be whole
            end = run.index(core[-1]) + 1 if core else 0
            while (
                core
                and core[0][2].startswith("0")
                and end < len(run)
                and _digit_count([t for _, _, t in [*core, run[end]]]) <= _UK_DIGITS
            ):
                core = [*core, run[end]]
                end += 1
            run = core
    if not run:
        return
    if _spelled_only(run) and len(run) < 5:  # "one or two": too few words to be a number
        return
    total = _digit_count([t for _, _, t in run])
    start, end = run[0][0], run[-1][1]
    value = text[start:end]
    if _NOT_PHONE.match(value.strip("()")):
        return
    if _MIN_DIGITS <= total <= _MAX_DIGITS:
        if value.startswith("(") and ")" not in value:
            start += 1
        if value.endswith(")") and "(" not in value:
            end -= 1
        yield start, end, Kind.PHONE
    elif total > _MAX_DIGITS and len(run) > 1:
        # two numbers written one after the other: split where the first reaches a full number
        for index in range(1, len(run)):
            if _digit_count([t for _, _, t in run[:index]]) >= 10:
                yield from _phone_in_run(text, run[:index])
                yield from _phone_in_run(text, run[index:])
                return


# Said aloud, the part before "at" may be several words ("big john 69 at gmail dot com"): with
# a mail provider's name after "at", up to three words before it belong to the address.
_SPACED_DOT = r"(?:\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+|\s*\.\s*)"
_SPOKEN_EMAIL = re.compile(
    r"(?P<local>(?:[a-z0-9][\w.+-]*\s+){1,3})(?:at|@)\s+(?:(?:gmail|g mail|hotmail|yahoo|outlook|icloud|"
    rf"live|aol|proton(?:mail)?|ymail|mail|msn|btinternet|sky){_SPACED_DOT}[a-z]+(?:{_SPACED_DOT}[a-z]+)?\b"
    r"|(?:gmail|hotmail|yahoo|outlook|icloud|protonmail|ymail)\b)",
    re.IGNORECASE,
)
# "kev.smith@gmail" (no ending), "kev @ gmail.com" (spaces round the @)
_SHORT_EMAIL = re.compile(
    r"\b[\w.+-]+\s?@\s?(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|aol|protonmail|ymail)\b"
    r"(?:\.[a-z]{2,}(?:\.[a-z]{2,})?)?",
    re.IGNORECASE,
)
# Words that end the spoken address on the left ("email him at big john 69 at gmail dot com").
_NOT_EMAIL_WORDS = word_set("""at is was him her me them us email e-mail mail address his its to on
    it's its: contact write wrote send sent from the a an and or he she they i you""")


_PROVIDER = re.compile(
    r"(?:\bat|@)\s+(?:gmail|g mail|hotmail|yahoo|outlook|icloud|live|aol|proton|ymail|mail|msn|"
    r"btinternet|sky)",
    re.IGNORECASE,
)


def email_spans(text: str) -> Iterator[Found]:
    spoken = _SPOKEN_EMAIL.finditer(text) if _PROVIDER.search(text) else iter(())  # (a cheap test first)
    for match in spoken:  # first: the longer span wins over "69 at gmail ..."
        words = list(re.finditer(r"\S+", match.group("local")))
        while words and words[0].group(0).lower() in _NOT_EMAIL_WORDS:
            words = words[1:]
        if words and not any(w.group(0).lower() in _NOT_EMAIL_WORDS for w in words):
            yield match.start() + words[0].start(), match.end(), Kind.EMAIL
    # (the plain and the short forms hold an "@", the spelled one "at" or "@" and "dot" or a dot
    # before an ending: cheap tests first)
    lowered = text.lower()
    has_at = "@" in text
    spelled = (has_at or "at" in lowered) and ("dot" in lowered or _DOT_ENDING.search(text) is not None)
    for pattern, wanted in ((_EMAIL, has_at), (_SPELLED_EMAIL, spelled), (_SHORT_EMAIL, has_at)):
        for match in pattern.finditer(text) if wanted else ():
            yield match.start(), match.end(), Kind.EMAIL
    for match in _CUT_EMAIL.finditer(text) if has_at else ():
        if match.group(0)[:-1].lower() not in _english_stopwords():  # "meet me@ the arches"
            yield match.start(), match.end(), Kind.EMAIL
    for match in _EMAIL_START.finditer(text) if "mail" in lowered else ():
        if match.group("e").lower() not in _english_stopwords():  # "email starts with a"
            yield match.start("e"), match.end("e"), Kind.EMAIL
    if "dot" in lowered or "[.]" in text or "(.)" in text:  # (what the glued forms need: cheap tests)
        for match in _GLUED_EMAIL.finditer(text):
            yield match.start(), match.end(), Kind.EMAIL


# What a URL needs: "http", "www." or a dot and an ending (a literal "." is quick to look for).
_URL_NEEDS = re.compile(rf"\.{_TLDS}", re.IGNORECASE)


def url_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered and _URL_NEEDS.search(text) is None:
        return
    for match in _URL.finditer(text):
        yield match.start(), match.end(), Kind.URL


# "on twitter offering work", "on AdultWork booked her": a platform named as where something
# happened, with no joiner before the next word; that word is a handle only if it looks like one.
_WHERE_BEFORE = re.compile(r"\b(?:on|via|through|from|off|over)\s+$", re.IGNORECASE)
_HANDLE_LIKE = re.compile(r".*[\d_.].*|.*[a-z][A-Z].*")
# ... and only when the sentence goes on ("on twitter offering 'work'"; not "on telegram bossman.").
_PROSE_GOES_ON = re.compile(r"\s+['‘\"“]?[a-z]")


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(stopwordsiso.stopwords("en"))


# The handle before the platform, after a verb of looking someone up: "add kevvy on snap",
# "search bigkev on adultwork" ("add him on snap" is left: a pronoun).
_HANDLE_BEFORE_PLATFORM = re.compile(
    r"\b(?:add|added|adding|search|searched|search for|look up|looked up|find|found|follow|followed|"
    r"the name|name|called|username|user name|handle|goes by|went by|calls himself|called himself|"
    r"known as)\s+"
    rf"(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_]{{2,}})\s+on\s+(?:{_PLATFORM}|{_PLATFORM_SHORT})\b",
    re.IGNORECASE,
)
# A handle named as one without the platform: "his username is kingkev", "profile: luvdaddy", "on
# the app as kingkev", "from the account daddy4u" (after "account"/"profile" with no joiner, only
# what looks like a handle).
_NAMED_HANDLE = re.compile(
    r"\b(?P<cue>user ?names?|user|handle|screen ?name|display name|profile(?:\s+name)?|account(?:\s+name)?|"
    r"on\s+(?:the|his|her|that)\s+(?:app|site|website))"
    r"(?P<joiner>(?:\s+on\s+(?:the\s+)?(?:site|app|there|it|website))?(?:\s*(?:is|was|:|-|=|called|as)\b|\s*[:=-]))?"
    r"\s*(?P<quote>['‘\"“])?(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
    # a quoted handle is one word ("as 'generous gent'" is a description)
    r"(?(quote)(?=['’\"”]))"
)
# Words that follow those cues and are not a handle ("his profile is fake", "account was deleted").
_NOT_NAMED_HANDLES = word_set("""fake private deleted blocked closed new old gone down unknown hidden
    reported suspended banned changed same different empty picture pic photo photos pics dodgy real
    active inactive there here""")
# A handle in quotes before a platform: 'he is "kingkev" on adultwork'.
_QUOTED_BEFORE_PLATFORM = re.compile(
    r"\b(?:is|as|called|name|named|calls himself)\s+['‘\"“](?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])['’\"”]"
    rf"\s+on\s+(?:{_PLATFORM}|{_PLATFORM_SHORT})\b",
    re.IGNORECASE,
)
# ... or after the platform: 'on Grindr he's "TopLad"' (quoted: "on snap he's scary" is prose)
_QUOTED_AFTER_PLATFORM = re.compile(
    rf"\b(?:{_PLATFORM})\b,?\s+(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+are|\s+were|['’]re)\s+"
    r"['‘\"“](?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])['’\"”]",
    re.IGNORECASE,
)
# (words one of which the lower-cased text must hold before the pattern is tried)
_NAMED_HANDLE_WORDS = ("user", "handle", "screen", "display", "profile", "account", " app", " site")
# A handle dictated: "marcus underscore b underscore 1990".
_SPOKEN_UNDERSCORE = re.compile(r"(?<![\w@])[A-Za-z0-9]+(?:\s+underscore\s+[A-Za-z0-9]+)+(?!\w)", re.I)


def _literal_stems(alternation: str) -> tuple[str, ...]:
    """The literal start of each alternative of a regex alternation of words ("tik ?tok" ->
    "tik", "snap(?:chat)?" -> "snap"): a lower-cased text holding none of them cannot match it."""
    stems: list[str] = []
    for alternative in alternation.split("|"):
        head = re.match(r"[a-z ]*", alternative)
        stem = head.group(0) if head else ""
        if alternative[len(stem) : len(stem) + 1] in {"?", "*"}:
            stem = stem[:-1]  # (the letter before "?" may be left out)
        assert stem, alternative
        stems.append(stem)
    return tuple(dict.fromkeys(stems))


_PLATFORM_STEMS = _literal_stems(_PLATFORM)
# What the short-platform half of `_PLATFORM_HANDLE` needs: the word and a joiner after it.
_SHORT_PLATFORM_JOINED = re.compile(rf"\b(?:{_PLATFORM_SHORT})\b(?:\s*{_JOINER})+", re.IGNORECASE)


def handle_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if "underscore" in lowered:
        for match in _SPOKEN_UNDERSCORE.finditer(text):
            yield match.start(), match.end(), Kind.HANDLE
    if "@" in text:
        for match in _HANDLE.finditer(text):
            clock = _AT_CLOCK.match(text, match.start())
            if clock is None or clock.end() < match.end():
                yield match.start(), match.end(), Kind.HANDLE
    # (cheap tests first: a platform's word, or a short one and a joiner, must be in the text)
    long_platform = any(stem in lowered for stem in _PLATFORM_STEMS)
    platform = long_platform or _SHORT_PLATFORM_JOINED.search(text) is not None
    for match in _PLATFORM_HANDLE.finditer(text) if platform else ():
        handle = match.group("handle")
        if handle.lower() in _NOT_HANDLES or len(handle) < 3 or handle.isdigit():
            continue
        if handle.lower() in _english_stopwords():  # "his Line ID because ...", "profile using"
            continue
        if match.group("bracket") and not _HANDLE_LIKE.fullmatch(handle):  # "on whatsapp (withheld)"
            continue
        between = text[match.start() : match.start("handle")]
        no_joiner = re.fullmatch(r"\w[\w ]*?\s+", between) is not None and len(between.split()) == 1
        if (
            no_joiner
            and _WHERE_BEFORE.search(text, max(0, match.start() - 10), match.start())
            and not _HANDLE_LIKE.fullmatch(handle)
            and _PROSE_GOES_ON.match(text, match.end("handle"))
        ):
            continue
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    before_platform = _HANDLE_BEFORE_PLATFORM.finditer(text) if " on " in lowered else iter(())
    for match in before_platform:
        handle = match.group("handle")
        if handle.lower() not in _NOT_HANDLES and handle.lower() not in _english_stopwords():
            yield match.start("handle"), match.end("handle"), Kind.HANDLE
    yield from _named_handles(text, lowered, long_platform=long_platform)
    for match in _UNDERSCORE_WORD.finditer(text) if "_" in text else ():
        yield match.start(), match.end(), Kind.HANDLE
    if _TWO_DIGITS.search(text) is None and "_" not in text:
        return  # (both kinds below hold a digit or an underscore)
    for match in _SHORT_PLATFORM_HANDLE.finditer(text):
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    tailed = _DIGIT_TAILED.finditer(text) if _LETTER_TWO_DIGITS.search(text) else iter(())
    for match in tailed:
        if match.group(0).lower() not in _NOT_DIGIT_TAILED:
            yield match.start(), match.end(), Kind.HANDLE


def _named_handles(text: str, lowered: str, *, long_platform: bool) -> Iterator[Found]:
    has_quote = any(q in text for q in "'‘\"“")
    quoted = " on " in text and has_quote
    for match in _QUOTED_BEFORE_PLATFORM.finditer(text) if quoted else ():
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in _QUOTED_AFTER_PLATFORM.finditer(text) if long_platform and has_quote else ():
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    if not any(word in lowered for word in _NAMED_HANDLE_WORDS):
        return
    for match in _NAMED_HANDLE.finditer(text):
        handle = match.group("handle")
        lowered = handle.lower()
        if lowered in _NOT_HANDLES or lowered in _NOT_NAMED_HANDLES or lowered in _english_stopwords():
            continue
        if len(handle) < 3 or handle.isdigit():
            continue
        # "from the account daddy4u" needs a handle's look, and so does a word after "is"/"was"
        # there ("his account was hacked"); "username kingkev" does not
        cue = match.group("cue").lower()
        loose = cue in {"profile", "account", "user", "handle"} or cue.startswith("on")
        joiner = (match.group("joiner") or "").strip().lower()
        if loose and joiner in {"", "is", "was"} and not _HANDLE_LIKE.fullmatch(handle):
            continue
        yield match.start("handle"), match.end("handle"), Kind.HANDLE


# Whatever follows "plate" or "reg" is (part of) a plate, in any spacing and spelled out:
# "first bit of plate YE6", "personal plate starting K1", "the reg was Y R one seven".
_PLATE_CUE = re.compile(
    r"\b(?:(?:number\s+)?plates?|reg(?:istration)?(?:\s+(?:no|number)\.?)?|vrm)"
    r"(?:\s+(?:was|is|were|of|starting|starts|started|begins|beginning|began|with|like|maybe|had|has|"
    r"ending|ends|ended|finished|finishes|finishing|something|number|no\.?|in|it|partial|part|first|bit|"
    r"letters|:|-))*[\s:]+",
    re.IGNORECASE,
)
_PLATE_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z]{1,3}|[A-Z]\d{1,3}[A-Z]{3}|[A-Z]{3}\d{1,3}[A-Z]")
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
_PLATE_NEEDS = re.compile(r"[A-Z][ -]{0,2}\d|\d[A-Z]")


def plate_spans(text: str) -> Iterator[Found]:
    patterns: tuple[re.Pattern[str], ...]
    if _PLATE_NEEDS.search(text) is None:
        patterns = _PLATE_PATTERNS[:1] if _LOWER_PLATE_NEEDS.search(text) else ()
    elif any(mark in text for mark in _GAP_MARKS):
        patterns = _PLATE_PATTERNS
    else:
        patterns = _PLATE_PATTERNS[:-2]
    for pattern in patterns:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.PLATE


# A plate read out in the phonetic alphabet: "reg whiskey echo one nine X ray Kilo Lima".
_NATO = (
    r"alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|"
    r"papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x[ -]?ray|yankee|zulu"
)
_NATO_PIECE = rf"(?:{_NATO}|zero|oh|one|two|three|four|five|six|seven|eight|nine|[A-Z0-9])"
_NATO_RUN = re.compile(rf"{_NATO_PIECE}(?:[\s-]+{_NATO_PIECE}){{2,7}}(?!\w)", re.IGNORECASE)
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


def cued_plate_spans(text: str) -> Iterator[Found]:
    """Plates after "plate"/"reg", also spelled out (so run on texts without digits too)."""
    lowered = text.lower()
    if any(word in lowered for word in _PLATE_WORDS) and any(q in text for q in "'‘\"“"):
        for match in _QUOTED_PLATE.finditer(text):
            if _PLATE_WORD.search(lowered, 0, match.start()):
                yield match.start(), match.end(), Kind.PLATE
    for match in _PLATE_CUE.finditer(text):
        nato = _NATO_RUN.match(text, match.end())
        if nato is not None and len(_NATO_WORD.findall(nato.group(0))) >= 2:
            yield nato.start(), nato.end(), Kind.PLATE
            continue
        found = _cued_plate(text, match.end(), match.group(0))
        if found is not None:
            yield found[0], found[1], Kind.PLATE
            more = _PLATE_MORE.match(text, found[1])
            if more is not None:
                yield more.start("more"), more.end("more"), Kind.PLATE
