"""Phone numbers in the forms people really type them.

Written plainly or in any grouping, spelled out ("oh seven seven double oh ..."), mixed
("07seven7"), with the letter O for zero, with a double space or a stray mark inside, two joined
by "/", a second one given by the digits that differ ("07700 900 314 or 341"), cut short ("ends
3391", "07700 9") or with hidden digits ("07700 900 12X").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_app.domain.scrubbing.foreign_digits import foreign_spelled_phone_spans
from outreach_app.domain.scrubbing.lowered import lower_case_twin
from outreach_app.domain.scrubbing.spans import Kind
from outreach_app.domain.scrubbing.twins import twin_finditer

Found = tuple[int, int, Kind]

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3, "treble": 3}
# "nine hundred" is 900: the word stands for its zeros
_ZEROS = {"hundred": 2, "thousand": 3}
# "sixty-one", "ninety nine": a pair of digits said as one number (its unit word takes the place
# of the zero the tens word stands for)
_TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
    "ninety": "9",
}  # fmt: skip
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
# "I" and "l" stand for 1 only between digits ("4I2", "07l00"): alone they are words.
_WORD_PIECES = "|".join(sorted((*_DIGIT_WORDS, *_REPEAT, *_ZEROS, *_TENS), key=len, reverse=True))
_PLAIN_WORD_PIECES = "|".join(sorted((*_DIGIT_WORDS, *_REPEAT, *_ZEROS), key=len, reverse=True))
# ... or at the start of a group of digits after a number ("07700 9OO I23").
# A digit hidden as "x" stands for one inside a group ("0795 x62 3340", "07723 9x0 1x5"): between
# digits, or before two digits at a group's start (not "x2", "2x": times).
_MARK_PIECES = (
    r"\d|(?<=[\dOo])[Il](?=[\dOo])|(?<![A-Za-z])[Il](?=\d\d)|(?<=\d)[xX](?=\d)|(?<![\w])[xX](?=\d\d)|"
)
_PIECE = re.compile(_MARK_PIECES + _WORD_PIECES, re.I)


def _token_pattern(pieces: str) -> re.Pattern[str]:
    return re.compile(
        # (not after letters and a slash: a crime reference "CR/0071823/26")
        r"(?=[\d+(IlzontfsedhxZONTFSEDHX])(?<![\w])(?<![A-Za-z]{2}/)(?:\+|\(\+?)?(?:"
        + _MARK_PIECES
        + pieces
        + r")+\)?(?![\w])",
        re.IGNORECASE,
    )


# A token of a written number: digits, digit words and letter O, run together or not.
# (the lookahead holds the first letters a token can start with: a cheap rejection of the rest)
# The tens words ("sixty") only in a note that holds one: a longer alternation costs every
# note's every word that starts with a digit word's letter.
_NUMBER_TOKEN = _token_pattern(_PLAIN_WORD_PIECES)
_TENS_NUMBER_TOKEN = _token_pattern(_WORD_PIECES)
# (a typed slip is a separator too: "07700..900876", "07723 – 456 789", "07700 ,900 222"; and so
# is any mark typed to slip a number past a filter: "07700*900*123", "07700|900|123", "07700~900")
# (and the keycap marks of emoji digits: "0️⃣7️⃣7️⃣0️⃣0️⃣…")
_SEPARATOR = re.compile(
    r"[\ufe0f\u20e3]{1,2}[ \t]{0,3}|[ \t]{1,3}|[ \t]*(?:[-.–—*~|\\•·]|\.{2,3})[ \t]*|[ \t]+,[ \t]*"
    r"|[ \t]*\([ \t]*|\)[ \t]*"
)
# Between two spelled-out pieces a comma or a slash is a pause too ("seven seven double oh, nine
# double oh", "oh seven seven double oh / nine double oh / four five six").
_SPELLED_SEPARATOR = re.compile(r"[ \t]*[,/][ \t]*")
# Between the groups of a UK number written with slashes ("07700/900/612"), while it is short of
# a whole number ("07700900123/07700900456" stays two numbers).
_SLASH = "/"
# Digit runs that are dates, time ranges or years, not numbers: 2025-03-04, 04.03.2025,
# 23.30-01.15, 2019-2022.
_NOT_PHONE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)$"
)
_MIN_DIGITS, _MAX_DIGITS = 7, 15
# A reference the police, a court or a service gave a case ("crime ref 12345678", "case no.
# 4471 2231", "incident number 123456789", "booking ref: 88812345"): the case's number, not a
# person's, unless it is written as a phone number is (07..., +44...).
_REFERENCE_BEFORE = re.compile(
    r"\b(?i:ref(?:erence)?|case|crime|incident|log|job|ticket|booking|order|invoice|receipt|"
    r"transaction|claim|cad|urn|occurrence|charity|company|registration|vat)\s*(?i:no\.?|nos\.?|num(?:ber)?|#|"
    r"ref(?:erence)?)?\s*[:#.]?\s*$"
)
_PHONE_START = re.compile(r"\(?(?:0|\+|00)")
_ZERO_WORDS = frozenset({"oh", "o", "zero", "nought"})
_UK_DIGITS = 11


def _digit_count(tokens: list[str]) -> int:
    """Digits written by a run of number tokens ("double oh" is two); -1 when one is not a number."""
    count, repeat, tens = 0, 1, False
    for token in tokens:
        lowered = token.lower().strip("+()")
        position = 0
        while position < len(lowered):
            piece = _PIECE.match(lowered, position)
            if piece is None:
                return -1
            position = piece.end()
            word = piece.group(0)
            if tens and word in _UNITS:  # ("sixty-one": the "one" is the tens word's second digit)
                tens = False
                continue
            tens = word in _TENS
            if word in _REPEAT:
                repeat = _REPEAT[word]
                continue
            if word in _ZEROS:
                count += _ZEROS[word]
                continue
            count += repeat + tens  # (a tens word is two digits)
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
    # (after dots too: "ending ...318")
    r"(?:\s+(?:of|his|her|the|number|no|in|with|was|is|are|:))*\s*(?P<digits>(?:\.{2,3}|…)?\d[\d ]{1,9}\d)\b",
    re.IGNORECASE,
)
# The start of a UK mobile number on its own ("07700 9", "0770090"): 07 and at least four more
# digits is a number cut short, never a count or a year ("the 07700" alone is the prefix).
# (not inside a code of letters and digits: "A0700000000Q")
_MOBILE_START = re.compile(r"(?<![\w+])(?:\+44\s?7|07)\d{3}\s?\d{1,5}(?!\d)")


# Digits hidden or not remembered, written as marks where they go: "07700 900 12X", "07700 9xx
# xxx", "07700 900 1**" (digits first, then the marks, in each group: "x2" is "twice").
# ("?" is no mark here: it ends a question.)
_MASKED_GROUP = re.compile(r"[ \t-]?\d*[xX*#•]+(?![\w*#•])|\d*[xX*#•]+(?=[ \t-][\dxX*#•])")
_UK_MASKED_DIGITS = {"0": 11, "44": 12, "+44": 12, "0044": 13}


def _masked_end(text: str, start: int, end: int) -> int:
    """The end of a UK number at `start`..`end` with the marks standing for its missing digits,
    while they make no more than a whole number."""
    while end < len(text) and text[end] in "\ufe0f\u20e3":  # (the last emoji digit's keycap)
        end += 1
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
    r"\b(?:oh|zero|nought)\s+seven(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)){3,}\b",
    re.IGNORECASE,
)
# "07700 900 987 / 900 988": a second number given by its last digits after a slash
_SLASHED_TAIL = re.compile(r"(?<=\d)\s*/\s*(?P<d>\d{3}[ ]?\d{3,4})(?![\d])")
# ... after a whole number only (seven digits at least, as a number groups them): not a crime
# number's middle part, "13/123456/26"
_NUMBER_BEFORE_SLASH = re.compile(r"\d(?:[ \t.-]?\d){6,}$")


# "ends with two three four one", "last four digits were two three four one": the end of a
# number said in words (three digit words at least; "ends in one" is not a number).
_SPELLED_PARTIAL = re.compile(
    r"\b(?:ending|ends|ended|last\s+(?:\w+\s+)?digits?|last\s+bit|finishing|finishes|starts|starting|"
    r"begins|beginning|first\s+(?:\w+\s+)?(?:digits?|bit|part))"
    r"(?:\s+(?:of|his|her|the|number|no|in|with|was|were|is|are|like|:))*\s*"
    r"(?P<digits>(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)"
    r"(?:[ ,]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)){2,})\b",
    re.IGNORECASE,
)


_PARTIAL_CUE_STEMS = ("end", "last", "finish", "start", "begin", "first")


def spelled_partial_spans(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if not any(map(lowered.__contains__, _PARTIAL_CUE_STEMS)):
        return  # (a substring test first: this runs on every text)
    for match in _SPELLED_PARTIAL.finditer(text):
        yield match.start("digits"), match.end("digits"), Kind.PHONE


def partial_phone_spans(text: str) -> Iterator[Found]:
    for match in _SLASHED_TAIL.finditer(text):
        if _NUMBER_BEFORE_SLASH.search(text, max(0, match.start() - 24), match.start()):
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
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|\d)"
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
    yield from foreign_spelled_phone_spans(text)  # ("zéro sept sept zéro zéro neuf ...")
    for match in _SPOKEN_MOBILE_START.finditer(text):
        yield match.start(), match.end(), Kind.PHONE
        rest = _SPOKEN_REST.match(text, match.end())
        if rest is not None:
            yield rest.start("rest"), rest.end("rest"), Kind.PHONE


# ":12" after a one- or two-digit token: that token is the hour of a clock time, not a digit.
# (a colon only: "07.67.27.79" is a number written with dots)
_CLOCK_AFTER = re.compile(r":\d\d(?!\d)")


def _whole_uk(run: list[tuple[int, int, str]]) -> bool:
    """A run that is a UK number starting 0 (not 00) with all its eleven digits."""
    first = run[0][2].lstrip("(")
    return first[:1] == "0" and first[:2] != "00" and _digit_count([t for _, _, t in run]) >= _UK_DIGITS


def _uk_short(run: list[tuple[int, int, str]]) -> bool:
    """A run that starts as a UK number does ("07"; not "00"), read out a digit or two at a time
    (not "07700 900, 12 girls": a number cut short, then a count), and short of whole."""
    first = run[0][2].lstrip("(")
    return (
        first[:1] == "0"
        and first[:2] != "00"
        and all(sum(ch.isdigit() for ch in t) <= 2 for _, _, t in run)
        and _digit_count([t for _, _, t in run]) < _UK_DIGITS
    )


_COMMA_GROUPS = re.compile(r"(?:[ \t]*,[ \t]*\d{2,5}(?!\d)){1,3}(?![ \t]*,[ \t]*\d)")


def _mobile_in_comma_groups(text: str, run: list[tuple[int, int, str]]) -> bool:
    """The run begins a UK mobile ("07") and the groups of digits parted by commas after it make
    it exactly whole."""
    if not run[0][2].lstrip("(").startswith(("07", "o7", "O7")):
        return False
    rest = _COMMA_GROUPS.match(text, run[-1][1])
    said = _digit_count([t for _, _, t in run])
    return rest is not None and said + sum(ch.isdigit() for ch in rest.group(0)) == _UK_DIGITS


def _wrapped(gap: str, run: list[tuple[int, int, str]], token: str) -> bool:
    """A UK number broken over two lines ("07 9 2 4 6\n3 3 1 0 8 5"), while it is short of whole."""
    return (
        gap.strip(" \t") == "\n"
        and run[0][2].lstrip("(").startswith(("0", "+44"))
        and _has_digit(token)
        and _digit_count([t for _, _, t in run]) < _UK_DIGITS
    )


# A number written in Chinese numerals, as a Chinese keyboard or a dictation gives it ("幺" is
# how 1 is read out in a phone number): seven of them at least, spaced or not.
_CJK_NUMBER = re.compile(r"[零〇一二三四五六七八九幺](?:[ \-]?[零〇一二三四五六七八九幺]){6,14}")
_CJK_DIGITS = frozenset("零〇一二三四五六七八九幺")


def cjk_phone_spans(text: str) -> Iterator[Found]:
    if not _CJK_DIGITS.isdisjoint(text):  # (a cheap test first, in C: every note pays it)
        for match in _CJK_NUMBER.finditer(text):
            yield match.start(), match.end(), Kind.PHONE


def phone_spans(text: str) -> Iterator[Found]:
    """Runs of number tokens (digits, digit words, letter O) with 7-15 digits in all."""
    yield from cjk_phone_spans(text)
    twin = lower_case_twin(text)
    lowered = twin if twin is not None else text.lower()
    tokens_of = _TENS_NUMBER_TOKEN if any(map(lowered.__contains__, _TENS)) else _NUMBER_TOKEN
    numbers = twin_finditer(tokens_of, text, twin)  # (as its lower-case twin)
    tokens = [(m.start(), m.end(), m.group(0)) for m in numbers]
    run: list[tuple[int, int, str]] = []
    group = 0  # tokens since the last comma: "one, two, three" is counting, not a number
    for token in [*tokens, (len(text) + 10, len(text) + 10, "")]:
        if run and token[2] and _CLOCK_AFTER.match(text, token[1]) and len(token[2]) <= 2:
            token = (token[0], token[1], "")  # "from 07700 900 290 02:12": a time ends the number
        # (a UK number written whole takes no bracketed remark along: "07723 900 105 (2 digits
        # smudged)")
        if run and token[2] and not ("(" in text[run[-1][1] : token[0] + 1] and _whole_uk(run)):
            gap = text[run[-1][1] : token[0]]
            spelled_pair = not _has_digit(run[-1][2]) and not _has_digit(token[2])
            if (
                _SEPARATOR.fullmatch(gap)
                or _wrapped(gap, run, token[2])
                or (
                    gap.strip(" \t") == _SLASH
                    and run[0][2].lstrip("(").lower().startswith(("0", "o"))  # ("o/7/7/0/0/...")
                    and _has_digit(token[2])
                    and _digit_count([t for _, _, t in run]) < _UK_DIGITS
                )
            ):
                run.append(token)
                group += 1
                continue
            # (and in a UK number begun with its "0" and short of whole, read out in groups with
            # words and digits mixed: "07 five 3 eight, 1 1 2, 9 0 6")
            if group >= 2 and _SPELLED_SEPARATOR.fullmatch(gap) and (spelled_pair or _uk_short(run)):
                run.append(token)
                group = 1
                continue
            # (or a UK mobile read out in groups parted by commas that make it whole, and no more:
            # "07 three one two, 448, 906", "07312, 448, 906"; not "07700 900, 12 girls")
            if gap.strip(" \t") == "," and _mobile_in_comma_groups(text, run):
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
    # (a correction: "07 8 3 4 5 0 9 2 2 1 7 not ...2271")
    r"|,?[ \t]+not[ \t]+"
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
    """The second number's last digits right after a number that ends at `end` (and a third's
    after that: "07700 900 123 or 124 or 125")."""
    for _ in range(3):
        if end >= len(text) or text[end] not in " \t,/&(":
            return  # (a cheap test first: most numbers end a clause)
        tail = _TAIL.match(text, end)
        if tail is None or sum(ch.isdigit() for ch in tail.group("d")) > 7:
            return
        yield tail.start("d"), tail.end("d"), Kind.PHONE
        end = tail.end("d")


def _whole_uk_digits(first: str) -> int:
    """The digits of a whole UK number begun with the token `first` ("0" or a letter O for it:
    "O7 5 4 3 21O 9 8 O"; "+44", "0044"), or 0 when it does not begin one."""
    first = first.lstrip("(")
    if first.startswith(("+44", "(+44")):
        return _UK_DIGITS + 1
    if first.startswith("0044"):
        return _UK_DIGITS + 3
    return _UK_DIGITS if first.startswith(("0", "O", "o")) else 0


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
        # (a bracket before the first word: "(zero 7 7 zero ...)")
        zero = next((i for i in range(at) if run[i][2].lower().lstrip("(") in _ZERO_WORDS), at)
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
            # (or after "+44" / "0044", to as many digits as the UK number has with its country
            # code: "+44 seven seven double-oh 900 two six two")
            end = run.index(core[-1]) + 1 if core else 0
            whole_uk = _whole_uk_digits(core[0][2]) if core else 0
            while (
                whole_uk and end < len(run) and _digit_count([t for _, _, t in [*core, run[end]]]) <= whole_uk
            ):
                core = [*core, run[end]]
                end += 1
            run = core
    if not run:
        return
    if _spelled_only(run) and len(run) < 5:  # "one or two": too few words to be a number
        return
    # (a trunk "(0)" written after the country code is not dialled: "0049 (0)151 2233 4410")
    total = _digit_count([t for _, _, t in run]) - sum(1 for _, _, t in run[1:] if t in ("(0)", "(0"))
    start, end = run[0][0], run[-1][1]
    value = text[start:end]
    if _NOT_PHONE.match(value.strip("()")):
        return
    # ("company number 0654321": begun with 0 but short of any UK number)
    if (not _PHONE_START.match(value) or total < _UK_DIGITS - 1) and _REFERENCE_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return  # "crime ref 12345678": the case's number
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
