"""The scrubber's short cuts find what the plain computation finds (issue 14's speed floor).

Each fast path below replaced a plainer computation; each test runs the plain one (kept here
as the reference) next to the fast one on varied texts: the labelled notes' kinds of writing
in lower case, capitals, typographic quotes and the letters whose case rules differ ("İ",
"ß", "ſ", the Kelvin sign), so a short cut that diverges on any of them fails.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from outreach_app.domain.scrubbing import lazy_re
from outreach_app.domain.scrubbing.lowered import lower_case_twin
from outreach_app.domain.scrubbing.names import (
    _AND_GAP,
    _BRACKET_LIST,
    _CUES,
    _CUES_SOURCE,
    _LOWER_TITLE_SOURCE,
    _PLACE_BEFORE_BRACKET,
    _SLASH_GAP,
    _STRONG_CUE_SOURCE,
    NameFinder,
    Words,
    _adjacent,
    _listed_together,
    _neighbours,
    _shouting,
    cue_before,
    is_title,
    load_names,
    sentence_start_at,
    tokens,
)
from outreach_app.domain.scrubbing.spans import word_set

# The cue regexes as they were: case-insensitive, tried at every position.
_PLAIN_CUES = re.compile(_CUES_SOURCE, re.IGNORECASE)
_PLAIN_STRONG_CUE = re.compile(_STRONG_CUE_SOURCE.removeprefix(r"(?=[iwngckahyt'’])"), re.IGNORECASE)
_PLAIN_LOWER_TITLE = re.compile(_LOWER_TITLE_SOURCE)


def _plain_cue_before(text: str, start: int) -> bool:
    match = _PLAIN_CUES.search(text, max(0, start - 40), start)
    if match is None:
        return False
    if match.group(0).lstrip().startswith("("):
        if _PLACE_BEFORE_BRACKET.search(text, max(0, start - 30), start):
            return False
        listed = _BRACKET_LIST.match(text, start)
        if listed is not None and listed.group(0).split(",")[1].strip()[:1].islower():
            return False
    return True


# Pieces of notes: cue words of every kind, names, ordinary words, punctuation, and the
# characters whose lower or upper case is not one character of the same kind.
_PIECES = [
    *sorted(
        word_set(
            """called named goes by known as aka a.k.a. name is was her friend my mate punter driver
            calls himself herself said he she told them se llama nazywa się pe nume s'appelle
            Mr Mrs Dr. Miss Name: Alias: Caller: Worker ( ( ' “ ‘ " [22:16, 1/2/26] from
            Holly Roxy Mike Rose rose Star Jade Kasia Asią Zoë Siobhán the a and lives in at
            İstanbul ſaid ß Straße µ Ω ǅ é ’s 's , . : ; ! ? - 42 LS6
            Mark Kowalski Jo Shaz Misty Ioana mr patel kayla says jodie GEMMA R. Ginger ginger beard
            Zola Tink here rang Ruksana told gave took Wendy / Wen n & Lisa Trace Honda Jazz (23)
            HOLLY NAMED CALLED"""
        )
    ),
    "\n",
    "Known As",
    "\u212a",  # the Kelvin sign: "k" without case
]


def _pieces_with_gaps(pieces: list[str], gaps: list[str], max_size: int) -> st.SearchStrategy[str]:
    """1 to `max_size` pieces, each followed by a gap (drawn apart, uniformly, as each list).

    Each piece comes with its gap as one draw from every (piece, gap) pair, not as a list of
    pieces and then, by `flatmap`, a list of as many gaps: the same texts with the same chances,
    without a new strategy built for every example (flatmap cost a third of this module's CPU,
    issue 19). A gap listed twice is drawn twice as often, as it was."""
    return st.lists(
        st.sampled_from([piece + gap for piece in pieces for gap in gaps]), min_size=1, max_size=max_size
    ).map("".join)


_TEXTS = _pieces_with_gaps(_PIECES, [" ", "  ", "", ", ", "\t"], max_size=14)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("İstanbul named Ana")
@example("ſaid he was Bob")
@example("KNOWN AS ROXY")
@example("the lad they call Tiny")
@example("a worker (Roxy)")
@example("lives (Gipton, city centre)")
def test_cue_before_finds_what_the_case_insensitive_regex_finds(text: str) -> None:
    for start in range(len(text) + 1):
        assert cue_before(text, start) == _plain_cue_before(text, start), (text, start)


def test_the_lower_case_twin_is_refused_where_case_rules_differ() -> None:
    assert lower_case_twin("Known As ROXY") == "known as roxy"
    assert lower_case_twin("“Known” as Roxy’s") == "“known” as roxy’s"  # quotes have no case
    for text in ("İstanbul", "ſaid", "Straße", "\u212a", "Zoë", "ǅon"):
        assert lower_case_twin(text) is None, text


def test_the_look_ahead_keeps_every_cue_of_the_plain_regex() -> None:
    # the look-ahead only skips characters that cannot begin a cue
    assert _CUES.pattern.endswith(_CUES_SOURCE)
    assert _PLAIN_STRONG_CUE.pattern != _STRONG_CUE_SOURCE  # (the reference has no look-ahead)
    for cue in ("called ", "(", "(“", "2] ", "Mr. ", "Alias: ", "a.k.a. ", "nazywa się "):
        assert cue_before(cue + "Ana", len(cue)), cue


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_tokens_know_their_sentence_start_and_cue_as_the_plain_functions_do(text: str) -> None:
    for token in tokens(text):
        assert token.sentence_start == sentence_start_at(text, token.start)
        assert token.cued == cue_before(text, token.start)
        assert token.sentence_start == sentence_start_at(text, token.start)  # (kept, asked again)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("Tasha's and Roxy’s and JO'S and o'neill's")
def test_tokens_drop_a_possessive_as_the_regex_split_did(text: str) -> None:
    latin = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏ]+)*")
    plain = [
        (m.start(), re.split(r"['’]s$", m.group(0))[0] if re.search("['’]", m.group(0)) else m.group(0))
        for m in latin.finditer(text)
    ]
    assert [(t.start, t.word) for t in tokens(text)] == plain
    words = Words(text)  # the lists the passes look words up in, and a token made when asked for
    assert list(zip(words.starts, words.words, strict=True)) == plain
    for i, (start, word) in enumerate(plain):
        assert (words[i].start, words[i].end, words[i].word) == (start, start + len(word), word)
        assert words[i] is words[i]  # (made once: its sentence start and cue are kept with it)


class _RateEveryWord(NameFinder):
    """The names pass as it was: every word rated, the joining loop over every word."""

    def _latin(self, text: str, toks: Words, shouting: bool) -> list[tuple[int, int]]:
        cue_ends = {m.end() for m in _PLAIN_STRONG_CUE.finditer(text)}
        title_ends = {m.end() for m in _PLAIN_LOWER_TITLE.finditer(text)}
        strength = [
            self._strength(text, toks, i, shouting=_shouting(text), cue_ends=cue_ends, title_ends=title_ends)
            for i in range(len(toks))
        ]
        chosen = [s == "strong" for s in strength]
        # (a word no list holds, a name once, is one wherever else it is a candidate)
        strong_words = {toks[i].word for i in range(len(toks)) if chosen[i] and is_title(toks[i].word)}
        for i in range(len(toks)):
            if (
                strength[i] in {"neighbour", "list"}
                and toks[i].word in strong_words
                and self.names.kind_of(toks[i].word) is None
            ):
                chosen[i] = True
        changed = True
        while changed:
            changed = False
            for i in range(len(toks)):
                if chosen[i] or strength[i] not in {"weak", "neighbour", "list"}:
                    continue
                for j in _neighbours(text, toks, i):
                    if not chosen[j]:
                        continue
                    a, b = min(i, j), max(i, j)
                    if strength[i] == "list" or (strength[i] == "neighbour" and j > i):
                        joined = _listed_together(text, toks, a, b)
                    elif strength[i] == "neighbour" and (
                        _AND_GAP.fullmatch(text, toks[a].end, toks[b].start)
                        or _SLASH_GAP.fullmatch(text, toks[a].end, toks[b].start)
                    ):
                        joined = True
                    else:
                        joined = _adjacent(text, toks, a, b)
                    if joined:
                        chosen[i] = True
                        changed = True
                        break
        every = [toks[i] for i in range(len(toks))]
        return [(t.start, t.end) for t, keep in zip(every, chosen, strict=True) if keep]


_NAMES = load_names()
_FAST, _PLAIN = NameFinder(_NAMES), _RateEveryWord(_NAMES)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Spoke to Mark Kowalski and Jo. kayla says he took it; her mate jodie saw")
@example("SAYS HIS NAME IS PAUL AND GEMMA SAW")
@example("the punter is called rich. mr patel owns the flat. Misty, Ioana and Shaz")
def test_names_pass_rates_only_the_words_that_can_be_names_and_finds_the_same(text: str) -> None:
    assert _FAST.spans(text) == _PLAIN.spans(text)
    assert _FAST.spans(text, Words(text), shouting=_shouting(text)) == _PLAIN.spans(text)


def test_every_lazily_compiled_pattern_compiles() -> None:
    # the patterns of the modules that import `lazy_re` compile at first use: a syntax error in
    # one that no other test reaches shows here (times, places, online ... hold about 300)
    import outreach_app.domain.scrubbing.scrubber  # noqa: F401 (every scrubbing module, imported)

    assert lazy_re.compile_all() >= 250


def test_a_lazy_pattern_answers_as_the_compiled_one_does() -> None:
    source = r"(?P<word>\b(?i:café|roxy)\b)|(?P<digits>\d{2,})"
    lazy, eager = lazy_re.compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert isinstance(lazy, lazy_re.LazyPattern)
    assert lazy.pattern == source and not hasattr(lazy, "_compiled")  # (its source, not compiled)
    text = "ROXY at the Café, 0113 and café 7"
    assert (
        [m.span() for m in lazy.finditer(text)]
        == [m.span() for m in eager.finditer(text)]
        == [
            (0, 4),
            (12, 16),
            (18, 22),
            (27, 31),
        ]
    )
    assert lazy.search(text, 5) is not None and lazy.search(text, 5).span() == (12, 16)  # type: ignore[union-attr]
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert (lazy.groupindex, lazy.groups, lazy.flags) == (eager.groupindex, eager.groups, eager.flags)
    assert lazy.compiled() is re.compile(source, re.IGNORECASE)  # (re's own cache: one compiled pattern)
    assert lazy.fullmatch("roxy") is not None and lazy.match("x roxy") is None


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("made threats on CROWN STREET")
@example("INCALL AT FLAT 3")
@example("A B C D")
@example("ON IT")
@example("\u212aELVIN \u212aING")
def test_the_two_capitals_gate_turns_away_only_texts_without_a_run_of_capitals(text: str) -> None:
    from outreach_app.domain.scrubbing.places import _CAPITALS_RUN, _TWO_CAPITALS

    gated = _TWO_CAPITALS.search(text) is not None and _CAPITALS_RUN.search(text) is not None
    assert gated == (_CAPITALS_RUN.search(text) is not None)


def test_one_view_per_text_shares_a_notes_view_within_the_scrub_only() -> None:
    from outreach_app.domain.scrubbing.place_lexicon import _Note, note_view, one_view_per_text

    text = "Flat 3, 42 Oak Road near the Spar"
    outside = note_view(text)
    assert note_view(text) is not outside  # (no scope: made afresh, kept by no one)
    with one_view_per_text():
        inside = note_view(text)
        assert note_view(text) is inside
        assert note_view(text.upper()) is not inside  # (another text, its own view)
    with one_view_per_text():
        assert note_view(text) is not inside  # (the views went with the scope that made them)
    plain = _Note(text)
    assert (inside.folded, inside.words, inside.digit) == (plain.folded, plain.words, plain.digit)
    assert inside.digit and "oak" in inside.words


# Words of the clock and the calendar, in the cases people type them, and the letters whose
# case rules differ, for the case-insensitive time and date patterns and their lower-case twins.
_WHEN_PIECES = [
    *sorted(
        word_set(
            """at AT At about Around round abt bout approx gone till til until by before after
            half past quarter to ten Ten eleven twelve one three seven twenty five 5 10 11 3 12
            pm PM p.m. am a.m. AM 23:47 11.30 0300 2230 hrs h o'clock o’clock ish -ish midnight
            Midnight noon midday tonight night morning evening afternoon last this in the of
            Mon Monday FRI 20th 1st November Nov NOV 2024 12/11 30/11/2024 december
            las diez alle ore uhr à heures vers minuit la una północy w nocy o
            she he and when x xx . , ; ! ? - – ( ) ' ’ "
            ſ İ ß É é à Ω 🙏 点 晚上 十一点"""
        )
    ),
    "\n",
    "\u212a",  # the Kelvin sign: "k" without case
]
_WHEN_TEXTS = _pieces_with_gaps(_WHEN_PIECES, [" ", "", " ", ", "], max_size=16)


def _when_patterns() -> list[re.Pattern[str]]:
    from outreach_app.domain.scrubbing import clock_variants, times

    return [*times._SPELLED_TIMES, *times._TIMES, *times._DATES, *clock_variants._CLOCK_VARIANTS]


def test_most_time_and_date_patterns_have_a_lower_case_twin() -> None:
    from outreach_app.domain.scrubbing.twins import twin_of

    patterns = _when_patterns()
    assert sum(twin_of(p) is not None for p in patterns) >= 60  # (of 89; the rest run as they are)


@settings(max_examples=500, deadline=None)
@given(_WHEN_TEXTS)
@example("at 11 last night, about half past ten PM and gone midnight")
@example("ſhe left AT 11 tonight")
@example("\u212aev at 3 İn the morning, Mon 20th Nov 2024")
@example("Étienne at 10 à onze heures, 23:47 ß")
@example("À 11 HEURES")
@example("MIDNIGHT İ at 3 PM İ")
def test_a_twin_finds_every_match_its_pattern_finds(text: str) -> None:
    from outreach_app.domain.scrubbing.lowered import lower_case_twin
    from outreach_app.domain.scrubbing.twins import twin_finditer

    twin = lower_case_twin(text)
    for pattern in _when_patterns():
        fast = [(m.span(), m.groups()) for m in twin_finditer(pattern, text, twin)]
        assert fast == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern[:80]


def test_a_twin_is_made_only_where_it_matches_as_its_pattern_does() -> None:
    from outreach_app.domain.scrubbing.twins import twin_of

    def twin_source(source: str, flags: int = re.IGNORECASE) -> str | None:
        twin = twin_of(re.compile(source, flags))
        return None if twin is None else twin.pattern

    # capitals lowered, escapes' letters and the "P" of a named group kept
    assert twin_source(r"(?P<T>Ab)\S[A-Z]\b(?P=T)") == r"(?P<t>ab)\S[a-z]\b(?P=t)"
    assert twin_source(r"[\u2600-\u27bf]\s*[-A-Za-z]") == r"[\u2600-\u27bf]\s*[-a-za-z]"
    assert twin_source("Ab") == "ab" and twin_source("Ab", 0) is None  # (case-sensitive: no twin)
    # (letters with case beyond ASCII stay: no text the twin reads holds one)
    assert twin_source("Émile [À-ÿ]") == "Émile [À-ÿ]"
    for refused in (
        r"(?-i:Ab)c",  # a part read case-sensitively
        r"(?i)ab",
        r"\x41b",  # "A" by its code
        r"[@-_]",  # capitals without their letters
        r"[A-z]",
        "\u017fs",  # "ſ" matches "s" under the flag
        "\u0130stanbul",  # "İ" matches "i"
        "[\u0100-\u017f]",  # (so a range that holds "ſ")
        r"(a)\1",  # a back-reference
        r"\N{LATIN SMALL LETTER A}",
    ):
        assert twin_source(refused) is None, refused
    for pattern, text in ((r"[@-_]", "a"), ("\u017f", "S"), (r"\x41", "a")):  # (why they are refused)
        assert re.fullmatch(pattern, text, re.IGNORECASE) is not None


# Platforms, handles, e-mail said aloud and phone numbers, for the online and phone patterns
# that run as their twins.
_ONLINE_PIECES = [
    *sorted(
        word_set(
            """snap Snapchat SNAP insta IG ig kik Kik OnlyFans on ON is was as called : - @ ( )
            kev_ldn Kev.LDN lexi.rose99 Tilly BIG_mike gmail hotmail dot com DOT at AT
            07700 900 123 0113 +44 (0) oh seven double nine O l I one two zero ext
            she he and . , ' “ ” ſ İ ı é É 🙏"""
        )
    ),
    "\n",
    "\u212a",  # the Kelvin sign
]
_ONLINE_TEXTS = _pieces_with_gaps(_ONLINE_PIECES, [" ", "", ", "], max_size=16)


@settings(max_examples=400, deadline=None)
@given(_ONLINE_TEXTS)
@example("his SNAP is Kev.LDN and kik: BIG_mike on OnlyFans (lexi.rose99)")
@example("ring oh seven seven double oh nine 900 123 or +44 (0) 113 İ")
@example("\u212aev at gmail dot com, ſnap kev_ldn")
def test_the_online_and_phone_twins_find_every_match_their_patterns_find(text: str) -> None:
    from outreach_app.domain.scrubbing import online, phones
    from outreach_app.domain.scrubbing.lowered import lower_case_twin
    from outreach_app.domain.scrubbing.twins import twin_finditer, twin_of

    twin = lower_case_twin(text)
    patterns = (
        online._SPOKEN_EMAIL,
        online._PLATFORM_HANDLE,
        online._PLATFORM_BRACKET,
        online._HANDLE_BEFORE_PLATFORM,
        online._ON_PLATFORM,
        phones._NUMBER_TOKEN,
    )
    assert all(twin_of(p) is not None for p in patterns)  # (else this test checks nothing)
    for pattern in patterns:
        fast = [(m.span(), m.groups()) for m in twin_finditer(pattern, text, twin)]
        assert fast == [(m.span(), m.groups()) for m in pattern.finditer(text)], pattern.pattern[:80]
