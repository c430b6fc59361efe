"""Structured identifiers in the forms people really type them.

Phone numbers written plainly, spelled out ("oh seven seven double oh ..."), mixed ("07seven7"),
with the letter O for zero, with a double space inside, or two joined by "/"; emails, also as
"name at domain dot com"; URLs; handles with `@`, after a platform cue word ("his AW profile
is kingkev515", "on Snap as ...", "wechat id ..."), or joined by underscores; UK plates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
_SPELLED_EMAIL = re.compile(
    rf"\b[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:com|net|org|co|uk|ru|ro|pl|de|fr|io|me)\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# A handle without @ after a platform word and a joiner: "Snapchat: danny_b_4u", "on Snap as
# lil_tony", "his AW profile is kingkev515", "wechat id zhang8888", "kik bossman_ldn".
# Platform words that are never ordinary words: a handle may follow directly ("kik bossman_ldn").
_PLATFORM = (
    r"snap(?:chat)?|insta(?:gram)?|tik ?tok|telegram|twitter|kik|grindr|tinder|wechat|we chat|viber|"
    r"whatsapp|onlyfans|fansly|adult ?work|viva(?:street)?|facebook|badoo|bumble|skype|discord"
)
# Short or ordinary platform words need a joiner before the handle ("his AW profile is ...").
_PLATFORM_SHORT = r"aw|ig|tg|fb|x|of|line|signal|seeking|hinge|pof"
_JOINER = r"(?:user ?name|handle|profile(?: name)?|account|id|name|is|as|called|:|-|@)"
_PLATFORM_HANDLE = re.compile(
    rf"\b(?:(?:{_PLATFORM})\b(?:\s*{_JOINER})*|(?:{_PLATFORM_SHORT})\b(?:\s*{_JOINER})+)"
    r"\s*(?P<handle>[A-Za-z0-9_.]*[A-Za-z0-9_])",
    re.IGNORECASE,
)
# Words that may follow a platform word without being a handle ("on snap as well").
_NOT_HANDLES = word_set("""a an the his her he she him it is as too and or but also again now then well same
    apparently again again only ok so to from with for of in on at by all this that there
    messages message msg msgs dm dms chat page account profile app number him again""")
_UNDERSCORE_WORD = re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+_?(?![\w@])")
_PLATE_PATTERNS = (
    # current style AB12 CDE; lower case allowed when letters and digits are joined ("ok22 jxn")
    re.compile(r"\b[A-Za-z]{2}\d{2} ?[A-Za-z]{3}\b"),
    re.compile(r"\b[A-Z]{2} \d{2} ?[A-Z]{3}\b"),
    # prefix style A123 BCD (and dateless J4 GRR), suffix style ABC 123D
    re.compile(r"\b[A-Z]\d{1,3} ?[A-Z]{3}\b"),
    re.compile(r"\b[A-Z]{3} ?\d{1,3}[A-Z]\b"),
    # partial current-style plates: the first half, maybe a letter or two of the rest
    re.compile(r"\b[A-Z]{2} ?\d{2}(?: [A-Z]{1,2})?\b"),
)

# --- phone numbers ------------------------------------------------------------------------

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3}
_PIECE = re.compile(r"\d|" + "|".join(sorted((*_DIGIT_WORDS, *_REPEAT), key=len, reverse=True)), re.I)
# A token of a written number: digits, digit words and letter O, run together or not.
_NUMBER_TOKEN = re.compile(r"(?<![\w])(?:\+|\(\+?)?(?:" + _PIECE.pattern + r")+\)?(?![\w])", re.IGNORECASE)
_SEPARATOR = re.compile(r"[ \t]{1,3}|[ \t]*[-.][ \t]*|[ \t]*\([ \t]*|\)[ \t]*")
# Digit runs that are dates or time ranges, not numbers: 2025-03-04, 04.03.2025, 23.30-01.15.
_NOT_PHONE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2})$"
)
_MIN_DIGITS, _MAX_DIGITS = 7, 15


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
            count += repeat
            repeat = 1
    return count


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _spelled_only(tokens: list[tuple[int, int, str]]) -> bool:
    return not any(_has_digit(t) for _, _, t in tokens)


def phone_spans(text: str) -> Iterator[Found]:
    """Runs of number tokens (digits, digit words, letter O) with 7-15 digits in all."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _NUMBER_TOKEN.finditer(text)]
    run: list[tuple[int, int, str]] = []
    for token in [*tokens, (len(text) + 10, len(text) + 10, "")]:
        if run and token[2] and _SEPARATOR.fullmatch(text[run[-1][1] : token[0]]):
            run.append(token)
            continue
        if run:
            yield from _phone_in_run(text, run)
        run = [token] if token[2] else []


def _phone_in_run(text: str, run: list[tuple[int, int, str]]) -> Iterator[Found]:
    if not _spelled_only(run):  # "oh 07700 900123": a stray word at either end is prose
        while run and not _has_digit(run[0][2]):
            run = run[1:]
        while run and not _has_digit(run[-1][2]):
            run = run[:-1]
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


def email_spans(text: str) -> Iterator[Found]:
    for pattern in (_EMAIL, _SPELLED_EMAIL):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.EMAIL


def url_spans(text: str) -> Iterator[Found]:
    for match in _URL.finditer(text):
        yield match.start(), match.end(), Kind.URL


def handle_spans(text: str) -> Iterator[Found]:
    for match in _HANDLE.finditer(text):
        yield match.start(), match.end(), Kind.HANDLE
    for match in _PLATFORM_HANDLE.finditer(text):
        handle = match.group("handle")
        if handle.lower() in _NOT_HANDLES or len(handle) < 3 or handle.isdigit():
            continue
        yield match.start("handle"), match.end("handle"), Kind.HANDLE
    for match in _UNDERSCORE_WORD.finditer(text):
        yield match.start(), match.end(), Kind.HANDLE


def plate_spans(text: str) -> Iterator[Found]:
    for pattern in _PLATE_PATTERNS:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.PLATE
