"""Cheap structural limits checked on the raw body before JSON is parsed into models.

Nesting depth: the models bound the depth of anything they accept, but a parser builds
a deeply nested value first, and refusing it before parsing costs little. The fast path
counts every bracket, including those inside strings; only when that estimate passes
the limit is the exact scan (string literals removed first) run.
Brackets inside strings can push the estimate either way: up (the exact scan then
decides) or down, when closing brackets in strings cancel real opening ones. That case
is left to the parsers' own recursion limits, which refuse it with the same 400
(tests/server/test_limits.py); the estimate is for the common case, cheaply. String
lengths are bounded by the models' `max_length`.
"""

from __future__ import annotations

import re
from itertools import accumulate

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def _bracket_depth(body: bytes) -> int:
    brackets = body.translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    return max(0, max(accumulate(_STEP[b] for b in brackets)))


def json_depth(body: bytes) -> int:
    """Maximum nesting depth of `body` (0 for a scalar). Malformed input gives a rough number."""
    return _bracket_depth(_STRING.sub(b'""', body))


def too_deep(body: bytes, limit: int) -> bool:
    if _bracket_depth(body) <= limit:
        return False
    return json_depth(body) > limit
