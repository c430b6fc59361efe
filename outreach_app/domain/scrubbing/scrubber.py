"""Free-text scrubber: names, places, identifiers, times and dates become typed placeholders.

Every free-text value that may leave the device (the alert summary and every perpetrator and
vehicle text field) passes this, with the vault's context (`ScrubContext`): what must go
(every alias recorded in the vault, with first tokens and short forms) and what must stay
(the perpetrator's own identifiers). The passes, in order (an earlier span wins an overlap,
unless a later one of its group holds it whole: `_replaces`):

1. places (`scrubbing.places`): addresses, flat numbers, postcodes, venues;
2. the vault's `remove` values (`scrubbing.context`), word-aliases only where used as names;
3. identifiers: emails, URLs and handles (`scrubbing.online`), phone numbers in the forms
   people type them (`scrubbing.phones`), plates (`scrubbing.plates`);
4. times and dates (`scrubbing.times`): "23:47" -> `[night]`, "20th November" -> `[date]`;
5. names without the vault (`scrubbing.names`): lists, cues, context, non-Latin script
   (`scrubbing.script_names`: names, not the prose of a sentence in that script); then each
   name takes its title, initial or capitalised surname along ("Mr Khan", "Gemma R.").

A span equal to a `keep` value stays, unless the vault's `remove` list found it.
Recall and precision on notes never tuned on: docs/sharing.md ("The scrubber").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from outreach_app.domain.scrubbing.context import KeepMatcher, RemoveMatcher, ScrubContext
from outreach_app.domain.scrubbing.drug_slang import DRUG_NAMES, used_as_a_drug
from outreach_app.domain.scrubbing.foreign_pronouns import french_pronoun
from outreach_app.domain.scrubbing.names import (
    NameFinder,
    NamesList,
    Words,
    initials_beside,
    load_names,
    mostly_capitals,
    widen_name,
)
from outreach_app.domain.scrubbing.online import email_spans, handle_spans, url_spans
from outreach_app.domain.scrubbing.phones import (
    partial_phone_spans,
    phone_spans,
    spoken_partial_spans,
)
from outreach_app.domain.scrubbing.place_lexicon import one_view_per_text
from outreach_app.domain.scrubbing.places import address_spans, bare_street_spans, postcode_spans, venue_spans
from outreach_app.domain.scrubbing.plates import cued_plate_spans, plate_spans
from outreach_app.domain.scrubbing.spans import (
    ASCII_DIGITS,
    PLACE_KINDS,
    STRUCTURED_KINDS,
    WHEN_KINDS,
    Kind,
    ScrubResult,
    Span,
    placeholder,
    replace_spans,
)
from outreach_app.domain.scrubbing.times import date_spans, spelled_when_spans, time_spans

__all__ = [
    "PLACE_KINDS",
    "STRUCTURED_KINDS",
    "WHEN_KINDS",
    "Kind",
    "NamesList",
    "PreparedContext",
    "ScrubContext",
    "ScrubResult",
    "Scrubber",
    "Span",
    "default_scrubber",
    "load_names",
    "placeholder",
    "scrub",
]

_Finder = Callable[[str], Iterator[tuple[int, int, Kind]]]
_DETECTORS: tuple[_Finder, ...] = (email_spans, url_spans, handle_spans)
# Detectors that only ever find something with a digit in it ("oh seven seven..." spelled
# numbers aside, which `phone_spans` reads from words), skipped for texts without digits.
_WHEN: tuple[_Finder, ...] = (date_spans, time_spans)
# (a bare street last: "the flat above the Spar on Oak Walk" is one place, found whole first)
_PLACES: tuple[_Finder, ...] = (postcode_spans, address_spans, venue_spans, bare_street_spans)
_TRAILING = ".,;:)!?'\""
_LONGEST_DRUG_NAME = max(map(len, DRUG_NAMES))
# Marks that look like a space or a hyphen, or nothing at all, read as the plain one: a number
# pasted from a phone or a web page ("07700\u00a0900\u00a0123", "\u202a+44 7700 900123\u202c" as
# WhatsApp copies it), or one typed with a zero-width space to slip a filter ("077\u200b00 900 123").
# (not the joiners of emoji and of Persian or Indic script, nor the ideographic space, which
# Chinese and Japanese text uses as its own)
_PLAIN_MARKS = str.maketrans(
    {
        **dict.fromkeys(
            map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"), " "
        ),
        **dict.fromkeys(map(ord, "\u202f\u205f"), " "),
        **dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f"), " "),
        **dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), " "),
        **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212\ufe63\uff0d"), "-"),
        **ASCII_DIGITS,  # ("๒๓.๓๐ น.", "٠٧٧٠٠ ٩٠٠ ١٢٣": the digits of other scripts as the plain ones)
    }
)
# (an initial's dot is the name's: "Gemma R.", "S.K.", "J.")
_INITIAL_DOT = re.compile(r"(?<![^\s.(])[A-Z]\.$")
_MERIDIEM_DOT = re.compile(r"(?i:[ap]\.m\.)$")
# (the dot that ends a word shortened in another language's time or date: Thai "น." (o'clock) and
# its months "พ.ย.", Bulgarian "ч." (hours), Lithuanian "val." (hours) and "d." (day))
_ABBREVIATION_DOT = re.compile(r"(?:[\u0e00-\u0e7f]\.|(?<!\w)(?:ч|val|d)\.)$")
# (the dot after a day and month written as Czech, Slovak, German and Hungarian notes do: "16.11.")
_ORDINAL_DOT = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$")


@dataclass(frozen=True)
class PreparedContext:
    """A `ScrubContext` with its matchers built (see `Scrubber.prepare`)."""

    context: ScrubContext
    remove: RemoveMatcher
    keep: KeepMatcher


class Scrubber:
    """Replaces identifying details in free text with typed placeholders.

    Args:
        names: the names lists (see `load_names`).
    """

    def __init__(self, names: NamesList) -> None:
        self._names = names
        self._finder = NameFinder(names)

    @property
    def names(self) -> NamesList:
        return self._names

    def prepare(self, context: ScrubContext) -> PreparedContext:
        """`context` with its matchers built, for scrubbing many texts under one vault (a
        1,000-alias vault takes a few milliseconds to build). Nothing is cached beyond the
        object returned, so the vault's aliases live no longer than the caller keeps it."""
        return PreparedContext(context, RemoveMatcher(context.remove, self._names), KeepMatcher(context.keep))

    def scrub(
        self,
        text: str,
        context: ScrubContext | PreparedContext | None = None,
        *,
        known_names: Iterable[str] = (),
    ) -> ScrubResult:
        """Scrub `text` under `context`; `known_names` are added to its `remove` list."""
        spans = tuple(self.find(text, context, known_names=known_names))
        return ScrubResult(replace_spans(text, spans), spans)

    def find(
        self,
        text: str,
        context: ScrubContext | PreparedContext | None = None,
        *,
        known_names: Iterable[str] = (),
    ) -> list[Span]:
        """The spans to replace: sorted, not overlapping, one name's words merged into one span."""
        if not text.isascii():  # (one mark for another, so every offset stays where it was)
            text = text.translate(_PLAIN_MARKS)
        extra = tuple(known_names)
        if not isinstance(context, PreparedContext) or extra:
            plain = context.context if isinstance(context, PreparedContext) else context or ScrubContext()
            context = self.prepare(ScrubContext.of((*plain.remove, *extra), plain.keep))
        prepared = context
        remove, keep = prepared.remove, prepared.keep
        kept = keep.regions(text)
        taken: list[Span] = []
        from_vault: set[Span] = set()

        def add(start: int, end: int, kind: Kind, *, vault: bool = False) -> None:
            while end > start and text[end - 1] in _TRAILING:
                if text[end - 1] == ")" and "(" in text[start:end]:
                    break
                # (a venue's name in quotes keeps its closing quote: "the massage shop 'Jade Garden'")
                if (
                    kind in PLACE_KINDS
                    and text[end - 1] in "'\""
                    and _OPENING_QUOTE.search(text, start, end - 1)
                ):
                    break
                if kind is Kind.NAME and _INITIAL_DOT.search(text, start, end):  # "Gemma R."
                    break
                if kind is Kind.TIME and _MERIDIEM_DOT.search(text, start, end):  # "1:05 a.m."
                    break
                if kind in WHEN_KINDS and _ABBREVIATION_DOT.search(text, start, end):  # "23.30 น.", "3 d."
                    break
                # (a dot before a comma ends an abbreviation, not a sentence: "19 Bayswater Terr., LS8")
                if kind in PLACE_KINDS and text[end - 1] == "." and text[end : end + 1] == ",":
                    break
                # (nor one after a capitalised abbreviation, before a word in lower case: "Canal
                # Wharf Ind. Est. was broken into"; a text in lower case starts its sentences so:
                # "on greenwood av. come")
                if (
                    kind in PLACE_KINDS
                    and text[end - 1] == "."
                    and _LOWER_WORD.match(text, end)
                    and _CAPITALISED_LAST.search(text, max(start, end - 8), end)
                ):
                    break
                if kind is Kind.DATE and _ORDINAL_DOT.search(text, start, end):  # "sobota 16.11."
                    break
                end -= 1
            if end <= start:
                return
            if (
                kind is Kind.NAME
                and end - start <= _LONGEST_DRUG_NAME
                and used_as_a_drug(text, start, end, vault=vault)
            ):
                return  # "on the charlie", "spiked him with G": the drug, not the alias
            overlapping = [o for o in taken if start < o.end and o.start < end]
            if overlapping and not _replaces(start, end, kind, overlapping, from_vault):
                return
            # (the spans it holds go even when it is kept: the perpetrator's "@raz_official_" stays
            # whole, though the vault's alias "Raz" was found in it)
            for o in overlapping:
                taken.remove(o)
                from_vault.discard(o)
            if not vault:
                # (inside a kept identifier, or across its edge: "UK 07" read as a plate where the
                # kept number "07 9 8 4 ..." begins; one that holds it whole may go on)
                if any(
                    start < k_end and k_start < end and not (start <= k_start and k_end <= end)
                    for k_start, k_end in kept
                ):
                    return
                if prepared.context.kept(text[start:end]):  # "AB12 CDE" for the kept "AB12CDE": so is "AB12"
                    kept.append((start, end))
                    return
            span = Span(start, end, kind)
            taken.append(span)
            if vault:
                from_vault.add(span)

        with one_view_per_text():  # (the place passes read one cheap view of the note, made once)
            for finder in _PLACES:
                for start, end, kind in finder(text):
                    add(start, end, kind)
        words = Words(text)  # (found once, for the vault's aliases and the names pass)
        for start, end, kind in remove.find(text, words):
            add(start, end, kind, vault=True)
        has_digit = any(map(str.isdigit, text))  # (map runs in C: this is done for every note)
        digits_only = (plate_spans, partial_phone_spans) if has_digit else ()
        for finder in (
            *_DETECTORS,
            *(_WHEN if has_digit else ()),
            spelled_when_spans,
            phone_spans,
            spoken_partial_spans,
            cued_plate_spans,
            *digits_only,
        ):
            for start, end, kind in finder(text):
                add(start, end, kind)
        shouting = mostly_capitals(text)
        for start, end in self._finder.spans(text, words, shouting=shouting):
            if not french_pronoun(text, start, end):  # ("Elle habite ...": she, in French)
                add(start, end, Kind.NAME)
        for span in [t for t in taken if t.kind is Kind.NAME]:
            start, end = widen_name(text, span.start, span.end, shouting=shouting)
            if (start, end) != (span.start, span.end) and not any(
                o is not span and start < o.end and o.start < end for o in taken
            ):
                vault = span in from_vault
                taken.remove(span)
                from_vault.discard(span)
                add(start, end, Kind.NAME, vault=vault)
        if "(" in text:  # her initials beside her name: "S.K. (Sophie)", "Candice-Jade (CJ)"
            for span in [t for t in taken if t.kind is Kind.NAME]:
                for start, end in initials_beside(text, span.start, span.end):
                    add(start, end, Kind.NAME, vault=span in from_vault)
        merged = _merge_times(text, _merge_numbers(text, _merge_places(text, sorted(taken))))
        return _merge_names(text, merged, from_vault, prepared.context)


def _replaces(start: int, end: int, kind: Kind, overlapping: list[Span], from_vault: set[Span]) -> bool:
    """Whether a span found later replaces the spans it overlaps (else the first found stays).

    An identifier that holds a name replaces it whole ("@kira_xo", "cat.works at outlook dot
    com"); and a longer span replaces the shorter ones of its own group that it holds whole, so
    a short part found first does not leave the rest of a place, a number or a date in the text
    ("salon Bella" found as "Bella" the venue before "salon Bella"). A name never does (that
    pass is the loosest), nor does anything but an identifier replace a span from the vault."""
    if not all(start <= o.start and o.end <= end for o in overlapping):
        return False
    group = _GROUP[kind]
    names = [o for o in overlapping if o.kind is Kind.NAME]
    others = [o for o in overlapping if o.kind is not Kind.NAME]
    # (nor a date, which holds it whole as well: "1st May", "April 3rd" with the aliases May and
    # April go as one "[date]", not "1st [name]")
    if names and kind not in STRUCTURED_KINDS and kind is not Kind.DATE:
        return False
    if not others:
        return True
    # (an address online holds a place's words whole: "marek.nowak at wp dot pl" after "wp dot pl"
    # was read as a street, "Pl")
    if kind in _ONLINE and all(o.kind in PLACE_KINDS and o not in from_vault for o in others):
        return True
    # (of its own group only: a postcode stays one inside a look-alike plate, "LS12 way"; and an
    # identifier may hold a name besides: "bruna . santos . 90 @ hotmail . com" after "90 @ …")
    longer = end - start > max(o.end - o.start for o in others)
    same = all(_GROUP[o.kind] == group and o not in from_vault for o in others)
    return bool(group) and longer and same


_ONLINE = frozenset({Kind.EMAIL, Kind.URL, Kind.HANDLE})
# The groups of kinds within which a longer span replaces a shorter (names are none of them).
_GROUP = {
    **dict.fromkeys(STRUCTURED_KINDS, "structured"),
    **dict.fromkeys(PLACE_KINDS, "places"),
    **dict.fromkeys(WHEN_KINDS, "when"),
    Kind.NAME: "",
}


# "Flat 3, 42 Oak Road"; "Kirkstall Rd / Viaduct Rd"; and the floor or the part of the house between a
# venue and its address ("the Lotus Spa, upstairs, 7 Oak Rd", "Club Sakura, 2F, 18 Gerrard St"; not a
# town, which may stay: "12 Oak Street, Calverley, LS28 5PD" is two places)
_PLACE_JOINER = re.compile(
    r"\s*[,/]\s*(?:(?i:upstairs|downstairs|basement|rear|back|front|top\s+floor|ground\s+floor|"
    r"(?:first|second|third|1st|2nd|3rd|[4-9]th)\s+floor)|[1-9][Ff])?\s*,?\s*"
    # ... and a place placed by the place next to it, only a word of where between: "Kirkstall Rd by
    # the Esso", "a unit on Canal Wharf, behind the Granary", "the B&B next to the chip shop on X"
    r"|,?[ \t]+(?i:by|behind|beside|opposite|next[ \t]+to|next[ \t]+door[ \t]+to|above|over|below|under|"
    r"across[ \t]+from|round[ \t]+the[ \t]+back[ \t]+of|at[ \t]+the[ \t]+back[ \t]+of)[ \t]+"
)


_THE_BEFORE = re.compile(r"(?i:the)\s+$")

# (a place's last word, an abbreviation with its dot, and a word in lower case after it)
_CAPITALISED_LAST = re.compile(r"\b[A-Z][a-z]{0,4}\.$")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
# (a quote that opens a name: after a space or at the span's start, before a capital)
_OPENING_QUOTE = re.compile(r"(?:(?<=\s)|^)['\"](?=[A-Z])")


def _merge_places(text: str, spans: list[Span]) -> list[Span]:
    """One place written in parts is one span: "Hyde Park Road, flat 2", "Flat 3, 42 Cardigan
    Road, LS6 1AB" (so the commas between its parts go too)."""
    merged: list[Span] = []
    for span in spans:
        if span.kind is Kind.PLACE:  # "the Moonlight Parlour": the article is part of its name
            the = _THE_BEFORE.search(text, max(0, span.start - 6), span.start)
            if the is not None and not (merged and merged[-1].end > the.start()):
                span = Span(the.start(), span.end, span.kind)
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and span.kind in PLACE_KINDS
            and previous.kind in PLACE_KINDS
            and _PLACE_JOINER.fullmatch(text, previous.end, span.start)
        ):
            kind = Kind.ADDRESS if Kind.ADDRESS in {previous.kind, span.kind} else previous.kind
            merged[-1] = Span(previous.start, span.end, kind)
        else:
            merged.append(span)
    return merged


_NUMBER_SLASH = re.compile(r"[ \t]*/[ \t]*")


def _merge_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Two numbers written as one entry ("07845 220 119/07845 220 391", "07 888 555 101 / 07 888
    555 102") are one span, as a street joined to a street by "/" is one place: no "[phone]/[phone]"
    left to say how many numbers she has. (A kept number is never a span, so his stays.)"""
    return _merge_joined(text, spans, Kind.PHONE, _NUMBER_SLASH)


# "21.00-23.30", "9pm–1am": the two ends of a stretch of time (a dash, or "to"/"till" between two
# times found apart: "2 to 3am"; "10 to 11" alone is one span, read as ten to eleven by `part_of_day`)
_TIME_RANGE_JOINER = re.compile(r"[ \t]*[-–][ \t]*|[ \t]+(?:to|till|til|until)[ \t]+")


def _merge_times(text: str, spans: list[Span]) -> list[Span]:
    """A stretch of time written as its two ends is one span, read by its start ("[evening]"
    for "21.00-23.30"), so no "[evening]-[night]" is left to say how long she was out."""
    return _merge_joined(text, spans, Kind.TIME, _TIME_RANGE_JOINER)


def _merge_joined(text: str, spans: list[Span], kind: Kind, joiner: re.Pattern[str]) -> list[Span]:
    """Each two neighbouring spans of `kind` with only `joiner` between them become one."""
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and span.kind is kind
            and previous.kind is kind
            and joiner.fullmatch(text, previous.end, span.start)
        ):
            merged[-1] = Span(previous.start, span.end, kind)
        else:
            merged.append(span)
    return merged


_NAME_JOINERS = frozenset({" ", "-"})


def _merge_names(text: str, spans: list[Span], from_vault: set[Span], context: ScrubContext) -> list[Span]:
    """Join a name's words into one span; drop a joined name that is a kept identifier ("Big" +
    "Mike" = the perpetrator's "Big Mike"), unless a part of it came from the vault."""
    merged: list[tuple[Span, bool]] = []
    for span in spans:
        vault = span in from_vault
        if (
            merged
            and span.kind is Kind.NAME
            and merged[-1][0].kind is Kind.NAME
            and text[merged[-1][0].end : span.start] in _NAME_JOINERS
        ):
            previous, previous_vault = merged[-1]
            merged[-1] = (Span(previous.start, span.end, Kind.NAME), previous_vault or vault)
        else:
            merged.append((span, vault))
    return [s for s, vault in merged if vault or not context.kept(text[s.start : s.end])]


@lru_cache(maxsize=1)
def default_scrubber() -> Scrubber:
    """The scrubber over the shipped names lists (loaded once)."""
    return Scrubber(load_names())


def scrub(
    text: str, context: ScrubContext | PreparedContext | None = None, *, known_names: Iterable[str] = ()
) -> ScrubResult:
    """Scrub with the shipped names lists; see `Scrubber.scrub`."""
    return default_scrubber().scrub(text, context, known_names=known_names)
