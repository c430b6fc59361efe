"""`re` with `compile` deferred to a pattern's first use (some scrubbing modules import it as `re`).

The scrubbing modules build about 450 regexes at import, many of them long alternations of word
lists, and compiling them cost every fresh process (each test subprocess, the app after unlock)
a third of a CPU-second or more before its first scrub. Most of them run only on a note whose
cheap hint says they may match (an address pattern on a note with a street word, a French
clock time on a note with "à"), so a process compiles what its notes need, when they need it.
`compile` here returns a `LazyPattern` that compiles on the first attribute asked of it
(other than `pattern`, its source, so patterns built from others' sources stay lazy) and from
then on hands out the compiled pattern's own bound methods, kept in its slots. What it finds
is the compiled pattern's own answer.

A call through a `LazyPattern` costs a little more than one on the compiled pattern (a bound
method from a slot instead of the type's method, ~50-100 ns), so only the modules whose
patterns are costly to compile and mostly gated import this (times, places, online,
clock_variants, venues, place_sites, postcodes, foreign_dates); the names, phones, plates,
vault-context and place-lexicon modules, whose patterns run on every note, keep `re`.

Everything else is the standard `re` (module functions, flags, `escape`, `Pattern`, `Match`).
A pattern's syntax error shows at its first use, not at import: `compile_all` compiles every
pattern made so far (test_scrubber_speedups.py runs it, so a broken pattern fails the tests).
"""

from __future__ import annotations

import re as _re
import weakref
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
)
from typing import Any, cast

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "A",
    "I",
    "LazyPattern",
    "M",
    "Match",
    "Pattern",
    "S",
    "X",
    "compile",
    "compile_all",
    "error",
    "escape",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]

# Every pattern made and still referenced, so `compile_all` can check them (weakly: a pattern
# built for one vault's aliases goes when its matcher goes).
_MADE: weakref.WeakSet[LazyPattern] = weakref.WeakSet()
# The compiled pattern's attributes that a `LazyPattern` keeps in its slots once compiled.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "groupindex",
    "groups",
    "flags",
)


class LazyPattern:
    """A regex compiled at its first use; see the module doc."""

    __slots__ = ("__weakref__", "_compiled", "_flags", "pattern", *_FORWARDED)

    _compiled: Pattern[str]

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self._flags = flags

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (compiled now, if it was not yet)."""
        try:
            return self._compiled
        except AttributeError:
            pass
        compiled = _re.compile(self.pattern, self._flags)
        for name in _FORWARDED:
            setattr(self, name, getattr(compiled, name))
        self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # (only called for a slot not set yet: the first use)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int | _re.RegexFlag = 0) -> Pattern[str]:
    """`re.compile`, compiled at the pattern's first use."""
    lazy = LazyPattern(pattern, int(flags))
    _MADE.add(lazy)
    return cast(Pattern[str], lazy)


def compile_all() -> int:
    """Compile every pattern made so far (a syntax error raises here); returns how many."""
    made = list(_MADE)
    for lazy in made:
        lazy.compiled()
    return len(made)
