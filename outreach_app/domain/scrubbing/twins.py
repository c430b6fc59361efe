"""Case-insensitive patterns run as their case-sensitive twins in lower case, with the same matches.

`lowered` says why a pattern of lower-case letters searched in a note's lower-case twin runs
faster than the same pattern under `re.IGNORECASE` in the note (the engine folds every letter it
compares, and gets no prefix scan). Here the twin is made from the pattern itself (`twin_of`), so
the passes keep writing their patterns as they read best, and `twin_finditer` hands the caller
the pattern's own matches on the note. Used for the patterns that scan whole notes: the time,
date and clock-variant passes, the online handles, the phone pass's number tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


def twin_finditer(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the same matches found faster where they can be: a
    case-insensitive pattern is run, as its case-sensitive twin in lower case (`twin_of`), on
    `lowered` (`lower_case_twin(text)`, worked out once per note by the caller), and each start
    it finds is matched again by `pattern` itself on `text`, so the caller gets `pattern`'s own
    match (its groups read from `text`). The twin matches at a position exactly where `pattern`
    does, and as far (on such a text lower-casing changes nothing but the case of ASCII letters),
    so it steps through the text as `pattern.finditer` would; a match from a given start reads
    what lies before it as a scan from 0 does (`\\b`, look-behinds, `^`: `pos` is no new start
    of the text)."""
    twin = twin_of(pattern) if lowered is not None else None
    if twin is None or lowered is None:
        return pattern.finditer(text)
    return _matched_again(pattern, twin, text, lowered)


def _matched_again(
    pattern: re.Pattern[str], twin: re.Pattern[str], text: str, lowered: str
) -> Iterator[re.Match[str]]:
    match = pattern.match
    for found in twin.finditer(lowered):
        again = match(text, found.start())
        if again is None or again.end() != found.end():  # (cannot happen: see `twin_finditer`)
            raise AssertionError(f"the lower-case twin of {pattern.pattern[:60]!r} found another match")
        yield again


# Each pattern's twin, or None for a pattern without one (built at its first use, kept for the
# process: the modules' own patterns only, never one built from a vault's values).
_TWINS: dict[object, re.Pattern[str] | None] = {}
# An inline flag: a part read case-sensitively, or in another mode.
_INLINE_FLAG = re.compile(r"\(\?[aiLmsux-]")
# Escapes that stand for no one character (a class, a boundary) or for a control character.
_CLASS_ESCAPES = frozenset("sSwWdDbBAZ")
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_CODE_ESCAPES = {"x": 2, "u": 4, "U": 8}
_HEX = frozenset("0123456789abcdefABCDEF")


def twin_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin in lower case of a pattern compiled with `re.IGNORECASE` as a
    whole, or None. The twin is the same source with its ASCII capitals in lower case (never an
    escape's letter: `\\S` stays), compiled without the flag. A source it cannot be made from
    safely has none: an inline flag, an escape by name or number (`\\N{...}`, `\\1`), an
    ASCII letter by its code, a character beyond ASCII that matches an ASCII letter under the
    flag ("ſ"), or a class range that lowered holds other characters (`[A-z]` lowered loses
    "[" and "_"; `[@-_]` holds "A" to "Z" but no "a", which under the flag it matches)."""
    try:
        return _TWINS[pattern]
    except KeyError:
        pass
    twin = None
    if pattern.flags & re.IGNORECASE and not _INLINE_FLAG.search(pattern.pattern):
        source = _lowered_source(pattern.pattern)
        if source is not None:
            try:
                twin = re.compile(source, pattern.flags & ~re.IGNORECASE)
            except re.error:  # (two group names that differ by case only)
                twin = None
    _TWINS[pattern] = twin
    return twin


def _tokens(source: str) -> Iterator[tuple[str, str | None]]:
    """The source's pieces, each with the one character it stands for (None: a class escape,
    or a piece of syntax only read as such, which `_lowered_source` tells apart by itself)."""
    index = 0
    while index < len(source):
        char = source[index]
        if char != "\\":
            yield char, char
            index += 1
            continue
        escaped = source[index + 1 : index + 2]
        if escaped in _CODE_ESCAPES:
            digits = source[index + 2 : index + 2 + _CODE_ESCAPES[escaped]]
            if len(digits) != _CODE_ESCAPES[escaped] or not _HEX.issuperset(digits):
                raise ValueError("a malformed escape")
            yield source[index : index + 2 + len(digits)], chr(int(digits, 16))
            index += 2 + len(digits)
        elif escaped in _CLASS_ESCAPES:
            yield source[index : index + 2], None
            index += 2
        elif escaped in _CONTROL_ESCAPES:
            yield source[index : index + 2], _CONTROL_ESCAPES[escaped]
            index += 2
        elif escaped and not escaped.isalnum():
            yield source[index : index + 2], escaped
            index += 2
        else:  # (a back-reference, a named character, an octal code, or unknown)
            raise ValueError("an escape a twin is not made for")


def _lowered_source(source: str) -> str | None:
    try:
        pieces = list(_tokens(source))
    except ValueError:
        return None
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pieces):
        piece, char = pieces[index]
        if char is not None and not _same_in_lower_case(char, escaped=len(piece) > 1):
            return None
        if in_class and piece == "-" and index + 1 < len(pieces) and pieces[index + 1][0] != "]":
            low, high = pieces[index - 1][1], pieces[index + 1][1]
            if pieces[index - 1][0] == "[" or low is None or high is None:
                out.append(piece)  # (a "-" first in a class is a member; a class escape's "-" too)
                index += 1
                continue
            members = {chr(code) for code in range(ord(low), ord(high) + 1)}
            if not _same_letters(members, low, high) or not all(
                _same_in_lower_case(c, escaped=False) for c in members if not c.isascii()
            ):
                return None
        if piece == "[" and not in_class:
            in_class = True
            out.append(piece)
            # (a "]" or "^]" right after "[" is a member, not the end)
            for member in ("^", "]"):
                if index + 1 < len(pieces) and pieces[index + 1][0] == member:
                    out.append(member)
                    index += 1
            index += 1
            continue
        if piece == "]" and in_class:
            in_class = False
        # (the "P" of "(?P<name>" and "(?P=name)" is syntax, not a letter to match)
        syntax = piece == "P" and index >= 2 and [p for p, _ in pieces[index - 2 : index]] == ["(", "?"]
        out.append(piece.lower() if len(piece) == 1 and piece.isascii() and not syntax else piece)
        index += 1
    return "".join(out)


@lru_cache(maxsize=4096)
def _same_in_lower_case(char: str, *, escaped: bool) -> bool:
    """Whether a character of the source matches in the lower-cased text, case-sensitively,
    what it matches under the flag in the text as written (`lower_case_twin`'s texts: ASCII,
    and other characters without case). An ASCII letter does once lowered, unless written by
    its code (`\\x41` stays "A"). A character beyond ASCII does unless it matches an ASCII
    letter under the flag ("ſ" matches "s"; so do "İ", "ı" and the Kelvin sign, no others):
    one with case ("é", "É") matches nothing in such a text, with the flag or without, and
    one without case matches only itself (no character with case matches one without under
    the flag: checked over all of Unicode 15)."""
    if char.isascii():
        return not (escaped and char.isalpha())
    if char.lower() == char.upper() == char:
        return True
    return not any(re.fullmatch(re.escape(char), letter, re.IGNORECASE) for letter in _ASCII_LETTERS)


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _same_letters(members: set[str], low: str, high: str) -> bool:
    """Whether a class range, with its ends lowered as the twin writes them, matches in the
    lower-cased text what the range matches under the flag in the text as written (`[A-z]`
    lowered is `[a-z]`, which has lost "[", "_" ...)."""
    twin = {chr(code) for code in range(ord(_as_written(low)), ord(_as_written(high)) + 1)}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        if (letter in twin) != (letter in members or letter.upper() in members):
            return False
    return {c for c in twin if not c.isalpha() or not c.isascii()} == {
        c for c in members if not c.isalpha() or not c.isascii()
    }


def _as_written(char: str) -> str:
    return char.lower() if char.isascii() else char
