"""Strings that fully match a simple regex, drawn without `st.from_regex`'s machinery.

`st.from_regex(pattern, fullmatch=True)` draws every character through its own small strategy
and regex state and then checks the result against the pattern: 2-4 ms of CPU per string,
most of what it costs to draw a perpetrator with phone numbers, e-mails and handles (issue 19,
seventh pass). The patterns the tests use are plain: literals, character sets of literals and
ranges, `{m,n}`/`?`/`*`/`+` repeats, groups and alternations. `matching(pattern)` turns such a
pattern into the same language built from `st.text`, `st.sampled_from`, `st.tuples` and
`st.one_of` (a repeated character set is one `st.text` over its characters), ~2x cheaper to
draw. Anything else (classes like \\d, anchors, look-arounds, flags) is refused, and every
string drawn is checked against the pattern (a few microseconds), so a pattern never quietly
means something else (tests/test_regex_strings.py).
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser's opcodes (Python 3.11+)
import re._parser as sre_parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# Unbounded repeats (`*`, `+`) are capped, as from_regex's are in practice.
_UNBOUNDED_CAP = 10


def matching(pattern: str) -> st.SearchStrategy[str]:
    """Strings `s` with `re.fullmatch(pattern, s)`; ValueError for constructs it does not know."""
    compiled = re.compile(pattern)  # a bad pattern fails as re would fail
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & ~(re.UNICODE | re.ASCII):
        raise ValueError("unsupported: flags")

    def checked(text: str) -> str:
        assert compiled.fullmatch(text) is not None, (pattern, text)
        return text

    return _strategy(_pieces(parsed), then=checked)


def _charset(items: Any) -> str:
    chars: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            chars.append(chr(arg))
        elif op is sre.RANGE:
            chars.extend(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            raise ValueError(f"unsupported in a character set: {op}")
    return "".join(dict.fromkeys(chars))


def _single_chars(node: tuple[Any, Any]) -> str | None:
    """The characters a one-character node stands for, or None if it is not one."""
    op, arg = node
    if op is sre.LITERAL:
        return chr(arg)
    if op is sre.IN:
        return _charset(arg)
    return None


def _at_most_one(chars: str, low: int) -> list[str]:
    """The strings an optional character (`x?`, `[ab]?`) stands for: "" unless it is required,
    then each character. Drawn as one choice from this list rather than as a string of at most
    one character, which costs Hypothesis about a millisecond more a draw (strings of up to
    three characters do; issue 19): the same strings, the empty one first (what shrinking
    reaches, as before)."""
    return ([""] if low == 0 else []) + list(chars)


# A piece of a pattern is a fixed string (literals, `\\.`), a choice of a few strings (a
# character set, `x?`, `(com|org)`), or any other strategy. Fixed pieces are joined in, not
# drawn, and neighbouring choices become one choice of their combinations: each part of a
# `st.tuples` costs Hypothesis a span of its choice sequence even for a `st.just`, and the
# e-mail pattern had eleven parts (issue 19, eighth pass). The same strings, each as likely.
@dataclass(frozen=True)
class _Joined:
    """Strategies drawn one after another with fixed strings between them."""

    drawn: list[st.SearchStrategy[str]]
    layout: list[str | None]  # a fixed string, or None where the next drawn string goes

    def fill(self, values: tuple[str, ...]) -> str:
        given = iter(values)
        return "".join(next(given) if fixed is None else fixed for fixed in self.layout)


_Piece = str | list[str] | _Joined | st.SearchStrategy[str]
# Neighbouring choices are combined while there are at most this many combinations.
_MOST_COMBINED = 64


def _sequence(parsed: Any) -> st.SearchStrategy[str]:
    return _strategy(_pieces(parsed))


def _strategy(piece: _Piece, then: Callable[[str], str] | None = None) -> st.SearchStrategy[str]:
    """The piece as a strategy, `then` applied in the same `.map` as the joining (each `.map`
    is a span of its own, ~15 us a string drawn)."""
    if isinstance(piece, _Joined):
        fill = piece.fill if then is None else lambda values: then(piece.fill(values))
        if len(piece.drawn) == 1:  # one strategy between fixed ends: no tuple around it
            return piece.drawn[0].map(lambda value: fill((value,)))
        return st.tuples(*piece.drawn).map(fill)
    if isinstance(piece, str):
        strategy: st.SearchStrategy[str] = st.just(piece)
    elif isinstance(piece, list):
        strategy = st.sampled_from(piece)
    else:
        strategy = piece
    return strategy if then is None else strategy.map(then)


def _pieces(parsed: Any) -> _Piece:
    parts: list[_Piece] = []
    for op, arg in parsed:
        if op is sre.LITERAL:
            parts.append(chr(arg))
        elif op is sre.IN:
            parts.append(list(_charset(arg)))
        elif op is sre.MAX_REPEAT:
            low, high, body = arg
            high = low + _UNBOUNDED_CAP if high is sre.MAXREPEAT else high
            chars = _single_chars(body[0]) if len(body) == 1 else None
            if chars is not None and high <= 1:
                parts.append(_at_most_one(chars, low))
            elif chars is not None:
                parts.append(st.text(alphabet=chars, min_size=low, max_size=high))
            elif high <= 1:
                once = _pieces(body)
                parts.append(_optional(once) if low == 0 and high == 1 else once if low == 1 else "")
            else:
                parts.append(st.lists(_sequence(body), min_size=low, max_size=high).map("".join))
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if add_flags or del_flags:
                raise ValueError("unsupported: inline flags")
            parts.append(_pieces(body))
        elif op is sre.BRANCH:
            branches = [_pieces(branch) for branch in arg[1]]
            if all(isinstance(branch, str) for branch in branches):  # (com|org|co\.uk)
                parts.append([branch for branch in branches if isinstance(branch, str)])
            else:
                parts.append(st.one_of([_strategy(branch) for branch in branches]))
        else:
            raise ValueError(f"unsupported: {op}")
    return _joined(parts)


def _optional(piece: _Piece) -> _Piece:
    """`(...)?`: nothing, or the group once (nothing first, what shrinking reaches)."""
    if isinstance(piece, str):
        return ["", piece]
    return st.just("") | _strategy(piece)


def _combined(first: str | list[str], then: str | list[str]) -> _Piece | None:
    """One piece for two neighbours that are fixed or choices, None if too many combinations.
    Combinations in order, first by the first piece: shrinking still reaches the first of each."""
    firsts = [first] if isinstance(first, str) else first
    thens = [then] if isinstance(then, str) else then
    if isinstance(first, str) and isinstance(then, str):
        return first + then
    if len(firsts) * len(thens) > _MOST_COMBINED:
        return None
    return [a + b for a in firsts for b in thens]


def _joined(parts: list[_Piece]) -> _Piece:
    """The pieces one after another, fixed and choice neighbours combined, the rest drawn."""
    merged: list[_Piece] = []
    for part in parts:
        last = merged[-1] if merged else None
        if isinstance(last, str | list) and isinstance(part, str | list):
            both = _combined(last, part)
            if both is not None:
                merged[-1] = both
                continue
        merged.append(part)
    if len(merged) == 1:
        return merged[0]
    if not merged:
        return ""
    return _Joined(
        drawn=[_strategy(part) for part in merged if not isinstance(part, str)],
        layout=[part if isinstance(part, str) else None for part in merged],
    )
