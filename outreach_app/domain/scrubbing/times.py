"""Exact clock times and dates inside free text.

The structured date leaves only as a day and a part of day, so free text must not be more
exact: "23:47" becomes `[night]`, "Friday 20th November" and "20/11" become `[date]`.
A weekday or a month alone ("on Friday", "last May") stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_app.domain.scrubbing.spans import Kind

Found = tuple[int, int, Kind]

_MERIDIEM = r"(?:am|pm|a\.m\.|p\.m\.)"
_TIMES = (
    re.compile(rf"(?<![\d£$€.:/,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*{_MERIDIEM})?(?![\d]|[:.]\d)", re.I),
    re.compile(rf"(?<![\d£$€.:/,])(?:1[0-2]|0?[1-9])\s*{_MERIDIEM}(?!\w)", re.I),
    re.compile(r"(?<![\d£$€.:/,])(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs?|hours)\b", re.I),
)
# Clock times as people say them: "half 11", "quarter past ten", "3ish", "two in the morning",
# "at 0140" (a 24-hour time after "at"/"@", with a leading 0 or 1 so a year is not one).
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_HOUR_ANY = rf"(?:1[0-2]|0?[1-9]|{_HOUR_WORD})"
_MINUTES = r"(?:five|ten|twenty|twenty[ -]five)"
_SPELLED_TIMES = (
    re.compile(rf"\b(?:half|quarter)\s+(?:past|to|after)\s+{_HOUR_ANY}\b", re.I),
    # "twenty past one"; "ten to twelve" only after a word of time ("five to ten minutes" is not)
    re.compile(rf"\b(?:{_MINUTES}|\d{{1,2}})(?:\s+minutes)?\s+past\s+{_HOUR_ANY}\b", re.I),
    re.compile(
        rf"\b(?:at|about|around|till|until|by|gone|before)\s+"
        rf"(?P<t>{_MINUTES}(?:\s+minutes)?\s+to\s+{_HOUR_ANY})\b",
        re.I,
    ),
    re.compile(rf"\bhalf\s+(?:1[0-2]|0?[1-9]|{_HOUR_WORD})(?!\d|[:.]\d)\b", re.I),
    re.compile(
        rf"\b{_HOUR_ANY}\s*(?:ish|o'?clock|o’clock)\b"
        rf"(?:\s*{_MERIDIEM}(?!\w)|\s+in the (?:morning|afternoon|evening)|\s+at night)?",
        re.I,
    ),
    # "two in the morning" only after a word of time ("one or two in the evening" is a count)
    re.compile(
        rf"\b(?:at|about|around|till|until|since|gone|after|before|by)\s+"
        rf"(?P<t>{_HOUR_ANY}\s+(?:in the (?:morning|afternoon|evening)|at night))\b",
        re.I,
    ),
    re.compile(r"(?:(?<=\bat )|(?<=@ )|(?<=@))0\d[0-5]\d\b(?!\s*(?:hrs?|hours)\b)"),
)
# "the first two", "the 2nd Monday of the month": an ordinal that counts, not a date
_NOT_AFTER_DAY = (
    r"one|two|three|four|five|few|time|times|of|thing|things|day|week|weeks|night|nights|half|floor|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|and|or|\d"
)
_SPELLED_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
_SPELLED_DATES = (
    re.compile(
        rf"\b(?:on|from|since|until|till|by)\s+(?P<day>the\s+{_SPELLED_ORDINAL})\b(?!\s+(?:{_NOT_AFTER_DAY}))",
        re.I,
    ),
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORDINAL = rf"{_DAY}(?:st|nd|rd|th)"
_YEAR = r"(?:,?\s+(?:19|20)\d{2})?"
_DATES = (
    # (Friday) (the) 20(th) (of) November (2026)
    re.compile(
        rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?![a-z]){_YEAR}", re.I
    ),
    # (Friday) November 20(th) (2026): capital month, so "may 2 girls" is not a date
    re.compile(
        rf"\b(?:{_WEEKDAY},?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+{_DAY}"
        rf"(?:st|nd|rd|th)?(?![\d:]){_YEAR}"
    ),
    # (last) Friday (the) 20th, on the 3rd
    re.compile(rf"\b(?:(?:last|this|next)\s+)?{_WEEKDAY}\s+(?:the\s+)?{_ORDINAL}\b", re.I),
    re.compile(
        rf"\b(?:on|from|since|until|till|by)\s+(?P<day>the\s+{_ORDINAL})\b(?!\s+(?:{_NOT_AFTER_DAY}))", re.I
    ),
    # 20/11, 20/11/26, 20.11.2026, 2026-11-20
    re.compile(rf"(?<![\d/.£$€])(?!24/7\b){_DAY}/(?:0?[1-9]|1[0-2])(?:/(?:\d{{4}}|\d{{2}}))?(?![\d/]|\.\d)"),
    re.compile(rf"(?<![\d/.£$€]){_DAY}[.-](?:0?[1-9]|1[0-2])[.-](?:\d{{4}}|\d{{2}})(?![\d.]\d)"),
    re.compile(r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
)


def time_spans(text: str) -> Iterator[Found]:
    for pattern in _TIMES:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), Kind.TIME


def date_spans(text: str) -> Iterator[Found]:
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if "day" in pattern.groupindex:
                yield match.start("day"), match.end("day"), Kind.DATE
            else:
                yield match.start(), match.end(), Kind.DATE


# A word each spelled-time pattern needs, tested first (most notes have none of them).
_SPELLED_NEEDS = (
    ("half", "quarter"),
    ("past",),
    (" to ",),
    ("half",),
    ("ish", "clock"),
    (" in the ", "night"),
    ("0",),
)


def spelled_when_spans(text: str) -> Iterator[Found]:
    """Times and dates written without digits, or said the way people say them."""
    lowered = text.lower()
    for pattern, needs in zip(_SPELLED_TIMES, _SPELLED_NEEDS, strict=True):
        if not any(word in lowered for word in needs):
            continue
        for match in pattern.finditer(text):
            group = "t" if "t" in pattern.groupindex else 0
            yield match.start(group), match.end(group), Kind.TIME
    for pattern in _SPELLED_DATES:
        for match in pattern.finditer(text):
            yield match.start("day"), match.end("day"), Kind.DATE
