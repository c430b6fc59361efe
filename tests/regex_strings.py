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

    return _sequence(parsed).map(checked)


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


def _sequence(parsed: Any) -> st.SearchStrategy[str]:
    parts: list[st.SearchStrategy[str]] = []
    for op, arg in parsed:
        if op is sre.LITERAL:
            parts.append(st.just(chr(arg)))
        elif op is sre.IN:
            parts.append(st.sampled_from(_charset(arg)))
        elif op is sre.MAX_REPEAT:
            low, high, body = arg
            high = low + _UNBOUNDED_CAP if high is sre.MAXREPEAT else high
            chars = _single_chars(body[0]) if len(body) == 1 else None
            if chars is not None and high <= 1:
                parts.append(st.sampled_from(_at_most_one(chars, low)))
            elif chars is not None:
                parts.append(st.text(alphabet=chars, min_size=low, max_size=high))
            elif high <= 1:
                once = _sequence(body)
                parts.append(once if low == 1 else st.just("") if high == 0 else st.just("") | once)
            else:
                parts.append(st.lists(_sequence(body), min_size=low, max_size=high).map("".join))
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if add_flags or del_flags:
                raise ValueError("unsupported: inline flags")
            parts.append(_sequence(body))
        elif op is sre.BRANCH:
            parts.append(st.one_of([_sequence(branch) for branch in arg[1]]))
        else:
            raise ValueError(f"unsupported: {op}")
    if not parts:
        return st.just("")
    if len(parts) == 1:
        return parts[0]
    return st.tuples(*parts).map("".join)
