"""What the scrubber finds: typed spans of the original text and their placeholders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# The digits of the scripts the communities write, read as the plain ones (one character for one,
# so every offset stays): Arabic-Indic and Persian "٠٧٧٠٠", Devanagari, Bengali, Gurmukhi, Gujarati,
# Tamil, Thai "๒๓.๓๐ น.", Lao, Khmer, Myanmar and full-width "０７７００".
_DIGIT_ZEROS = "\u0660\u06f0\u0966\u09e6\u0a66\u0ae6\u0be6\u0e50\u0ed0\u17e0\u1040\uff10"
ASCII_DIGITS = {ord(zero) + value: str(value) for zero in _DIGIT_ZEROS for value in range(10)}


class Kind(StrEnum):
    """What a span is; its placeholder is `[<value>]` (a clock time becomes its part of day)."""

    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    POSTCODE = "postcode"
    HANDLE = "handle"
    PLATE = "plate"
    NAME = "name"
    ADDRESS = "address"
    PLACE = "place"
    TIME = "time"
    DATE = "date"


STRUCTURED_KINDS = frozenset({Kind.PHONE, Kind.EMAIL, Kind.URL, Kind.HANDLE, Kind.PLATE})
PLACE_KINDS = frozenset({Kind.ADDRESS, Kind.PLACE, Kind.POSTCODE})
WHEN_KINDS = frozenset({Kind.TIME, Kind.DATE})


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the original text `[start, end)` that the scrubber replaces."""

    start: int
    end: int
    kind: Kind


@dataclass(frozen=True)
class ScrubResult:
    """Attributes:
    text: the scrubbed text, placeholders in place of each span.
    spans: the replaced stretches of the ORIGINAL text, in order.
    """

    text: str
    spans: tuple[Span, ...]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (word lists stay readable as paragraphs)."""
    return frozenset(text.split())


_HOUR = re.compile(r"\d{1,2}")
# Night is 22:00-06:00, as in domain.timeutil.part_of_day.
_PARTS = ((22, "night"), (17, "evening"), (12, "afternoon"), (6, "morning"), (0, "night"))


_HOUR_WORDS = {
    word: hour
    for hour, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1
    )
}


# ... and in the languages of the communities served ("a las diez", "la ora zece", "o dziesiątej":
# `scrubbing.clock_variants`)
_HOUR_WORDS.update(
    {
        word: hour
        for words in (
            "una dos tres cuatro cinco seis siete ocho nueve diez once doce",  # Spanish
            "uma duas três quatro cinco seis sete oito nove dez onze doze",  # Portuguese
            "una due tre quattro cinque sei sette otto nove dieci undici dodici",  # Italian
            "une deux trois quatre cinq six sept huit neuf dix onze douze",  # French
            "unu două trei patru cinci șase șapte opt nouă zece unsprezece doisprezece",  # Romanian
            "pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej "
            "jedenastej dwunastej",  # Polish
            "prvej druhej tretej štvrtej piatej šiestej siedmej ôsmej deviatej desiatej jedenástej "
            "dvanástej",  # Slovak ("o pol štvrtej")
            "první druhé třetí čtvrté páté šesté sedmé osmé deváté desáté jedenácté dvanácté",  # Czech
            "un dau tri pedwar pump chwech saith wyth naw deg",  # Welsh ("chwarter wedi un")
        )
        for hour, word in enumerate(words.split(), 1)
    }
)


# Words that put an hour after noon ("11 de la noche", "晚上11点"), or after 6 at night.
_AFTER_NOON = (
    *("afternoon", "evening", "tarde", "soir", "sera", "下午", "晚上", "傍晚", "tối", "chiều"),
    *("seara", "wieczorem", "este", "délután"),
    *("shaam", "dopahar", "dupahar"),  # ("shaam 7 baje": Hindi, Urdu, Punjabi)
    *("오후", "저녁", "akşam", "aksam", "galabnimo", "galabtii", "fiidnimo", "êvarê", "evare"),  # (Korean,
    # Turkish, Somali, Kurmanji: "오후 3시", "akşam 8", "saacadda 4 galabnimo", "8ê êvarê")
    *("вечерта", "вечера", "вечером", "следобед", "夜晚", "晏晝"),  # (Bulgarian, Russian, Cantonese)
    *("बेलुका", "साँझ", "शाम", "दिउँसो", "दोपहर"),  # (Nepali, Hindi)
    *("y prynhawn", "yr hwyr"),  # (Welsh: "3 y prynhawn", "8 yr hwyr")
    *("مساء", "عصر", "বিকাল", "বিকেল", "সন্ধ্যা", "jioni", "mchana"),  # (Arabic, Persian, Bengali, Swahili)
)
_AT_NIGHT = (
    *("at night", "in the night", "last night", "tonight", "that night", "nite", "2nyt"),
    *(
        "noche",
        "noite",
        "nuit",
        "notte",
        "夜里",
        "半夜",
        "đêm",
        "khuya",
        "noaptea",
        "w nocy",
        "éjjel",
        "północy",
        "raat",  # ("raat 11 baje")
        "밤",  # ("밤 11시")
        "gece",
        "habeennimo",
        "habeenimo",
        "şevê",
        "sevê",
        "нощта",  # ("в 2 през нощта", Bulgarian; "в 2 ночи", Russian)
        "ночи",
        "ночью",
        "深夜",
        "y nos",  # ("11 y nos", Welsh)
        "ليل",  # ("الساعة ١١ ليلا", Arabic; "ساعت ۱۱ شب", Persian; "রাত ১১টায়", Bengali; "usiku", Swahili)
        "شب",
        "রাত",
        "usiku",
        "राति",  # ("११ बजे राति", Nepali; "रात 9 बजे", Hindi)
        "रात",
    ),
)


_HOUR_RANGE = re.compile(
    r"(\d{1,2})(?:[:.]\d\d)?\s*(?:-|–|to|till|til|until|and)\s*(?:gone\s+|half\s+(?:past\s+)?)?(\d{1,2})(?:[:.]\d\d)?"
    # ("from 11 till 1am": its end's am/pm says nothing of where the range began)
    r"(?:\s*(?P<meridiem>[ap])\.?m\b\.?)?"
)
# Two clock times joined, one of them with its minutes or the first with its am/pm
_CLOCK_RANGE = re.compile(
    r"(?P<first>(?P<hour>\d{1,2})(?:[:.](?P<minutes>\d\d))?(?:\s*(?P<own>[ap]\.?m\b\.?))?)"
    r"\s*(?:-|–|to|till|til|until|and)\s*"
    r"(?P<last>(?P<last_hour>\d{1,2})(?:[:.]\d\d)?(?:\s*[ap]\.?m\b\.?)?)"
)
_SWAHILI_PARTS: tuple[tuple[str, str], ...] = (
    *(("usiku", "night"), ("alfajiri", "night"), ("asubuhi", "morning")),
    *(("mchana", "afternoon"), ("jioni", "evening")),
)
_OWN_MERIDIEM_START = re.compile(
    r"(\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?)\s*(?:-|–|to|till|til|until|and)\s*\S"
)
_END_MERIDIEM = re.compile(r"([ap])\.?m\b")
# (Polish "wpół do dziesiątej", half to ten, and Slovak "o pol štvrtej", Czech "v půl čtvrté",
# half of the fourth, are half past the hour before; Welsh "chwarter wedi un" is quarter past one)
_RELATIVE = re.compile(r"(?:^|\s)(past|after|wedi|to|wpół do|pol|půl|pul)\s")
_HOUR_BEFORE = frozenset({"to", "wpół do", "pol", "půl", "pul"})


_CJK_HOUR = re.compile(r"([一二两兩三四五六七八九十]{1,3})[点點時时]")
_CJK_DIGITS = {
    **{"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4},
    **{"五": 5, "六": 6, "七": 7, "八": 8, "九": 9},
}


def _cjk_number(numerals: str) -> int:
    """ "十一" -> 11, "两" -> 2, "十" -> 10: an hour in Chinese numerals."""
    tens, _, units = numerals.rpartition("十")
    if "十" not in numerals:
        return _CJK_DIGITS.get(numerals, 0)
    return (_CJK_DIGITS.get(tens, 1) if tens else 1) * 10 + _CJK_DIGITS.get(units, 0)


def part_of_day(clock: str, *, beside_midnight: bool = False) -> str:
    """'23:47' -> 'night', '3.15pm' -> 'afternoon': the only form of a clock time that leaves.
    `beside_midnight`: the sentence puts it around midnight ("gone midnight, about 12.20"), so
    an hour 12 with no "pm" or "noon" of its own is just after midnight, not after noon."""
    lowered = clock.lower()
    # "21:30 to 23:00", "9am to 5pm": a range of clock times is read by its start (a "to" between
    # two clock times is no "ten to eleven")
    # (Swahili counts the hours from six in the morning, "saa 2 asubuhi" is 8am: its part of the
    # day is said, and is the reading)
    if lowered.startswith("saa "):
        said_part = next((part for word, part in _SWAHILI_PARTS if word in lowered), None)
        if said_part is not None:
            return said_part
    # ("9pm till midnight": a start with its own am/pm is read alone, whatever the end)
    started = _OWN_MERIDIEM_START.match(lowered)
    if started is not None:
        return part_of_day(started.group(1))
    ranged = _CLOCK_RANGE.fullmatch(lowered)
    if ranged is not None and (ranged.group("minutes") or ranged.group("own")):
        if ranged.group("own") or int(ranged.group("hour")) > 12 or ranged.group("hour").startswith("0"):
            return part_of_day(ranged.group("first"))
        # (an hour of the twelve: the end's am/pm, or a range that goes past 12, says which)
        meridiem = _END_MERIDIEM.search(ranged.group("last"))
        if meridiem is None:
            # ("10.30 till 1": past 12, so begun in the evening; "11.30 till 12" read by its start)
            if int(ranged.group("last_hour")) < int(ranged.group("hour")) < 12:
                return next(name for start_of, name in _PARTS if int(ranged.group("hour")) + 12 >= start_of)
            return part_of_day(ranged.group("first"))
        first, last = int(ranged.group("hour")) % 12, int(ranged.group("last_hour")) % 12
        start = first + 12 if (meridiem.group(1) == "p") == (first <= last) else first
        return next(name for start_of, name in _PARTS if start % 24 >= start_of)
    # "20 past 10", "10 to 11": the hour is the number after "past" or "to" (and "to" is the hour before)
    relative = _RELATIVE.search(lowered)
    said = lowered[relative.end() :] if relative else lowered
    found = _HOUR.search(said)
    if found:
        hour = int(found.group(0))
    elif (cjk := _CJK_HOUR.search(said)) is not None:  # "晚上十一点半": Chinese numerals
        hour = _cjk_number(cjk.group(1))
    else:  # "quarter past ten", "two in the morning": the (last) hour word
        hour = next((_HOUR_WORDS[w] for w in reversed(said.split()) if w in _HOUR_WORDS), 0)
    if relative is not None and relative.group(1) in _HOUR_BEFORE and (found or hour):
        hour = (hour - 1) % 12 or 12
    if (
        "midnight" in lowered or "midnite" in lowered or "północy" in lowered
    ):  # "12 midnight", "quarter past midnight", "12 midnite"
        hour = 0 if "to midni" not in lowered else 23
    elif "noon" in lowered or "midday" in lowered:
        hour = 12 if " to " not in lowered else 11
    later = any(word in lowered for word in _AFTER_NOON)
    if hour < 12 and (later or (any(word in lowered for word in _AT_NIGHT) and hour >= 6)):
        hour += 12
    # "from 10 til 2": a range of bare hours that goes past 12 starts in the evening
    span = _HOUR_RANGE.fullmatch(lowered)
    if span is not None and span.group("meridiem") and not relative:
        # "11 till 1am", "2 to 4pm": the am/pm is its end's; the start is read from it ("11 to
        # 1pm" starts in the morning, "11 till 1am" at night)
        first, last = int(span.group(1)) % 12, int(span.group(2)) % 12
        evening_end = span.group("meridiem") == "p"
        start = first + 12 if evening_end == (first <= last) else first
        return next(name for start_of, name in _PARTS if start % 24 >= start_of)
    if span is not None and int(span.group(2)) < hour < 12:
        hour += 12
    undotted = lowered.replace(".", "").replace(" p m", "pm").replace(" a m", "am")  # "10.30p.m", "ten p m"
    if "pm" in undotted and hour < 12:
        hour += 12
    elif hour == 12 and (
        "am" in undotted
        or "morning" in lowered
        or "night" in lowered
        or (
            beside_midnight
            and "pm" not in undotted
            and not later
            and "noon" not in lowered
            and "midday" not in lowered
        )
    ):
        hour = 0  # "12.30am", "ten to one in the morning", "12 at night"
    return next(name for start, name in _PARTS if hour % 24 >= start)


# A time's span holds the word that says it is rough ("about 3am", as notes' writers mark it);
# the word is no detail, so the placeholder keeps it: "about [night]".
ROUGHLY = re.compile(r"(?:approximately|approx\.?|about|around|roughly|abt\.?|bout|circa|c\.|ca\.)\s*", re.I)


# "midnight" said just before an hour 12 ("gone midnight, about 12.20 she rang"; "Gone midnight.
# 12.20 she rang": a note runs forward in time), or after it in the same sentence ("12.10, just
# after midnight"; not "At 12.30 we had lunch. Out till midnight.").
_MIDNIGHT = re.compile(r"\b(?:midnight|midnite)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_MIDNIGHT_REACH = 40


def _beside_midnight(text: str, start: int, end: int) -> bool:
    """Whether "midnight" stands a few words before the time at start:end, or after it in its sentence."""
    before = text[max(0, start - _MIDNIGHT_REACH) : start]
    after = text[end : end + _MIDNIGHT_REACH]
    near_before = _MIDNIGHT.search(before)
    if near_before is not None:
        return True
    near_after = _MIDNIGHT.search(after)
    return near_after is not None and not _SENTENCE_END.search(after, 0, near_after.start())


def placeholder(kind: Kind, original: str, *, beside_midnight: bool = False) -> str:
    """The text that replaces `original` (a span of `kind`); `beside_midnight`: see `part_of_day`."""
    if kind is Kind.TIME:
        rough = ROUGHLY.match(original)
        said = rough.group(0) if rough is not None and rough.end() < len(original) else ""
        # (a time's "a.m." takes its dot, which also ends the sentence: "at 3 p.m." -> "at [afternoon].")
        end = "." if original.endswith(("m.", "M.")) else ""
        return f"{said}[{part_of_day(original[len(said) :], beside_midnight=beside_midnight)}]{end}"
    return f"[{kind.value}]"


def replace_spans(text: str, spans: tuple[Span, ...] | list[Span]) -> str:
    """`text` with every span (sorted, not overlapping) replaced by its placeholder."""
    parts: list[str] = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        midnight = span.kind is Kind.TIME and _beside_midnight(text, span.start, span.end)
        parts.append(placeholder(span.kind, text[span.start : span.end], beside_midnight=midnight))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
