"""Free-text scrubber for the alert summary: identifiers and names become typed placeholders.

The alert summary is the only free text that may leave the device, and only
after this pass and the worker's preview. It replaces phone numbers, emails,
URLs, UK postcodes, social handles, registration plates and names with
`[phone]`, `[email]`, `[url]`, `[postcode]`, `[handle]`, `[plate]` and `[name]`.

Names come from three sources, strongest first:
1. the incident's own names (aliases, names used) passed by the caller: always scrubbed;
2. a cue before a capitalised word ("called", "named", "goes by", "Mr"): scrubbed
   whether or not the word is in the names list, so unusual names are caught;
3. the names lists in `resources/names/`. A listed name that is also an ordinary
   word (`ambiguous.txt`: Rose, Mark, May, Brown, Mercedes, ...) needs context.

A capitalised name followed by a street word ("Rose Street", "Victoria Road")
is a place and survives. Perpetrator descriptions (colours, car makes, builds)
are not names and survive, because warning others is the point of an alert.

Precision and recall are measured on `tests/fixtures/scrubber/corpus.jsonl`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from outreach_app.domain.normalise import normalise_plate
from outreach_app.domain.resources import resource_path


class Kind(StrEnum):
    """What a placeholder stands for; the placeholder text is `[<value>]`."""

    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    POSTCODE = "postcode"
    HANDLE = "handle"
    PLATE = "plate"
    NAME = "name"


STRUCTURED_KINDS = frozenset(Kind) - {Kind.NAME}


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


@dataclass(frozen=True)
class NamesList:
    """Attributes:
    names: lower-cased names scrubbed on sight when capitalised.
    word_names: names that are also ordinary words; scrubbed when capitalised mid-sentence or with context.
    context_names: names that are also months, places, colours or makes; scrubbed only with context.
    """

    names: frozenset[str]
    word_names: frozenset[str]
    context_names: frozenset[str]

    def kind_of(self, word: str) -> str | None:
        lower = word.lower()
        if lower in self.context_names:
            return "context"
        if lower in self.word_names:
            return "word"
        if lower in self.names:
            return "name"
        return None


def load_names(directory: Path | None = None) -> NamesList:
    """Read every `*.txt` list in `directory` (default `resources/names/`)."""
    folder = directory or resource_path("names")
    names: set[str] = set()
    word: set[str] = set()
    context: set[str] = set()
    for path in sorted(folder.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if path.name == "ambiguous.txt":
                group, _, value = line.partition("\t")
                (context if group.strip() == "context" else word).add(value.strip().lower())
            else:
                names.update(part.lower() for part in line.split())
    return NamesList(frozenset(names), frozenset(word), frozenset(context))


# --- structured identifiers -------------------------------------------------------------

_TLDS = r"(?:co\.uk|org\.uk|com|net|org|uk|ru|io|me|ly|ee|tv|app|info|biz|xyz|cc|to|link)"
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    rf"|\b(?:[a-z0-9-]+\.)+{_TLDS}(?:/[^\s<>\"']*)?(?![\w@])",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# A handle without @ after a platform word: "Snapchat: danny_b_4u", "on Seeking as gentleman_harry".
_PLATFORM_HANDLE = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|telegram|twitter|kik|seeking|grindr|tinder|"
    r"user ?name|handle|profile name|account)\b(?:\s*(?::|-|as|is|called|name)\s*)+"
    r"(?P<handle>[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9_])",
    re.IGNORECASE,
)
# Any word joined by underscores reads as a handle in prose ("kowal_ski").
_UNDERSCORE_WORD = re.compile(r"(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![\w@])")
# Phone-like: optional + or 00, digits with spaces, dots, dashes and brackets; 7-15 digits.
_PHONE = re.compile(r"(?<![\w/])(?:\+|\(\+?)?\d[\d\s().-]*\d(?!\s?[/:]\d)(?![\w])")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.IGNORECASE)
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


# Digit runs that are dates or time ranges, not numbers: 2025-03-04, 04.03.2025, 23.30-01.15.
_NOT_PHONE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"
    r"|\d{1,2}[.]\d{2}\s*-\s*\d{1,2}[.]\d{2})$"
)


def _phone_spans(text: str) -> Iterable[tuple[int, int]]:
    for match in _PHONE.finditer(text):
        value = match.group(0)
        if _NOT_PHONE.match(value.strip("()")):
            continue
        start, end = match.start(), match.end()
        if value.startswith("(") and ")" not in value:  # "(07700 900123)": the brackets are prose
            start += 1
        digits = sum(ch.isdigit() for ch in value)
        if 7 <= digits <= 15 and "  " not in value.strip():
            yield start, end


# --- names ------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_PLACE_WORDS = _words(
    """street st road rd lane ln avenue ave close park way drive dr place square gardens hill court
    terrace crescent grove row walk parade station hotel pub arms inn centre center market bank bridge
    green common estate house hall tower towers mews view rise vale wharf quay retail shopping
    college school university church chapel hospital clinic surgery kong"""
)
_CUES = re.compile(
    r"(?:\b(?:called|named|calls? (?:him|her)self|call(?:ed)? him|goes by|going by|went by|known as|aka|"
    r"a\.k\.a\.?|name (?:is|was|as|of)|name|names|asked for|ask for|"
    r"(?:said|says|claimed|claims|told \w+) (?:he|she) (?:was|is)(?: called)?|he is|she is|"
    r"driver|punter|client|perpetrator|worker)\s+|\b(?:mr|mrs|ms|miss|dr)\.?\s+)$",
    re.IGNORECASE,
)
# Capitalised words that never start a name, even after a cue.
_NOT_NAMES = _words(
    """i a an the he she it we they his her him its their this that these those there here then
    when where what who why how and but or not no yes so if on in at by to of for from with
    mr mrs ms miss dr one two three some any all same other another
    polish romanian bulgarian russian ukrainian lithuanian latvian czech slovak hungarian albanian
    nigerian ghanaian senegalese african english british irish scottish welsh european eastern
    asian chinese vietnamese thai filipino indonesian malaysian brazilian colombian mexican
    portuguese spanish latin turkish kurdish arab arabic indian pakistani bangladeshi white black
    mixed police officer taxi uber driver manager
    monday tuesday wednesday thursday friday saturday sunday january february march july september
    october november december christmas easter"""
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n—–\"“‘(]|\s-|\s')\s*$")


def _is_title(word: str) -> bool:
    return (word[:1].isupper() and not word.isupper()) or (len(word) == 1 and word.isupper())


@dataclass
class _Token:
    start: int
    end: int
    word: str
    sentence_start: bool
    cued: bool
    gap_before: str


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for match in _WORD.finditer(text):
        before = text[: match.start()]
        word = match.group(0)
        # possessive "Tasha's": the name is the part before the apostrophe
        base = re.split(r"['’]s$", word)[0]
        out.append(
            _Token(
                start=match.start(),
                end=match.start() + len(base),
                word=base,
                sentence_start=bool(_SENTENCE_END.search(before)),
                cued=bool(_CUES.search(before[-40:])),
                gap_before=text[out[-1].end if out else 0 : match.start()],
            )
        )
    return out


class Scrubber:
    """Replaces identifiers in free text with typed placeholders.

    Args:
        names: the names lists (see `load_names`).
    """

    def __init__(self, names: NamesList) -> None:
        self._names = names

    def scrub(
        self,
        text: str,
        *,
        known_names: Iterable[str] = (),
        known_phones: Iterable[str] = (),
        known_plates: Iterable[str] = (),
        known_handles: Iterable[str] = (),
    ) -> ScrubResult:
        """Scrub `text`; the `known_*` values are the incident's own identifiers, always removed."""
        spans = self.find(
            text,
            known_names=known_names,
            known_phones=known_phones,
            known_plates=known_plates,
            known_handles=known_handles,
        )
        parts = []
        position = 0
        for span in spans:
            parts.append(text[position : span.start])
            parts.append(f"[{span.kind.value}]")
            position = span.end
        parts.append(text[position:])
        return ScrubResult("".join(parts), tuple(spans))

    def find(
        self,
        text: str,
        *,
        known_names: Iterable[str] = (),
        known_phones: Iterable[str] = (),
        known_plates: Iterable[str] = (),
        known_handles: Iterable[str] = (),
    ) -> list[Span]:
        """The spans to replace, non-overlapping and merged where one name runs into the next."""
        taken: list[Span] = []

        def add(start: int, end: int, kind: Kind) -> None:
            while end > start and text[end - 1] in ".,;:)!?'\"":
                if text[end - 1] == ")" and "(" in text[start:end]:
                    break
                end -= 1
            if end <= start:
                return
            if any(start < other.end and other.start < end for other in taken):
                return
            taken.append(Span(start, end, kind))

        for value, kind in (
            *((v, Kind.NAME) for v in known_names),
            *((v, Kind.HANDLE) for v in known_handles),
        ):
            for start, end in _find_literal(text, value):
                add(start, end, kind)
        for plate in known_plates:
            for start, end in _find_plate(text, plate):
                add(start, end, Kind.PLATE)
        for phone in known_phones:
            for start, end in _find_digits(text, phone):
                add(start, end, Kind.PHONE)
        for match in _EMAIL.finditer(text):
            add(match.start(), match.end(), Kind.EMAIL)
        for match in _HANDLE.finditer(text):
            add(match.start(), match.end(), Kind.HANDLE)
        for match in _URL.finditer(text):
            add(match.start(), match.end(), Kind.URL)
        for match in _PLATFORM_HANDLE.finditer(text):
            add(match.start("handle"), match.end("handle"), Kind.HANDLE)
        for match in _UNDERSCORE_WORD.finditer(text):
            add(match.start(), match.end(), Kind.HANDLE)
        for match in _POSTCODE.finditer(text):
            add(match.start(), match.end(), Kind.POSTCODE)
        for start, end in _phone_spans(text):
            add(start, end, Kind.PHONE)
        for pattern in _PLATE_PATTERNS:
            for match in pattern.finditer(text):
                add(match.start(), match.end(), Kind.PLATE)
        for start, end in self._name_spans(text):
            add(start, end, Kind.NAME)
        return _merge_names(text, sorted(taken))

    def _name_spans(self, text: str) -> list[tuple[int, int]]:
        tokens = _tokens(text)
        strength = [self._strength(tokens, i) for i in range(len(tokens))]
        # A weak candidate next to a strong name is part of that name ("Mark Kowalski").
        chosen = [s == "strong" for s in strength]
        changed = True
        while changed:
            changed = False
            for i in range(len(tokens)):
                if chosen[i] or strength[i] not in {"weak", "neighbour"}:
                    continue
                for j in (i - 1, i + 1):
                    if 0 <= j < len(tokens) and chosen[j] and _adjacent(text, tokens, min(i, j)):
                        if strength[i] == "neighbour" and j > i:
                            continue  # an unlisted word only joins a name it follows
                        chosen[i] = True
                        changed = True
                        break
        return [(t.start, t.end) for t, keep in zip(tokens, chosen, strict=True) if keep]

    def _strength(self, tokens: list[_Token], i: int) -> str:
        """'strong' (scrub), 'weak' (scrub next to a name), 'neighbour' (an unlisted capitalised
        word that may be a surname), or 'no'."""
        token = tokens[i]
        word = token.word
        if not _is_title(word) or word.lower() in _NOT_NAMES:
            return "no"
        if self._is_place(tokens, i):
            return "no"
        listed = self._names.kind_of(word)
        cued = token.cued or (i > 0 and tokens[i - 1].cued and self._continues_cue(tokens, i))
        if cued:
            return "strong"
        if listed == "name":
            return "strong"
        if listed == "word":
            return "weak" if token.sentence_start else "strong"
        if listed == "context":
            return "weak"
        return "no" if token.sentence_start else "neighbour"

    def _continues_cue(self, tokens: list[_Token], i: int) -> bool:
        """The second word of a cued name ("called Big Mike", "named Chris Barker")."""
        previous = tokens[i - 1]
        return (
            tokens[i].gap_before == " "
            and _is_title(previous.word)
            and previous.word.lower() not in _NOT_NAMES
        )

    def _is_place(self, tokens: list[_Token], i: int) -> bool:
        if i > 0 and tokens[i - 1].word.lower() in {"st", "saint"}:
            return True
        for j in range(i + 1, min(i + 4, len(tokens))):
            word = tokens[j].word
            if word.lower() in _PLACE_WORDS and _is_title(word):
                return True
            if not _is_title(word):
                return False
        return False


def _adjacent(text: str, tokens: list[_Token], i: int) -> bool:
    """Tokens i and i+1 are separated by one space (or a hyphen) only."""
    gap = text[tokens[i].end : tokens[i + 1].start]
    return gap in {" ", "-"}


def _merge_names(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if (
            merged
            and span.kind is Kind.NAME
            and merged[-1].kind is Kind.NAME
            and text[merged[-1].end : span.start] in {" ", "-"}
        ):
            merged[-1] = Span(merged[-1].start, span.end, Kind.NAME)
        else:
            merged.append(span)
    return merged


def _find_literal(text: str, value: str) -> Iterable[tuple[int, int]]:
    value = value.strip()
    if len(value) < 2:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, value.split())) + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _find_plate(text: str, plate: str) -> Iterable[tuple[int, int]]:
    chars = normalise_plate(plate)
    if len(chars) < 3:
        return []
    pattern = re.compile(
        r"(?<![A-Za-z0-9])" + r"[\s-]?".join(map(re.escape, chars)) + r"(?![A-Za-z0-9])", re.I
    )
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _find_digits(text: str, phone: str) -> Iterable[tuple[int, int]]:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return []
    # the national form of +44... numbers: match the last 10 digits with any separators
    tail = digits[-10:]
    # optional country code or trunk 0 in front of the last ten digits, any separators between
    prefix = r"(?:(?:\+|00)\d{1,3}[\s.-]*(?:\(0\)[\s.-]*)?|0)?"
    pattern = re.compile(r"(?<![\d+])" + prefix + r"[\s().-]*".join(tail) + r"(?!\d)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def default_scrubber() -> Scrubber:
    """The scrubber over the shipped names lists (loaded once)."""
    return Scrubber(load_names())


def scrub(
    text: str,
    *,
    known_names: Iterable[str] = (),
    known_phones: Iterable[str] = (),
    known_plates: Iterable[str] = (),
    known_handles: Iterable[str] = (),
) -> ScrubResult:
    """Scrub with the shipped names lists; see `Scrubber.scrub`."""
    return default_scrubber().scrub(
        text,
        known_names=known_names,
        known_phones=known_phones,
        known_plates=known_plates,
        known_handles=known_handles,
    )
